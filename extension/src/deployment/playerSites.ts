import { defineStoredItem } from '../storage/storedItem.ts';
import type { ReadOnlyItem } from '../storage/readOnlyItem.ts';
import { ALL_SITES } from './hospitalManifest.ts';

// The sites the player runs on when no hospital policy names the EMR origins: its one owner.
// Until a learner grants a site, the build decides: every http(s) site in the default build (the
// demo, a single user, as before), the EMR origins a hospital build was made for. A site the
// learner grants from the popup ("Enable Preceptor on this site") is added; one taken back, removed.

const item = defineStoredItem<string[] | null>('local:playerSites', { fallback: null, version: 1 });

/** The stored list (Chrome match patterns, e.g. `https://his.example.cn/*`); null until a site was granted or taken back. */
export const storedPlayerSites: ReadOnlyItem<string[] | null> = item;

interface SiteAccessKeys {
  host_permissions?: string[];
  optional_host_permissions?: string[];
}

/** Before any grant: a hospital build (other sites optional) runs where it was built for, the default build everywhere. */
export function defaultPlayerSites(manifest: SiteAccessKeys = browser.runtime.getManifest() as SiteAccessKeys): string[] {
  return manifest.optional_host_permissions?.length ? [...(manifest.host_permissions ?? [])] : [...ALL_SITES];
}

/** The local list of sites now. */
export async function playerSites(): Promise<string[]> {
  return (await item.getValue()) ?? defaultPlayerSites();
}

let writes: Promise<unknown> = Promise.resolve();
/** Read-modify-write one change at a time: two grants at once must both be kept. */
function change(update: (current: string[]) => string[] | null): Promise<void> {
  const run = writes.then(async () => {
    const next = update(await playerSites());
    if (next) await item.setValue(next);
  });
  writes = run.catch(() => undefined);
  return run;
}

/** Add match patterns (the origins a learner just granted); those already covered are left out. */
export function addPlayerSites(patterns: readonly string[]): Promise<void> {
  return change((current) => {
    const added = patterns.filter((pattern) => !current.includes(pattern) && !coveredByAllSites(current, pattern));
    return added.length > 0 ? [...current, ...added] : null;
  });
}

/** Remove match patterns (access to them was taken back); all-sites entries stay. */
export function removePlayerSites(patterns: readonly string[]): Promise<void> {
  return change((current) => {
    const kept = current.filter((pattern) => ALL_SITES.includes(pattern) || !patterns.includes(pattern));
    return kept.length !== current.length ? kept : null;
  });
}

function coveredByAllSites(current: readonly string[], pattern: string): boolean {
  const scheme = /^(https?):/.exec(pattern)?.[1];
  return scheme !== undefined && current.includes(`${scheme}://*/*`);
}
