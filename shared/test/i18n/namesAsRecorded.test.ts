import { describe, expect, it } from 'vitest';
import { namesAsRecorded } from '../../src/i18n/namesAsRecorded.ts';

describe('namesAsRecorded', () => {
  it('splits an English text into its words and the Chinese names in it, in order', () => {
    expect(namesAsRecorded('Two 张丽: order for the right one')).toEqual([
      { text: 'Two ', asRecorded: false },
      { text: '张丽', asRecorded: true },
      { text: ': order for the right one', asRecorded: false },
    ]);
    expect(namesAsRecorded("Write 刘芳's note for 吴晨宇")).toEqual([
      { text: 'Write ', asRecorded: false },
      { text: '刘芳', asRecorded: true },
      { text: "'s note for ", asRecorded: false },
      { text: '吴晨宇', asRecorded: true },
    ]);
  });

  it('keeps a text without Chinese whole, and an empty text empty', () => {
    expect(namesAsRecorded('Settle the discharge')).toEqual([{ text: 'Settle the discharge', asRecorded: false }]);
    expect(namesAsRecorded('')).toEqual([]);
  });

  it('leaves full-width punctuation in the sentence (it is not a name: the language check still sees it)', () => {
    expect(namesAsRecorded('Bed 7，张丽').map((p) => p.asRecorded)).toEqual([false, true]);
    expect(namesAsRecorded('Bed 7，张丽')[0]!.text).toBe('Bed 7，');
  });
});
