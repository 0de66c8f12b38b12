import { DRILL_PATIENT_IDS } from '@preceptor/shared/hospital/index.ts';
import { describe, expect, it } from 'vitest';
import { STATE_STORAGE_KEY, createSandboxStore, seedState } from '../src/store/sandboxStore.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

const NOW = new Date(2026, 10, 26, 9, 15);
const make = (storage = memoryStorage()) => ({
  storage,
  store: createSandboxStore({ storage, now: () => NOW }),
});

const draft = {
  name: '李敏', sex: 'F' as const, birthDate: '1949-12-31', idType: 'resident-id' as const,
  idNumber: '11010519491231002X', phone: '13800138000', insuranceType: 'employee' as const, allergies: [],
};

describe('sandbox store', () => {
  it('seeds deterministically and persists under the versioned key', () => {
    const { storage, store } = make();
    expect(store.getState()).toEqual(seedState(NOW));
    expect(JSON.parse(storage.data.get(STATE_STORAGE_KEY)!)).toEqual(store.getState());
    expect(store.getState().patients).toHaveLength(60);
  });

  it('keeps data across a reload', () => {
    const { storage, store } = make();
    const created = store.dispatch({ type: 'patient/create', draft }, 'SF0217');
    if (!created.ok) throw new Error(created.issues.join());
    expect(created.id).toBe('P000061');
    const again = make(storage).store;
    expect(again.getState().patients.at(-1)).toEqual(created.state.patients.at(-1));
  });

  it('issues and cancels registrations, notifying subscribers', () => {
    const { store } = make();
    let calls = 0;
    store.subscribe(() => calls++);
    const issued = store.dispatch({
      type: 'registration/issue',
      request: {
        patientId: DRILL_PATIENT_IDS.returningWangWei, deptCode: 'cardiology', type: 'chief', doctorId: 'D1001',
        date: '2026-11-26', slot: 'am', visitKind: 'return', paymentMethod: 'insurance',
      },
    }, 'SF0217');
    if (!issued.ok) throw new Error(issued.issues.join());
    const registrationId = issued.id!;
    expect(issued.state.registrations.find((r) => r.registrationId === registrationId)!.operatorId).toBe('SF0217');
    const cancel = (reason: 'wrong-department' | 'other', note: string) => store.dispatch({ type: 'registration/cancel', registrationId, reason, note }, 'SF0217');
    const cancelled = cancel('wrong-department', '');
    if (!cancelled.ok) throw new Error(cancelled.issues.join());
    expect(cancelled.state.registrations.find((r) => r.registrationId === registrationId)!.status).toBe('cancelled');
    // a refusal names the rule with the same code the screens translate (issue.registration.notWaiting)
    expect(cancel('other', 'x')).toEqual({ ok: false, issues: ['registration.notWaiting'] });
    expect(calls).toBe(2);
  });

  it('reset returns to the seeded state', () => {
    const { store } = make();
    store.dispatch({ type: 'patient/create', draft }, 'SF0217');
    store.reset();
    expect(store.getState()).toEqual(seedState(NOW));
  });

  it('keeps the patients and registrations of registration-only (v1) data', () => {
    const old = seedState(NOW);
    const v1 = { version: 1, seededOn: old.seededOn, patients: old.patients.slice(0, 50), registrations: old.registrations.slice(0, 3) };
    const storage = memoryStorage({ [STATE_STORAGE_KEY]: JSON.stringify(v1) });
    const { store } = make(storage);
    expect(store.getState()).toMatchObject({ version: 2, patients: v1.patients, registrations: v1.registrations });
    expect(store.getState().admissions.length).toBeGreaterThan(0);
    expect(JSON.parse(storage.data.get(STATE_STORAGE_KEY)!).version).toBe(2);
  });

  it('applies hospital actions as the signed-in operator and refuses what the rules refuse', () => {
    const { store } = make();
    const rx = store.getState().prescriptions.find((p) => p.status === 'pending-review')!;
    expect(store.dispatch({ type: 'prescription/review', rxId: rx.rxId, decision: 'returned', reasons: [], note: '' }, 'PH4001')).toEqual({ ok: false, issues: ['review.reasonRequired'] });
    const ok = store.dispatch({ type: 'prescription/review', rxId: rx.rxId, decision: 'approved', reasons: [], note: '' }, 'PH4001');
    expect(ok.ok).toBe(true);
    expect(store.getState().prescriptions.find((p) => p.rxId === rx.rxId)!.review!.pharmacistId).toBe('PH4001');
    expect(store.getState().audit.at(-1)).toMatchObject({ by: 'PH4001', action: 'prescription/review', target: rx.rxId });
  });

  it('replaces the whole hospital for a scenario start', () => {
    const { storage, store } = make();
    const next = { ...seedState(NOW), patients: seedState(NOW).patients.slice(0, 48) };
    store.replace(next);
    expect(JSON.parse(storage.data.get(STATE_STORAGE_KEY)!).patients).toHaveLength(48);
  });

  it('reseeds unreadable data but keeps a copy of it', () => {
    const storage = memoryStorage({ [STATE_STORAGE_KEY]: '{"version":1,"patients":"oops"}' });
    const { store } = make(storage);
    expect(store.getState().patients).toHaveLength(60);
    expect(storage.data.get(`${STATE_STORAGE_KEY}.unreadable`)).toBe('{"version":1,"patients":"oops"}');
  });

  it('works without storage', () => {
    const store = createSandboxStore({ storage: null, now: () => NOW });
    expect(store.dispatch({ type: 'patient/create', draft }, 'SF0217')).toMatchObject({ ok: true, id: 'P000061' });
  });
});
