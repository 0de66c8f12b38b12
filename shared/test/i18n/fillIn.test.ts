import { describe, expect, it } from 'vitest';
import { fillIn } from '../../src/i18n/fillIn.ts';

describe('fillIn', () => {
  it('replaces every {name} that has a value, numbers included, and leaves the others as written', () => {
    expect(fillIn('第 {n}/{total} 步', { n: 2, total: 5 })).toBe('第 2/5 步');
    expect(fillIn('{count} steps, {count} left', { count: 3 })).toBe('3 steps, 3 left');
    expect(fillIn('Hello {name}', {})).toBe('Hello {name}');
    expect(fillIn('no fill-ins')).toBe('no fill-ins');
  });

  it('does not take names from the prototype or read values as patterns', () => {
    expect(fillIn('{toString} {constructor}', {})).toBe('{toString} {constructor}');
    expect(fillIn('{a}', { a: '$& {b} $1' , b: 'x' })).toBe('$& {b} $1');
  });
});
