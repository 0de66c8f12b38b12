import { describe, expect, it } from 'vitest';
import type { MessagePairs } from '@preceptor/shared/i18n/messagePairs.ts';
import { authoringMessages } from '../src/authoring/authoringMessages.ts';
import { extensionMessages } from '../src/i18n/messages.ts';
import { rehearsalMessages } from '../src/authoring/rehearsal/rehearsalMessages.ts';

// The extension's dictionaries: a [zh-CN, en] pair per text, both filled, with the same {fill-ins}
// (a fill-in missing in one language would show its value to one reader and not the other).

const fillIns = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['pages and player', extensionMessages as MessagePairs, 150],
  ['authoring', authoringMessages as MessagePairs, 250],
  ['upgrade rehearsal', rehearsalMessages as MessagePairs, 40],
])('the %s dictionary', (_name, messages, atLeast) => {
  it('has both languages for every text, with the same fill-ins', () => {
    const keys = Object.keys(messages);
    expect(keys.length).toBeGreaterThan(atLeast);
    for (const key of keys) {
      const [zh, en] = messages[key]!;
      expect(zh.trim(), `zh-CN ${key}`).not.toBe('');
      expect(en.trim(), `en ${key}`).not.toBe('');
      expect(fillIns(en), key).toEqual(fillIns(zh));
    }
  });

  it('says English plurals in full ("1 problem", "5 problems", never "problem(s)") and keeps full-width punctuation out of English', () => {
    const entries = Object.entries(messages);
    expect(entries.filter(([, [, en]]) => /(?<!http)\(s\)/i.test(en)).map(([key]) => key)).toEqual([]);
    expect(entries.filter(([, [, en]]) => /[：（）；，。！？、]/.test(en)).map(([key]) => key)).toEqual([]);
  });

  it('keeps Chinese out of the English texts, and no zh-CN text is left in English', () => {
    const entries = Object.entries(messages);
    expect(entries.filter(([, [, en]]) => /[\u4e00-\u9fff]/.test(en)).map(([key]) => key)).toEqual([]);
    // ASCII-only with an English word in it (fill-ins aside): an untranslated text
    expect(entries.filter(([, [zh]]) => /^[\x20-\x7e]+$/.test(zh) && /[a-z]{4,}/i.test(zh.replace(/\{\w+\}/g, ''))).map(([key]) => key)).toEqual([]);
  });
});
