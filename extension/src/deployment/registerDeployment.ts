import { applyPolicyToProfile } from '../progress/learnerProfile.ts';
import { featureLog } from '../logging/featureLog.ts';
import { hospitalPolicy, onHospitalPolicyChanged } from './hospitalPolicy.ts';
import { playerMatches, syncPlayerRegistration, type ScriptRegistry } from './playerRegistration.ts';
import { addPlayerSites, playerSites, removePlayerSites } from './playerSites.ts';

const log = featureLog('deployment');

/** http(s) match patterns among granted or revoked origins (`<all_urls>`, file:// and the like aside). */
const webPatterns = (origins: readonly string[] | undefined) => (origins ?? []).filter((o) => /^https?:\/\/[^/]+\/\*$/.test(o));

/** Apply the hospital policy now: the learner's locked settings, and where the player is registered. */
async function applyDeployment(): Promise<void> {
  const { policy } = await hospitalPolicy();
  await applyPolicyToProfile(policy);
  await syncPlayerRegistration(playerMatches(policy, await playerSites()), browser.scripting as unknown as ScriptRegistry);
}

/**
 * The background's side of hospital deployment: one call from the background entrypoint. Applies
 * the policy on every service-worker start (which install, update and browser start each begin
 * with, so no onInstalled/onStartup listener is needed), whenever 信息科 changes the policy, and
 * when the learner grants or takes back access to a site. Triggers that come while an apply runs
 * are folded into one more run after it, never one run each.
 */
export function registerDeployment(): void {
  let running = false;
  let again = false;
  const apply = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    void (async () => {
      do {
        again = false;
        await applyDeployment().catch((error: unknown) => log.warn('apply the hospital policy and register the player', error));
      } while (again);
      running = false;
    })();
  };
  apply();
  onHospitalPolicyChanged(apply);
  browser.permissions.onAdded.addListener((granted) => void addPlayerSites(webPatterns(granted.origins)).then(apply));
  browser.permissions.onRemoved.addListener((revoked) => void removePlayerSites(webPatterns(revoked.origins)).then(apply));
}
