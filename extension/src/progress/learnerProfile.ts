import { storage } from 'wxt/utils/storage';
import type { LearnerProfile } from '@preceptor/shared/schema/learnerProfile.ts';
import type { StatementLearner } from '@preceptor/shared/record/tourStatements.ts';
import type { ReadOnlyItem } from '../storage/readOnlyItem.ts';

// The learner profile's and the extension settings' one owner: the functions below are the only writers.

const profileItem = storage.defineItem<LearnerProfile | null>('local:learnerProfile', { fallback: null, version: 1 });

/** The learner on this browser profile; created on install with a random learner id. */
export const learnerProfile: ReadOnlyItem<LearnerProfile | null> = profileItem;

/** The learner's own changes (popup profile form, language choice). */
export async function saveLearnerProfile(profile: LearnerProfile): Promise<void> {
  await profileItem.setValue(profile);
}

export interface ExtensionSettings {
  /** the organisation URL used as the xAPI account homePage */
  organisationHomePage: string;
}
/** No writer yet (later managed policy). */
export const extensionSettings: ReadOnlyItem<ExtensionSettings> = storage.defineItem<ExtensionSettings>('local:settings', {
  fallback: { organisationHomePage: 'https://preceptor.dev/org/unconfigured' },
  version: 1,
});

/** The profile, created on first use with an opaque random learner id. */
export async function ensureLearnerProfile(): Promise<LearnerProfile> {
  const existing = await profileItem.getValue();
  if (existing) return existing;
  const created: LearnerProfile = { learnerId: crypto.randomUUID(), language: 'zh-CN' };
  await profileItem.setValue(created);
  return created;
}

export async function statementLearner(): Promise<StatementLearner> {
  const [profile, settings] = await Promise.all([ensureLearnerProfile(), extensionSettings.getValue()]);
  return {
    learnerId: profile.learnerId,
    homePage: settings.organisationHomePage,
    language: profile.language,
    ...(profile.role ? { role: profile.role } : {}),
    ...(profile.department ? { department: profile.department } : {}),
  };
}
