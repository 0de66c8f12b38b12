import { installBundledPacksOnce } from './bundledPacks.ts';

/** The background's side of packs: on first install the bundled demo packs are there to try. */
export function registerPacks(): void {
  browser.runtime.onInstalled.addListener(() => void installBundledPacksOnce());
}
