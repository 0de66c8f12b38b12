import validateStatement from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { checkSuggestion, suggestionOf, suggestionStatement, type SuggestionInput } from '../../src/record/suggestion.ts';
import { statementFact } from '../../src/record/statementFacts.ts';
import { checkStatement, type IncomingStatement } from '../../src/record/statementValidation.ts';
import { XapiStatement } from '../../src/record/xapiStatement.ts';
import { checkRecordableStatement } from '../../src/record/exportBundle.ts';
import { ACTIVITY_TYPE, EXTENSION, VERB } from '../../src/xapi/vocabulary.ts';
import type { StatementLearner } from '../../src/record/statementParts.ts';
import { SuggestionListAccumulator, suggestionsFile } from '../../src/trainer/suggestionList.ts';

const learner: StatementLearner = { learnerId: '3f1c2a9e-8d4b-4c61-9a53-2e7b1d0c5f44', homePage: 'https://hospital.example.cn', role: 'registrar', department: 'outpatient', language: 'zh-CN' };
const ids = ['0b5c6a1e-2f3d-4a5b-8c7d-9e0f1a2b3c4d', '7d1e2f3a-4b5c-4d6e-9f70-8a9b0c1d2e3f'];
const newIds = () => {
  let i = 0;
  return () => ids[i++ % ids.length]!;
};
const tip: SuggestionInput = { kind: 'tip', text: '医保患者先选费别再挂号', language: 'zh-CN', element: { role: 'combobox', label: '费别' } };
const faq: SuggestionInput = { kind: 'faq', question: 'How do I reprint a slip?', answer: 'Open the list and click Reprint.', language: 'en' };
const page = 'http://127.0.0.1:4194/registration*';
const at = new Date('2026-12-06T08:00:00Z');

describe('a suggested tip or FAQ entry as a statement (issue 16)', () => {
  const statement = suggestionStatement({ suggestion: tip, pagePattern: page, pack: { id: 'demo-registration', version: '1.0.0' }, learner, now: at, newId: newIds() });

  it('is valid by our emitted schema, the trainer import check and Learning Locker', () => {
    expect(XapiStatement.safeParse(statement).success).toBe(true);
    expect(checkStatement(statement).ok).toBe(true);
    expect(checkRecordableStatement(statement).ok).toBe(true);
    expect(validateStatement(statement)).toEqual([]);
    const faqStatement = suggestionStatement({ suggestion: faq, pagePattern: page, learner, now: at, newId: newIds() });
    expect(validateStatement(faqStatement)).toEqual([]);
    expect(checkStatement(faqStatement).ok).toBe(true);
  });

  it('says suggested a tip-suggestion, its words, page and control under our IRIs', () => {
    expect(statement.verb.id).toBe(VERB.suggested);
    expect(statement.object.definition.type).toBe(ACTIVITY_TYPE.tipSuggestion);
    expect(statement.object.id).toContain('/suggestions/');
    expect(statement.result?.extensions).toEqual({
      [EXTENSION.pagePattern]: page,
      [EXTENSION.suggestionLanguage]: 'zh-CN',
      [EXTENSION.suggestionText]: tip.text,
      [EXTENSION.elementRole]: 'combobox',
      [EXTENSION.elementLabel]: '费别',
    });
    expect(statement.context.contextActivities?.grouping?.[0]?.id).toMatch(/\/packs\/demo-registration$/);
  });

  it('reads back as the same suggestion, and as a fact for the trainer list', () => {
    const checked = checkStatement(JSON.parse(JSON.stringify(statement)));
    expect(checked.ok).toBe(true);
    const back = suggestionOf((checked as { statement: IncomingStatement }).statement);
    expect(back).toMatchObject({ id: statement.id, learner: learner.learnerId, pagePattern: page, packId: 'demo-registration', packVersion: '1.0.0', role: 'registrar', suggestion: tip });
    const fact = statementFact(statement as unknown as IncomingStatement);
    expect(fact.suggestion).toEqual({ id: statement.id, input: tip });
  });

  it('a tampered statement (patient data, or a missing text) is not listed', () => {
    const tampered = JSON.parse(JSON.stringify(statement));
    tampered.result.extensions[EXTENSION.suggestionText] = '患者电话 13912345678';
    expect(suggestionOf(tampered)).toBeUndefined();
    delete tampered.result.extensions[EXTENSION.suggestionText];
    expect(statementFact(tampered).suggestion).toBeUndefined();
  });

  it('the list keeps one row per statement, newest first; the file names authors only when given', () => {
    const acc = new SuggestionListAccumulator();
    const older = suggestionStatement({ suggestion: faq, pagePattern: page, learner: { ...learner, learnerId: 'b' }, now: new Date('2026-12-05T08:00:00Z'), newId: () => crypto.randomUUID() });
    for (const s of [statement, older, statement]) acc.add(statementFact(s as unknown as IncomingStatement));
    const rows = acc.result();
    expect(rows.map((r) => r.id)).toEqual([statement.id, older.id]);
    const file = JSON.parse(suggestionsFile(rows, (l) => (l === learner.learnerId ? '王芳' : undefined), at));
    expect(file.suggestions[0]).toMatchObject({ id: statement.id, author: '王芳', packId: 'demo-registration', pagePattern: page, suggestion: tip });
    expect(file.suggestions[1].author).toBeUndefined();
    expect(JSON.stringify(file)).not.toContain(learner.learnerId);
  });
});

describe('the data rule on a suggestion (refused, naming the field)', () => {
  it('refuses patient data in the tip, the question, the answer and the control label', () => {
    const bad = checkSuggestion({ kind: 'faq', question: '患者 13912345678 来电？', answer: '如“许晨”的病历号 P000040', language: 'zh-CN', element: { role: 'link', label: '许晨' } });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((p) => p.path)).toEqual(['question', 'answer', 'element.label']);
    expect(bad.problems[0]!.patientData?.kind).toBe('phone');
  });

  it('refuses empty or too long text and unknown fields', () => {
    const empty = checkSuggestion({ kind: 'tip', text: '   ', language: 'zh-CN' });
    expect(empty.ok ? [] : empty.problems.map((p) => p.path)).toEqual(['text']);
    const long = checkSuggestion({ kind: 'tip', text: 'x'.repeat(301), language: 'en' });
    expect(long.ok).toBe(false);
    const extra = checkSuggestion({ kind: 'tip', text: 'ok', language: 'en', screenshot: 'data:' });
    expect(extra.ok).toBe(false);
    expect(checkSuggestion(tip).ok).toBe(true);
  });
});
