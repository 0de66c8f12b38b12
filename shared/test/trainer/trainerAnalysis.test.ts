import { describe, expect, it } from 'vitest';
import { itemProgress } from '../../src/record/itemProgress.ts';
import { quizItemAnalysis } from '../../src/trainer/quizItemAnalysis.ts';
import { LearnerRosterAccumulator, completionsPerDay, overdueLearners, readinessMatrix, readinessRollup } from '../../src/trainer/readiness.ts';
import { ACTIVITY_TYPE, VERB } from '../../src/xapi/vocabulary.ts';
import { isoDurationMs, statementFact, type StatementFact } from '../../src/record/statementFacts.ts';
import { targetMissingReport } from '../../src/trainer/targetMissingReport.ts';
import { tourFunnels } from '../../src/trainer/tourFunnels.ts';
import { REGISTRAR_LEARNER, registrarTourStatement, syntheticCohortStatements } from './syntheticLearners.ts';

const PACK = 'https://preceptor.dev/xapi/activities/packs/p';
const TOUR_A = `${PACK}/tours/a`;
const TOUR_B = `${PACK}/tours/b`;
const QUIZ = `${PACK}/quizzes/q`;
const OTHER_PACK = 'https://preceptor.dev/xapi/activities/packs/other';

function fact(partial: Partial<StatementFact> & Pick<StatementFact, 'learner' | 'verb' | 'object'>): StatementFact {
  return { type: ACTIVITY_TYPE.tour, pack: PACK, parent: '', t: Date.UTC(2026, 10, 20), registration: `${partial.learner}-r`, ...partial };
}

function roster(facts: StatementFact[]) {
  const acc = new LearnerRosterAccumulator();
  for (const f of facts) acc.add(f);
  return acc.result();
}

describe('readiness', () => {
  const facts: StatementFact[] = [
    // ann: both tours done, quiz passed -> ready
    fact({ learner: 'ann', verb: VERB.completed, object: TOUR_A, role: 'nurse', department: 'ward 1', t: Date.UTC(2026, 10, 20) }),
    fact({ learner: 'ann', verb: VERB.completed, object: TOUR_B, t: Date.UTC(2026, 10, 21) }),
    fact({ learner: 'ann', verb: VERB.passed, object: QUIZ, type: ACTIVITY_TYPE.quiz, success: true, scaled: 0.8, t: Date.UTC(2026, 10, 22) }),
    // bob: tour A in progress, quiz failed; role changed later
    fact({ learner: 'bob', verb: VERB.launched, object: TOUR_A, role: 'registrar', department: 'outpatient', t: Date.UTC(2026, 10, 1) }),
    fact({ learner: 'bob', verb: VERB.progressed, object: TOUR_A, role: 'nurse', department: 'ward 1', stepIndex: 0, t: Date.UTC(2026, 10, 2) }),
    fact({ learner: 'bob', verb: VERB.failed, object: QUIZ, type: ACTIVITY_TYPE.quiz, success: false, t: Date.UTC(2026, 10, 3) }),
    // cat: only another pack
    fact({ learner: 'cat', verb: VERB.completed, object: `${OTHER_PACK}/tours/x`, pack: OTHER_PACK, role: 'cashier', department: 'billing' }),
  ];

  it('builds the matrix: required = all items of the packs a learner started; cells say the status', () => {
    const matrix = readinessMatrix(itemProgress(facts), roster(facts));
    expect(matrix.items.map((i) => [i.id, i.kind])).toEqual([
      [`${OTHER_PACK}/tours/x`, 'tour'],
      [TOUR_A, 'tour'],
      [TOUR_B, 'tour'],
      [QUIZ, 'quiz'],
    ]);
    const byId = Object.fromEntries(matrix.learners.map((l) => [l.learner, l]));
    expect(byId.ann).toMatchObject({ role: 'nurse', department: 'ward 1', required: 3, completed: 3, ready: true, cells: '-ccc', readyAt: Date.UTC(2026, 10, 22) });
    // bob's latest role wins; tour B untouched is "not started"; the failed quiz is "failed"
    expect(byId.bob).toMatchObject({ role: 'nurse', department: 'ward 1', required: 3, completed: 0, ready: false, cells: '-inf' });
    expect(byId.cat).toMatchObject({ required: 1, completed: 1, ready: true, cells: 'c---' });
  });

  it('requires an item only of learners whose role has been seen doing it', () => {
    const withRegistrar = [...facts, fact({ learner: 'dan', verb: VERB.completed, object: TOUR_A, role: 'registrar', department: 'outpatient' })];
    const matrix = readinessMatrix(itemProgress(withRegistrar), roster(withRegistrar));
    const dan = matrix.learners.find((l) => l.learner === 'dan')!;
    // tour B and the quiz were done by nurses only: not required of a registrar in the same pack
    expect(dan).toMatchObject({ required: 1, completed: 1, ready: true, cells: '-c--' });
  });

  it('rolls up by role and by department', () => {
    const matrix = readinessMatrix(itemProgress(facts), roster(facts));
    expect(readinessRollup(matrix.learners, 'role')).toEqual([
      { group: 'nurse', learners: 2, ready: 1, partial: 0, none: 1, meanRatio: 0.5 },
      { group: 'cashier', learners: 1, ready: 1, partial: 0, none: 0, meanRatio: 1 },
    ]);
    expect(readinessRollup(matrix.learners, 'department').map((r) => r.group)).toEqual(['ward 1', 'billing']);
  });

  it('lists learners not ready against the deadline', () => {
    const matrix = readinessMatrix(itemProgress(facts), roster(facts));
    const deadline = Date.UTC(2026, 11, 1);
    const before = overdueLearners(matrix.learners, deadline, Date.UTC(2026, 10, 10));
    expect(before.daysLeft).toBe(21);
    expect(before.rows.map((r) => [r.learner.learner, r.missing, r.status])).toEqual([['bob', 3, 'on-track']]);
    expect(overdueLearners(matrix.learners, deadline, Date.UTC(2026, 10, 28)).rows[0]!.status).toBe('due-soon');
    expect(overdueLearners(matrix.learners, deadline, Date.UTC(2026, 11, 2)).rows[0]!.status).toBe('overdue');
  });

  it('counts completions per UTC day', () => {
    expect(completionsPerDay(itemProgress(facts))).toEqual([
      { day: '2026-11-20', count: 2 },
      { day: '2026-11-21', count: 1 },
      { day: '2026-11-22', count: 1 },
    ]);
  });

  it('reads the extension’s own statements (role, department, completion, duration)', () => {
    const tour = { id: 'a', stepIndex: 0, stepCount: 2 };
    const statements = [
      registrarTourStatement({ kind: 'launched' }, '2026-11-26T08:00:00Z', tour),
      registrarTourStatement({ kind: 'progressed', stepId: 's1', stepIndex: 0, skipped: false }, '2026-11-26T08:00:10Z', tour),
      registrarTourStatement({ kind: 'completed', durationMs: 75_500 }, '2026-11-26T08:01:15Z', tour),
    ];
    const facts = statements.map((s) => statementFact(s));
    expect(facts[1]).toMatchObject({ learner: REGISTRAR_LEARNER.learnerId, role: 'registrar', department: '门诊部', pack: PACK, stepId: 's1', stepIndex: 0, skipped: false, packVersion: '1.0.0' });
    const [progress] = itemProgress(facts);
    expect(progress).toMatchObject({ item: TOUR_A, kind: 'tour', status: 'completed', attempts: 1, durationMs: 75_500, completedAt: Date.parse('2026-11-26T08:01:15Z') });
    expect(isoDurationMs('PT1H2M3.5S')).toBe(3_723_500);
    expect(isoDurationMs('P1DT1S')).toBe(86_401_000);
    expect(isoDurationMs('nonsense')).toBeUndefined();
  });
});

describe('quiz item analysis', () => {
  // 40 attempts by learners of rising ability i: q-easy right from i = 4, q-good from 20,
  // q-mid from 10, q-top from 30; q-reversed right only below 10 (a wrong answer key); q-hard by nobody.
  const facts: StatementFact[] = [];
  for (let i = 0; i < 40; i++) {
    const learner = `l${i}`;
    const answers: Record<string, boolean> = { 'q-easy': i >= 4, 'q-good': i >= 20, 'q-mid': i >= 10, 'q-top': i >= 30, 'q-reversed': i < 10, 'q-hard': false };
    for (const [q, success] of Object.entries(answers)) {
      facts.push(fact({ learner, verb: VERB.answered, object: `${QUIZ}/questions/${q}`, type: ACTIVITY_TYPE.question, parent: QUIZ, registration: `${learner}-attempt`, success, t: Date.UTC(2026, 10, 20, 8, 0, i) }));
    }
    // a later re-answer in the same attempt does not count
    facts.push(fact({ learner, verb: VERB.answered, object: `${QUIZ}/questions/q-hard`, type: ACTIVITY_TYPE.question, parent: QUIZ, registration: `${learner}-attempt`, success: true, t: Date.UTC(2026, 10, 21) }));
  }
  const [quiz] = quizItemAnalysis(facts.reverse());
  const q = (id: string) => quiz!.questions.find((s) => s.question.endsWith(id))!;

  it('computes difficulty as the share right, first answer per attempt', () => {
    expect(quiz).toMatchObject({ quiz: QUIZ, pack: PACK, attempts: 40, learners: 40 });
    expect(q('q-easy').difficulty).toBeCloseTo(0.9);
    expect(q('q-good').difficulty).toBeCloseTo(0.5);
    expect(q('q-hard')).toMatchObject({ difficulty: 0, correct: 0, answers: 40 });
  });

  it('finds good, reversed and flat questions by discrimination', () => {
    expect(q('q-good').discrimination!).toBeGreaterThan(0.3);
    expect(q('q-good').upperLower!).toBeCloseTo(1);
    expect(q('q-reversed').discrimination!).toBeLessThan(0);
    expect(q('q-reversed').flags).toContain('negative-discrimination');
    expect(q('q-hard').discrimination).toBeNull(); // nobody right: no variance
    expect(q('q-hard').flags).toContain('too-hard');
    expect(q('q-good').flags).toEqual([]);
  });

  it('recovers item order from simulated learners (ability vs difficulty)', () => {
    const statements = syntheticCohortStatements(300, 60);
    const analysis = quizItemAnalysis(statements.map((s) => statementFact(s)));
    const registration = analysis.find((a) => a.quiz.endsWith('registration-quiz'))!;
    const p = (id: string) => registration.questions.find((s) => s.question.endsWith(id))!.difficulty;
    // q-id-checksum (difficulty -1.2) is easier than q-duplicate (+1.1)
    expect(p('q-id-checksum')).toBeGreaterThan(p('q-duplicate'));
    for (const stats of registration.questions) expect(stats.discrimination!).toBeGreaterThan(0);
    expect(registration.reliability).not.toBeNull();
  });
});

describe('tour funnels and target-missing reports', () => {
  const facts: StatementFact[] = [
    ...['a', 'b', 'c', 'd'].map((learner) => fact({ learner, verb: VERB.launched, object: TOUR_A })),
    ...['a', 'b', 'c'].map((learner) => fact({ learner, verb: VERB.progressed, object: TOUR_A, stepIndex: 0, stepId: 'welcome' })),
    ...['a', 'b'].map((learner) => fact({ learner, verb: VERB.progressed, object: TOUR_A, stepIndex: 1, stepId: 'search', skipped: learner === 'b' })),
    fact({ learner: 'a', verb: VERB.progressed, object: TOUR_A, stepIndex: 2, stepId: 'save' }),
    fact({ learner: 'a', verb: VERB.completed, object: TOUR_A, completion: true }),
    fact({ learner: 'b', verb: VERB['target-missing'], object: TOUR_A, stepIndex: 1, stepId: 'search', resolution: 'missing', pagePattern: 'http://his/*', packVersion: '1.0.0', t: 10 }),
    fact({ learner: 'c', verb: VERB['target-missing'], object: TOUR_A, stepIndex: 1, stepId: 'search', resolution: 'missing', pagePattern: 'http://his/*', packVersion: '1.0.0', t: 20 }),
    fact({ learner: 'c', verb: 'https://example.org/verbs/target-missing', object: TOUR_A, stepIndex: 2, stepId: 'save', resolution: 'ambiguous', packVersion: '1.1.0', t: 30 }),
  ];

  it('counts learners past each step, skips and misses', () => {
    const [funnel] = tourFunnels(facts);
    expect(funnel).toMatchObject({ tour: TOUR_A, launched: 4, completed: 1 });
    expect(funnel!.steps).toEqual([
      { index: 0, stepId: 'welcome', passed: 3, skipped: 0, targetMissing: 0 },
      { index: 1, stepId: 'search', passed: 2, skipped: 1, targetMissing: 2 },
      { index: 2, stepId: 'save', passed: 1, skipped: 0, targetMissing: 1 },
    ]);
  });

  it("says how long finishing took: the median of each finisher's fastest run", () => {
    const runs = [
      ...facts,
      fact({ learner: 'a', verb: VERB.completed, object: TOUR_A, completion: true, durationMs: 90_000 }),
      fact({ learner: 'a', verb: VERB.completed, object: TOUR_A, completion: true, durationMs: 30_000 }),
      fact({ learner: 'b', verb: VERB.completed, object: TOUR_A, completion: true, durationMs: 50_000 }),
      fact({ learner: 'c', verb: VERB.completed, object: TOUR_A, completion: true, durationMs: 200_000 }),
    ];
    // fastest runs: a 30 s, b 50 s, c 200 s -> median 50 s (not the mean, not a's slow run)
    expect(tourFunnels(runs)[0]!.medianCompletionMs).toBe(50_000);
    expect(tourFunnels([...runs, fact({ learner: 'd', verb: VERB.completed, object: TOUR_A, durationMs: 70_000 })])[0]!.medianCompletionMs).toBe(60_000);
    // no run with a duration: no figure rather than 0
    expect(tourFunnels(facts)[0]!.medianCompletionMs).toBeUndefined();
  });

  it('groups target-missing reports by tour, pack version, step and kind', () => {
    expect(targetMissingReport(facts)).toEqual([
      { tour: TOUR_A, pack: PACK, packVersion: '1.0.0', stepId: 'search', stepIndex: 1, resolution: 'missing', pagePatterns: ['http://his/*'], count: 2, learners: 2, firstAt: 10, lastAt: 20 },
      { tour: TOUR_A, pack: PACK, packVersion: '1.1.0', stepId: 'save', stepIndex: 2, resolution: 'ambiguous', pagePatterns: [], count: 1, learners: 1, firstAt: 30, lastAt: 30 },
    ]);
    // target-missing records are not learner progress
    expect(itemProgress(facts.filter((f) => f.learner === 'c')).find((p) => p.item === TOUR_A)!.status).toBe('in-progress');
  });
});
