import { describe, expect, it } from 'vitest';
import { idFromCode } from '../../src/authoring/draftPack.ts';
import { acceptSuggestion, isInDraft, parseSuggestionsFile } from '../../src/authoring/suggestionReview.ts';
import { bumpVersion } from '../../src/authoring/packVersion.ts';
import { buildHelpIndex, helpItemsOf, searchHelp } from '../../src/learning/helpSearch.ts';
import { ContentPack } from '../../src/schema/contentPack.ts';
import { parsePackValue } from '../../src/schema/packImport.ts';
import { pageAnswers } from '../../src/tour/tipsForPage.ts';
import { answeredProblemId, answerPatientData, publishedAnswers } from '../../src/trainer/problemAnswers.ts';
import { problemGroups, problemKey, problemListRows, type ProblemHandling } from '../../src/trainer/problemList.ts';
import { suggestionsFile } from '../../src/trainer/suggestionList.ts';
import { demoPack } from '../packFixtures.ts';
import { problemReportFact } from './problemFacts.ts';

// Issue 16: "a mentor can answer with a tip that then appears to everyone on that page" — from the
// trainer's 试运行问题清单, through the suggestions file, to an FAQ entry in the pack's next version.

const T0 = Date.parse('2026-12-06T01:00:00Z');
const PAGE = 'http://127.0.0.1:*/registration*';
const report = (learner: string, t: number, category: string, text: string, element?: { role: string; label?: string }) => problemReportFact(learner, t, PAGE, category, 'slows-work', text, element);
const facts = [
  report('a', T0, 'cannot-find', '新建患者的入口在哪里？'),
  report('b', T0 + 1000, 'cannot-find', '找不到新建患者', { role: 'button', label: '新建患者 (F2)' }),
  report('c', T0 + 2000, 'system-error', '保存时报错'),
];
const ANSWER = '点查询框右边的“新建患者”，或按 F2。';
const handling = (over: Partial<ProblemHandling> & { key: string }): ProblemHandling => ({ status: 'answered', owner: '', answer: ANSWER, publish: true, respondedAt: T0 + 5000, updatedAt: T0 + 5000, ...over });
const rowsWith = (h: ProblemHandling[]) => problemListRows(problemGroups(facts), h, T0 + 6000);

describe('publishing an answer from the pilot problem list', () => {
  it('only answers marked for publishing go out, with page, category, the named control, the first question and the answer', () => {
    const findKey = problemKey(PAGE, 'cannot-find');
    const entries = publishedAnswers(rowsWith([handling({ key: findKey }), handling({ key: problemKey(PAGE, 'system-error'), publish: false })]), 'zh-CN');
    expect(entries).toEqual([
      {
        kind: 'answeredProblem',
        id: answeredProblemId(findKey),
        at: new Date(T0 + 5000).toISOString(),
        pagePattern: PAGE,
        category: 'cannot-find',
        element: { role: 'button', label: '新建患者 (F2)' },
        question: '新建患者的入口在哪里？',
        answer: ANSWER,
        language: 'zh-CN',
      },
    ]);
    expect(entries[0]!.id).toMatch(/^problem-cannot-find-[0-9a-z]+$/);
    expect(answeredProblemId(findKey)).toBe(entries[0]!.id); // stable: the editor remembers it by this id
    expect(answeredProblemId(problemKey('http://other/*', 'cannot-find'))).not.toBe(entries[0]!.id);
  });

  it('the data rule refuses an answer naming a patient (phone, valid ID number), and a blank answer is not published', () => {
    expect(answerPatientData('请联系 13812345678 的家属')?.kind).toBe('phone');
    expect(answerPatientData(ANSWER)).toBeUndefined();
    const key = problemKey(PAGE, 'cannot-find');
    expect(publishedAnswers(rowsWith([handling({ key, answer: '请联系 13812345678 的家属' })]), 'zh-CN')).toEqual([]);
    expect(publishedAnswers(rowsWith([handling({ key, answer: '  ' })]), 'zh-CN')).toEqual([]);
  });

  it('the suggestions file carries answers as their own kind (version 2); without answers it stays version 1', () => {
    const now = new Date('2026-12-06T09:00:00Z');
    const answers = publishedAnswers(rowsWith([handling({ key: problemKey(PAGE, 'cannot-find') })]), 'en');
    const withAnswers = JSON.parse(suggestionsFile([], () => undefined, now, answers));
    expect(withAnswers).toMatchObject({ formatVersion: 2, suggestions: [{ kind: 'answeredProblem', answer: ANSWER, language: 'en' }] });
    expect(JSON.parse(suggestionsFile([], () => undefined, now)).formatVersion).toBe(1);
  });
});

describe('the answer in the editor', () => {
  const fileWith = (entries: unknown[]) => JSON.stringify({ format: 'preceptor-suggestions', formatVersion: 2, exportedAt: '2026-12-06T09:00:00.000Z', suggestions: entries });
  const answerEntry = () => publishedAnswers(rowsWith([handling({ key: problemKey(PAGE, 'cannot-find') })]), 'zh-CN')[0]!;

  it('is read from the file, and refused naming the field when its words hold patient data', () => {
    expect(parseSuggestionsFile('s.json', fileWith([answerEntry()]))).toEqual({ ok: true, suggestions: [answerEntry()] });
    const tampered = parseSuggestionsFile('s.json', fileWith([{ ...answerEntry(), answer: '患者电话 13812345678' }]));
    expect(tampered.ok ? [] : tampered.problems.map((p) => [p.path, p.patientData?.kind])).toEqual([['suggestions[0].answer', 'phone']]);
    const badKind = parseSuggestionsFile('s.json', fileWith([{ ...answerEntry(), category: 'gossip' }]));
    expect(badKind.ok).toBe(false);
  });

  it('accepted, it is an FAQ entry for that page credited as an answered pilot problem; the next version lists it first on that page', () => {
    const draft = ContentPack.parse(demoPack());
    const entry = answerEntry();
    const next = acceptSuggestion(draft, entry);
    const faq = next.faqs!.at(-1)!;
    expect(faq).toMatchObject({
      id: idFromCode(entry.id),
      question: { 'zh-CN': '新建患者的入口在哪里？', en: '新建患者的入口在哪里？' },
      answer: { 'zh-CN': ANSWER, en: ANSWER },
      urlPatterns: [PAGE],
      roles: [],
      target: { role: 'button', accessibleName: '新建患者 (F2)' },
      credit: { suggestionId: entry.id, answeredProblem: true },
    });
    expect(isInDraft(next, entry.id)).toBe(true);
    expect(acceptSuggestion(next, entry)).toBe(next);
    const published = parsePackValue('next.json', { ...next, version: bumpVersion(next.version, 'minor') });
    if (!published.ok) throw new Error(JSON.stringify(published));
    const url = 'http://127.0.0.1:4194/registration';
    expect(pageAnswers([published.pack], url, 'registrar').map((f) => f.id)).toEqual([faq.id]);
    expect(pageAnswers([published.pack], 'http://127.0.0.1:4194/pharmacy', 'registrar')).toEqual([]);
    const listed = searchHelp(buildHelpIndex(helpItemsOf([published.pack])), '', { role: 'registrar', url }).hits;
    expect(listed[0]).toMatchObject({ onPage: true, item: { kind: 'faq', id: faq.id } });
    expect(listed.some((h) => h.item.kind === 'tour')).toBe(true); // the page's tours still follow
  });
});
