import { describe, expect, it } from 'vitest';
import { fillIn, fillInParts } from '../../src/i18n/fillIn.ts';

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

describe('fillIn plural forms', () => {
  it('picks the English singular for exactly one and the plural otherwise', () => {
    const text = '{count} {count|problem|problems} found';
    expect(fillIn(text, { count: 1 })).toBe('1 problem found');
    expect(fillIn(text, { count: 5 })).toBe('5 problems found');
    expect(fillIn(text, { count: 0 })).toBe('0 problems found');
    expect(fillIn(text, { count: '1' })).toBe('1 problem found');
    expect(fillIn('{n|trap|traps}: {n}', { n: 2 })).toBe('traps: 2');
  });

  it('leaves a plural choice without its number as written', () => {
    expect(fillIn('{count|file|files}', {})).toBe('{count|file|files}');
  });
});

describe('fillInParts', () => {
  const name = { data: '王伟' } as const; // stands for a rendered element (a name drawn as data)

  it('keeps a non-text value as its own piece between the template words', () => {
    expect(fillInParts('Return visit: which {name}?', { name })).toEqual(['Return visit: which ', name, '?']);
    expect(fillInParts('{name}', { name })).toEqual([name]);
    expect(fillInParts('Bed {bed} {name}: {n} new {n|order|orders}', { bed: '02', name, n: 2 })).toEqual(['Bed 02 ', name, ': 2 new orders']);
  });

  it('reads as fillIn when every value is text', () => {
    const text = '{count} {count|problem|problems} found in {file}';
    expect(fillInParts(text, { count: 1, file: 'a.json' }).join('')).toBe(fillIn(text, { count: 1, file: 'a.json' }));
    expect(fillInParts('Hello {who}', {})).toEqual(['Hello {who}']);
    expect(fillInParts('', {})).toEqual([]);
  });
});
