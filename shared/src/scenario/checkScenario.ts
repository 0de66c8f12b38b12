// Grades an attempt: every check and trap evaluated against the hospital state at submission.

import type { HospitalState } from '../hospital/hospitalState.ts';
import { isoDate } from '../hospital/idNumber.ts';
import { reconcileDowntime } from '../hospital/downtimeActions.ts';
import { evaluatePredicate, type EvaluationContext } from './predicate.ts';
import type { Scenario } from './scenarioSchema.ts';

export type ScenarioMode = 'practice' | 'assessment';

export type ScenarioOutcome = {
  checks: { id: string; passed: boolean; required: boolean; weight: number }[];
  /**
   * `avoided` is a claim about the learner: it holds only when the trap did not spring AND the
   * learner did the task's work (see `didTheWork`). An attempt submitted untouched neither sprang
   * nor avoided anything: its traps were never met.
   */
  traps: { id: string; sprung: boolean; avoided: boolean }[];
  /** weighted share of checks passed, 0–100 */
  score: number;
  timedOut: boolean;
  passed: boolean;
  durationMs: number;
};

export type AttemptTiming = { startedAt: Date; submittedAt: Date; mode: ScenarioMode };

/**
 * Whether the learner did the task's work, so that a trap left unsprung means something: a
 * required check passed (no required check holds on a scenario's untouched start state, while
 * "did not create a duplicate"-style checks do), or, in a scenario without required checks, the
 * score reached the pass mark.
 */
export function didTheWork(scenario: Scenario, checks: readonly { passed: boolean; required: boolean; weight: number }[]): boolean {
  if (checks.some((c) => c.required)) return checks.some((c) => c.required && c.passed);
  const total = checks.reduce((s, c) => s + c.weight, 0);
  const earned = checks.reduce((s, c) => s + (c.passed ? c.weight : 0), 0);
  return total > 0 && Math.round((earned / total) * 100) >= scenario.scoring.passingScore;
}

/**
 * Pass = score at or above the passing score, every required check passed and no trap sprung.
 * Running over time fails an assessment; in practice it is reported but does not fail.
 */
export function evaluateScenario(scenario: Scenario, state: HospitalState, timing: AttemptTiming): ScenarioOutcome {
  const ctx: EvaluationContext = { today: isoDate(timing.startedAt), startedAt: timing.startedAt.toISOString() };
  // Predicates read the hospital plus what a downtime reconciliation finds (`reconciliation.missing[*]` …).
  const view = { ...state, reconciliation: reconcileDowntime(state) };
  const checks = scenario.checks.map((c) => ({ id: c.id, passed: evaluatePredicate(c.predicate, view, ctx), required: c.required, weight: c.weight }));
  const workDone = didTheWork(scenario, checks);
  const traps = scenario.traps.map((t) => {
    const sprung = evaluatePredicate(t.sprungWhen, view, ctx);
    return { id: t.id, sprung, avoided: !sprung && workDone };
  });
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
