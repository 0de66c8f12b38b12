import { defineStoredItem } from '../storage/storedItem.ts';
import type { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import type { HealthStore } from '@preceptor/shared/authoring/healthResults.ts';
import type { ReadOnlyItem } from '../storage/readOnlyItem.ts';
import { underItemLock } from '../storage/storedItemLock.ts';
import { hospitalPolicy, policyInForce, type AppliedPolicy } from '../deployment/hospitalPolicy.ts';

// The one owner of what mentors author: packs in progress, their health checks, and whether
// authoring is allowed. The functions below are the only writers, called by the background's
// authoring sessions, the editor page and the options page; each write reads, changes and writes under the item's
// lock (storage/storedItemLock.ts), so the two contexts never lose each other's change.

const localSwitchItem = defineStoredItem<boolean>('local:authoringAllowed', { fallback: false, version: 1 });
/**
 * The options page's "Mentor tools on this browser" switch: off unless switched on. It counts only
 * without a hospital policy (a single user, the demo); with one, only the policy decides.
 */
export const authoringSwitchedOn: ReadOnlyItem<boolean> = localSwitchItem;

export async function switchAuthoringOn(on: boolean): Promise<void> {
  await localSwitchItem.setValue(on);
}

/** Mentor authoring is allowed: by the policy's `authoringAllowed` when a policy is in force (absent = off), else by the local switch. */
export function authoringAllowedBy(applied: AppliedPolicy, switchedOn: boolean): boolean {
  return policyInForce(applied) ? applied.policy.authoringAllowed === true : switchedOn;
}

/** Whether this browser may use mentor authoring now (see authoringAllowedBy). */
export async function authoringAllowed(): Promise<boolean> {
  const [applied, switchedOn] = await Promise.all([hospitalPolicy(), localSwitchItem.getValue()]);
  return authoringAllowedBy(applied, switchedOn);
}

export interface PublishedVersion {
  version: string;
  publishedAt: number;
  pack: ContentPack;
}
/** Packs a mentor writes live apart from installed packs: a draft may not validate yet. */
export interface AuthoredPack {
  /** stable key (the pack id may still change while drafting) */
  key: string;
  /** the pack being written; may not validate yet */
  draft: ContentPack;
  /** published versions, oldest first: the change view compares against them */
  published: PublishedVersion[];
  updatedAt: number;
}

const packsItem = defineStoredItem<AuthoredPack[]>('local:authoredPacks', { fallback: [], version: 1 });
export const authoredPacks: ReadOnlyItem<AuthoredPack[]> = packsItem;
const packsWrite = underItemLock('authoredPacks');

export async function addAuthoredPack(pack: AuthoredPack): Promise<void> {
  await packsWrite(async () => packsItem.setValue([...(await packsItem.getValue()), pack]));
}

/** Change one authored pack, by key, leaving the others as they are; stamps updatedAt. The changed pack, or undefined when there is none. */
export async function updateAuthoredPack(key: string, change: (pack: AuthoredPack) => AuthoredPack): Promise<AuthoredPack | undefined> {
  return packsWrite(async () => {
    const packs = await packsItem.getValue();
    const index = packs.findIndex((p) => p.key === key);
    if (index < 0) return undefined;
    const updated = { ...change(packs[index]!), updatedAt: Date.now() };
    await packsItem.setValue(packs.map((p, i) => (i === index ? updated : p)));
    return updated;
  });
}

export async function removeAuthoredPack(key: string): Promise<void> {
  await packsWrite(async () => packsItem.setValue((await packsItem.getValue()).filter((p) => p.key !== key)));
}

const healthItem = defineStoredItem<HealthStore>('local:authoringHealth', { fallback: {}, version: 1 });
/** Health checks mentors ran, per authored pack and page pattern (see shared/src/authoring/healthResults.ts). */
export const authoringHealth: ReadOnlyItem<HealthStore> = healthItem;
const healthWrite = underItemLock('authoringHealth');

export async function changeAuthoringHealth(change: (health: HealthStore) => HealthStore): Promise<void> {
  await healthWrite(async () => healthItem.setValue(change(await healthItem.getValue())));
}
