// Grades an attempt: every check and trap evaluated against the hospital state at submission.

import type { HospitalState } from '../hospital/hospitalState.ts';
import { isoDate } from '../hospital/idNumber.ts';
import { evaluatePredicate, type EvaluationContext } from './predicate.ts';
import type { Scenario } from './scenarioSchema.ts';

export type ScenarioMode = 'practice' | 'assessment';

export type ScenarioOutcome = {
  checks: { id: string; passed: boolean; required: boolean; weight: number }[];
  traps: { id: string; sprung: boolean }[];
  /** weighted share of checks passed, 0–100 */
  score: number;
  timedOut: boolean;
  passed: boolean;
  durationMs: number;
};

export type AttemptTiming = { startedAt: Date; submittedAt: Date; mode: ScenarioMode };

/**
 * Pass = score at or above the passing score, every required check passed and no trap sprung.
 * Running over time fails an assessment; in practice it is reported but does not fail.
 */
export function evaluateScenario(scenario: Scenario, state: HospitalState, timing: AttemptTiming): ScenarioOutcome {
  const ctx: EvaluationContext = { today: isoDate(timing.startedAt), startedAt: timing.startedAt.toISOString() };
  const checks = scenario.checks.map((c) => ({ id: c.id, passed: evaluatePredicate(c.predicate, state, ctx), required: c.required, weight: c.weight }));
  const traps = scenario.traps.map((t) => ({ id: t.id, sprung: evaluatePredicate(t.sprungWhen, state, ctx) }));
  const total = checks.reduce((s, c) => s + c.weight, 0);
  const earned = checks.reduce((s, c) => s + (c.passed ? c.weight : 0), 0);
  const score = total === 0 ? 0 : Math.round((earned / total) * 100);
  const durationMs = Math.max(0, timing.submittedAt.getTime() - timing.startedAt.getTime());
  const timedOut = durationMs > scenario.timeLimitMinutes * 60_000;
  const passed =
    score >= scenario.scoring.passingScore &&
    checks.every((c) => c.passed || !c.required) &&
    traps.every((t) => !t.sprung) &&
    !(timedOut && timing.mode === 'assessment');
  return { checks, traps, score, timedOut, passed, durationMs };
}
