// The patient master index record (EMPI 患者主索引), one per person.

import { z } from 'zod';

export const Sex = z.enum(['M', 'F']);
export type Sex = z.infer<typeof Sex>;

/** 证件类型: 身份证 / 护照 / 港澳通行证 / 台胞证. */
export const IdType = z.enum(['resident-id', 'passport', 'hk-macao-permit', 'taiwan-permit']);
export type IdType = z.infer<typeof IdType>;

/** 费别: 自费 / 职工医保 / 居民医保 / 商保. */
export const InsuranceType = z.enum(['self-pay', 'employee', 'resident', 'commercial']);
export type InsuranceType = z.infer<typeof InsuranceType>;

export const PatientId = z.string().regex(/^P\d{6}$/);
export type PatientId = z.infer<typeof PatientId>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const Patient = z.object({
  patientId: PatientId,
  name: z.string().min(1).max(30),
  sex: Sex,
  /** 'YYYY-MM-DD' */
  birthDate: IsoDate,
  idType: IdType,
  idNumber: z.string().min(1),
  phone: z.string(),
  insuranceType: InsuranceType,
  /** 过敏史, e.g. ['青霉素']; empty = no known allergy. */
  allergies: z.array(z.string().min(1)),
  /** ISO timestamp the record was created (建档时间). */
  createdAt: z.string(),
});
export type Patient = z.infer<typeof Patient>;

/** What the registrar has typed before the record gets a patient ID. */
export type PatientDraft = Omit<Patient, 'patientId' | 'createdAt'>;

export function formatPatientId(n: number): PatientId {
  return `P${String(n).padStart(6, '0')}`;
}

/** Next free patient ID: one above the highest in use (IDs are never reused). */
export function nextPatientId(patients: readonly Pick<Patient, 'patientId'>[]): PatientId {
  let max = 0;
  for (const p of patients) max = Math.max(max, Number(p.patientId.slice(1)));
  return formatPatientId(max + 1);
}

/** Age in whole years and remaining months on `today` ('YYYY-MM-DD'). */
export function ageOn(birthDate: string, today: string): { years: number; months: number } {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  let months = (ty - by) * 12 + (tm - bm);
  if (td < bd) months -= 1;
  months = Math.max(0, months);
  return { years: Math.floor(months / 12), months: months % 12 };
}
