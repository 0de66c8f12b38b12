import { emrMatchPattern, type HospitalPolicy } from '@preceptor/shared/schema/hospitalPolicy.ts';

// The player content script is registered at runtime (its entrypoint says `registration: 'runtime'`,
// so it is not in the manifest): only on the sites below does any page load our code.

export const PLAYER_SCRIPT_ID = 'player';
/** where WXT writes the player entrypoint (src/entrypoints/player.content/) */
export const PLAYER_SCRIPT_FILE = 'content-scripts/player.js';

/**
 * Where the player runs: with a policy that names EMR origins, those and the policy's training
 * sandbox origins (the hospital decides); otherwise the local list of sites (deployment/playerSites.ts).
 */
export function playerMatches(policy: HospitalPolicy, localSites: readonly string[]): string[] {
  if (policy.emrOrigins) return [...new Set([...policy.emrOrigins.map(emrMatchPattern), ...(policy.sandboxOrigins ?? []).map(emrMatchPattern)])];
  return [...new Set(localSites)];
}

/** The registration we want: as the manifest entry was (document_start, top frame only). */
export function playerScript(matches: string[]): RegisteredScript {
  return { id: PLAYER_SCRIPT_ID, js: [PLAYER_SCRIPT_FILE], matches, runAt: 'document_start', allFrames: false, persistAcrossSessions: true };
}

export interface RegisteredScript {
  id: string;
  js?: string[];
  matches?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  allFrames?: boolean;
  persistAcrossSessions?: boolean;
}

/** The part of `browser.scripting` the registration uses (a fake in unit tests). */
export interface ScriptRegistry {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
  updateContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
}

export type RegistrationChange = 'registered' | 'updated' | 'unchanged' | 'unregistered' | 'none';

const sameList = (a: readonly string[] | undefined, b: readonly string[]) => a !== undefined && a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

let queue: Promise<unknown> = Promise.resolve();

/**
 * Make the browser's registration of the player match `matches`. Idempotent: registrations persist
 * across service-worker restarts and browser sessions, so each start compares what is registered
 * and changes only what differs. Calls run one after another (start, install and policy change may
 * come at once).
 */
export function syncPlayerRegistration(matches: readonly string[], registry: ScriptRegistry): Promise<RegistrationChange> {
  const run = queue.then(async (): Promise<RegistrationChange> => {
    const [current] = await registry.getRegisteredContentScripts({ ids: [PLAYER_SCRIPT_ID] });
    if (matches.length === 0) {
      if (!current) return 'none';
      await registry.unregisterContentScripts({ ids: [PLAYER_SCRIPT_ID] });
      return 'unregistered';
    }
    const wanted = playerScript([...matches]);
    if (!current) {
      await registry.registerContentScripts([wanted]);
      return 'registered';
    }
    const same =
      sameList(current.matches, wanted.matches!) &&
      sameList(current.js, wanted.js!) &&
      (current.runAt ?? 'document_idle') === wanted.runAt &&
      (current.allFrames ?? false) === wanted.allFrames &&
      (current.persistAcrossSessions ?? true) === wanted.persistAcrossSessions;
    if (same) return 'unchanged';
    await registry.updateContentScripts([wanted]);
    return 'updated';
  });
  queue = run.catch(() => undefined);
  return run;
}
