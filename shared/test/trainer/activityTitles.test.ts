import { describe, expect, it } from 'vitest';
import { ContentPack } from '../../src/schema/contentPack.ts';
import { tourStatement, type StatementLearner } from '../../src/record/tourStatements.ts';
import { IncomingStatement } from '../../src/record/statementValidation.ts';
import { ActivityTitleAccumulator, stepTitleKey, statementTitles, titleActivity, titleIn } from '../../src/trainer/activityTitles.ts';
import { EXTENSION, tourActivityId } from '../../src/xapi/vocabulary.ts';
import { demoPack } from '../packFixtures.ts';
import { seededLearnerStatements } from './syntheticLearners.ts';

const pack = ContentPack.parse(demoPack());
const tour = pack.tours[0]!;
const step = tour.steps[1]!;
const learner: StatementLearner = { learnerId: '3f1c2a9e-8d4b-4c61-9a53-2e7b1d0c5f44', homePage: 'https://hospital.example.cn', role: 'registrar', department: '门诊部', language: 'zh-CN' };
const run = { packId: pack.id, packVersion: pack.version, tourId: tour.id, registration: '6f8a7d2e-1b3c-4d5e-8f90-a1b2c3d4e5f6', startedAt: 0, stepIndex: 1, stepCount: tour.steps.length, status: 'running' as const };

function progressed(at: string, steps = tour.steps) {
  return tourStatement({ effect: { kind: 'progressed', stepId: step.id, stepIndex: 1, skipped: false }, run, pack, tour, steps, learner, now: new Date(at), newId: () => crypto.randomUUID() });
}

describe('content titles travel in the statements', () => {
  it("a progressed statement carries its step's title as a language map; the import check accepts it", () => {
    const statement = progressed('2026-11-26T08:00:00Z');
    expect(statement.result?.extensions?.[EXTENSION.stepTitle]).toEqual({ 'zh-CN': step.title['zh-CN'], en: step.title.en });
    expect(IncomingStatement.safeParse(statement).success).toBe(true);
    expect(statementTitles(statement)).toEqual([
      [tourActivityId(pack.id, tour.id), { 'zh-CN': tour.title['zh-CN'], en: tour.title.en }],
      [stepTitleKey(tourActivityId(pack.id, tour.id), step.id), { 'zh-CN': step.title['zh-CN'], en: step.title.en }],
    ]);
    expect(titleActivity(stepTitleKey(tourActivityId(pack.id, tour.id), step.id))).toBe(tourActivityId(pack.id, tour.id));
  });

  it('without the steps (an old extension) there is no step title, and the id stays the fallback', () => {
    const statement = tourStatement({ effect: { kind: 'progressed', stepId: step.id, stepIndex: 1, skipped: false }, run, pack, tour, learner, now: new Date('2026-11-26T08:00:00Z'), newId: () => crypto.randomUUID() });
    expect(statement.result?.extensions?.[EXTENSION.stepTitle]).toBeUndefined();
    const acc = new ActivityTitleAccumulator();
    acc.addStatement(statement);
    expect(titleIn(acc.result(), stepTitleKey(statement.object.id, step.id), 'en', step.id)).toBe(step.id);
    expect(titleIn(acc.result(), statement.object.id, 'en', 'tour-id')).toBe(tour.title.en);
  });

  it('ignores names that are not language maps of text (a hostile or broken bundle)', () => {
    const statement = progressed('2026-11-26T08:00:00Z');
    (statement.result!.extensions as Record<string, unknown>)[EXTENSION.stepTitle] = ['not', 'a map'];
    statement.object.definition.name = {};
    expect(statementTitles(statement)).toEqual([]);
  });

  it('the latest statement wins, whatever order bundles come in; old untimed titles lose to timed ones', () => {
    const older = { ...step, title: { 'zh-CN': '旧标题', en: 'Old title' } };
    const renamed = tour.steps.map((s) => (s.id === step.id ? older : s));
    const early = progressed('2026-11-20T08:00:00Z', renamed);
    const late = progressed('2026-11-26T08:00:00Z');
    const key = stepTitleKey(late.object.id, step.id);
    for (const order of [[early, late], [late, early]]) {
      const acc = new ActivityTitleAccumulator();
      for (const s of order) acc.addStatement(s);
      expect(titleIn(acc.result(), key, 'en', step.id)).toBe(step.title.en);
      expect(titleIn(acc.result(), key, 'zh-CN', step.id)).toBe(step.title['zh-CN']);
    }
    const acc = new ActivityTitleAccumulator();
    acc.add(key, { en: 'from an old block' });
    acc.add(key, { en: 'timed' }, Date.parse('2026-01-01T00:00:00Z'));
    acc.add(key, { en: 'old again' });
    expect(acc.result()[key]).toEqual({ en: 'timed' });
  });

  it("falls back to the other language, then to the id", () => {
    const titles = { a: { en: 'Only English' }, b: { 'zh-CN': '只有中文' }, c: { 'zh-CN': '挂号', en: 'Registration' } };
    expect(titleIn(titles, 'a', 'zh-CN', 'a')).toBe('Only English');
    expect(titleIn(titles, 'b', 'en', 'b')).toBe('只有中文');
    expect(titleIn(titles, 'c', 'en', 'c')).toBe('Registration');
    expect(titleIn(titles, 'c', 'zh-CN', 'c')).toBe('挂号');
    expect(titleIn(titles, 'missing', 'en', 'q-allergy-alert')).toBe('q-allergy-alert');
  });

  it("the synthetic learners' statements name every tour step they progress through", () => {
    const statements = seededLearnerStatements(3, 120);
    const acc = new ActivityTitleAccumulator();
    for (const s of statements) acc.addStatement(s);
    const titles = acc.result();
    const steps = statements.filter((s) => typeof s.result?.extensions?.[EXTENSION.stepId] === 'string');
    expect(steps.length).toBeGreaterThan(0);
    for (const s of steps) expect(titles[stepTitleKey(s.object.id, s.result!.extensions![EXTENSION.stepId] as string)]?.en).toMatch(/\w/);
  });
});
