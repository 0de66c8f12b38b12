import { describe, expect, it } from 'vitest';
import { ContentPack } from '../../src/schema/contentPack.ts';
import { buildHelpIndex, helpItemsOf, searchHelp } from '../../src/learning/helpSearch.ts';
import { demoPack } from '../packFixtures.ts';

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const REG = 'http://localhost:4173/registration';
const WARD = 'http://localhost:4173/nurse/ward';

/** Outpatient and ward content: a registration tour and a look-alike 账号 tour, tips, a reading and FAQ entries. */
function packs(): ContentPack[] {
  const base = demoPack();
  const step = base.tours[0].steps[0];
  const tip = base.tips![0]!;
  return [
    ContentPack.parse({
      ...base,
      id: 'kb',
      siteRules: [{ urlPattern: 'http://localhost:*/*' }],
      checklists: [{ id: 'reg-list', role: 'registrar', title: text('挂号员清单', 'Registrar list'), items: [{ id: 'read-id', kind: 'read', title: text('阅读：身份证号规则', 'Read: ID number rules'), tipId: 'id-tip' }] }],
      quizzes: [],
      tips: [
        { ...tip, id: 'id-tip', title: text('身份证号', 'ID number'), body: text('十八位，最后一位可以是 X。', 'Eighteen characters; the last may be X.'), urlPatterns: ['http://localhost:*/registration*'], roles: [] },
        { ...tip, id: 'dose-tip', title: text('剂量单位', 'Dose unit'), body: text('挂号后不能改剂量。', 'Not about registration.'), urlPatterns: ['http://localhost:*/nurse*'], roles: ['nurse'] },
      ],
      tours: [
        { id: 'accounts', title: text('账号与权限', 'Accounts and permissions'), roles: ['it'], urlPatterns: ['http://localhost:*/it*'], steps: [step] },
        { id: 'ward-reg', title: text('病区挂号补录', 'Ward registration back-entry'), roles: [], urlPatterns: ['http://localhost:*/nurse*'], steps: [step] },
        { id: 'registration', title: text('门诊挂号入门', 'Outpatient registration basics'), roles: ['registrar', 'cashier'], urlPatterns: ['http://localhost:*/registration*'], steps: [step] },
      ],
      faqs: [
        { id: 'reprint', question: text('发票打印失败怎么办？', 'The invoice will not print?'), answer: text('先检查打印机，再重新打印。', 'Check the printer, then print again.'), roles: ['cashier'] },
        { id: 'refund', question: text('怎样退号？', 'How do I cancel a registration?'), answer: text('在挂号列表中点击“退号”。', 'Click Cancel in the registration list.'), urlPatterns: ['http://localhost:*/registration*'] },
      ],
    }),
  ];
}

describe('help search (knowledge base, issue 16)', () => {
  const index = buildHelpIndex(helpItemsOf(packs()));
  const keys = (query: string, role: string, url = REG) => searchHelp(index, query, { role, url }).hits.map((h) => h.item.key);

  it('finds 挂号 by pinyin initials, full pinyin, Chinese and English, this page first', () => {
    expect(keys('gh', 'registrar')[0]).toBe('tour:kb:registration');
    expect(keys('gh', 'registrar', WARD)[0]).toBe('tour:kb:ward-reg');
    expect(keys('guahao', 'registrar')[0]).toBe('tour:kb:registration');
    expect(keys('挂号', 'registrar')[0]).toBe('tour:kb:registration');
    expect(keys('registration', 'registrar')[0]).toBe('tour:kb:registration');
  });

  it('never matches initials inside another syllable run (账号 is zhanghao, not gh)', () => {
    expect(keys('gh', 'it')).not.toContain('tour:kb:accounts');
    expect(keys('zh', 'it')).toContain('tour:kb:accounts');
  });

  it('leaves out other roles’ items and keeps everyone’s', () => {
    expect(keys('gh', 'it')).toEqual(expect.arrayContaining(['tour:kb:ward-reg', 'faq:kb:refund']));
    expect(keys('gh', 'it')).not.toContain('tour:kb:registration');
    expect(keys('fp', 'registrar')).not.toContain('faq:kb:reprint');
    expect(keys('fp', 'cashier')).toEqual(['faq:kb:reprint']);
    expect(keys('jl', 'registrar', WARD)).not.toContain('tip:kb:dose-tip');
    expect(keys('jl', 'nurse', WARD)).toContain('tip:kb:dose-tip');
  });

  it('searches tips, readings and FAQ answers, a title above a body', () => {
    expect(keys('sfz', 'registrar')).toEqual(['tip:kb:id-tip', 'reading:kb:reg-list/read-id']);
    expect(keys('tuihao', 'registrar')).toEqual(['faq:kb:refund']);
    // 打印机 in the answer only: still found
    expect(keys('dyj', 'cashier')).toEqual(['faq:kb:reprint']);
    const scores = searchHelp(index, 'print', { role: 'cashier', url: WARD }).hits.map((h) => h.score);
    expect(scores[0]).toBeGreaterThan(1.5); // the question (title) matched, not only the answer
  });

  it('needs every word, lists this page’s items for an empty query, and counts all hits', () => {
    expect(keys('gh mz', 'registrar')).toEqual(['tour:kb:registration']);
    expect(keys('gh zzzz', 'registrar')).toEqual([]);
    // the page's answered questions (FAQ) first, then the index's order: tours, tips, readings (the ward tour is not for this page)
    expect(keys('', 'registrar')).toEqual(['faq:kb:refund', 'tour:kb:registration', 'tip:kb:id-tip', 'reading:kb:reg-list/read-id']);
    const some = searchHelp(index, 'gh', { role: 'registrar', url: REG, limit: 1 });
    expect(some.hits).toHaveLength(1);
    expect(some.total).toBeGreaterThan(1);
  });

  it('a reading carries the tip it points at', () => {
    const reading = helpItemsOf(packs()).find((item) => item.kind === 'reading')!;
    expect(reading).toMatchObject({ tipId: 'id-tip', roles: ['registrar'], body: { en: 'Eighteen characters; the last may be X.' } });
  });
});

