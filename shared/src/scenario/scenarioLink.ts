// Where a checklist's drill item sends the learner: the scenario on the hospital's training
// sandbox, as the sandbox routes it (sandbox/src/routes.tsx '/scenarios'; the list page picks the
// scenario from `?scenario=`). Only an exact http(s) origin from the configured list is used.

import { parseSandboxOrigin } from './sandboxOrigins.ts';

/** The sandbox's scenario list path (sandbox/src/routes.tsx). */
export const SCENARIO_LIST_PATH = '/scenarios';
/** The query parameter the scenario list reads to show one scenario. */
export const SCENARIO_QUERY = 'scenario';

/** The scenario's page on the first usable sandbox origin, or undefined when none is configured. */
export function scenarioPracticeUrl(origins: readonly string[], scenarioId: string): string | undefined {
  for (const candidate of origins) {
    const check = parseSandboxOrigin(candidate);
    if (!check.ok) continue;
    const url = new URL(SCENARIO_LIST_PATH, check.origin);
    url.searchParams.set(SCENARIO_QUERY, scenarioId);
    return url.href;
  }
  return undefined;
}
