import { describe, expect, it } from 'vitest';
import type { LearnerProfile } from '../../src/schema/learnerProfile.ts';
import { guideRedrawNeeded } from '../../src/tour/guideRedraw.ts';

const profile: LearnerProfile = { learnerId: '3f0c1f5e-8c55-4a53-9f5a-2f4f0a0f6d11', language: 'zh-CN', role: 'registrar', department: 'outpatient' };

describe('when the page guide is drawn again after a profile change', () => {
  it('redraws for a new language or role', () => {
    expect(guideRedrawNeeded(profile, { ...profile, language: 'en' })).toBe(true);
    expect(guideRedrawNeeded(profile, { ...profile, role: 'nurse' })).toBe(true);
    const { role: _role, ...noRole } = profile;
    expect(guideRedrawNeeded(profile, noRole)).toBe(true);
    expect(guideRedrawNeeded(null, profile)).toBe(true); // the first profile
  });

  it('does not redraw for the department, the name or consent, nor when the profile is gone', () => {
    expect(guideRedrawNeeded(profile, { ...profile, department: 'emergency', displayName: '王芳' })).toBe(false);
    expect(guideRedrawNeeded(profile, { ...profile, identityConsentAt: '2026-12-06T10:00:00Z' })).toBe(false);
    expect(guideRedrawNeeded(profile, null)).toBe(false);
  });
});
