import { describe, expect, it } from 'vitest';
import { ContentPack } from '../../src/schema/contentPack.ts';
import { parsePackValue } from '../../src/schema/packImport.ts';
import { demoPack } from '../packFixtures.ts';

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });

describe('FAQ entries in packs (knowledge base, issue 16)', () => {
  it('old packs without faqs stay valid and gain none', () => {
    const pack = ContentPack.parse(demoPack());
    expect(pack.faqs).toBeUndefined();
  });

  it('parses an entry with page, roles, anchor and credit; defaults fill in', () => {
    const pack = ContentPack.parse({
      ...demoPack(),
      faqs: [
        { id: 'refund', question: text('怎样退号？', 'How do I cancel?'), answer: text('点击“退号”。', 'Click Cancel.'), urlPatterns: ['http://localhost:*/registration*'], roles: ['registrar'], target: { tag: 'button', role: 'button', accessibleName: '退号' }, credit: { author: '王护士', suggestionId: 'a1b2' } },
        { id: 'plain', question: text('问', 'Q'), answer: text('答', 'A') },
      ],
    });
    expect(pack.faqs![0]!.target?.css).toEqual([]);
    expect(pack.faqs![1]).toEqual({ id: 'plain', question: text('问', 'Q'), answer: text('答', 'A'), urlPatterns: [], roles: [] });
  });

  it('refuses duplicate ids, unknown roles, a missing language and unknown fields, naming the field', () => {
    const result = parsePackValue('kb.pack.json', {
      ...demoPack(),
      faqs: [
        { id: 'a', question: text('问', 'Q'), answer: { 'zh-CN': '答' }, roles: ['no-such-role'] },
        { id: 'a', question: text('问', 'Q'), answer: text('答', 'A'), html: '<b>' },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fileName).toBe('kb.pack.json');
    const paths = result.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['faqs[0].answer.en', 'faqs[1]']));
    const valid = parsePackValue('kb.pack.json', { ...demoPack(), faqs: [{ id: 'a', question: text('问', 'Q'), answer: text('答', 'A'), roles: ['no-such-role'] }, { id: 'a', question: text('问', 'Q'), answer: text('答', 'A') }] });
    expect(valid.ok ? [] : valid.problems.map((p) => p.path).sort()).toEqual(['faqs[0].roles[0]', 'faqs[1].id']);
  });

  it('the data rule scans questions, answers, anchors and credit like any pack text', () => {
    const result = parsePackValue('kb.pack.json', {
      ...demoPack(),
      faqs: [
        { id: 'q1', question: text('患者 13912345678 来电怎么办？', 'A call from 13912345678?'), answer: text('回电。', 'Call back.') },
        { id: 'q2', question: text('问', 'Q'), answer: text('如“许晨”的身份证 110101199003074518', 'e.g. 110101199003074518'), target: { tag: 'a', text: '许晨' } },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const found = result.problems.map((p) => [p.path, p.patientData?.kind]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['faqs[0].question.zh-CN', 'phone'],
        ['faqs[0].question.en', 'phone'],
        ['faqs[1].answer.en', 'long-number'],
        ['faqs[1].target.text', 'name'],
      ]),
    );
  });
});
