// An LMS attempt's state as it travels in the LMS's suspend data: which scenario, which attempt
// (registration), how long it has run, and the hospital actions the learner took, so a resumed
// attempt replays them on the scenario's start state (a few hundred characters, not the whole
// hospital). What comes back from the LMS is untrusted: parsed, bounded, and replayed through
// the same hospital rules; anything that does not fit gives a reason and a fresh start.

import { HospitalState, applyHospitalAction, seedHospital, type HospitalAction } from '@preceptor/shared/hospital/index.ts';
import { MAX_ATTEMPT_DURATION_MS, applyScenarioSetup, type Scenario } from '@preceptor/shared/scenario/index.ts';
import { z } from 'zod';

const LoggedAction = z.tuple([z.object({ type: z.string().min(1).max(60) }).loose(), z.string().min(1).max(40)]);

export const LmsSuspendData = z
  .object({
    v: z.literal(1),
    scenarioId: z.string().min(1).max(80),
    registration: z.uuid(),
    mode: z.enum(['practice', 'assessment']),
    elapsedMs: z.number().int().min(0).max(MAX_ATTEMPT_DURATION_MS),
    actions: z.array(LoggedAction).max(400),
  })
  .strict();
export type LmsSuspendData = z.infer<typeof LmsSuspendData>;

export function encodeSuspendData(data: LmsSuspendData): string {
  return JSON.stringify(data);
}

export type DecodedSuspendData = { ok: true; data: LmsSuspendData } | { ok: false; problem: string };

export function decodeSuspendData(raw: string, scenarioId: string): DecodedSuspendData {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'the saved attempt is not JSON' };
  }
  const parsed = LmsSuspendData.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `the saved attempt does not fit at ${issue?.path.join('.') || '(top)'}: ${issue?.message ?? 'invalid'}` };
  }
  if (parsed.data.scenarioId !== scenarioId) return { ok: false, problem: `the saved attempt is of scenario "${parsed.data.scenarioId}", not "${scenarioId}"` };
  return { ok: true, data: parsed.data };
}

export type ReplayResult = { ok: true; state: HospitalState } | { ok: false; problem: string };

/** The hospital as the learner left it: the scenario's start state, then each saved action again. */
export function replayAttempt(scenario: Scenario, data: LmsSuspendData, now: Date): ReplayResult {
  let state = applyScenarioSetup(seedHospital(now), scenario.start.setup, now);
  for (const [index, [action, by]] of data.actions.entries()) {
    let result: ReturnType<typeof applyHospitalAction>;
    try {
      result = applyHospitalAction(state, action as unknown as HospitalAction, { now, by });
    } catch {
      return { ok: false, problem: `saved action ${index + 1} (${action.type}) could not be applied` };
    }
    if (!result.ok) return { ok: false, problem: `saved action ${index + 1} (${action.type}) is refused by the hospital's rules now` };
    state = result.state;
  }
  const checked = HospitalState.safeParse(state);
  return checked.success ? { ok: true, state: checked.data } : { ok: false, problem: 'the replayed hospital does not fit its schema' };
}

/** The actions logged in `raw` (the store's LMS action log), or null when unreadable. */
export function readActionLog(raw: string | null): LmsSuspendData['actions'] | null {
  if (raw === null) return [];
  try {
    const parsed = z.array(LoggedAction).safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
