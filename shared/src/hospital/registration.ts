// A registration (挂号记录): issuing one, numbering the queue, and 退号.

import { z } from 'zod';
import { PatientId, type Patient } from './patientRecord.ts';
import {
  CancelReason,
  PaymentMethod,
  REGISTRATION_TYPES,
  RegistrationType,
  TimeSlot,
  VisitKind,
  allowedPaymentMethods,
  doctorRegistrationType,
  findDepartment,
  findDoctor,
  registrationTypesFor,
} from './registrationRules.ts';

/** 候诊 waiting → 就诊中 with the doctor → 已就诊 seen; 已退号 cancelled before the visit. */
export const RegistrationStatus = z.enum(['waiting', 'in-consultation', 'completed', 'cancelled']);
export type RegistrationStatus = z.infer<typeof RegistrationStatus>;

export const Registration = z.object({
  /** R + date + 4-digit serial: R202611260007 */
  registrationId: z.string().regex(/^R\d{12}$/),
  patientId: PatientId,
  deptCode: z.string(),
  doctorId: z.string(),
  type: RegistrationType,
  /** Clinic date 'YYYY-MM-DD' */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  slot: TimeSlot,
  visitKind: VisitKind,
  feeFen: z.number().int().nonnegative(),
  paymentMethod: PaymentMethod,
  /** 就诊序号 within the doctor's half-day; never reused, even after 退号. */
  queueNo: z.number().int().positive(),
  status: RegistrationStatus,
  /** ISO timestamp of issue */
  createdAt: z.string(),
  operatorId: z.string(),
  cancellation: z
    .object({ reason: CancelReason, note: z.string(), at: z.string(), operatorId: z.string() })
    .optional(),
});
export type Registration = z.infer<typeof Registration>;

export type RegistrationRequest = {
  patientId: string;
  deptCode: string;
  type: RegistrationType | '';
  doctorId: string;
  date: string;
  slot: TimeSlot;
  visitKind: VisitKind;
  paymentMethod: PaymentMethod | '';
};

/** Why a registration is refused (the sandbox shows `issue.registration.<code>`). */
export const REGISTRATION_ISSUES = [
  'patientRequired',
  'patientUnknown',
  'departmentRequired',
  'typeRequired',
  'typeNotOffered',
  'doctorRequired',
  'doctorMismatch',
  'doctorNotInSlot',
  'slotFull',
  'dateNotToday',
  'paymentRequired',
  'paymentNotAllowed',
  'alreadyRegistered',
] as const;
export type RegistrationIssue = (typeof REGISTRATION_ISSUES)[number];

export type RegistrationContext = {
  patients: readonly Patient[];
  registrations: readonly Registration[];
  /** 'YYYY-MM-DD' */
  today: string;
};

const isActive = (r: Registration): boolean => r.status !== 'cancelled';

/** Numbers left in the doctor's half-day (cancelled numbers go back to the pool); null = no cap. */
export function remainingQuota(
  registrations: readonly Registration[],
  doctorId: string,
  date: string,
  slot: TimeSlot,
): number | null {
  const doctor = findDoctor(doctorId);
  if (!doctor) return 0;
  const quota = REGISTRATION_TYPES[doctorRegistrationType(doctor)].quotaPerSlot;
  if (quota === null) return null;
  const used = registrations.filter(
    (r) => r.doctorId === doctorId && r.date === date && r.slot === slot && isActive(r),
  ).length;
  return Math.max(0, quota - used);
}

export function nextQueueNumber(
  registrations: readonly Registration[],
  doctorId: string,
  date: string,
  slot: TimeSlot,
): number {
  let max = 0;
  for (const r of registrations) {
    if (r.doctorId === doctorId && r.date === date && r.slot === slot) max = Math.max(max, r.queueNo);
  }
  return max + 1;
}

export function nextRegistrationId(registrations: readonly Registration[], date: string): string {
  const prefix = `R${date.replaceAll('-', '')}`;
  let max = 0;
  for (const r of registrations) {
    if (r.registrationId.startsWith(prefix)) max = Math.max(max, Number(r.registrationId.slice(prefix.length)));
  }
  return `${prefix}${String(max + 1).padStart(4, '0')}`;
}

/** 复诊 if the patient has been seen (or is booked) in this department before today. */
export function suggestVisitKind(
  registrations: readonly Registration[],
  patientId: string,
  deptCode: string,
  today: string,
): VisitKind {
  return registrations.some(
    (r) => r.patientId === patientId && r.deptCode === deptCode && r.date < today && isActive(r),
  )
    ? 'return'
    : 'first';
}

/** Every reason the request cannot be issued, in form order. */
export function checkRegistration(req: RegistrationRequest, ctx: RegistrationContext): RegistrationIssue[] {
  const issues: RegistrationIssue[] = [];
  const patient = ctx.patients.find((p) => p.patientId === req.patientId);
  if (req.patientId === '') issues.push('patientRequired');
  else if (!patient) issues.push('patientUnknown');

  const dept = findDepartment(req.deptCode);
  if (!dept) issues.push('departmentRequired');
  if (req.type === '') issues.push('typeRequired');
  else if (dept && !registrationTypesFor(dept.code).includes(req.type)) issues.push('typeNotOffered');

  const doctor = findDoctor(req.doctorId);
  if (!doctor) issues.push('doctorRequired');
  else if (doctor.deptCode !== req.deptCode || (req.type !== '' && doctorRegistrationType(doctor) !== req.type)) {
    issues.push('doctorMismatch');
  } else if (!doctor.slots.includes(req.slot)) issues.push('doctorNotInSlot');
  else if (remainingQuota(ctx.registrations, doctor.doctorId, req.date, req.slot) === 0) issues.push('slotFull');

  if (req.date !== ctx.today) issues.push('dateNotToday');

  if (req.paymentMethod === '') issues.push('paymentRequired');
  else if (patient && !allowedPaymentMethods(patient.insuranceType).includes(req.paymentMethod)) {
    issues.push('paymentNotAllowed');
  }

  // One number per patient per department per day (实名制 limits scalping).
  if (
    patient &&
    ctx.registrations.some(
      (r) => r.patientId === patient.patientId && r.deptCode === req.deptCode && r.date === req.date && isActive(r),
    )
  ) {
    issues.push('alreadyRegistered');
  }
  return issues;
}

export type IssueResult = { ok: true; registration: Registration } | { ok: false; issues: RegistrationIssue[] };

export function issueRegistration(
  req: RegistrationRequest,
  ctx: RegistrationContext,
  by: { now: Date; operatorId: string },
  /** checks that do not apply (a downtime back-entry of a visit that already took place) */
  ignore: readonly RegistrationIssue[] = [],
): IssueResult {
  const issues = checkRegistration(req, ctx).filter((i) => !ignore.includes(i));
  if (issues.length > 0 || req.type === '' || req.paymentMethod === '') return { ok: false, issues };
  return {
    ok: true,
    registration: {
      registrationId: nextRegistrationId(ctx.registrations, req.date),
      patientId: req.patientId,
      deptCode: req.deptCode,
      doctorId: req.doctorId,
      type: req.type,
      date: req.date,
      slot: req.slot,
      visitKind: req.visitKind,
      feeFen: REGISTRATION_TYPES[req.type].feeFen,
      paymentMethod: req.paymentMethod,
      queueNo: nextQueueNumber(ctx.registrations, req.doctorId, req.date, req.slot),
      status: 'waiting',
      createdAt: by.now.toISOString(),
      operatorId: by.operatorId,
    },
  };
}

/** 退号 is allowed only before the visit starts. */
export function canCancel(registration: Registration): boolean {
  return registration.status === 'waiting';
}

/** Why 退号 is refused. */
export const CANCEL_ISSUES = ['notWaiting', 'reasonRequired', 'noteRequired'] as const;
export type CancelIssue = (typeof CANCEL_ISSUES)[number];

export function cancelRegistration(
  registration: Registration,
  input: { reason: CancelReason | ''; note: string },
  by: { now: Date; operatorId: string },
): { ok: true; registration: Registration } | { ok: false; issue: CancelIssue } {
  if (!canCancel(registration)) return { ok: false, issue: 'notWaiting' };
  if (input.reason === '') return { ok: false, issue: 'reasonRequired' };
  const note = input.note.trim();
  if (input.reason === 'other' && note === '') return { ok: false, issue: 'noteRequired' };
  return {
    ok: true,
    registration: {
      ...registration,
      status: 'cancelled',
      cancellation: { reason: input.reason, note, at: by.now.toISOString(), operatorId: by.operatorId },
    },
  };
}

/** Today's registrations in the order they were issued. */
export function todaysQueue(registrations: readonly Registration[], today: string): Registration[] {
  return registrations
    .filter((r) => r.date === today)
    .sort(
      (a, b) =>
        a.createdAt.localeCompare(b.createdAt) || a.registrationId.localeCompare(b.registrationId),
    );
}
