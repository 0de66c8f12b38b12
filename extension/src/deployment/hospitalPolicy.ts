import { readHospitalPolicy, type HospitalPolicy, type PolicyProblem } from '@preceptor/shared/schema/hospitalPolicy.ts';

// The hospital's managed policy as the extension applies it: read from `storage.managed` (set by
// 信息科 through Chrome/Edge policy, or Firefox's "3rdparty" policies), each key checked on its own
// (shared/src/schema/hospitalPolicy.ts). Read-only: only the browser's policy writes it.

export interface AppliedPolicy {
  /** the keys the hospital set and that were valid; `{}` without a policy (single-user demo) */
  policy: HospitalPolicy;
  /** keys the policy set wrongly or that are unknown, by path, for the options page */
  problems: PolicyProblem[];
}

/**
 * The policy now. A browser without managed storage (Firefox without policies, a test's fake
 * browser) has no policy: `{ policy: {}, problems: [] }`.
 */
export async function hospitalPolicy(): Promise<AppliedPolicy> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get(null);
  } catch {
    return { policy: {}, problems: [] };
  }
  return readHospitalPolicy(raw);
}

/** Call `listener` with the new policy whenever the hospital changes it; returns an unsubscribe. */
export function onHospitalPolicyChanged(listener: (applied: AppliedPolicy) => void): () => void {
  const changed = (_changes: unknown, area: string) => {
    if (area === 'managed') void hospitalPolicy().then(listener);
  };
  browser.storage.onChanged.addListener(changed);
  return () => browser.storage.onChanged.removeListener(changed);
}

/**
 * Is a hospital policy in force? Any key set, even one set wrongly: a hospital that sent a policy
 * decides (a bad `authoringAllowed` must not fall back to the learner's local switch).
 */
export function policyInForce(applied: AppliedPolicy): boolean {
  return Object.keys(applied.policy).length > 0 || applied.problems.length > 0;
}
