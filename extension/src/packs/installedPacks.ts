import { storage } from 'wxt/utils/storage';
import { defineStoredItem } from '../storage/storedItem.ts';
import type { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import { installPack } from '@preceptor/shared/schema/packImport.ts';
import { packOutline, type PackOutline } from '@preceptor/shared/schema/packOutline.ts';
import type { ReadOnlyItem } from '../storage/readOnlyItem.ts';
import { underItemLock } from '../storage/storedItemLock.ts';

// The installed content packs' one owner: the functions below are the only writers (the bundled
// packs on first install, an import on the options page, a mentor's publish, local install and
// preview, a removal, the feed updater of packs/feed/), each reading, changing and writing under the item's lock: they run in the
// background, the options page and the editor, and must not lose each other's change.

const item = defineStoredItem<ContentPack[]>('local:installedPacks', { fallback: [], version: 1 });
/**
 * The packs' outlines (packOutline), written with the packs in the same storage write: what the
 * popup and the page offers read. Null on a profile whose packs were stored before outlines
 * existed, until `ensurePackOutlines` (background start) derives them.
 */
const outlines = defineStoredItem<PackOutline[] | null>('local:installedPackOutlines', { fallback: null, version: 1 });

/** Where an installed pack came from, by pack id; a pack not listed was installed on this PC (import, editor, bundled). */
export interface PackSource {
  kind: 'feed';
  /** the feed index URL it was installed from (packs/feed/) */
  feedUrl: string;
  installedAt: string;
}
const sources = defineStoredItem<Record<string, PackSource>>('local:installedPackSources', { fallback: {}, version: 1 });

/**
 * The packs read once and kept in memory until they change: a realistic pack set is ~8 MB, and
 * reading it from chrome.storage took seconds on every message. Dropped when this context writes
 * them and whenever chrome.storage reports a change of the key (another context wrote them).
 */
let cached: Promise<ContentPack[]> | undefined;
const forgetOnChange = (changes: Record<string, unknown>, area: string): void => {
  if (area === 'local' && 'installedPacks' in changes) cached = undefined;
};
function cachedPacks(): Promise<ContentPack[]> {
  // (added on first use, not at import: WXT imports entrypoints in Node at build time; and added
  // again, with nothing cached trusted, if something took it away — a test's fake browser reset)
  if (!browser.storage.onChanged.hasListener(forgetOnChange)) {
    cached = undefined;
    browser.storage.onChanged.addListener(forgetOnChange);
  }
  const reading = (cached ??= item.getValue());
  reading.catch(() => {
    if (cached === reading) cached = undefined;
  });
  return reading;
}

/** Installed content packs, each parsed with zod before it was stored. */
export const installedPacks: ReadOnlyItem<ContentPack[]> = { getValue: cachedPacks, watch: (cb) => item.watch(cb) };
/** Outlines of the installed packs, in the same order (null until derived on an older profile). */
export const installedPackOutlines: ReadOnlyItem<PackOutline[] | null> = outlines;

/** The outlines now: stored, or derived from the packs on a profile that has none yet. */
export async function installedOutlines(): Promise<PackOutline[]> {
  return (await outlines.getValue()) ?? (await cachedPacks()).map(packOutline);
}

/** The packs and their outlines, in one write (under the lock). */
async function storePacks(packs: ContentPack[], extra: Parameters<typeof storage.setItems>[0] = []): Promise<void> {
  cached = undefined;
  try {
    await storage.setItems([{ item, value: packs }, { item: outlines, value: packs.map(packOutline) }, ...extra]);
  } finally {
    cached = undefined;
  }
}

/** Derive the outlines when packs are stored without them (installed by an earlier version). */
export async function ensurePackOutlines(): Promise<void> {
  await write(async () => {
    if ((await outlines.getValue()) !== null) return;
    await storePacks(await item.getValue());
  });
}
/** Which installed packs came from a feed: the learner cannot remove or replace those. */
export const installedPackSources: ReadOnlyItem<Record<string, PackSource>> = sources;
const write = underItemLock('installedPacks');

/** `held-by-feed`: a pack with this id came from the hospital's feed, and only the feed replaces it. */
export type LocalInstallResult = 'installed' | 'held-by-feed';

/** Install a parsed pack, replacing an installed one with the same id (but never one from a feed). */
export async function installContentPack(pack: ContentPack): Promise<LocalInstallResult> {
  return write(async () => {
    if ((await sources.getValue())[pack.id]) return 'held-by-feed';
    await storePacks(installPack(await item.getValue(), pack));
    return 'installed';
  });
}

/** Install a pack the feed updater fetched, checked and verified; marked as from that feed. */
export async function installFeedPack(pack: ContentPack, feedUrl: string): Promise<void> {
  await write(async () => {
    const source: PackSource = { kind: 'feed', feedUrl, installedAt: new Date().toISOString() };
    await storePacks(installPack(await item.getValue(), pack), [{ item: sources, value: { ...(await sources.getValue()), [pack.id]: source } }]);
  });
}

/** The learner took this feed off their own list: its packs stay installed, now as local packs they may remove. */
export async function releaseFeedPacks(feedUrl: string): Promise<void> {
  await write(async () => {
    const kept = Object.entries(await sources.getValue()).filter(([, source]) => source.feedUrl !== feedUrl);
    await sources.setValue(Object.fromEntries(kept));
  });
}

/**
 * Feeds in force now (the policy's, else the learner's): the packs of any other feed are released,
 * as when the learner takes a feed off their list — 信息科 took it out of the policy, so nothing
 * would ever update those packs again, and the learner may remove them.
 */
export async function releasePacksOfFeedsNotIn(feedsInForce: readonly string[]): Promise<string[]> {
  return write(async () => {
    const current = Object.entries(await sources.getValue());
    const released = current.filter(([, source]) => !feedsInForce.includes(source.feedUrl)).map(([packId]) => packId);
    if (released.length > 0) await sources.setValue(Object.fromEntries(current.filter(([packId]) => !released.includes(packId))));
    return released;
  });
}

/** `managed`: the pack came from a feed (the hospital's or one the learner added), and is kept. */
export type RemoveResult = 'removed' | 'managed';

/** Remove the installed pack with this id (nothing when there is none); a pack from a feed is refused. */
export async function removeInstalledPack(packId: string): Promise<RemoveResult> {
  return write(async () => {
    if ((await sources.getValue())[packId]) return 'managed';
    await storePacks((await item.getValue()).filter((p) => p.id !== packId));
    return 'removed';
  });
}

/** Install these packs only when no pack is installed yet (the first install). */
export async function installWhenNoneInstalled(packs: () => ContentPack[]): Promise<void> {
  await write(async () => {
    let current = await item.getValue();
    if (current.length > 0) return;
    for (const pack of packs()) current = installPack(current, pack);
    await storePacks(current);
  });
}
