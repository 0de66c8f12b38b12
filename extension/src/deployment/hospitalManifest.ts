import { emrMatchPattern, readHospitalPolicy } from '@preceptor/shared/schema/hospitalPolicy.ts';

// Which sites the built extension may touch, decided when `wxt build` runs (wxt.config.ts).
// - The default build (`pnpm build`: the demo, the e2e tests, a single user) may run on every
//   http(s) site, as before: the player is registered at runtime for the local list of sites,
//   which starts as all of them.
// - A hospital build (`PRECEPTOR_HOSPITAL_BUILD=1`, `PRECEPTOR_EMR_ORIGINS=https://his.example.cn,https://*.emr.example.cn`)
//   declares host access only to those origins, so a force-install shows no "all your data on all
//   websites" warning; every other site is optional, granted one by one from the popup.
// The player content script itself is never in the manifest (`registration: 'runtime'`): the
// background registers it (deployment/playerRegistration.ts) for the policy's EMR origins or the
// local list, so no page elsewhere loads any of our code.

/** Every http(s) site, as Chrome match patterns. */
export const ALL_SITES: readonly string[] = ['http://*/*', 'https://*/*'];

/** The manifest keys `hospitalManifest` sets on top of the project's own. */
export interface SiteAccessManifest {
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions?: string[];
  storage: { managed_schema: string };
}

/**
 * The project's manifest with site access for the build described by `env`. A hospital build with
 * no (or a bad) `PRECEPTOR_EMR_ORIGINS` fails the build with the variable and the bad entry named.
 */
export function hospitalManifest<M extends { permissions?: string[] }>(base: M, env: Record<string, string | undefined>): M & SiteAccessManifest {
  const permissions = [...(base.permissions ?? []), 'scripting'];
  const storage = { managed_schema: 'managed_schema.json' };
  if (env.PRECEPTOR_HOSPITAL_BUILD !== '1') return { ...base, permissions, host_permissions: [...ALL_SITES], storage };
  const listed = (env.PRECEPTOR_EMR_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
  if (listed.length === 0) {
    throw new Error('PRECEPTOR_HOSPITAL_BUILD=1 needs PRECEPTOR_EMR_ORIGINS: the EMR origins the extension may run on, comma-separated (e.g. https://his.example.cn,https://*.emr.example.cn)');
  }
  const { policy, problems } = readHospitalPolicy({ emrOrigins: listed });
  if (problems.length > 0 || !policy.emrOrigins) {
    const named = problems.map((p) => `${p.path.replace(/^emrOrigins\[(\d+)\]$/, (_m, i: string) => `"${listed[Number(i)]}"`)}: ${p.message}`);
    throw new Error(`PRECEPTOR_EMR_ORIGINS: ${named.join('; ')}`);
  }
  return {
    ...base,
    // activeTab: the popup may read the URL of the tab it was opened on, to offer "Enable Preceptor on this site"
    permissions: [...permissions, 'activeTab'],
    host_permissions: [...new Set(policy.emrOrigins.map(emrMatchPattern))],
    optional_host_permissions: [...ALL_SITES],
    storage,
  };
}
