// RIS (放射信息系统, DOMAIN.md 3.7): exam dictionary, the booking calendar (检查预约) and the
// contrast / MRI safety screen that must come before a slot is given.

import { z } from 'zod';
import type { Sex } from './patientRecord.ts';

export const Modality = z.enum(['DR', 'CT', 'MR', 'US']);
export type Modality = z.infer<typeof Modality>;

export type ImagingExamType = {
  code: string;
  zh: string;
  en: string;
  modality: Modality;
  /** iodinated contrast (碘造影剂) */
  contrast: boolean;
  /** patient preparation printed on the booking slip */
  prep: { zh: string; en: string };
  priceFen: number;
};

export const IMAGING_EXAMS: readonly ImagingExamType[] = [
  { code: 'chest-dr', zh: '胸部DR正侧位', en: 'Chest X-ray (PA + lateral)', modality: 'DR', contrast: false, prep: { zh: '去除胸前金属物品', en: 'Remove metal from the chest' }, priceFen: 9000 },
  { code: 'head-ct', zh: '头颅CT平扫', en: 'Head CT, non-contrast', modality: 'CT', contrast: false, prep: { zh: '去除头颈部金属物品', en: 'Remove metal from head and neck' }, priceFen: 20000 },
  { code: 'chest-ct', zh: '胸部CT平扫', en: 'Chest CT, non-contrast', modality: 'CT', contrast: false, prep: { zh: '去除胸前金属物品，练习屏气', en: 'Remove metal; practise breath-holding' }, priceFen: 25000 },
  { code: 'abdomen-ct-contrast', zh: '腹部增强CT', en: 'Abdominal CT with contrast', modality: 'CT', contrast: true, prep: { zh: '检查前禁食4小时，可饮水；携带近期肌酐结果；签署造影剂知情同意书', en: 'Fast 4 h (water allowed); bring a recent creatinine; sign the contrast consent' }, priceFen: 68000 },
  { code: 'coronary-cta', zh: '冠脉CTA', en: 'Coronary CT angiography', modality: 'CT', contrast: true, prep: { zh: '心率需控制在70次/分以下；禁食4小时；签署知情同意书', en: 'Heart rate under 70/min; fast 4 h; sign the consent' }, priceFen: 98000 },
  { code: 'brain-mri', zh: '头颅MRI平扫', en: 'Brain MRI', modality: 'MR', contrast: false, prep: { zh: '去除一切金属物品；有心脏起搏器、金属植入物者须事先告知', en: 'Remove all metal; report pacemakers and metal implants beforehand' }, priceFen: 56000 },
  { code: 'abdomen-us', zh: '腹部超声', en: 'Abdominal ultrasound', modality: 'US', contrast: false, prep: { zh: '检查前禁食8小时', en: 'Fast 8 h before the exam' }, priceFen: 15000 },
  { code: 'pelvic-us', zh: '盆腔超声', en: 'Pelvic ultrasound', modality: 'US', contrast: false, prep: { zh: '检查前憋尿（充盈膀胱）', en: 'Come with a full bladder' }, priceFen: 12000 },
];

export function findImagingExam(code: string): ImagingExamType | undefined {
  return IMAGING_EXAMS.find((e) => e.code === code);
}

export type ImagingRoom = { code: string; modality: Modality; zh: string; en: string; slotMinutes: number };

export const IMAGING_ROOMS: readonly ImagingRoom[] = [
  { code: 'DR1', modality: 'DR', zh: 'DR1室', en: 'DR room 1', slotMinutes: 15 },
  { code: 'CT1', modality: 'CT', zh: 'CT1室', en: 'CT room 1', slotMinutes: 30 },
  { code: 'CT2', modality: 'CT', zh: 'CT2室', en: 'CT room 2', slotMinutes: 30 },
  { code: 'MR1', modality: 'MR', zh: 'MR1室', en: 'MR room 1', slotMinutes: 45 },
  { code: 'US1', modality: 'US', zh: '超声1诊室', en: 'Ultrasound room 1', slotMinutes: 20 },
];

export const ImagingSlot = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  time: z.string().regex(/^\d{2}:\d{2}$/),
  room: z.string(),
});
export type ImagingSlot = z.infer<typeof ImagingSlot>;

export type CalendarSlot = ImagingSlot & { taken: boolean };

const SESSIONS: readonly [string, string][] = [['08:00', '12:00'], ['13:30', '17:00']];

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}
function hhmm(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The booking calendar of one modality for `days` days from `from`: every room's slots,
 * taken when an exam holds it or the outside-booking pattern (seeded by date) fills it.
 */
export function slotCalendar(
  modality: Modality,
  from: string,
  days: number,
  booked: readonly ImagingSlot[],
): CalendarSlot[] {
  const rooms = IMAGING_ROOMS.filter((r) => r.modality === modality);
  const held = new Set(booked.map((s) => `${s.date} ${s.time} ${s.room}`));
  const out: CalendarSlot[] = [];
  for (let d = 0; d < days; d++) {
    const date = addDays(from, d);
    for (const room of rooms) {
      for (const [start, end] of SESSIONS) {
        for (let t = minutes(start); t + room.slotMinutes <= minutes(end); t += room.slotMinutes) {
          const time = hhmm(t);
          // Other departments' bookings: a fixed, date-dependent pattern so the calendar looks used.
          const outside = (hashString(`${date}${room.code}${time}`) % 100) < (d === 0 ? 85 : d === 1 ? 60 : 35);
          out.push({ date, time, room: room.code, taken: outside || held.has(`${date} ${time} ${room.code}`) });
        }
      }
    }
  }
  return out;
}

function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** CKD-EPI 2021 (race-free) eGFR in ml/min/1.73m² from serum creatinine in µmol/L. */
export function egfrCkdEpi2021(creatinineUmolL: number, ageYears: number, sex: Sex): number {
  const scr = creatinineUmolL / 88.4;
  const kappa = sex === 'F' ? 0.7 : 0.9;
  const alpha = sex === 'F' ? -0.241 : -0.302;
  const ratio = scr / kappa;
  const value = 142 * Math.min(ratio, 1) ** alpha * Math.max(ratio, 1) ** -1.2 * 0.9938 ** ageYears * (sex === 'F' ? 1.012 : 1);
  return Math.round(value);
}

export const YesNoUnknown = z.enum(['yes', 'no', 'unknown']);
export type YesNoUnknown = z.infer<typeof YesNoUnknown>;

/** What the booking clerk asks and records before a contrast or MRI exam (检查前筛查). */
export const SafetyScreeningAnswers = z.object({
  priorContrastReaction: YesNoUnknown,
  asthma: YesNoUnknown,
  hyperthyroidism: YesNoUnknown,
  metformin: YesNoUnknown,
  pregnancy: z.enum(['yes', 'no', 'unknown', 'not-applicable']),
  /** latest serum creatinine in µmol/L, null when none on file */
  creatinineUmolL: z.number().positive().nullable(),
  consentSigned: z.boolean(),
  pacemaker: YesNoUnknown,
  metalImplant: YesNoUnknown,
  claustrophobia: YesNoUnknown,
});
export type SafetyScreeningAnswers = z.infer<typeof SafetyScreeningAnswers>;

export const ScreeningOutcome = z.enum(['clear', 'caution', 'stop', 'incomplete']);
export type ScreeningOutcome = z.infer<typeof ScreeningOutcome>;

export const ScreeningReason = z.enum([
  'prior-contrast-reaction',
  'egfr-below-30',
  'egfr-below-45',
  'metformin-hold',
  'asthma',
  'hyperthyroidism',
  'pregnancy',
  'pacemaker',
  'metal-implant',
  'claustrophobia',
  'creatinine-missing',
  'consent-missing',
  'unknown-answer',
]);
export type ScreeningReason = z.infer<typeof ScreeningReason>;

const STOP: readonly ScreeningReason[] = ['prior-contrast-reaction', 'egfr-below-30', 'pregnancy', 'pacemaker'];
const INCOMPLETE: readonly ScreeningReason[] = ['creatinine-missing', 'consent-missing', 'unknown-answer'];

export type ScreeningResult = { outcome: ScreeningOutcome; reasons: ScreeningReason[]; egfr: number | null };

/**
 * DOMAIN.md 3.7 (typical thresholds): prior reaction → stop, the radiologist decides;
 * eGFR < 30 high risk (stop), < 45 caution; metformin held around contrast; asthma and
 * hyperthyroidism caution; pregnancy stop; MRI pacemaker stop, metal and claustrophobia caution.
 */
export function screenForExam(
  exam: ImagingExamType,
  answers: SafetyScreeningAnswers,
  patient: { sex: Sex; ageYears: number },
): ScreeningResult {
  const reasons: ScreeningReason[] = [];
  let egfr: number | null = null;
  const unknown = (v: string) => v === 'unknown';
  if (exam.contrast) {
    if (answers.priorContrastReaction === 'yes') reasons.push('prior-contrast-reaction');
    if (answers.creatinineUmolL === null) reasons.push('creatinine-missing');
    else {
      egfr = egfrCkdEpi2021(answers.creatinineUmolL, patient.ageYears, patient.sex);
      if (egfr < 30) reasons.push('egfr-below-30');
      else if (egfr < 45) reasons.push('egfr-below-45');
    }
    if (answers.metformin === 'yes') reasons.push('metformin-hold');
    if (answers.asthma === 'yes') reasons.push('asthma');
    if (answers.hyperthyroidism === 'yes') reasons.push('hyperthyroidism');
    if (!answers.consentSigned) reasons.push('consent-missing');
    if ([answers.priorContrastReaction, answers.asthma, answers.hyperthyroidism, answers.metformin].some(unknown)) reasons.push('unknown-answer');
  }
  if (exam.contrast || exam.modality === 'CT' || exam.modality === 'DR') {
    if (patient.sex === 'F' && answers.pregnancy === 'yes') reasons.push('pregnancy');
    if (patient.sex === 'F' && answers.pregnancy === 'unknown' && !reasons.includes('unknown-answer')) reasons.push('unknown-answer');
  }
  if (exam.modality === 'MR') {
    if (answers.pacemaker === 'yes') reasons.push('pacemaker');
    if (answers.metalImplant === 'yes') reasons.push('metal-implant');
    if (answers.claustrophobia === 'yes') reasons.push('claustrophobia');
    if ([answers.pacemaker, answers.metalImplant].some(unknown)) reasons.push('unknown-answer');
  }
  let outcome: ScreeningOutcome = 'clear';
  if (reasons.some((r) => STOP.includes(r))) outcome = 'stop';
  else if (reasons.some((r) => INCOMPLETE.includes(r))) outcome = 'incomplete';
  else if (reasons.length > 0) outcome = 'caution';
  return { outcome, reasons, egfr };
}

/** Blank answers: nothing asked yet. */
export function blankScreening(): SafetyScreeningAnswers {
  return {
    priorContrastReaction: 'unknown', asthma: 'unknown', hyperthyroidism: 'unknown', metformin: 'unknown',
    pregnancy: 'unknown', creatinineUmolL: null, consentSigned: false,
    pacemaker: 'unknown', metalImplant: 'unknown', claustrophobia: 'unknown',
  };
}
