import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n.ts';
import { reportKeys, reportText } from '../../src/trainer/reportMessages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the department report's texts", () => {
  it('non-empty in both languages, same placeholders; every go-live gap has a reason', () => {
    for (const key of reportKeys()) {
      for (const lang of LANGS) expect(reportText(lang, key).trim(), `${lang} ${key}`).not.toBe('');
      expect(placeholders(reportText('en', key)), key).toEqual(placeholders(reportText('zh-CN', key)));
    }
    for (const part of ['nothing-handed-in', 'nothing-required', 'tours', 'quiz', 'scenarios', 'sign-off'] as const) expect(reportKeys()).toContain(`reason.${part}`);
    expect(reportText('zh-CN', 'summarising.text', { done: 3, total: 24 })).toBe('正在汇总 3/24');
    expect(reportText('en', 'summarising.text', { done: 3, total: 24 })).toBe('Summarising 3 of 24');
  });
});
