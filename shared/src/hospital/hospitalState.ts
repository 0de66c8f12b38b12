// The whole simulated hospital as one JSON document: what the sandbox persists, what scenario
// predicates read, what scenario setups write. One zod schema per record type, same-named type.

import { z } from 'zod';
import { DoseUnit, Frequency, Route } from './drugCatalog.ts';
import { ImagingSlot, SafetyScreeningAnswers, ScreeningOutcome, ScreeningReason } from './imaging.ts';
import { InsuranceScheme } from './insuranceSettlement.ts';
import { RejectReason, ResultFlag, Tube } from './labCatalog.ts';
import { AlertOverride, MedAlert } from './medicationRules.ts';
import { Patient, PatientId } from './patientRecord.ts';
import { Registration } from './registration.ts';
import { DowntimeState } from './downtime.ts';
import { InsuranceCategory } from './drugCatalog.ts';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Timestamp = z.string();
const Fen = z.number().int();

export const NursingLevel = z.enum(['special', '1', '2', '3']);
export type NursingLevel = z.infer<typeof NursingLevel>;
export const Diet = z.enum(['regular', 'low-salt', 'diabetic', 'liquid', 'npo']);
export type Diet = z.infer<typeof Diet>;

/** 住院登记: one stay on a ward. */
export const Admission = z.object({
  /** 住院号, e.g. ZY26000123; also the barcode on the patient's wristband */
  admissionId: z.string().regex(/^ZY\d{8}$/),
  patientId: PatientId,
  ward: z.string(),
  bed: z.string(),
  deptCode: z.string(),
  attendingId: z.string(),
  admittedAt: Timestamp,
  /** ICD-10 code of the admitting diagnosis */
  diagnosis: z.string(),
  nursingLevel: NursingLevel,
  diet: Diet,
  status: z.enum(['in-hospital', 'discharge-ordered', 'discharged']),
  /** 预交金 paid so far */
  depositFen: Fen,
  weightKg: z.number().positive().nullable(),
  dischargedAt: Timestamp.optional(),
});
export type Admission = z.infer<typeof Admission>;

/** Facts from the EMR other modules read: home medication, conditions, contrast history. */
export const ClinicalProfile = z.object({
  patientId: PatientId,
  currentMedications: z.array(z.string()),
  conditions: z.array(z.string()),
  priorContrastReaction: z.boolean(),
  asthma: z.boolean(),
  hyperthyroidism: z.boolean(),
  pacemaker: z.boolean(),
  pregnant: z.boolean(),
  /** latest serum creatinine, µmol/L */
  latestCreatinine: z.number().positive().nullable(),
});
export type ClinicalProfile = z.infer<typeof ClinicalProfile>;

export const ClinicalNoteKind = z.enum(['outpatient', 'admission', 'progress']);
export const ClinicalNote = z.object({
  noteId: z.string(),
  patientId: PatientId,
  kind: ClinicalNoteKind,
  templateId: z.string().optional(),
  admissionId: z.string().optional(),
  registrationId: z.string().optional(),
  sections: z.object({
    chiefComplaint: z.string(),
    presentIllness: z.string(),
    pastHistory: z.string(),
    allergyHistory: z.string(),
    physicalExam: z.string(),
    plan: z.string(),
  }),
  diagnoses: z.array(z.string()),
  status: z.enum(['draft', 'signed']),
  authorId: z.string(),
  createdAt: Timestamp,
  signedAt: Timestamp.optional(),
});
export type ClinicalNote = z.infer<typeof ClinicalNote>;

export const PrescriptionLine = z.object({
  drug: z.string(),
  dose: z.number().positive(),
  unit: DoseUnit,
  route: Route,
  frequency: Frequency,
  days: z.number().int().positive(),
  /** dispensing units */
  quantity: z.number().int().positive(),
});
export type PrescriptionLine = z.infer<typeof PrescriptionLine>;

/** 处方审核 reasons a pharmacist can return a prescription for. */
export const ReviewReason = z.enum(['allergy', 'interaction', 'duplicate-class', 'over-max-dose', 'supply-days', 'antibiotic-tier', 'route', 'indication', 'other']);
export type ReviewReason = z.infer<typeof ReviewReason>;

export const PrescriptionKind = z.enum(['normal', 'emergency', 'paediatric', 'narcotic', 'psych2']);
export type PrescriptionKind = z.infer<typeof PrescriptionKind>;

export const Prescription = z.object({
  rxId: z.string(),
  patientId: PatientId,
  registrationId: z.string().optional(),
  deptCode: z.string(),
  doctorId: z.string(),
  kind: PrescriptionKind,
  diagnoses: z.array(z.string()),
  chronic: z.boolean(),
  lines: z.array(PrescriptionLine),
  alerts: z.array(MedAlert),
  overrides: z.array(AlertOverride),
  status: z.enum(['pending-review', 'approved', 'returned', 'dispensed', 'cancelled']),
  signedAt: Timestamp,
  review: z
    .object({ pharmacistId: z.string(), at: Timestamp, decision: z.enum(['approved', 'returned']), reasons: z.array(ReviewReason), note: z.string() })
    .optional(),
  dispense: z
    .object({
      pharmacistId: z.string(),
      at: Timestamp,
      identityChecked: z.boolean(),
      batches: z.array(z.object({ drug: z.string(), batchNo: z.string(), expiry: IsoDate, quantity: z.number().int().positive() })),
    })
    .optional(),
});
export type Prescription = z.infer<typeof Prescription>;

export const OrderStatus = z.enum(['awaiting-approval', 'new', 'verified', 'returned', 'executed', 'stopped', 'cancelled']);
export type OrderStatus = z.infer<typeof OrderStatus>;
export const OrderCategory = z.enum(['medication', 'lab', 'imaging', 'nursing', 'diet']);
export type OrderCategory = z.infer<typeof OrderCategory>;
/** 退回 reasons a nurse gives when an order cannot be carried out as written. */
export const OrderReturnReason = z.enum(['route-unsafe', 'dose-unclear', 'wrong-patient', 'duplicate', 'allergy', 'other']);
export type OrderReturnReason = z.infer<typeof OrderReturnReason>;

export const OrderExecution = z.object({
  at: Timestamp,
  nurseId: z.string(),
  /** the scheduled dose this execution covers ('08:00'), or 'once' */
  doseTime: z.string(),
  method: z.enum(['scan', 'manual']),
  wristband: z.string(),
  barcode: z.string(),
  manualReason: z.string().optional(),
});
export type OrderExecution = z.infer<typeof OrderExecution>;

export const Order = z.object({
  orderId: z.string().regex(/^O\d{7}$/),
  patientId: PatientId,
  admissionId: z.string(),
  /** 长期 standing / 临时 one-off */
  type: z.enum(['long', 'temp']),
  category: OrderCategory,
  drug: z.string().optional(),
  dose: z.number().positive().optional(),
  unit: DoseUnit.optional(),
  route: Route.optional(),
  frequency: Frequency.optional(),
  /** lab test or imaging exam code */
  itemCode: z.string().optional(),
  /** nursing/diet order text, or 嘱托 for drugs */
  text: z.string().optional(),
  startAt: Timestamp,
  doctorId: z.string(),
  status: OrderStatus,
  alerts: z.array(MedAlert),
  overrides: z.array(AlertOverride),
  /** 特殊级抗菌药物: a senior's approval or an infection consult before it reaches the ward */
  approval: z
    .object({
      kind: z.enum(['senior', 'consult']),
      requestedTo: z.string(),
      reason: z.string(),
      at: Timestamp,
      status: z.enum(['pending', 'approved', 'declined']),
    })
    .optional(),
  /** 越级使用 in rescue: paperwork due within 24 h */
  rescue: z.object({ reason: z.string(), at: Timestamp, paperworkDueAt: Timestamp }).optional(),
  verify: z.object({ nurseId: z.string(), at: Timestamp }).optional(),
  returned: z.object({ nurseId: z.string(), at: Timestamp, reason: OrderReturnReason, note: z.string() }).optional(),
  executions: z.array(OrderExecution),
  /** running drips: the nurse may hold one pending the doctor */
  infusion: z.object({ state: z.enum(['running', 'held', 'completed']), by: z.string(), at: Timestamp, reason: z.string().optional() }).optional(),
  stop: z.object({ doctorId: z.string(), at: Timestamp, reason: z.string() }).optional(),
  cancel: z.object({ doctorId: z.string(), at: Timestamp, reason: z.string() }).optional(),
});
export type Order = z.infer<typeof Order>;

export const VitalSigns = z.object({
  vitalsId: z.string(),
  patientId: PatientId,
  at: Timestamp,
  nurseId: z.string(),
  temperature: z.number().nullable(),
  pulse: z.number().nullable(),
  respiration: z.number().nullable(),
  systolic: z.number().nullable(),
  diastolic: z.number().nullable(),
  spo2: z.number().nullable(),
  pain: z.number().nullable(),
  flags: z.array(z.string()),
});
export type VitalSigns = z.infer<typeof VitalSigns>;

export const NursingRecordKind = z.enum(['routine', 'observation', 'handover', 'critical-value', 'doctor-notified']);
export const NursingRecord = z.object({
  recordId: z.string(),
  patientId: PatientId,
  at: Timestamp,
  nurseId: z.string(),
  kind: NursingRecordKind,
  text: z.string(),
  doctorNotifiedId: z.string().optional(),
});
export type NursingRecord = z.infer<typeof NursingRecord>;

export const Specimen = z.object({
  /** LIS barcode on the tube */
  specimenId: z.string().regex(/^\d{11}$/),
  patientId: PatientId,
  orderId: z.string().optional(),
  testCode: z.string(),
  tube: Tube,
  /** 'outpatient' or a ward code */
  source: z.string(),
  priority: z.enum(['routine', 'urgent']),
  /** what the tube looks like on the bench (the truth the technician must notice) */
  appearance: z.enum(['normal', 'haemolysed', 'clotted', 'insufficient']),
  status: z.enum(['to-collect', 'collected', 'received', 'rejected', 'resulted']),
  collected: z.object({ by: z.string(), at: Timestamp }).optional(),
  received: z.object({ by: z.string(), at: Timestamp }).optional(),
  rejected: z.object({ by: z.string(), at: Timestamp, reason: RejectReason, note: z.string() }).optional(),
});
export type Specimen = z.infer<typeof Specimen>;

export const LabResult = z.object({
  resultId: z.string(),
  specimenId: z.string(),
  patientId: PatientId,
  testCode: z.string(),
  items: z.array(z.object({ code: z.string(), value: z.number(), flag: ResultFlag })),
  status: z.enum(['entered', 'released']),
  enteredBy: z.string(),
  enteredAt: Timestamp,
  releasedBy: z.string().optional(),
  releasedAt: Timestamp.optional(),
});
export type LabResult = z.infer<typeof LabResult>;

/** 危急值: lab reports by phone, the ward reads back and acknowledges, who and when. */
export const CriticalAlert = z.object({
  alertId: z.string(),
  resultId: z.string().optional(),
  patientId: PatientId,
  testCode: z.string(),
  itemCode: z.string(),
  value: z.number(),
  detectedAt: Timestamp,
  status: z.enum(['pending-report', 'reported', 'acknowledged']),
  report: z
    .object({ by: z.string(), at: Timestamp, toWard: z.string(), receiverName: z.string(), readBackConfirmed: z.boolean() })
    .optional(),
  ack: z
    .object({ by: z.string(), at: Timestamp, readBackValue: z.string(), readBackMatches: z.boolean(), doctorId: z.string(), action: z.string() })
    .optional(),
});
export type CriticalAlert = z.infer<typeof CriticalAlert>;

export const ImagingExamRecord = z.object({
  examId: z.string().regex(/^EX\d{7}$/),
  patientId: PatientId,
  examCode: z.string(),
  source: z.string(),
  requestedBy: z.string(),
  requestedAt: Timestamp,
  question: z.string(),
  status: z.enum(['requested', 'escalated', 'booked', 'checked-in', 'completed', 'reported', 'cancelled']),
  screening: z
    .object({ answers: SafetyScreeningAnswers, outcome: ScreeningOutcome, reasons: z.array(ScreeningReason), egfr: z.number().nullable(), by: z.string(), at: Timestamp })
    .optional(),
  escalation: z
    .object({ to: z.enum(['radiologist', 'requesting-doctor']), staffId: z.string(), note: z.string(), by: z.string(), at: Timestamp })
    .optional(),
  slot: ImagingSlot.optional(),
  booked: z.object({ by: z.string(), at: Timestamp }).optional(),
  accessionNo: z.string().optional(),
  checkedIn: z.object({ by: z.string(), at: Timestamp }).optional(),
  report: z
    .object({ findings: z.string(), impression: z.string(), draftedBy: z.string(), signedBy: z.string(), signedAt: Timestamp, critical: z.boolean() })
    .optional(),
  reportRead: z.object({ by: z.string(), at: Timestamp }).optional(),
});
export type ImagingExamRecord = z.infer<typeof ImagingExamRecord>;

export const StockBatch = z.object({
  batchNo: z.string(),
  expiry: IsoDate,
  quantity: z.number().int().nonnegative(),
  quarantined: z.boolean(),
});
export type StockBatch = z.infer<typeof StockBatch>;

/** One drug on the dispensary shelf: min/max for 库存预警 and its batches. */
export const StockItem = z.object({
  drug: z.string(),
  shelf: z.string(),
  min: z.number().int().nonnegative(),
  max: z.number().int().positive(),
  batches: z.array(StockBatch),
});
export type StockItem = z.infer<typeof StockItem>;

export const Requisition = z.object({
  requisitionId: z.string(),
  drug: z.string(),
  quantity: z.number().int().positive(),
  urgent: z.boolean(),
  by: z.string(),
  at: Timestamp,
  status: z.enum(['submitted', 'received']),
});
export type Requisition = z.infer<typeof Requisition>;

export const FeeCategory = z.enum(['bed', 'nursing', 'western-drug', 'exam', 'lab', 'treatment', 'material', 'surgery']);
export type FeeCategory = z.infer<typeof FeeCategory>;

export const ChargeItem = z.object({
  chargeId: z.string(),
  admissionId: z.string(),
  patientId: PatientId,
  date: IsoDate,
  feeCategory: FeeCategory,
  /** drug code, lab/imaging code or a service code such as 'bed-general' */
  itemCode: z.string(),
  quantity: z.number().positive(),
  amountFen: Fen,
  insuranceCategory: InsuranceCategory,
});
export type ChargeItem = z.infer<typeof ChargeItem>;

export const Settlement = z.object({
  settlementId: z.string(),
  admissionId: z.string(),
  patientId: PatientId,
  at: Timestamp,
  by: z.string(),
  /** the 医保 card (or e-voucher) was read at the counter */
  cardRead: z.boolean(),
  scheme: InsuranceScheme,
  totalFen: Fen,
  classBSelfPayFen: Fen,
  selfFen: Fen,
  deductibleFen: Fen,
  fundFen: Fen,
  patientFen: Fen,
  depositFen: Fen,
  refundFen: Fen,
  dueFen: Fen,
  invoice: z.object({ code: z.string(), number: z.string(), checkCode: z.string() }),
  status: z.enum(['settled', 'voided']),
  /** when the e-receipt (电子票据) was printed for the patient */
  printedAt: Timestamp.optional(),
  voided: z.object({ by: z.string(), at: Timestamp, reason: z.string() }).optional(),
});
export type Settlement = z.infer<typeof Settlement>;

export const RoleCode = z.enum(['registrar', 'cashier', 'physician', 'nurse', 'pharmacist', 'lab-technician', 'radiology-clerk', 'radiologist', 'manager', 'it-admin']);
export type RoleCode = z.infer<typeof RoleCode>;

export const UserAccount = z.object({
  userId: z.string().regex(/^[a-z][a-z0-9._-]{1,31}$/),
  name: z.string(),
  staffId: z.string().optional(),
  deptCode: z.string(),
  roles: z.array(RoleCode),
  status: z.enum(['active', 'locked', 'disabled']),
  createdAt: Timestamp,
  lastLoginAt: Timestamp.optional(),
  mustChangePassword: z.boolean(),
});
export type UserAccount = z.infer<typeof UserAccount>;

export const InterfaceLink = z.object({
  id: z.string(),
  status: z.enum(['up', 'degraded', 'down']),
  /** messages waiting to be sent */
  queued: z.number().int().nonnegative(),
  lastMessageAt: Timestamp,
  lastError: z.string().optional(),
  restartedAt: Timestamp.optional(),
});
export type InterfaceLink = z.infer<typeof InterfaceLink>;

export const BackupRecord = z.object({
  backupId: z.string(),
  at: Timestamp,
  kind: z.enum(['full', 'incremental']),
  sizeMb: z.number().nonnegative(),
  status: z.enum(['ok', 'failed']),
  checksum: z.string(),
  by: z.string(),
});
export type BackupRecord = z.infer<typeof BackupRecord>;

export const RestoreDrill = z.object({
  drillId: z.string(),
  backupId: z.string(),
  target: z.enum(['training-restore', 'production']),
  at: Timestamp,
  by: z.string(),
  verified: z.boolean(),
  status: z.enum(['restored', 'failed']),
});
export type RestoreDrill = z.infer<typeof RestoreDrill>;

export const KpiReview = z.object({
  reviewId: z.string(),
  at: Timestamp,
  by: z.string(),
  deptCode: z.string(),
  metric: z.string(),
  note: z.string(),
});
export type KpiReview = z.infer<typeof KpiReview>;

export const ReportExport = z.object({
  exportId: z.string(),
  at: Timestamp,
  by: z.string(),
  report: z.string(),
  includesIdentifiers: z.boolean(),
});
export type ReportExport = z.infer<typeof ReportExport>;

export const AuditEntry = z.object({ at: Timestamp, by: z.string(), action: z.string(), target: z.string() });
export type AuditEntry = z.infer<typeof AuditEntry>;

export const HOSPITAL_STATE_VERSION = 2 as const;

export const HospitalState = z.object({
  version: z.literal(HOSPITAL_STATE_VERSION),
  /** Day the data was seeded ('YYYY-MM-DD'); seeded history is relative to it. */
  seededOn: IsoDate,
  patients: z.array(Patient),
  registrations: z.array(Registration),
  admissions: z.array(Admission),
  profiles: z.array(ClinicalProfile),
  notes: z.array(ClinicalNote),
  prescriptions: z.array(Prescription),
  orders: z.array(Order),
  vitals: z.array(VitalSigns),
  nursingRecords: z.array(NursingRecord),
  specimens: z.array(Specimen),
  labResults: z.array(LabResult),
  criticalAlerts: z.array(CriticalAlert),
  imagingExams: z.array(ImagingExamRecord),
  stock: z.array(StockItem),
  requisitions: z.array(Requisition),
  charges: z.array(ChargeItem),
  settlements: z.array(Settlement),
  users: z.array(UserAccount),
  interfaces: z.array(InterfaceLink),
  backups: z.array(BackupRecord),
  restoreDrills: z.array(RestoreDrill),
  kpiReviews: z.array(KpiReview),
  reportExports: z.array(ReportExport),
  audit: z.array(AuditEntry),
  /** a downtime drill's outage, paper records and back-entries (absent: the system is up) */
  downtime: DowntimeState.optional(),
});
export type HospitalState = z.infer<typeof HospitalState>;

/** Version 1 (registration only) still loads: its patients and registrations are kept. */
export const HospitalStateV1 = z.object({
  version: z.literal(1),
  seededOn: IsoDate,
  patients: z.array(Patient),
  registrations: z.array(Registration),
});
export type HospitalStateV1 = z.infer<typeof HospitalStateV1>;
