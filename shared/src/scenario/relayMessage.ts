// What the sandbox posts to its own window when an attempt ends, for the extension's content
// script to pass on: the attempt's result, never statements. The extension's background checks
// it against the drill catalog and builds the statements itself (issue 12).

import { z } from 'zod';
import { ContentId } from '../schema/contentIds.ts';

export const SANDBOX_RELAY_SOURCE = 'preceptor-sandbox';

/** Longest attempt a relay may report (the longest drill allows 120 minutes). */
export const MAX_ATTEMPT_DURATION_MS = 24 * 60 * 60 * 1000;

export const ScenarioAttemptResult = z
  .object({
    /** one UUID per attempt: the statements' registration */
    attemptId: z.uuid(),
    scenarioId: ContentId,
    mode: z.enum(['practice', 'assessment']),
    outcome: z.enum(['passed', 'failed', 'abandoned']),
    /** weighted share of checks passed, 0-100 */
    score: z.number().int().min(0).max(100),
    /** ids of the safety traps sprung */
    trapsHit: z.array(ContentId).max(20),
    durationMs: z.number().int().min(0).max(MAX_ATTEMPT_DURATION_MS),
  })
  .strict();
export type ScenarioAttemptResult = z.infer<typeof ScenarioAttemptResult>;

export const SandboxRelayMessage = z
  .object({
    source: z.literal(SANDBOX_RELAY_SOURCE),
    type: z.literal('scenario-attempt'),
    attempt: ScenarioAttemptResult,
  })
  .strict();
export type SandboxRelayMessage = z.infer<typeof SandboxRelayMessage>;
