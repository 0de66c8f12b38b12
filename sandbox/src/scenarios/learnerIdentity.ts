// "Who I am" on the training sandbox: the trainee's staff identity (name, 工号, department, role)
// and her consent, in this origin's localStorage. Staff identity only, never patient data. The
// functions here are its only writers; the scenario statements read the role, the hand-in reads
// the rest (only with consent).

import { SandboxIdentity, readSandboxIdentity } from '@preceptor/shared/record/sandboxHandIn.ts';
import { useEffect, useState } from 'react';

export const IDENTITY_STORAGE_KEY = 'preceptor.sandbox.identity.v1';

export function readIdentity(): SandboxIdentity {
  try {
    return readSandboxIdentity(localStorage.getItem(IDENTITY_STORAGE_KEY));
  } catch {
    return {};
  }
}

const listeners = new Set<(identity: SandboxIdentity) => void>();

/** Stores the identity (blank fields left out); throws when the browser refuses to store it. */
export function saveIdentity(identity: SandboxIdentity): SandboxIdentity {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(identity)) if (typeof value === 'string' && value.trim()) kept[key] = value.trim();
  const parsed = SandboxIdentity.parse(kept);
  localStorage.setItem(IDENTITY_STORAGE_KEY, JSON.stringify(parsed));
  for (const listener of listeners) listener(parsed);
  return parsed;
}

/** The stored identity, kept current when this page or another tab saves it. */
export function useIdentity(): SandboxIdentity {
  const [identity, setIdentity] = useState<SandboxIdentity>(readIdentity);
  useEffect(() => {
    const onStorage = (e: StorageEvent): void => {
      if (e.key === IDENTITY_STORAGE_KEY) setIdentity(readIdentity());
    };
    listeners.add(setIdentity);
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(setIdentity);
      window.removeEventListener('storage', onStorage);
    };
  }, []);
  return identity;
}
