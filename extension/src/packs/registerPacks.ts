import { installBundledPacksOnce } from './bundledPacks.ts';
import { registerPackFeeds } from './feed/registerPackFeeds.ts';
import { ensurePackOutlines } from './installedPacks.ts';

/** The background's side of packs: on first install the bundled demo packs are there to try; packs from feeds. */
export function registerPacks(): void {
  browser.runtime.onInstalled.addListener(() => void installBundledPacksOnce());
  registerPackFeeds();
  void ensurePackOutlines();
}
