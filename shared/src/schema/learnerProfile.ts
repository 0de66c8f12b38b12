import { z } from 'zod';
import { Language, DEFAULT_LANGUAGE } from './localizedText.ts';

/** Built-in roles, following the methodology's training layers; packs may add more. */
export const BUILT_IN_ROLES = [
  'registrar',
  'physician',
  'nurse',
  'pharmacist',
  'cashier',
  'lab-technician',
  'radiology-clerk',
  'manager',
  'it',
] as const;

export const LearnerProfile = z
  .object({
    /** opaque, random; the only learner identifier that leaves the machine */
    learnerId: z.uuid(),
    role: z.string().min(1).optional(),
    department: z.string().max(60).optional(),
    language: Language.default(DEFAULT_LANGUAGE),
    /** optional, for the trainer's list; stays on this machine unless the learner exports */
    displayName: z.string().max(40).optional(),
    staffNumber: z.string().max(20).optional(),
    /**
     * when the learner agreed that name, staff number, department and role go to the trainer with
     * the progress file (issue 15); absent = no consent (never asked, or withdrawn)
     */
    identityConsentAt: z.iso.datetime().optional(),
  })
  .strict();
export type LearnerProfile = z.infer<typeof LearnerProfile>;

export type BuiltInRole = (typeof BUILT_IN_ROLES)[number];

/** Role names as hospitals say them (分层分类培训 layers). */
export const BUILT_IN_ROLE_TITLES: Record<BuiltInRole, { 'zh-CN': string; en: string }> = {
  registrar: { 'zh-CN': '挂号员', en: 'Registrar' },
  physician: { 'zh-CN': '医生', en: 'Physician' },
  nurse: { 'zh-CN': '护士', en: 'Nurse' },
  pharmacist: { 'zh-CN': '药剂师', en: 'Pharmacist' },
  cashier: { 'zh-CN': '收费员', en: 'Cashier' },
  'lab-technician': { 'zh-CN': '检验技师', en: 'Lab technician' },
  'radiology-clerk': { 'zh-CN': '放射登记员', en: 'Radiology clerk' },
  manager: { 'zh-CN': '管理者（院长/科主任）', en: 'Manager (director/head of department)' },
  it: { 'zh-CN': '信息科', en: 'IT department' },
};
