import { storage } from 'wxt/utils/storage';
import type { ReadOnlyItem } from '../storage/readOnlyItem.ts';
import { ALL_SITES } from './hospitalManifest.ts';

// The sites the player runs on when no hospital policy names the EMR origins: its one owner.
// All http(s) sites by default (the demo, a single user); in a hospital build the browser still
// injects only where the extension has host access (the build's EMR origins and sites the learner
// granted from the popup), and a granted site is added here too.

const item = storage.defineItem<string[]>('local:playerSites', { fallback: [...ALL_SITES], version: 1 });

/** Chrome match patterns, e.g. `https://his.example.cn/*`. */
export const playerSites: ReadOnlyItem<string[]> = item;

/** Add match patterns (the origins a learner just granted); those already covered are left out. */
export async function addPlayerSites(patterns: readonly string[]): Promise<void> {
  const current = await item.getValue();
  const added = patterns.filter((pattern) => !current.includes(pattern) && !coveredByAllSites(current, pattern));
  if (added.length > 0) await item.setValue([...current, ...added]);
}

/** Remove match patterns (access to them was taken back); all-sites entries stay. */
export async function removePlayerSites(patterns: readonly string[]): Promise<void> {
  const current = await item.getValue();
  const kept = current.filter((pattern) => ALL_SITES.includes(pattern) || !patterns.includes(pattern));
  if (kept.length !== current.length) await item.setValue(kept);
}

function coveredByAllSites(current: readonly string[], pattern: string): boolean {
  const scheme = /^(https?):/.exec(pattern)?.[1];
  return scheme !== undefined && current.includes(`${scheme}://*/*`);
}
