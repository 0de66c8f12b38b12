// Turns a scenario attempt a sandbox page reported into statements, on the extension's side:
// checked against the drill catalog, built with the learner's own account and role, and marked
// as reported by the training sandbox (EXTENSION.reportedBy) so a trainer can tell them apart.

import type { DrillCatalogEntry } from './drillCatalog.ts';
import type { ScenarioAttemptResult } from './relayMessage.ts';
import {
  abandonedStatement,
  attemptedStatement,
  resultStatements,
  type ScenarioAttemptRef,
  type ScenarioLearner,
  type ScenarioStatement,
} from './scenarioStatements.ts';

export type RelayRefusal = 'unknown-scenario' | 'unknown-trap' | 'inconsistent';
export type RelayedStatements = { ok: true; statements: ScenarioStatement[] } | { ok: false; refused: RelayRefusal };

/** The statement ids of one attempt, one per part, so a relay repeated is recorded once. */
export type AttemptStatementIds = Record<'attempted' | 'completed' | 'verdict', string>;

/**
 * A pass must be possible: score at or above the pass mark and no trap sprung (and, in an
 * assessment, within the time limit); an abandoned attempt has no score. What the page cannot
 * make up this way it could still claim — the statements say who reported them.
 */
function consistent(attempt: ScenarioAttemptResult, drill: DrillCatalogEntry): boolean {
  const overTime = attempt.durationMs > drill.timeLimitMinutes * 60_000;
  switch (attempt.outcome) {
    case 'passed':
      return attempt.score >= drill.passingScore && attempt.trapsHit.length === 0 && !(overTime && attempt.mode === 'assessment');
    case 'failed':
      return true;
    case 'abandoned':
      return attempt.mode === 'assessment' && attempt.score === 0 && attempt.trapsHit.length === 0;
  }
}

export function relayedAttemptStatements(
  attempt: ScenarioAttemptResult,
  catalog: readonly DrillCatalogEntry[],
  /** the learner from the extension's profile; `role: null` when the profile names none */
  learner: ScenarioLearner & { role: string | null },
  endedAt: Date,
  ids: AttemptStatementIds,
): RelayedStatements {
  const drill = catalog.find((d) => d.id === attempt.scenarioId);
  if (!drill) return { ok: false, refused: 'unknown-scenario' };
  if (!attempt.trapsHit.every((id) => drill.trapIds.includes(id)) || new Set(attempt.trapsHit).size !== attempt.trapsHit.length) return { ok: false, refused: 'unknown-trap' };
  if (!consistent(attempt, drill)) return { ok: false, refused: 'inconsistent' };

  const startedAt = new Date(endedAt.getTime() - attempt.durationMs);
  const ref: ScenarioAttemptRef = {
    registration: attempt.attemptId,
    scenario: { id: drill.id, version: drill.version, title: drill.title, goal: drill.goal, roles: drill.roles as ScenarioAttemptRef['scenario']['roles'] },
    mode: attempt.mode,
    startedAt,
    reportedBy: 'training-sandbox',
  };
  const idFor = (id: string) => () => id;
  const attempted = attemptedStatement(ref, learner, { now: startedAt, newId: idFor(ids.attempted) });
  if (attempt.outcome === 'abandoned') {
    return { ok: true, statements: [attempted, abandonedStatement(ref, learner, attempt.durationMs, { now: endedAt, newId: idFor(ids.verdict) })] };
  }
  const outcome = {
    checks: [],
    traps: attempt.trapsHit.map((id) => ({ id, sprung: true, avoided: false })),
    score: attempt.score,
    timedOut: attempt.durationMs > drill.timeLimitMinutes * 60_000,
    passed: attempt.outcome === 'passed',
    durationMs: attempt.durationMs,
  };
  let n = 0;
  const [completed, verdict] = resultStatements(ref, learner, outcome, { now: endedAt, newId: () => (n++ === 0 ? ids.completed : ids.verdict) });
  return { ok: true, statements: [attempted, completed!, verdict!] };
}

/** Name-based (version 5) UUIDs of an attempt's statements: the same attempt gives the same ids. */
export async function attemptStatementIds(attemptId: string): Promise<AttemptStatementIds> {
  const part = async (name: string) => uuidV5(`preceptor:relayed-attempt:${attemptId.toLowerCase()}:${name}`);
  return { attempted: await part('attempted'), completed: await part('completed'), verdict: await part('verdict') };
}

/** RFC 4122 version 5 under Preceptor's own namespace. */
const NAMESPACE = [0x6b, 0x2f, 0x1c, 0x4e, 0x8d, 0x3a, 0x4b, 0x71, 0x9e, 0x05, 0xc2, 0x7d, 0x11, 0x90, 0xa4, 0x3f];
async function uuidV5(name: string): Promise<string> {
  const bytes = new Uint8Array([...NAMESPACE, ...new TextEncoder().encode(name)]);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-1', bytes)).slice(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
