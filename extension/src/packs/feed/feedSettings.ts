import { defineStoredItem } from '../../storage/storedItem.ts';
import type { TrustedPackKey } from '@preceptor/shared/packFeed/packSignature.ts';
import type { ReadOnlyItem } from '../../storage/readOnlyItem.ts';
import { underItemLock } from '../../storage/storedItemLock.ts';
import { hospitalPolicy } from '../../deployment/hospitalPolicy.ts';
import { releaseFeedPacks } from '../installedPacks.ts';

// The learner's own pack feeds and trusted keys (without a hospital policy: the single-user demo).
// This module is the item's one owner. The policy's packFeeds / packSigningKeys win over these.

export const MAX_LOCAL_FEEDS = 20;
export const MAX_LOCAL_KEYS = 20;

export interface LocalFeedSettings {
  feeds: string[];
  trustedKeys: TrustedPackKey[];
}

const item = defineStoredItem<LocalFeedSettings>('local:packFeedSettings', { fallback: { feeds: [], trustedKeys: [] }, version: 1 });
export const localFeedSettings: ReadOnlyItem<LocalFeedSettings> = item;
const write = underItemLock('packFeedSettings');

export type AddResult = 'added' | 'duplicate' | 'too-many';

/** Add a feed index URL (already checked to be http(s)). */
export async function addLocalFeed(url: string): Promise<AddResult> {
  return write(async () => {
    const current = await item.getValue();
    if (current.feeds.includes(url)) return 'duplicate';
    if (current.feeds.length >= MAX_LOCAL_FEEDS) return 'too-many';
    await item.setValue({ ...current, feeds: [...current.feeds, url] });
    return 'added';
  });
}

/** Take a feed off the list; the packs it installed stay, as local packs the learner may remove. */
export async function removeLocalFeed(url: string): Promise<void> {
  await write(async () => {
    const current = await item.getValue();
    await item.setValue({ ...current, feeds: current.feeds.filter((f) => f !== url) });
  });
  await releaseFeedPacks(url);
}

/** Trust a public key (base64 SPKI) whose keyId the caller computed from it. */
export async function addLocalTrustedKey(key: TrustedPackKey): Promise<AddResult> {
  return write(async () => {
    const current = await item.getValue();
    if (current.trustedKeys.some((k) => k.keyId === key.keyId)) return 'duplicate';
    if (current.trustedKeys.length >= MAX_LOCAL_KEYS) return 'too-many';
    await item.setValue({ ...current, trustedKeys: [...current.trustedKeys, key] });
    return 'added';
  });
}

export async function removeLocalTrustedKey(keyId: string): Promise<void> {
  await write(async () => {
    const current = await item.getValue();
    await item.setValue({ ...current, trustedKeys: current.trustedKeys.filter((k) => k.keyId !== keyId) });
  });
}

export interface FeedConfig {
  feeds: string[];
  trustedKeys: TrustedPackKey[];
  /** which of the two the hospital's policy sets (the options page shows them as managed, not editable) */
  managed: { feeds: boolean; keys: boolean };
}

/** The feeds and keys in force: each from the policy when it sets it, else the learner's own. */
export async function feedConfig(): Promise<FeedConfig> {
  const [{ policy }, local] = await Promise.all([hospitalPolicy(), item.getValue()]);
  return {
    feeds: policy.packFeeds ?? local.feeds,
    trustedKeys: policy.packSigningKeys ?? local.trustedKeys,
    managed: { feeds: policy.packFeeds !== undefined, keys: policy.packSigningKeys !== undefined },
  };
}
