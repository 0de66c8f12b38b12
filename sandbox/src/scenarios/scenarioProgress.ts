// The sandbox's own learning record: scenario statements in a Dexie log of their own (the
// extension keeps its log in its own origin). When an attempt ends, its result (not statements)
// is posted to this window for the extension, which builds its own statements from it.

import { ProgressDb, appendStatements } from '@preceptor/shared/record/progressDb.ts';
import {
  MAX_ATTEMPT_DURATION_MS,
  SANDBOX_RELAY_SOURCE,
  type SandboxRelayMessage,
  type ScenarioAttemptResult,
  type ScenarioLearner,
  type ScenarioStatement,
} from '@preceptor/shared/scenario/index.ts';
import type { Lang } from '../i18n.ts';
import { readIdentity } from './learnerIdentity.ts';

export const SANDBOX_PROGRESS_DB_NAME = 'preceptor-sandbox-progress';
export const LEARNER_STORAGE_KEY = 'preceptor.sandbox.learner.v1';

let db: ProgressDb | null = null;

export function sandboxProgressDb(): ProgressDb {
  db ??= new ProgressDb(SANDBOX_PROGRESS_DB_NAME);
  return db;
}

/** The opaque learner id of this browser profile, made once. */
export function learnerId(): string {
  try {
    const stored = localStorage.getItem(LEARNER_STORAGE_KEY);
    if (stored && /^[0-9a-f-]{36}$/i.test(stored)) return stored;
    const id = crypto.randomUUID();
    localStorage.setItem(LEARNER_STORAGE_KEY, id);
    return id;
  } catch {
    return crypto.randomUUID();
  }
}

/** Who the scenario statements are about: the opaque id, and the role the trainee picked under "who I am" (never the scenario's). */
export function scenarioLearner(lang: Lang): ScenarioLearner {
  const role = readIdentity().role;
  return { learnerId: learnerId(), homePage: window.location.origin, language: lang, ...(role ? { role } : {}) };
}

/** Writes statements to the sandbox's own log (idempotent by id). */
export async function recordStatements(statements: ScenarioStatement[]): Promise<void> {
  await appendStatements(sandboxProgressDb(), statements);
}

/**
 * Posts an ended attempt to this window for the extension's content script. The extension keeps
 * it only when this origin is one of the hospital's configured training sandboxes, checks it
 * against the drills it knows, and writes statements of its own with the learner's role.
 */
export function relayAttempt(attempt: ScenarioAttemptResult): void {
  const message: SandboxRelayMessage = {
    source: SANDBOX_RELAY_SOURCE,
    type: 'scenario-attempt',
    attempt: { ...attempt, durationMs: Math.min(MAX_ATTEMPT_DURATION_MS, Math.max(0, Math.round(attempt.durationMs))) },
  };
  window.postMessage(message, window.location.origin);
}
