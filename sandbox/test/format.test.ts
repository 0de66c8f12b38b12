import { describe, expect, it } from 'vitest';
import { clockText, durationClockText } from '../src/ui/format.ts';

describe('durations as people read them', () => {
  it("a scenario record's ISO duration reads like the result dialog's clock, never as PT12.71S", () => {
    expect(durationClockText('PT12.71S')).toBe('00:12');
    expect(durationClockText('PT12.71S')).toBe(clockText(12_710));
    expect(durationClockText('PT1M5S')).toBe('01:05');
    expect(durationClockText('PT1H2M')).toBe('62:00');
    expect(durationClockText(undefined)).toBe('');
    expect(durationClockText('twelve seconds')).toBe('');
  });
});
