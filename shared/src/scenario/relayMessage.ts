// The message the sandbox posts to its own window so the extension's content script can copy
// scenario results into the learner's extension log. Parsed with zod on the receiving side.

import { z } from 'zod';
import { ScenarioStatement } from './scenarioStatements.ts';

export const SANDBOX_RELAY_SOURCE = 'preceptor-sandbox';

export const SandboxRelayMessage = z
  .object({
    source: z.literal(SANDBOX_RELAY_SOURCE),
    type: z.literal('scenario-statements'),
    statements: z.array(ScenarioStatement).min(1).max(20),
  })
  .strict();
export type SandboxRelayMessage = z.infer<typeof SandboxRelayMessage>;
