import type { LearnerProfile } from '@preceptor/shared/schema/learnerProfile.ts';
import type { StatementLearner } from '@preceptor/shared/record/tourStatements.ts';
import { extensionSettings, learnerProfile } from '../storage/items.ts';

/** The profile, created on first use with an opaque random learner id. */
export async function ensureLearnerProfile(): Promise<LearnerProfile> {
  const existing = await learnerProfile.getValue();
  if (existing) return existing;
  const created: LearnerProfile = { learnerId: crypto.randomUUID(), language: 'zh-CN' };
  await learnerProfile.setValue(created);
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
