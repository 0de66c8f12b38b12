// The simulated hospital's data: patient index and registrations, persisted in
// localStorage under a versioned key and seeded deterministically.

import { z } from 'zod';
import {
  Patient,
  Registration,
  cancelRegistration,
  generateSyntheticPatients,
  generateSyntheticRegistrations,
  isoDate,
  issueRegistration,
  nextPatientId,
  type CancelIssue,
  type CancelReason,
  type IssueResult,
  type PatientDraft,
  type RegistrationRequest,
} from '@preceptor/shared/hospital/index.ts';

export const STATE_STORAGE_KEY = 'preceptor.sandbox.state.v1';

export const SandboxState = z.object({
  version: z.literal(1),
  /** Day the data was seeded ('YYYY-MM-DD'); seeded queue and history are relative to it. */
  seededOn: z.string(),
  patients: z.array(Patient),
  registrations: z.array(Registration),
});
export type SandboxState = z.infer<typeof SandboxState>;

/** The seeded hospital for the day and time `at`: same day → same patients and queue. */
export function seedState(at: Date): SandboxState {
  const today = isoDate(at);
  const seededAt = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  const patients = generateSyntheticPatients({ today });
  return { version: 1, seededOn: today, patients, registrations: generateSyntheticRegistrations({ patients, today, seededAt }) };
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export type SandboxStoreOptions = {
  storage: StorageLike | null;
  now: () => Date;
  operatorId: string;
};

export type SandboxStore = {
  getState(): SandboxState;
  subscribe(listener: () => void): () => void;
  createPatient(draft: PatientDraft): Patient;
  issue(request: RegistrationRequest): IssueResult;
  cancel(
    registrationId: string,
    input: { reason: CancelReason | ''; note: string },
  ): { ok: true; registration: Registration } | { ok: false; issue: CancelIssue };
  reset(): void;
  /** Re-reads storage (another tab changed it). */
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
        const parsed = SandboxState.safeParse(JSON.parse(raw));
        if (parsed.success) return parsed.data;
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

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    createPatient(draft) {
      const patient: Patient = { patientId: nextPatientId(state.patients), ...draft, createdAt: now().toISOString() };
      commit({ ...state, patients: [...state.patients, patient] });
      return patient;
    },
    issue(request) {
      const at = now();
      const result = issueRegistration(
        request,
        { patients: state.patients, registrations: state.registrations, today: isoDate(at) },
        { now: at, operatorId },
      );
      if (result.ok) commit({ ...state, registrations: [...state.registrations, result.registration] });
      return result;
    },
    cancel(registrationId, input) {
      const current = state.registrations.find((r) => r.registrationId === registrationId);
      if (!current) return { ok: false, issue: 'notWaiting' };
      const result = cancelRegistration(current, input, { now: now(), operatorId });
      if (result.ok) {
        commit({
          ...state,
          registrations: state.registrations.map((r) => (r.registrationId === registrationId ? result.registration : r)),
        });
      }
      return result;
    },
    reset() {
      commit(seedState(now()));
    },
    reload() {
      state = load();
      for (const l of listeners) l();
    },
  };
}
