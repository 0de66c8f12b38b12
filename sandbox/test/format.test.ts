import { describe, expect, it } from 'vitest';
import { clockText, durationClockText, durationWords, durationWordsOf } from '../src/ui/format.ts';

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

describe('durations in words (trainer views)', () => {
  it('says seconds, minutes, hours and days as people do, in both languages, two units at most', () => {
    expect(durationWords(12_710, 'zh-CN')).toBe('13 秒');
    expect(durationWords(12_400, 'en')).toBe('12 s');
    expect(durationWords(125_000, 'zh-CN')).toBe('2 分 5 秒');
    expect(durationWords(125_000, 'en')).toBe('2 min 5 s');
    expect(durationWords(120_000, 'en')).toBe('2 min');
    expect(durationWords(3_780_000, 'zh-CN')).toBe('1 小时 3 分');
    expect(durationWords(3_600_000 + 59_000, 'en')).toBe('1 h');
    expect(durationWords(2 * 86_400_000 + 4 * 3_600_000 + 5_000, 'en')).toBe('2 d 4 h');
    expect(durationWords(300, 'zh-CN')).toBe('不到 1 秒');
    expect(durationWords(Number.NaN, 'en')).toBe('—');
  });

  it("reads a statement's ISO duration, never showing PT…", () => {
    expect(durationWordsOf('PT12.71S', 'zh-CN')).toBe('13 秒');
    expect(durationWordsOf('PT2M5S', 'en')).toBe('2 min 5 s');
    expect(durationWordsOf('PT1H2M', 'en')).toBe('1 h 2 min');
    expect(durationWordsOf(undefined, 'en')).toBe('');
    expect(durationWordsOf('twelve seconds', 'en')).toBe('');
  });
});
