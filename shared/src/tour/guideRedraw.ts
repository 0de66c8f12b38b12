import type { LearnerProfile } from '../schema/learnerProfile.ts';

/**
 * Does this change of the learner's profile change what the page guide draws? The language (of
 * the card, launcher and tips) and the role (which tours the launcher offers) do; the name,
 * department or consent do not.
 */
export function guideRedrawNeeded(before: LearnerProfile | null, after: LearnerProfile | null): boolean {
  if (!after) return false;
  return before?.language !== after.language || before?.role !== after.role;
}
