// The simulated hospital's data, persisted in localStorage under a versioned key and seeded
// deterministically. Every change goes through `applyHospitalAction` (shared/hospital), so the
// rules the trainee meets are the ones the unit and scenario tests check.

import {
  HospitalState,
  HospitalStateV1,
  applyHospitalAction,
  seedHospital,
  type ActionResult,
  type CancelIssue,
  type CancelReason,
  type HospitalAction,
  type IssueResult,
  type Patient,
  type PatientDraft,
  type Registration,
  type RegistrationIssue,
  type RegistrationRequest,
} from '@preceptor/shared/hospital/index.ts';

/** The key stays `.v1` (tests and tours read it); the document inside carries its own version. */
export const STATE_STORAGE_KEY = 'preceptor.sandbox.state.v1';

export const SandboxState = HospitalState;
export type SandboxState = HospitalState;

/** The seeded hospital for the day and time `at`: same moment → same hospital. */
export function seedState(at: Date): SandboxState {
  return seedHospital(at);
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export type SandboxStoreOptions = {
  storage: StorageLike | null;
  now: () => Date;
  /** registrar signed in to the registration desk */
  operatorId: string;
};

export type SandboxStore = {
  getState(): SandboxState;
  subscribe(listener: () => void): () => void;
  /** Applies one action as staff member `by`; the state changes only when it succeeds. */
  dispatch(action: HospitalAction, by: string): ActionResult;
  createPatient(draft: PatientDraft): Patient;
  issue(request: RegistrationRequest): IssueResult;
  cancel(
    registrationId: string,
    input: { reason: CancelReason | ''; note: string },
  ): { ok: true; registration: Registration } | { ok: false; issue: CancelIssue };
  /** Back to the seeded state. */
  reset(): void;
  /** Replaces the whole hospital (a scenario's start state). */
  replace(next: SandboxState): void;
  /** Re-reads storage (another tab or the report viewer frame changed it). */
  reload(): void;
};

export function createSandboxStore(options: SandboxStoreOptions): SandboxStore {
  const { storage, now, operatorId } = options;
  const listeners = new Set<() => void>();
  let state = load();

  function load(): SandboxState {
    const raw = safeGet(STATE_STORAGE_KEY);
    if (raw !== null) {
      try {
        const json: unknown = JSON.parse(raw);
        const parsed = HospitalState.safeParse(json);
        if (parsed.success) return parsed.data;
        // Registration-only data from before the hospital grew: keep its people and visits.
        const old = HospitalStateV1.safeParse(json);
        if (old.success) {
          const migrated: SandboxState = { ...seedHospital(now()), seededOn: old.data.seededOn, patients: old.data.patients, registrations: old.data.registrations };
          safeSet(STATE_STORAGE_KEY, JSON.stringify(migrated));
          return migrated;
        }
      } catch {
        // fall through: unreadable JSON
      }
      // Keep what could not be read rather than silently overwriting it.
      safeSet(`${STATE_STORAGE_KEY}.unreadable`, raw);
    }
    const seeded = seedState(now());
    safeSet(STATE_STORAGE_KEY, JSON.stringify(seeded));
    return seeded;
  }

  function safeGet(key: string): string | null {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  function safeSet(key: string, value: string): void {
    try {
      storage?.setItem(key, value);
    } catch {
      // Quota or privacy mode: the sandbox keeps working in memory.
    }
  }

  function commit(next: SandboxState): void {
    state = next;
    safeSet(STATE_STORAGE_KEY, JSON.stringify(next));
    for (const l of listeners) l();
  }

  function dispatch(action: HospitalAction, by: string): ActionResult {
    const result = applyHospitalAction(state, action, { now: now(), by });
    if (result.ok) commit(result.state);
    return result;
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch,
    createPatient(draft) {
      const result = dispatch({ type: 'patient/create', draft }, operatorId);
      if (!result.ok) throw new Error(result.issues.join(', '));
      return result.state.patients.at(-1)!;
    },
    issue(request) {
      const result = dispatch({ type: 'registration/issue', request }, operatorId);
      if (!result.ok) return { ok: false, issues: result.issues.map((i) => i.replace(/^registration\./, '') as RegistrationIssue) };
      return { ok: true, registration: result.state.registrations.at(-1)! };
    },
    cancel(registrationId, input) {
      const result = dispatch({ type: 'registration/cancel', registrationId, reason: input.reason, note: input.note }, operatorId);
      if (!result.ok) return { ok: false, issue: result.issues[0]!.replace(/^registration\./, '') as CancelIssue };
      return { ok: true, registration: result.state.registrations.find((r) => r.registrationId === registrationId)! };
    },
    reset() {
      commit(seedState(now()));
    },
    replace(next) {
      commit(next);
    },
    reload() {
      state = load();
      for (const l of listeners) l();
    },
  };
}
