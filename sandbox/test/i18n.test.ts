import { describe, expect, it } from 'vitest';
import { ACTION_ISSUES } from '@preceptor/shared/hospital/actionIssues.ts';
import { LANGS, allMessageKeys, translate } from '../src/i18n.ts';
import { trainerKeys, trainerText } from '../src/trainer/trainerMessages.ts';

const keys = allMessageKeys();
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n dictionaries', () => {
  it('has a non-empty text for every key in both languages', () => {
    expect(keys.length).toBeGreaterThan(800);
    expect(new Set(keys).size).toBe(keys.length);
    for (const lang of LANGS) {
      for (const key of keys) expect(translate(lang, key).trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of keys) expect(placeholders(translate('en', key)), key).toEqual(placeholders(translate('zh-CN', key)));
  });

  it("the trainer dashboard's texts: non-empty in both languages, same placeholders", () => {
    expect(trainerKeys().length).toBeGreaterThan(250);
    for (const key of trainerKeys()) {
      for (const lang of LANGS) expect(trainerText(lang, key).trim(), `${lang} ${key}`).not.toBe('');
      expect(placeholders(trainerText('en', key)), key).toEqual(placeholders(trainerText('zh-CN', key)));
    }
  });

  it('says English plurals in full and keeps full-width punctuation and Chinese out of English texts', () => {
    const texts = [...keys.map((key) => [key, translate('en', key)]), ...trainerKeys().map((key) => [key, trainerText('en', key)])];
    expect(texts.filter(([, en]) => /(?<!http)\(s\)/i.test(en!)).map(([key]) => key)).toEqual([]);
    expect(texts.filter(([, en]) => /[：（）；，。！？、]/.test(en!)).map(([key]) => key)).toEqual([]);
    expect(translate('en', 'sc.traps', { n: 1 })).toBe('1 safety trap');
    expect(translate('en', 'sc.traps', { n: 3 })).toBe('3 safety traps');
    expect(translate('en', 'fmt.labelled', { label: translate('en', 'sc.goal') })).toBe('Task: ');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh-CN', 'search.caption', { count: 3 })).toBe('检索结果：3 条');
    expect(translate('en', 'search.caption')).toBe('Search results: {count}');
    expect(translate('en', 'crit.waiting', { n: 4 })).toBe('Waiting · 4 min');
  });

  it('keeps the texts the demo tour relies on', () => {
    expect([translate('zh-CN', 'search.label'), translate('en', 'search.label')]).toEqual(['患者检索', 'Patient search']);
    expect([translate('zh-CN', 'queue.title'), translate('en', 'queue.title')]).toEqual(['今日挂号队列', "Today's queue"]);
    expect([translate('zh-CN', 'search.newPatient'), translate('en', 'search.newPatient')]).toEqual(['新建患者 (F2)', 'New patient (F2)']);
    expect([translate('zh-CN', 'np.idNumber'), translate('en', 'np.idNumber')]).toEqual(['证件号码', 'ID number']);
  });

  it('has a text in both languages for every refusal the hospital rules can return (ACTION_ISSUES)', () => {
    expect(ACTION_ISSUES.length).toBeGreaterThan(80);
    for (const code of ACTION_ISSUES) {
      expect(keys, code).toContain(`issue.${code}`);
      for (const lang of LANGS) expect(translate(lang, `issue.${code}`), `${lang} ${code}`).not.toMatch(/^issue\./);
    }
  });

  it('rewords labels in the upgraded UI only', () => {
    expect(translate('zh-CN', 'search.label', undefined, 'v2')).not.toBe(translate('zh-CN', 'search.label'));
    expect(translate('en', 'search.label', undefined, 'v2')).not.toBe(translate('en', 'search.label'));
  });
});
