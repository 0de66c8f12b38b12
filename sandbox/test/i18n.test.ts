import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS, translate, type MessageKey } from '../src/i18n.ts';

// The dictionaries are module-private; reach them through translate() with every key.
const source = readFileSync(new URL('../src/i18n.ts', import.meta.url), 'utf8');
const zhBlock = source.slice(source.indexOf('const zhCN = {'), source.indexOf('export type MessageKey'));
const keys = [...zhBlock.matchAll(/^\s+'([^']+)':/gm)].map((m) => m[1] as MessageKey);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n dictionaries', () => {
  it('has a non-empty text for every key in both languages', () => {
    expect(keys.length).toBeGreaterThan(200);
    for (const lang of LANGS) {
      for (const key of keys) expect(translate(lang, key).trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of keys) expect(placeholders(translate('en', key)), key).toEqual(placeholders(translate('zh-CN', key)));
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh-CN', 'search.caption', { count: 3 })).toBe('检索结果：3 条');
    expect(translate('en', 'search.caption')).toBe('Search results: {count}');
  });

  it('keeps the texts the demo tour relies on', () => {
    expect([translate('zh-CN', 'search.label'), translate('en', 'search.label')]).toEqual(['患者检索', 'Patient search']);
    expect([translate('zh-CN', 'queue.title'), translate('en', 'queue.title')]).toEqual(['今日挂号队列', "Today's queue"]);
    expect([translate('zh-CN', 'search.newPatient'), translate('en', 'search.newPatient')]).toEqual(['新建患者 (F2)', 'New patient (F2)']);
    expect([translate('zh-CN', 'np.idNumber'), translate('en', 'np.idNumber')]).toEqual(['证件号码', 'ID number']);
  });
});
