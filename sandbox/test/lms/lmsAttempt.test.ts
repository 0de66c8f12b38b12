// Suspend data of an LMS attempt: encoded small, decoded with checks, replayed through the hospital rules.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyHospitalAction, type HospitalAction } from '@preceptor/shared/hospital/index.ts';
import { evaluateScenario, parseScenarioValue } from '@preceptor/shared/scenario/index.ts';
import { describe, expect, it } from 'vitest';
import { decodeSuspendData, encodeSuspendData, readActionLog, replayAttempt } from '../../src/lms/lmsAttempt.ts';

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'scenarios', '07-pharm-warfarin-nsaid.json');
const parsed = parseScenarioValue('07-pharm-warfarin-nsaid.json', JSON.parse(readFileSync(file, 'utf8')));
if (!parsed.ok) throw new Error('scenario 07 does not parse');
const scenario = parsed.scenario;
const registration = '6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab';

describe('LMS suspend data', () => {
  it('round-trips, and rejects another scenario’s data, junk and oversize lists with a reason', () => {
    const data = { v: 1 as const, scenarioId: scenario.id, registration, mode: 'assessment' as const, elapsedMs: 61_000, actions: [] };
    expect(decodeSuspendData(encodeSuspendData(data), scenario.id)).toEqual({ ok: true, data });
    expect(decodeSuspendData(encodeSuspendData(data), 'nurse-kcl-push-order')).toMatchObject({ ok: false, problem: expect.stringContaining('not "nurse-kcl-push-order"') });
    expect(decodeSuspendData('{not json', scenario.id)).toEqual({ ok: false, problem: 'the saved attempt is not JSON' });
    expect(decodeSuspendData(JSON.stringify({ ...data, registration: 'x' }), scenario.id)).toMatchObject({ ok: false, problem: expect.stringContaining('registration') });
    expect(decodeSuspendData(JSON.stringify({ ...data, extra: 1 }), scenario.id).ok).toBe(false);
    expect(decodeSuspendData(JSON.stringify({ ...data, actions: Array.from({ length: 401 }, () => [{ type: 'x' }, 'N1']) }), scenario.id).ok).toBe(false);
    expect(readActionLog('nope')).toBeNull();
    expect(readActionLog(null)).toEqual([]);
  });

  it('replays the learner’s actions onto the scenario’s start: the resumed attempt grades as if never left', () => {
    const now = new Date('2026-03-02T09:00:00Z');
    const start = replayAttempt(scenario, { v: 1, scenarioId: scenario.id, registration, mode: 'assessment', elapsedMs: 0, actions: [] }, now);
    if (!start.ok) throw new Error(start.problem);
    expect(evaluateScenario(scenario, start.state, { startedAt: now, submittedAt: now, mode: 'assessment' }).passed).toBe(false);
    // the pass: return the prescription for the interaction and the supply days (as the e2e does in the UI)
    const action: HospitalAction = { type: 'prescription/review', rxId: 'RX900000000001', decision: 'returned', reasons: ['interaction', 'supply-days'], note: '' };
    const direct = applyHospitalAction(start.state, action, { now, by: 'P4001' });
    if (!direct.ok) {
      // the action's shape is the hospital's business; show what it wanted if this ever drifts
      throw new Error(`reviewPrescription refused: ${JSON.stringify(direct)}`);
    }
    const data = { v: 1 as const, scenarioId: scenario.id, registration, mode: 'assessment' as const, elapsedMs: 30_000, actions: [[action as unknown as Record<string, unknown> & { type: string }, 'P4001']] as [Record<string, unknown> & { type: string }, string][] };
    const encoded = encodeSuspendData(data);
    expect(encoded.length).toBeLessThan(400);
    const decoded = decodeSuspendData(encoded, scenario.id);
    if (!decoded.ok) throw new Error(decoded.problem);
    const resumed = replayAttempt(scenario, decoded.data, now);
    if (!resumed.ok) throw new Error(resumed.problem);
    expect(evaluateScenario(scenario, resumed.state, { startedAt: now, submittedAt: now, mode: 'assessment' }).passed).toBe(true);
    // an action the rules refuse stops the replay with a reason
    const bad = replayAttempt(scenario, { ...decoded.data, actions: [[{ type: 'prescription/review', rxId: 'RX-NONE', decision: 'returned', reasons: ['interaction'], note: '' }, 'P4001']] }, now);
    expect(bad).toMatchObject({ ok: false, problem: expect.stringContaining('saved action 1 (prescription/review)') });
  });
});

describe('the store’s LMS action log', () => {
  it('appends each accepted action while an LMS attempt runs, and nothing otherwise', async () => {
    const { LMS_ACTION_LOG_KEY, createSandboxStore } = await import('../../src/store/sandboxStore.ts');
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    const now = new Date('2026-03-02T09:00:00Z');
    const store = createSandboxStore({ storage, now: () => now });
    store.replace(applyScenarioSetupFor(now));
    const review: HospitalAction = { type: 'prescription/review', rxId: 'RX900000000001', decision: 'returned', reasons: ['interaction'], note: '' };
    expect(store.dispatch(review, 'PH4001').ok).toBe(true);
    expect(data.has(LMS_ACTION_LOG_KEY)).toBe(false);
    store.replace(applyScenarioSetupFor(now));
    data.set(LMS_ACTION_LOG_KEY, '[]');
    expect(store.dispatch(review, 'PH4001').ok).toBe(true);
    // refused: already reviewed; not logged
    expect(store.dispatch(review, 'PH4001').ok).toBe(false);
    expect(readActionLog(data.get(LMS_ACTION_LOG_KEY) ?? null)).toEqual([[review, 'PH4001']]);
  });
});

function applyScenarioSetupFor(now: Date) {
  const r = replayAttempt(scenario, { v: 1, scenarioId: scenario.id, registration, mode: 'assessment', elapsedMs: 0, actions: [] }, now);
  if (!r.ok) throw new Error(r.problem);
  return r.state;
}
