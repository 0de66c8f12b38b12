import * as xapiValidation from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../src/scenario/checkScenario.ts';
import { EXTENSION, VERB } from '../../src/xapi/vocabulary.ts';
import { XapiStatement } from '../../src/record/xapiStatement.ts';
import {
  abandonedStatement,
  attemptedStatement,
  resultStatements,
  scenarioActivityId,
  type ScenarioAttemptRef,
} from '../../src/scenario/scenarioStatements.ts';
import { STARTED_AT, loadScenarios, startState } from './scenarioFiles.ts';

// the package is CommonJS: its default export may arrive nested under ESM interop
const validateStatement: (statement: unknown) => unknown[] = (xapiValidation as any).default?.default ?? (xapiValidation as any).default;

const scenario = loadScenarios().find((s) => s.id === 'nurse-critical-potassium')!;
const attempt: ScenarioAttemptRef = { registration: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b', scenario, mode: 'assessment', startedAt: STARTED_AT };
const learner = { learnerId: 'e3b0c442-98fc-4c14-9afb-f4c8996fb924', homePage: 'http://localhost:4173', language: 'zh-CN' as const };
let n = 0;
const build = (minutes: number) => ({ now: new Date(STARTED_AT.getTime() + minutes * 60_000), newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}` });

describe('scenario statements (xAPI 1.0.3)', () => {
  const attempted = attemptedStatement(attempt, learner, build(0));
  const outcome = evaluateScenario(scenario, startState(scenario), { startedAt: STARTED_AT, submittedAt: new Date(STARTED_AT.getTime() + 372_500), mode: 'assessment' });
  const [completed, graded] = resultStatements(attempt, learner, outcome, build(6));
  const abandoned = abandonedStatement(attempt, learner, 90_000, build(2));

  it('pass the xAPI validator with no errors', () => {
    for (const s of [attempted, completed, graded, abandoned]) expect(validateStatement(s), JSON.stringify(s)).toEqual([]);
  });

  it('carry no version, an account actor and the attempt registration', () => {
    for (const s of [attempted, completed!, graded!]) {
      expect(s).not.toHaveProperty('version');
      expect(s.actor).toEqual({ objectType: 'Agent', account: { homePage: 'http://localhost:4173', name: learner.learnerId } });
      expect(s.context.registration).toBe(attempt.registration);
      expect(s.object.id).toBe(scenarioActivityId('nurse-critical-potassium'));
      expect(s.context.extensions?.[EXTENSION.scenarioMode]).toBe('assessment');
    }
  });

  it('say attempted, completed, then failed with score, duration and the traps sprung', () => {
    expect([attempted.verb.id, completed!.verb.id, graded!.verb.id]).toEqual([VERB.attempted, VERB.completed, VERB.failed]);
    expect(completed!.result).toEqual({ completion: true, duration: 'PT6M12.5S' });
    expect(graded!.result).toMatchObject({ success: false, completion: true, duration: 'PT6M12.5S', score: { scaled: outcome.score / 100, raw: outcome.score, min: 0, max: 100 } });
    expect(graded!.result!.extensions![EXTENSION.trapsSprung]).toEqual(['alert-unacknowledged', 'kcl-still-running']);
    expect(abandoned.result).toMatchObject({ success: false, completion: false, duration: 'PT1M30S' });
  });

  it('carry the learner\'s own role, never the scenario\'s: the scenario\'s roles are part of the activity', () => {
    // the sandbox knows no role: no learner role at all (before issue 15 this said the scenario's "nurse")
    for (const s of [attempted, completed!, graded!, abandoned]) {
      expect(s.context.extensions).not.toHaveProperty([EXTENSION.role]);
      expect(s.object.definition.extensions?.[EXTENSION.scenarioRoles]).toEqual(scenario.roles);
    }
    // a pharmacist who practises this nurse scenario stays a pharmacist
    const asPharmacist = { ...learner, role: 'pharmacist' };
    for (const s of [attemptedStatement(attempt, asPharmacist, build(0)), ...resultStatements(attempt, asPharmacist, outcome, build(6))]) {
      expect(s.context.extensions?.[EXTENSION.role]).toBe('pharmacist');
      expect(s.object.definition.extensions?.[EXTENSION.scenarioRoles]).toEqual(['nurse']);
      expect(validateStatement(s), JSON.stringify(s)).toEqual([]);
      expect(XapiStatement.safeParse(s).success).toBe(true);
    }
  });

  it('parse with the statement schema, which refuses anything else', () => {
    for (const s of [attempted, completed, graded, abandoned]) expect(XapiStatement.safeParse(s).success).toBe(true);
    expect(XapiStatement.safeParse({ ...attempted, version: '1.0.3' }).success).toBe(false);
    expect(XapiStatement.safeParse({ ...attempted, actor: { ...attempted.actor, mbox: 'mailto:a@b.c' } }).success).toBe(false);
    expect(XapiStatement.safeParse({ ...graded, result: { ...graded!.result, score: { scaled: 2, raw: 200, min: 0, max: 100 } } }).success).toBe(false);
  });
});
