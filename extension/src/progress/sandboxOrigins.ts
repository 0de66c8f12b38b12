import { defineStoredItem } from '../storage/storedItem.ts';
import { DEMO_SANDBOX_ORIGINS, MAX_SANDBOX_ORIGINS } from '@preceptor/shared/scenario/sandboxOrigins.ts';
import type { ReadOnlyItem } from '../storage/readOnlyItem.ts';
import { hospitalPolicy } from '../deployment/hospitalPolicy.ts';

// The training sandbox origins' one owner: the functions below are the only writers.

const item = defineStoredItem<string[]>('local:trainingSandboxOrigins', { fallback: [...DEMO_SANDBOX_ORIGINS], version: 1 });

/**
 * The hospital's training sandbox origins (exact `scheme://host:port`): only pages there may
 * relay scenario attempts into the learner's record, as set on the options page. A hospital policy's
 * `sandboxOrigins` replaces this list (see relayOrigins) without touching it. The default is the sandbox of `pnpm demo`; tests on another port set their own.
 */
export const trainingSandboxOrigins: ReadOnlyItem<string[]> = item;

/** Add an origin already checked with parseSandboxOrigin; refused when it is there already or the list is full. */
export async function addSandboxOrigin(origin: string): Promise<'added' | 'duplicate' | 'too-many'> {
  const current = await item.getValue();
  if (current.includes(origin)) return 'duplicate';
  if (current.length >= MAX_SANDBOX_ORIGINS) return 'too-many';
  await item.setValue([...current, origin]);
  return 'added';
}

export async function removeSandboxOrigin(origin: string): Promise<void> {
  await item.setValue((await item.getValue()).filter((o) => o !== origin));
}

/** The origins the relay accepts now: the policy's `sandboxOrigins` when it sets them, else the local list. */
export async function relayOrigins(): Promise<string[]> {
  const [{ policy }, local] = await Promise.all([hospitalPolicy(), item.getValue()]);
  return policy.sandboxOrigins ?? local;
}
