// The sandbox's own learning record: scenario statements in a Dexie log of their own (the
// extension keeps its log in its own origin), relayed to the extension when it listens.

import { ProgressDb, appendStatements } from '@preceptor/shared/record/progressDb.ts';
import { SANDBOX_RELAY_SOURCE, type SandboxRelayMessage, type ScenarioLearner, type ScenarioStatement } from '@preceptor/shared/scenario/index.ts';
import type { Lang } from '../i18n.ts';

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

export function scenarioLearner(lang: Lang): ScenarioLearner {
  return { learnerId: learnerId(), homePage: window.location.origin, language: lang };
}

/**
 * Writes statements to the sandbox log (idempotent by id) and posts them to this window for the
 * extension's content script, which checks the origin and parses the message before keeping them.
 */
export async function recordStatements(statements: ScenarioStatement[]): Promise<void> {
  const message: SandboxRelayMessage = { source: SANDBOX_RELAY_SOURCE, type: 'scenario-statements', statements };
  window.postMessage(message, window.location.origin);
  await appendStatements(sandboxProgressDb(), statements);
}
