import { defineStoredItem } from '../storage/storedItem.ts';
import type { LearnerProfile } from '@preceptor/shared/schema/learnerProfile.ts';
import type { StatementLearner } from '@preceptor/shared/record/tourStatements.ts';
import type { HospitalPolicy } from '@preceptor/shared/schema/hospitalPolicy.ts';
import type { ReadOnlyItem } from '../storage/readOnlyItem.ts';
import { hospitalPolicy } from '../deployment/hospitalPolicy.ts';

// The learner profile's and the extension settings' one owner: the functions below are the only writers.

const profileItem = defineStoredItem<LearnerProfile | null>('local:learnerProfile', { fallback: null, version: 1 });

/** The learner on this browser profile; created on install with a random learner id. */
export const learnerProfile: ReadOnlyItem<LearnerProfile | null> = profileItem;

/**
 * The learner's own changes (popup profile form, language choice). A setting the hospital locked
 * (policy `lockedSettings`) keeps its value: the policy's language, or what the profile had (a
 * locked department or role not chosen yet is chosen once).
 */
export async function saveLearnerProfile(profile: LearnerProfile): Promise<void> {
  const [{ policy }, existing] = await Promise.all([hospitalPolicy(), profileItem.getValue()]);
  await profileItem.setValue(withLockedSettings(profile, existing, policy));
}

/** `wanted` with each locked setting put back: the policy's language, else the value `existing` had; an unset department or role takes the wanted one. */
export function withLockedSettings(wanted: LearnerProfile, existing: LearnerProfile | null, policy: HospitalPolicy): LearnerProfile {
  const locked = new Set(policy.lockedSettings ?? []);
  if (locked.size === 0) return wanted;
  const kept: LearnerProfile = { ...wanted };
  if (locked.has('language')) kept.language = policy.language ?? existing?.language ?? wanted.language;
  // a locked department or role is chosen once (the policy has no value for a person), then kept
  for (const key of ['department', 'role'] as const) {
    const value = existing?.[key];
    if (locked.has(key) && value !== undefined) kept[key] = value;
  }
  return kept;
}

/**
 * Bring the stored profile in line with a new or changed policy (the background calls this on
 * start and on every policy change): a locked language becomes the policy's.
 */
export async function applyPolicyToProfile(policy: HospitalPolicy): Promise<void> {
  const existing = await profileItem.getValue();
  if (!existing) return;
  const kept = withLockedSettings(existing, existing, policy);
  if (kept.language !== existing.language) await profileItem.setValue(kept);
}

export interface ExtensionSettings {
  /** the organisation URL used as the xAPI account homePage */
  organisationHomePage: string;
}
/** No writer: a hospital sets the organisation by policy (`organisation.homePage`), which wins (see statementLearner). */
export const extensionSettings: ReadOnlyItem<ExtensionSettings> = defineStoredItem<ExtensionSettings>('local:settings', {
  fallback: { organisationHomePage: 'https://preceptor.dev/org/unconfigured' },
  version: 1,
});

/** The profile, created on first use with an opaque random learner id, in the policy's language if it sets one. */
export async function ensureLearnerProfile(): Promise<LearnerProfile> {
  const existing = await profileItem.getValue();
  if (existing) return existing;
  const { policy } = await hospitalPolicy();
  // (read twice: the policy read is async, and another caller may have created the profile meanwhile)
  const raced = await profileItem.getValue();
  if (raced) return raced;
  const created: LearnerProfile = { learnerId: crypto.randomUUID(), language: policy.language ?? 'zh-CN' };
  await profileItem.setValue(created);
  return created;
}

/** Who statements and exports are about: the learner, under the hospital's homePage when the policy sets one. */
export async function statementLearner(): Promise<StatementLearner> {
  const [profile, settings, { policy }] = await Promise.all([ensureLearnerProfile(), extensionSettings.getValue(), hospitalPolicy()]);
  return {
    learnerId: profile.learnerId,
    homePage: policy.organisation?.homePage ?? settings.organisationHomePage,
    language: profile.language,
    ...(profile.role ? { role: profile.role } : {}),
    ...(profile.department ? { department: profile.department } : {}),
  };
}
