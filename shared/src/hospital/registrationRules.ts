// The outpatient registration catalogue (号别, 科室, 医生, 时段, 支付) and its rules.
// Fees are integer fen (分) so sums never drift; 2000 = ¥20.00.

import { z } from 'zod';
import type { InsuranceType } from './patientRecord.ts';

/** 号别: 普通 / 副主任 / 主任 (both 专家) / 急诊. */
export const RegistrationType = z.enum(['general', 'associate-chief', 'chief', 'emergency']);
export type RegistrationType = z.infer<typeof RegistrationType>;

export type RegistrationTypeRule = {
  feeFen: number;
  /** Numbers a doctor gives out per half-day; null = no cap (emergency sees everyone). */
  quotaPerSlot: number | null;
  isExpert: boolean;
};

/** Typical tertiary-hospital fees (DOMAIN.md 3.1): 普通 10–50, 副主任 30–60, 主任 50–100 元. */
export const REGISTRATION_TYPES: Record<RegistrationType, RegistrationTypeRule> = {
  general: { feeFen: 2000, quotaPerSlot: 40, isExpert: false },
  'associate-chief': { feeFen: 4000, quotaPerSlot: 20, isExpert: true },
  chief: { feeFen: 8000, quotaPerSlot: 12, isExpert: true },
  emergency: { feeFen: 2500, quotaPerSlot: null, isExpert: false },
};

export const TimeSlot = z.enum(['am', 'pm']);
export type TimeSlot = z.infer<typeof TimeSlot>;
export const TIME_SLOTS: Record<TimeSlot, { start: string; end: string }> = {
  am: { start: '08:00', end: '12:00' },
  pm: { start: '13:30', end: '17:30' },
};

/** 初诊 first visit for this complaint in this department / 复诊 follow-up. */
export const VisitKind = z.enum(['first', 'return']);
export type VisitKind = z.infer<typeof VisitKind>;

/** 现金 / 银行卡 / 微信 / 支付宝 / 医保. */
export const PaymentMethod = z.enum(['cash', 'bank-card', 'wechat', 'alipay', 'insurance']);
export type PaymentMethod = z.infer<typeof PaymentMethod>;
export const PAYMENT_METHODS: readonly PaymentMethod[] = PaymentMethod.options;

/** 医保 settles only for patients enrolled in basic medical insurance (职工/居民). */
export function allowedPaymentMethods(insuranceType: InsuranceType): PaymentMethod[] {
  const insured = insuranceType === 'employee' || insuranceType === 'resident';
  return PAYMENT_METHODS.filter((m) => m !== 'insurance' || insured);
}

export type DoctorTitle = 'resident' | 'attending' | 'associate-chief' | 'chief';

export type Department = { code: string; zh: string; en: string };
export type Doctor = {
  doctorId: string;
  name: string;
  deptCode: string;
  title: DoctorTitle;
  /** Half-days this doctor holds clinic today. */
  slots: readonly TimeSlot[];
};

/** Departments that hold outpatient clinics (门诊), from DOMAIN.md section 1. */
export const DEPARTMENTS: readonly Department[] = [
  { code: 'cardiology', zh: '心血管内科', en: 'Cardiology' },
  { code: 'respiratory', zh: '呼吸内科', en: 'Respiratory Medicine' },
  { code: 'gastroenterology', zh: '消化内科', en: 'Gastroenterology' },
  { code: 'endocrinology', zh: '内分泌科', en: 'Endocrinology' },
  { code: 'neurology', zh: '神经内科', en: 'Neurology' },
  { code: 'general-surgery', zh: '普外科', en: 'General Surgery' },
  { code: 'orthopaedics', zh: '骨科', en: 'Orthopaedics' },
  { code: 'obgyn', zh: '妇产科', en: 'Obstetrics & Gynaecology' },
  { code: 'paediatrics', zh: '儿科', en: 'Paediatrics' },
  { code: 'ent', zh: '耳鼻喉科', en: 'ENT' },
  { code: 'dermatology', zh: '皮肤科', en: 'Dermatology' },
  { code: 'tcm', zh: '中医科', en: 'Traditional Chinese Medicine' },
  { code: 'emergency', zh: '急诊科', en: 'Emergency' },
];

const BOTH: readonly TimeSlot[] = ['am', 'pm'];
const AM: readonly TimeSlot[] = ['am'];
const PM: readonly TimeSlot[] = ['pm'];

export const DOCTORS: readonly Doctor[] = [
  { doctorId: 'D1001', name: '陈建国', deptCode: 'cardiology', title: 'chief', slots: AM },
  { doctorId: 'D1002', name: '林晓红', deptCode: 'cardiology', title: 'associate-chief', slots: BOTH },
  { doctorId: 'D1003', name: '赵志明', deptCode: 'cardiology', title: 'attending', slots: BOTH },
  { doctorId: 'D1004', name: '孙雪梅', deptCode: 'cardiology', title: 'attending', slots: PM },
  { doctorId: 'D1011', name: '黄海涛', deptCode: 'respiratory', title: 'chief', slots: PM },
  { doctorId: 'D1012', name: '周文静', deptCode: 'respiratory', title: 'associate-chief', slots: AM },
  { doctorId: 'D1013', name: '吴晨宇', deptCode: 'respiratory', title: 'attending', slots: BOTH },
  { doctorId: 'D1021', name: '郑国华', deptCode: 'gastroenterology', title: 'chief', slots: AM },
  { doctorId: 'D1022', name: '梁佳敏', deptCode: 'gastroenterology', title: 'associate-chief', slots: PM },
  { doctorId: 'D1023', name: '许东平', deptCode: 'gastroenterology', title: 'attending', slots: BOTH },
  { doctorId: 'D1031', name: '何春兰', deptCode: 'endocrinology', title: 'chief', slots: PM },
  { doctorId: 'D1032', name: '罗新宇', deptCode: 'endocrinology', title: 'attending', slots: BOTH },
  { doctorId: 'D1041', name: '谢志强', deptCode: 'neurology', title: 'associate-chief', slots: BOTH },
  { doctorId: 'D1042', name: '唐小玲', deptCode: 'neurology', title: 'attending', slots: BOTH },
  { doctorId: 'D1051', name: '韩海军', deptCode: 'general-surgery', title: 'chief', slots: AM },
  { doctorId: 'D1052', name: '冯建华', deptCode: 'general-surgery', title: 'attending', slots: BOTH },
  { doctorId: 'D1061', name: '邓国强', deptCode: 'orthopaedics', title: 'associate-chief', slots: AM },
  { doctorId: 'D1062', name: '曹晓鹏', deptCode: 'orthopaedics', title: 'attending', slots: BOTH },
  { doctorId: 'D1071', name: '彭秀英', deptCode: 'obgyn', title: 'chief', slots: AM },
  { doctorId: 'D1072', name: '曾丽华', deptCode: 'obgyn', title: 'attending', slots: BOTH },
  { doctorId: 'D1081', name: '肖春燕', deptCode: 'paediatrics', title: 'associate-chief', slots: BOTH },
  { doctorId: 'D1082', name: '田佳怡', deptCode: 'paediatrics', title: 'resident', slots: BOTH },
  { doctorId: 'D1091', name: '董文博', deptCode: 'ent', title: 'associate-chief', slots: PM },
  { doctorId: 'D1092', name: '袁晓东', deptCode: 'ent', title: 'attending', slots: BOTH },
  { doctorId: 'D1101', name: '潘雅琴', deptCode: 'dermatology', title: 'attending', slots: BOTH },
  { doctorId: 'D1111', name: '于德明', deptCode: 'tcm', title: 'chief', slots: AM },
  { doctorId: 'D1112', name: '蒋晓梅', deptCode: 'tcm', title: 'attending', slots: BOTH },
  { doctorId: 'D1121', name: '蔡立新', deptCode: 'emergency', title: 'attending', slots: BOTH },
  { doctorId: 'D1122', name: '宋海燕', deptCode: 'emergency', title: 'resident', slots: BOTH },
];

export function findDepartment(code: string): Department | undefined {
  return DEPARTMENTS.find((d) => d.code === code);
}

export function findDoctor(doctorId: string): Doctor | undefined {
  return DOCTORS.find((d) => d.doctorId === doctorId);
}

/** The clinic a doctor sits: emergency doctors see 急诊 only; others by professional title. */
export function doctorRegistrationType(doctor: Doctor): RegistrationType {
  if (doctor.deptCode === 'emergency') return 'emergency';
  if (doctor.title === 'chief') return 'chief';
  if (doctor.title === 'associate-chief') return 'associate-chief';
  return 'general';
}

/** Registration types the department offers, in catalogue order. */
export function registrationTypesFor(deptCode: string): RegistrationType[] {
  const offered = new Set(DOCTORS.filter((d) => d.deptCode === deptCode).map(doctorRegistrationType));
  return RegistrationType.options.filter((t) => offered.has(t));
}

/** Doctors who hold this department's clinic of this type (optionally in this half-day). */
export function doctorsFor(deptCode: string, type: RegistrationType, slot?: TimeSlot): Doctor[] {
  return DOCTORS.filter(
    (d) =>
      d.deptCode === deptCode &&
      doctorRegistrationType(d) === type &&
      (slot === undefined || d.slots.includes(slot)),
  );
}

export function registrationFeeFen(type: RegistrationType): number {
  return REGISTRATION_TYPES[type].feeFen;
}

/** ¥80.00 */
export function formatFen(fen: number): string {
  return `¥${(fen / 100).toFixed(2)}`;
}

/** The half-day a walk-in at `time` ('HH:MM') would be registered for. */
export function defaultSlotAt(time: string): TimeSlot {
  return time < '12:00' ? 'am' : 'pm';
}

/** 退号原因. */
export const CancelReason = z.enum(['patient-request', 'wrong-department', 'wrong-type', 'doctor-unavailable', 'other']);
export type CancelReason = z.infer<typeof CancelReason>;
