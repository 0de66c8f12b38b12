import { describe, expect, it } from 'vitest';
import { checklistItemStatement, profileChangeStatement } from '../../src/learning/learnerStatements.ts';
import { checkStatement } from '../../src/record/statementValidation.ts';
import { problemReportStatement } from '../../src/record/problemReport.ts';
import { XapiStatement } from '../../src/record/xapiStatement.ts';
import { VERB } from '../../src/xapi/vocabulary.ts';
import { learningPack } from '../learning/fixtures.ts';
import { REGISTRAR_LEARNER, syntheticCohortStatements } from '../trainer/syntheticLearners.ts';

/**
 * One statement shape: what every builder emits (tours, quizzes, scenarios through the synthetic
 * learners, which use the product's builders; checklist items and profile changes here) parses
 * with XapiStatement, and the trainer's broader import check accepts all of it.
 */
describe('the statements Preceptor emits', () => {
  const checklist = learningPack.checklists[0]!;
  const now = new Date('2026-11-26T08:00:00Z');
  const emitted = [
    ...syntheticCohortStatements(6, 120),
    checklistItemStatement('experienced', learningPack, checklist, checklist.items[3]!, REGISTRAR_LEARNER, now, () => crypto.randomUUID()),
    checklistItemStatement('signed-off', learningPack, checklist, checklist.items[4]!, REGISTRAR_LEARNER, now, () => crypto.randomUUID(), { homePage: 'https://h.example', staffNumber: 'M0042' }),
    profileChangeStatement(REGISTRAR_LEARNER, ['role'], now, () => crypto.randomUUID()),
    problemReportStatement({
      report: { category: 'workflow-mismatch', severity: 'minor', text: '复诊挂号要多点两次', element: { role: 'tab', label: '复诊' } },
      pagePattern: 'https://emr.example/registration*',
      step: { pack: learningPack, tourId: 'registration-basics', stepId: 'search', stepIndex: 1 },
      learner: REGISTRAR_LEARNER,
      now,
      newId: () => crypto.randomUUID(),
    }),
  ];

  it('cover every verb the product uses for tours, quizzes, scenarios and checklists', () => {
    const verbs = new Set(emitted.map((s) => s.verb.id));
    for (const verb of [VERB.launched, VERB.progressed, VERB.completed, VERB.answered, VERB.passed, VERB.failed, VERB.attempted]) expect(verbs, verb).toContain(verb);
  });

  it('all parse with the one statement schema and pass the import check', () => {
    for (const s of emitted) {
      const parsed = XapiStatement.safeParse(s);
      expect(parsed.success, `${s.verb.id} ${s.object.id}: ${parsed.error?.message}`).toBe(true);
      expect(checkStatement(s).ok, s.id).toBe(true);
    }
  });

  it('the schema refuses what Preceptor never sends: a version, an e-mail actor, a score out of range, an unknown field', () => {
    const s = emitted.find((x) => x.result?.score)!;
    expect(XapiStatement.safeParse(s).success).toBe(true); // liveness: the base case passes
    expect(XapiStatement.safeParse({ ...s, version: '1.0.3' }).success).toBe(false);
    expect(XapiStatement.safeParse({ ...s, actor: { ...s.actor, mbox: 'mailto:a@b.c' } }).success).toBe(false);
    expect(XapiStatement.safeParse({ ...s, result: { ...s.result, score: { scaled: 2 } } }).success).toBe(false);
    expect(XapiStatement.safeParse({ ...s, context: { ...s.context, registration: 'not-a-uuid' } }).success).toBe(false);
    expect(XapiStatement.safeParse({ ...s, patientName: '王秀英' }).success).toBe(false);
  });

  it('stays within what the import check accepts: an empty duration, a 4,001-character response or a one-letter language tag is refused by both', () => {
    const s = emitted.find((x) => x.result?.score)!;
    for (const bad of [
      { ...s, result: { ...s.result, duration: 'PT' } },
      { ...s, result: { ...s.result, response: 'x'.repeat(4001) } },
      { ...s, context: { ...s.context, language: 'z' } },
    ]) {
      expect(XapiStatement.safeParse(bad).success).toBe(false);
      expect(checkStatement(bad).ok).toBe(false);
    }
  });
});
