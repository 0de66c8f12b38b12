// The simulated hospital's data, persisted in localStorage under a versioned key and seeded
// deterministically. Every change goes through `applyHospitalAction` (shared/hospital), so the
// rules the trainee meets are the ones the unit and scenario tests check.

import {
  HospitalState,
  HospitalStateV1,
  applyHospitalAction,
  seedHospital,
  type ActionResult,
  type HospitalAction,
} from '@preceptor/shared/hospital/index.ts';

/** The key stays `.v1` (tests and tours read it); the document inside carries its own version. */
export const STATE_STORAGE_KEY = 'preceptor.sandbox.state.v1';

/**
 * While an LMS attempt runs (sandbox/src/lms), the actions of the attempt, appended here as
 * `[action, by]` pairs by every store of the origin (the app's and the report viewer's), so the
 * attempt can be suspended to the LMS as a short list and replayed on resume. Absent otherwise:
 * then nothing is logged.
 */
export const LMS_ACTION_LOG_KEY = 'preceptor.sandbox.lms-actions.v1';

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
};

export type SandboxStore = {
  getState(): SandboxState;
  subscribe(listener: () => void): () => void;
  /** Applies one action as staff member `by`; the state changes only when it succeeds. */
  dispatch(action: HospitalAction, by: string): ActionResult;
  /** Back to the seeded state. */
  reset(): void;
  /** Replaces the whole hospital (a scenario's start state). */
  replace(next: SandboxState): void;
  /** Re-reads storage (another tab or the report viewer frame changed it). */
  reload(): void;
};

export function createSandboxStore(options: SandboxStoreOptions): SandboxStore {
  const { storage, now } = options;
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

  function logForLms(action: HospitalAction, by: string): void {
    const raw = safeGet(LMS_ACTION_LOG_KEY);
    if (raw === null) return;
    try {
      const log: unknown = JSON.parse(raw);
      if (Array.isArray(log)) safeSet(LMS_ACTION_LOG_KEY, JSON.stringify([...log, [action, by]]));
    } catch {
      // an unreadable log: the LMS page finds it so and cannot suspend (it says so)
    }
  }

  function commit(next: SandboxState): void {
    state = next;
    safeSet(STATE_STORAGE_KEY, JSON.stringify(next));
    for (const l of listeners) l();
  }

  function dispatch(action: HospitalAction, by: string): ActionResult {
    const result = applyHospitalAction(state, action, { now: now(), by });
    if (result.ok) {
      logForLms(action, by);
      commit(result.state);
    }
    return result;
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch,
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
