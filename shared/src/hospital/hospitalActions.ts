// Everything a user can do in the simulated hospital, as pure state transitions:
// `applyHospitalAction(state, action, {now, by})` returns the next state or the reasons it cannot.
// The sandbox UI dispatches these; scenario tests replay them to build passing and failing paths.

import { findDrug, quantityFor, type Frequency, type Route } from './drugCatalog.ts';
import { ageOn } from './patientRecord.ts';
import { isoDate } from './idNumber.ts';
import {
  type Admission,
  type ClinicalNote,
  type CriticalAlert,
  type HospitalState,
  type ImagingExamRecord,
  type Order,
  type OrderCategory,
  type OrderReturnReason,
  type Prescription,
  type PrescriptionKind,
  type ReviewReason,
  type RoleCode,
  type Settlement,
  type Specimen,
  UserAccount,
} from './hospitalState.ts';
import { findImagingExam, screenForExam, slotCalendar, type ImagingSlot, type SafetyScreeningAnswers } from './imaging.ts';
import { depositBalance, invoiceNumbers, settleInpatient, type InsuranceScheme } from './insuranceSettlement.ts';
import { findLabItem, findLabTest, flagResult, isCritical, type RejectReason } from './labCatalog.ts';
import { canSign, checkMedicationLines, type AlertOverride, type MedAlert } from './medicationRules.ts';
import { findStaff } from './staff.ts';
import type { ActionIssue } from './actionIssues.ts';
import { vitalFlags, type VitalSignsInput } from './vitalSigns.ts';
import { cancelRegistration, issueRegistration, type RegistrationRequest } from './registration.ts';
import type { CancelReason } from './registrationRules.ts';
import { nextPatientId, type PatientDraft } from './patientRecord.ts';
import { activeBackEntry, afterAction, backEntryMatches, reduceDowntime, unavailableModule, type DowntimeAction } from './downtimeActions.ts';

export type MedicationOrderInput = {
  drug: string;
  dose: number;
  route: Route;
  frequency: Frequency;
  days: number;
};

export type NewOrderInput = {
  type: 'long' | 'temp';
  category: OrderCategory;
  drug?: string;
  dose?: number;
  route?: Route;
  frequency?: Frequency;
  itemCode?: string;
  text?: string;
};

export type HospitalAction =
  // registration (门诊挂号)
  | { type: 'patient/create'; draft: PatientDraft }
  | { type: 'registration/issue'; request: RegistrationRequest }
  | { type: 'registration/cancel'; registrationId: string; reason: CancelReason | ''; note: string }
  // physician workstation (医生工作站)
  | {
      type: 'note/save';
      noteId?: string;
      patientId: string;
      kind: ClinicalNote['kind'];
      templateId?: string;
      admissionId?: string;
      registrationId?: string;
      sections: ClinicalNote['sections'];
      diagnoses: string[];
      sign: boolean;
    }
  | {
      type: 'prescription/sign';
      patientId: string;
      registrationId?: string;
      deptCode: string;
      kind: PrescriptionKind;
      diagnoses: string[];
      chronic: boolean;
      lines: MedicationOrderInput[];
      overrides: AlertOverride[];
    }
  | {
      type: 'orders/sign';
      admissionId: string;
      orders: NewOrderInput[];
      overrides: AlertOverride[];
      /** 特殊级: ask a senior or an infection consult to approve before the ward sees it */
      approval?: { kind: 'senior' | 'consult'; requestedTo: string; reason: string };
      /** 越级使用 in rescue */
      rescue?: { reason: string };
    }
  | { type: 'order/stop'; orderId: string; reason: string }
  | { type: 'order/cancel'; orderId: string; reason: string }
  | { type: 'imaging/markReportRead'; examId: string }
  // nurse station (护士工作站)
  | { type: 'order/verify'; orderIds: string[] }
  | { type: 'order/return'; orderId: string; reason: OrderReturnReason; note: string }
  | { type: 'order/execute'; orderId: string; doseTime: string; wristband: string; barcode: string; method: 'scan' | 'manual'; manualReason?: string }
  | { type: 'infusion/hold'; orderId: string; reason: string }
  | { type: 'vitals/record'; patientId: string; values: VitalSignsInput }
  | { type: 'nursingRecord/add'; patientId: string; kind: 'routine' | 'observation' | 'handover' | 'critical-value' | 'doctor-notified'; text: string; doctorNotifiedId?: string }
  | { type: 'critical/acknowledge'; alertId: string; readBackValue: string; doctorId: string; action: string }
  | { type: 'specimen/collect'; specimenId: string }
  // pharmacy (药房)
  | { type: 'prescription/review'; rxId: string; decision: 'approved' | 'returned'; reasons: ReviewReason[]; note: string }
  | { type: 'prescription/dispense'; rxId: string; identityChecked: boolean }
  | { type: 'stock/quarantine'; drug: string; batchNo: string }
  | { type: 'stock/requisition'; drug: string; quantity: number; urgent: boolean }
  // laboratory (LIS)
  | { type: 'specimen/receive'; specimenId: string }
  | { type: 'specimen/reject'; specimenId: string; reason: RejectReason; note: string }
  | { type: 'labResult/enter'; specimenId: string; values: Record<string, number> }
  | { type: 'labResult/release'; resultId: string }
  | { type: 'critical/report'; alertId: string; toWard: string; receiverName: string; readBackConfirmed: boolean }
  // imaging (RIS/PACS)
  | { type: 'imaging/screen'; examId: string; answers: SafetyScreeningAnswers }
  | { type: 'imaging/escalate'; examId: string; to: 'radiologist' | 'requesting-doctor'; staffId: string; note: string }
  | { type: 'imaging/book'; examId: string; slot: ImagingSlot }
  | { type: 'imaging/checkIn'; examId: string }
  | { type: 'imaging/cancel'; examId: string }
  // billing (收费)
  | { type: 'billing/settle'; admissionId: string; cardRead: boolean }
  | { type: 'billing/printInvoice'; settlementId: string }
  | { type: 'billing/void'; settlementId: string; reason: string }
  // management (管理)
  | { type: 'kpi/review'; deptCode: string; metric: string; note: string }
  | { type: 'report/export'; report: string; includesIdentifiers: boolean }
  // IT (信息科)
  | { type: 'user/create'; userId: string; name: string; staffId?: string; deptCode: string; roles: RoleCode[] }
  | { type: 'user/setRoles'; userId: string; roles: RoleCode[] }
  | { type: 'user/setStatus'; userId: string; status: 'active' | 'locked' | 'disabled' }
  | { type: 'user/resetPassword'; userId: string }
  | { type: 'interface/restart'; id: string }
  | { type: 'interface/resend'; id: string }
  | { type: 'backup/run'; kind: 'full' | 'incremental' }
  | { type: 'restore/drill'; backupId: string; target: 'training-restore' | 'production' }
  // downtime procedure (应急预案)
  | DowntimeAction;

export type HospitalActionType = HospitalAction['type'];

export type ActionContext = {
  now: Date;
  /** staff id of the operator signed in to the module */
  by: string;
};

export type ActionResult =
  | { ok: true; state: HospitalState; /** id of what the action created */ id?: string }
  | { ok: false; issues: ActionIssue[] };

const fail = (...issues: ActionIssue[]): ActionResult => ({ ok: false, issues });

/** Next id in a family: prefix + zero-padded serial one above the highest in use. */
export function nextSerialId(ids: readonly string[], prefix: string, width: number): string {
  let max = 0;
  for (const id of ids) {
    if (!id.startsWith(prefix)) continue;
    const n = Number(id.slice(prefix.length));
    if (Number.isInteger(n)) max = Math.max(max, n);
  }
  return `${prefix}${String(max + 1).padStart(width, '0')}`;
}

function yymmdd(now: Date): string {
  return isoDate(now).slice(2).replaceAll('-', '');
}

function replace<T>(items: readonly T[], match: (item: T) => boolean, next: T): T[] {
  return items.map((item) => (match(item) ? next : item));
}

/** Drugs the patient is on: profile home medication plus active standing medication orders. */
export function currentDrugs(state: HospitalState, patientId: string): string[] {
  const profile = state.profiles.find((p) => p.patientId === patientId);
  const fromOrders = state.orders
    .filter((o) => o.patientId === patientId && o.type === 'long' && o.category === 'medication' && (o.status === 'new' || o.status === 'verified') && o.drug)
    .map((o) => o.drug!);
  return [...new Set([...(profile?.currentMedications ?? []), ...fromOrders])];
}

export function activeAdmission(state: HospitalState, patientId: string): Admission | undefined {
  return state.admissions.find((a) => a.patientId === patientId && a.status !== 'discharged');
}

export function applyHospitalAction(state: HospitalState, action: HospitalAction, ctx: ActionContext): ActionResult {
  // A module that is down refuses its work; what it saved before stays as it was.
  if (unavailableModule(state, action.type)) return fail('downtime.unavailable');
  const paper = activeBackEntry(state, action.type);
  if (paper && !backEntryMatches(paper, action as unknown as { type: string } & Record<string, unknown>)) return fail('downtime.backEntryMismatch');
  const reduced = reduce(state, action, ctx);
  if (!reduced.ok) return reduced;
  const result = { ...reduced, state: afterAction(state, reduced.state, action.type, reduced.id, action as unknown as Record<string, unknown>, ctx) };
  const target = result.id ?? targetOf(action);
  return { ...result, state: { ...result.state, audit: [...result.state.audit, { at: ctx.now.toISOString(), by: ctx.by, action: action.type, target }] } };
}

function targetOf(action: HospitalAction): string {
  const a = action as Record<string, unknown>;
  for (const key of ['orderId', 'rxId', 'specimenId', 'resultId', 'alertId', 'examId', 'admissionId', 'settlementId', 'userId', 'id', 'backupId', 'patientId', 'registrationId', 'drug', 'deptCode', 'report']) {
    if (typeof a[key] === 'string') return a[key] as string;
  }
  return '';
}

function reduce(state: HospitalState, action: HospitalAction, ctx: ActionContext): ActionResult {
  const at = ctx.now.toISOString();
  const today = isoDate(ctx.now);
  switch (action.type) {
    // ------------------------------------------------------------------ registration
    case 'patient/create': {
      const patient = { patientId: nextPatientId(state.patients), ...action.draft, createdAt: at };
      return { ok: true, state: { ...state, patients: [...state.patients, patient] }, id: patient.patientId };
    }
    case 'registration/issue': {
      // A back-entered visit already happened: today's quota and one-number-a-day do not stop it
      // (finding the duplicate is the reconciliation's job, as with a real 补录).
      const ignore = activeBackEntry(state, action.type) ? (['slotFull', 'alreadyRegistered', 'doctorNotInSlot'] as const) : [];
      const result = issueRegistration(action.request, { patients: state.patients, registrations: state.registrations, today }, { now: ctx.now, operatorId: ctx.by }, ignore);
      if (!result.ok) return fail(...result.issues.map((i) => `registration.${i}` as const));
      return { ok: true, state: { ...state, registrations: [...state.registrations, result.registration] }, id: result.registration.registrationId };
    }
    case 'registration/cancel': {
      const current = state.registrations.find((r) => r.registrationId === action.registrationId);
      if (!current) return fail('registration.notWaiting');
      const result = cancelRegistration(current, { reason: action.reason, note: action.note }, { now: ctx.now, operatorId: ctx.by });
      if (!result.ok) return fail(`registration.${result.issue}`);
      return { ok: true, state: { ...state, registrations: replace(state.registrations, (r) => r.registrationId === action.registrationId, result.registration) } };
    }

    // ------------------------------------------------------------------ physician
    case 'note/save': {
      if (!state.patients.some((p) => p.patientId === action.patientId)) return fail('patient.unknown');
      if (action.sign) {
        const issues: ActionIssue[] = [];
        if (action.sections.chiefComplaint.trim() === '') issues.push('note.chiefComplaintRequired');
        if (action.diagnoses.length === 0) issues.push('note.diagnosisRequired');
        if (action.sections.allergyHistory.trim() === '') issues.push('note.allergyHistoryRequired');
        if (issues.length) return fail(...issues);
      }
      const existing = action.noteId ? state.notes.find((n) => n.noteId === action.noteId) : undefined;
      if (existing?.status === 'signed') return fail('note.alreadySigned');
      const note: ClinicalNote = {
        noteId: existing?.noteId ?? nextSerialId(state.notes.map((n) => n.noteId), 'BL', 7),
        patientId: action.patientId,
        kind: action.kind,
        ...(action.templateId ? { templateId: action.templateId } : {}),
        ...(action.admissionId ? { admissionId: action.admissionId } : {}),
        ...(action.registrationId ? { registrationId: action.registrationId } : {}),
        sections: action.sections,
        diagnoses: action.diagnoses,
        status: action.sign ? 'signed' : 'draft',
        authorId: ctx.by,
        createdAt: existing?.createdAt ?? at,
        ...(action.sign ? { signedAt: at } : {}),
      };
      const notes = existing ? replace(state.notes, (n) => n.noteId === note.noteId, note) : [...state.notes, note];
      return { ok: true, state: { ...state, notes }, id: note.noteId };
    }
    case 'prescription/sign': {
      const patient = state.patients.find((p) => p.patientId === action.patientId);
      if (!patient) return fail('patient.unknown');
      const prescriber = findStaff(ctx.by);
      if (!prescriber || prescriber.role !== 'physician') return fail('rx.noPrescribingRight');
      if (action.lines.length === 0) return fail('rx.noLines');
      if (action.diagnoses.length === 0) return fail('rx.diagnosisRequired');
      const alerts = checkMedicationLines(action.lines, {
        allergies: patient.allergies,
        currentDrugs: currentDrugs(state, patient.patientId),
        prescriberTitle: prescriber.title,
        setting: action.kind === 'emergency' ? 'emergency' : 'outpatient',
        chronic: action.chronic,
      });
      const signable = canSign(alerts, action.overrides);
      if (!signable.ok) return fail('rx.unresolvedAlerts');
      const prefix = `RX${isoDate(ctx.now).replaceAll('-', '')}`;
      const rx: Prescription = {
        rxId: nextSerialId(state.prescriptions.map((p) => p.rxId), prefix, 4),
        patientId: patient.patientId,
        ...(action.registrationId ? { registrationId: action.registrationId } : {}),
        deptCode: action.deptCode,
        doctorId: ctx.by,
        kind: action.kind,
        diagnoses: action.diagnoses,
        chronic: action.chronic,
        lines: action.lines.map((l) => {
          const drug = findDrug(l.drug)!;
          return { ...l, unit: drug.unit, quantity: quantityFor(drug, l.dose, l.frequency, l.days) };
        }),
        alerts,
        overrides: action.overrides,
        status: 'pending-review',
        signedAt: at,
      };
      return { ok: true, state: { ...state, prescriptions: [...state.prescriptions, rx] }, id: rx.rxId };
    }
    case 'orders/sign': {
      const admission = state.admissions.find((a) => a.admissionId === action.admissionId);
      if (!admission || admission.status === 'discharged') return fail('admission.notActive');
      const patient = state.patients.find((p) => p.patientId === admission.patientId)!;
      const prescriber = findStaff(ctx.by);
      if (!prescriber || prescriber.role !== 'physician') return fail('order.noPrescribingRight');
      if (action.orders.length === 0) return fail('order.none');
      const meds = action.orders.filter((o) => o.category === 'medication');
      for (const o of action.orders) {
        if (o.category === 'medication' && (!o.drug || !findDrug(o.drug) || !o.dose || !o.route || !o.frequency)) return fail('order.incompleteMedication');
        if (o.category === 'lab' && !findLabTest(o.itemCode ?? '')) return fail('order.unknownItem');
        if (o.category === 'imaging' && !findImagingExam(o.itemCode ?? '')) return fail('order.unknownItem');
      }
      if (action.rescue && action.rescue.reason.trim() === '') return fail('order.rescueReasonRequired');
      if (action.approval && (action.approval.reason.trim() === '' || !findStaff(action.approval.requestedTo))) return fail('order.approvalIncomplete');
      const alerts = checkMedicationLines(
        meds.map((o) => ({ drug: o.drug!, dose: o.dose!, route: o.route!, frequency: o.frequency!, days: 1 })),
        { allergies: patient.allergies, currentDrugs: currentDrugs(state, patient.patientId), prescriberTitle: prescriber.title, setting: 'inpatient', rescue: action.rescue !== undefined },
      );
      // A tier block is what the approval request is for: it does not stop the signature, it holds the order.
      const consider = action.approval ? alerts.filter((a) => a.code !== 'antibiotic-tier') : alerts;
      if (!canSign(consider, action.overrides).ok) return fail('order.unresolvedAlerts');
      const needsApproval = action.approval !== undefined && alerts.some((a) => a.code === 'antibiotic-tier');
      let orders = state.orders;
      let imagingExams = state.imagingExams;
      const ids: string[] = [];
      for (const input of action.orders) {
        const orderId = nextSerialId(orders.map((o) => o.orderId), 'O', 7);
        ids.push(orderId);
        const drug = input.drug ? findDrug(input.drug) : undefined;
        const alertsForThis: MedAlert[] = input.drug ? alerts.filter((a) => a.drugs.includes(input.drug!)) : [];
        const tierHeld = needsApproval && alertsForThis.some((a) => a.code === 'antibiotic-tier');
        const order: Order = {
          orderId,
          patientId: admission.patientId,
          admissionId: admission.admissionId,
          type: input.type,
          category: input.category,
          ...(input.drug ? { drug: input.drug, dose: input.dose!, unit: drug!.unit, route: input.route!, frequency: input.frequency! } : {}),
          ...(input.itemCode ? { itemCode: input.itemCode } : {}),
          ...(input.text ? { text: input.text } : {}),
          startAt: at,
          doctorId: ctx.by,
          status: tierHeld ? 'awaiting-approval' : 'new',
          alerts: alertsForThis,
          overrides: action.overrides.filter((o) => input.drug !== undefined && o.drugs.includes(input.drug)),
          ...(tierHeld && action.approval ? { approval: { ...action.approval, at, status: 'pending' as const } } : {}),
          ...(action.rescue && drug?.antibioticTier
            ? { rescue: { reason: action.rescue.reason, at, paperworkDueAt: new Date(ctx.now.getTime() + 24 * 3600_000).toISOString() } }
            : {}),
          executions: [],
        };
        orders = [...orders, order];
        if (input.category === 'imaging') {
          const exam: ImagingExamRecord = {
            examId: nextSerialId(imagingExams.map((e) => e.examId), 'EX', 7),
            patientId: admission.patientId,
            examCode: input.itemCode!,
            source: admission.ward,
            requestedBy: ctx.by,
            requestedAt: at,
            question: input.text ?? '',
            status: 'requested',
          };
          imagingExams = [...imagingExams, exam];
        }
      }
      return { ok: true, state: { ...state, orders, imagingExams }, id: ids.join(',') };
    }
    case 'order/stop': {
      const order = state.orders.find((o) => o.orderId === action.orderId);
      if (!order) return fail('order.notFound');
      if (order.status !== 'new' && order.status !== 'verified' && order.status !== 'awaiting-approval') return fail('order.notActive');
      if (action.reason.trim() === '') return fail('order.stopReasonRequired');
      const next: Order = {
        ...order,
        status: 'stopped',
        stop: { doctorId: ctx.by, at, reason: action.reason },
        ...(order.infusion && order.infusion.state !== 'completed' ? { infusion: { state: 'completed' as const, by: ctx.by, at, reason: action.reason } } : {}),
      };
      return { ok: true, state: { ...state, orders: replace(state.orders, (o) => o.orderId === order.orderId, next) } };
    }
    case 'order/cancel': {
      const order = state.orders.find((o) => o.orderId === action.orderId);
      if (!order) return fail('order.notFound');
      if (order.executions.length > 0) return fail('order.alreadyExecuted');
      if (order.status === 'stopped' || order.status === 'cancelled') return fail('order.notActive');
      const next: Order = { ...order, status: 'cancelled', cancel: { doctorId: ctx.by, at, reason: action.reason } };
      return { ok: true, state: { ...state, orders: replace(state.orders, (o) => o.orderId === order.orderId, next) } };
    }
    case 'imaging/markReportRead': {
      const exam = state.imagingExams.find((e) => e.examId === action.examId);
      if (!exam || exam.status !== 'reported') return fail('imaging.noReport');
      return { ok: true, state: { ...state, imagingExams: replace(state.imagingExams, (e) => e.examId === exam.examId, { ...exam, reportRead: { by: ctx.by, at } }) } };
    }

    // ------------------------------------------------------------------ nurse
    case 'order/verify': {
      let orders = state.orders;
      let specimens = state.specimens;
      for (const orderId of action.orderIds) {
        const order = orders.find((o) => o.orderId === orderId);
        if (!order) return fail('order.notFound');
        if (order.status !== 'new') return fail('order.notNew');
        orders = replace(orders, (o) => o.orderId === orderId, { ...order, status: 'verified', verify: { nurseId: ctx.by, at } });
        if (order.category === 'lab' && order.itemCode) {
          const test = findLabTest(order.itemCode)!;
          const admission = state.admissions.find((a) => a.admissionId === order.admissionId);
          const specimen: Specimen = {
            specimenId: nextSerialId(specimens.map((s) => s.specimenId), yymmdd(ctx.now), 5),
            patientId: order.patientId,
            orderId,
            testCode: test.code,
            tube: test.tube,
            source: admission?.ward ?? 'outpatient',
            priority: order.type === 'temp' ? 'urgent' : 'routine',
            appearance: 'normal',
            status: 'to-collect',
          };
          specimens = [...specimens, specimen];
        }
      }
      return { ok: true, state: { ...state, orders, specimens } };
    }
    case 'order/return': {
      const order = state.orders.find((o) => o.orderId === action.orderId);
      if (!order) return fail('order.notFound');
      if (order.status !== 'new') return fail('order.notNew');
      if (action.reason === 'other' && action.note.trim() === '') return fail('order.returnNoteRequired');
      const next: Order = { ...order, status: 'returned', returned: { nurseId: ctx.by, at, reason: action.reason, note: action.note } };
      return { ok: true, state: { ...state, orders: replace(state.orders, (o) => o.orderId === order.orderId, next) } };
    }
    case 'order/execute': {
      const order = state.orders.find((o) => o.orderId === action.orderId);
      if (!order) return fail('order.notFound');
      if (order.status !== 'verified') return fail('execute.notVerified');
      const issues: ActionIssue[] = [];
      const wristband = action.wristband.trim().toUpperCase();
      const barcode = action.barcode.trim().toUpperCase();
      if (action.method === 'scan') {
        if (wristband !== order.admissionId) issues.push('execute.wristbandMismatch');
        if (barcode !== order.orderId) issues.push('execute.barcodeMismatch');
      } else if ((action.manualReason ?? '').trim() === '') issues.push('execute.manualReasonRequired');
      if (order.executions.some((e) => e.doseTime === action.doseTime && e.at.slice(0, 10) === at.slice(0, 10))) issues.push('execute.alreadyDone');
      if (order.infusion?.state === 'held') issues.push('execute.infusionHeld');
      if (issues.length) return fail(...issues);
      const execution = {
        at, nurseId: ctx.by, doseTime: action.doseTime, method: action.method, wristband, barcode,
        ...(action.method === 'manual' ? { manualReason: action.manualReason!.trim() } : {}),
      };
      const next: Order = {
        ...order,
        executions: [...order.executions, execution],
        ...(order.type === 'temp' ? { status: 'executed' as const } : {}),
        ...(order.route === 'ivgtt' ? { infusion: { state: 'running' as const, by: ctx.by, at } } : {}),
      };
      return { ok: true, state: { ...state, orders: replace(state.orders, (o) => o.orderId === order.orderId, next) } };
    }
    case 'infusion/hold': {
      const order = state.orders.find((o) => o.orderId === action.orderId);
      if (!order?.infusion || order.infusion.state !== 'running') return fail('infusion.notRunning');
      if (action.reason.trim() === '') return fail('infusion.reasonRequired');
      const next: Order = { ...order, infusion: { state: 'held', by: ctx.by, at, reason: action.reason } };
      return { ok: true, state: { ...state, orders: replace(state.orders, (o) => o.orderId === order.orderId, next) } };
    }
    case 'vitals/record': {
      if (!state.patients.some((p) => p.patientId === action.patientId)) return fail('patient.unknown');
      const v = action.values;
      if (Object.values(v).every((x) => x === null)) return fail('vitals.empty');
      const record = {
        vitalsId: nextSerialId(state.vitals.map((x) => x.vitalsId), 'VS', 7),
        patientId: action.patientId, at, nurseId: ctx.by, ...v, flags: vitalFlags(v),
      };
      return { ok: true, state: { ...state, vitals: [...state.vitals, record] }, id: record.vitalsId };
    }
    case 'nursingRecord/add': {
      if (!state.patients.some((p) => p.patientId === action.patientId)) return fail('patient.unknown');
      if (action.text.trim() === '') return fail('nursingRecord.textRequired');
      const record = {
        recordId: nextSerialId(state.nursingRecords.map((r) => r.recordId), 'HL', 7),
        patientId: action.patientId, at, nurseId: ctx.by, kind: action.kind, text: action.text.trim(),
        ...(action.doctorNotifiedId ? { doctorNotifiedId: action.doctorNotifiedId } : {}),
      };
      return { ok: true, state: { ...state, nursingRecords: [...state.nursingRecords, record] }, id: record.recordId };
    }
    case 'critical/acknowledge': {
      const alert = state.criticalAlerts.find((a) => a.alertId === action.alertId);
      if (!alert) return fail('critical.notFound');
      if (alert.status === 'acknowledged') return fail('critical.alreadyAcknowledged');
      const issues: ActionIssue[] = [];
      const readBack = Number(action.readBackValue.trim().replace(',', '.'));
      const matches = action.readBackValue.trim() !== '' && Number.isFinite(readBack) && Math.abs(readBack - alert.value) < 1e-9;
      if (action.readBackValue.trim() === '') issues.push('critical.readBackRequired');
      else if (!matches) issues.push('critical.readBackMismatch');
      const doctor = findStaff(action.doctorId);
      if (!doctor || doctor.role !== 'physician') issues.push('critical.doctorRequired');
      if (issues.length) return fail(...issues);
      const next: CriticalAlert = {
        ...alert,
        status: 'acknowledged',
        ack: { by: ctx.by, at, readBackValue: action.readBackValue.trim(), readBackMatches: true, doctorId: action.doctorId, action: action.action.trim() },
      };
      const item = findLabItem(alert.testCode, alert.itemCode);
      const record = {
        recordId: nextSerialId(state.nursingRecords.map((r) => r.recordId), 'HL', 7),
        patientId: alert.patientId, at, nurseId: ctx.by, kind: 'critical-value' as const,
        text: `危急值 ${item?.zh ?? alert.itemCode} ${alert.value}${item?.unit ? ` ${item.unit}` : ''}，已复述确认，通知医生 ${doctor!.name}。${action.action.trim()}`,
        doctorNotifiedId: action.doctorId,
      };
      return {
        ok: true,
        state: { ...state, criticalAlerts: replace(state.criticalAlerts, (a) => a.alertId === alert.alertId, next), nursingRecords: [...state.nursingRecords, record] },
      };
    }
    case 'specimen/collect': {
      const specimen = state.specimens.find((s) => s.specimenId === action.specimenId);
      if (!specimen) return fail('specimen.notFound');
      if (specimen.status !== 'to-collect') return fail('specimen.notToCollect');
      const next: Specimen = { ...specimen, status: 'collected', collected: { by: ctx.by, at } };
      return { ok: true, state: { ...state, specimens: replace(state.specimens, (s) => s.specimenId === specimen.specimenId, next) } };
    }

    // ------------------------------------------------------------------ pharmacy
    case 'prescription/review': {
      const rx = state.prescriptions.find((p) => p.rxId === action.rxId);
      if (!rx) return fail('rx.notFound');
      if (rx.status !== 'pending-review') return fail('rx.notPendingReview');
      if (action.decision === 'returned' && action.reasons.length === 0) return fail('review.reasonRequired');
      if (action.reasons.includes('other') && action.note.trim() === '') return fail('review.noteRequired');
      const next: Prescription = {
        ...rx,
        status: action.decision,
        review: { pharmacistId: ctx.by, at, decision: action.decision, reasons: action.reasons, note: action.note.trim() },
      };
      return { ok: true, state: { ...state, prescriptions: replace(state.prescriptions, (p) => p.rxId === rx.rxId, next) } };
    }
    case 'prescription/dispense': {
      const rx = state.prescriptions.find((p) => p.rxId === action.rxId);
      if (!rx) return fail('rx.notFound');
      if (rx.status !== 'approved') return fail('rx.notApproved');
      if (!action.identityChecked) return fail('dispense.identityRequired');
      let stock = state.stock;
      const batches: { drug: string; batchNo: string; expiry: string; quantity: number }[] = [];
      for (const line of rx.lines) {
        const item = stock.find((s) => s.drug === line.drug);
        if (!item) return fail('dispense.notStocked');
        // First-expiry-first-out over batches on the shelf. Quarantined batches are off the shelf;
        // an expired batch nobody quarantined is still picked, as in the vendor system.
        const available = item.batches.filter((b) => !b.quarantined && b.quantity > 0).sort((a, b) => a.expiry.localeCompare(b.expiry));
        let needed = line.quantity;
        const nextBatches = item.batches.map((b) => ({ ...b }));
        for (const b of available) {
          if (needed === 0) break;
          const take = Math.min(needed, b.quantity);
          needed -= take;
          nextBatches.find((x) => x.batchNo === b.batchNo)!.quantity -= take;
          batches.push({ drug: line.drug, batchNo: b.batchNo, expiry: b.expiry, quantity: take });
        }
        if (needed > 0) return fail('dispense.insufficientStock');
        stock = replace(stock, (s) => s.drug === line.drug, { ...item, batches: nextBatches });
      }
      const next: Prescription = { ...rx, status: 'dispensed', dispense: { pharmacistId: ctx.by, at, identityChecked: true, batches } };
      return { ok: true, state: { ...state, stock, prescriptions: replace(state.prescriptions, (p) => p.rxId === rx.rxId, next) } };
    }
    case 'stock/quarantine': {
      const item = state.stock.find((s) => s.drug === action.drug);
      const batch = item?.batches.find((b) => b.batchNo === action.batchNo);
      if (!item || !batch) return fail('stock.batchNotFound');
      if (batch.quarantined) return fail('stock.alreadyQuarantined');
      const next = { ...item, batches: item.batches.map((b) => (b.batchNo === action.batchNo ? { ...b, quarantined: true } : b)) };
      return { ok: true, state: { ...state, stock: replace(state.stock, (s) => s.drug === action.drug, next) } };
    }
    case 'stock/requisition': {
      if (!state.stock.some((s) => s.drug === action.drug)) return fail('stock.notStocked');
      if (!Number.isInteger(action.quantity) || action.quantity <= 0) return fail('requisition.quantityInvalid');
      const requisition = {
        requisitionId: nextSerialId(state.requisitions.map((r) => r.requisitionId), `QL${yymmdd(ctx.now)}`, 3),
        drug: action.drug, quantity: action.quantity, urgent: action.urgent, by: ctx.by, at, status: 'submitted' as const,
      };
      return { ok: true, state: { ...state, requisitions: [...state.requisitions, requisition] }, id: requisition.requisitionId };
    }

    // ------------------------------------------------------------------ laboratory
    case 'specimen/receive': {
      const specimen = state.specimens.find((s) => s.specimenId === action.specimenId.trim());
      if (!specimen) return fail('specimen.notFound');
      if (specimen.status !== 'collected') return fail('specimen.notCollected');
      const next: Specimen = { ...specimen, status: 'received', received: { by: ctx.by, at } };
      return { ok: true, state: { ...state, specimens: replace(state.specimens, (s) => s.specimenId === specimen.specimenId, next) } };
    }
    case 'specimen/reject': {
      const specimen = state.specimens.find((s) => s.specimenId === action.specimenId.trim());
      if (!specimen) return fail('specimen.notFound');
      if (specimen.status !== 'collected' && specimen.status !== 'received') return fail('specimen.notCollected');
      const next: Specimen = { ...specimen, status: 'rejected', rejected: { by: ctx.by, at, reason: action.reason, note: action.note.trim() } };
      return { ok: true, state: { ...state, specimens: replace(state.specimens, (s) => s.specimenId === specimen.specimenId, next) } };
    }
    case 'labResult/enter': {
      const specimen = state.specimens.find((s) => s.specimenId === action.specimenId);
      if (!specimen) return fail('specimen.notFound');
      if (specimen.status !== 'received') return fail('specimen.notReceived');
      const test = findLabTest(specimen.testCode)!;
      const patient = state.patients.find((p) => p.patientId === specimen.patientId)!;
      const missing = test.items.filter((i) => !Number.isFinite(action.values[i.code]));
      if (missing.length) return fail('result.valuesRequired');
      const result = {
        resultId: nextSerialId(state.labResults.map((r) => r.resultId), `LR${yymmdd(ctx.now)}`, 4),
        specimenId: specimen.specimenId,
        patientId: specimen.patientId,
        testCode: test.code,
        items: test.items.map((i) => ({ code: i.code, value: action.values[i.code]!, flag: flagResult(i, action.values[i.code]!, patient.sex) })),
        status: 'entered' as const,
        enteredBy: ctx.by,
        enteredAt: at,
      };
      return {
        ok: true,
        state: {
          ...state,
          labResults: [...state.labResults, result],
          specimens: replace(state.specimens, (s) => s.specimenId === specimen.specimenId, { ...specimen, status: 'resulted' }),
        },
        id: result.resultId,
      };
    }
    case 'labResult/release': {
      const result = state.labResults.find((r) => r.resultId === action.resultId);
      if (!result) return fail('result.notFound');
      if (result.status !== 'entered') return fail('result.alreadyReleased');
      let criticalAlerts = state.criticalAlerts;
      for (const item of result.items) {
        const def = findLabItem(result.testCode, item.code);
        if (!def || isCritical(def, item.value) === null) continue;
        criticalAlerts = [
          ...criticalAlerts,
          {
            alertId: nextSerialId(criticalAlerts.map((a) => a.alertId), `CV${yymmdd(ctx.now)}`, 3),
            resultId: result.resultId, patientId: result.patientId, testCode: result.testCode, itemCode: item.code,
            value: item.value, detectedAt: at, status: 'pending-report',
          },
        ];
      }
      const next = { ...result, status: 'released' as const, releasedBy: ctx.by, releasedAt: at };
      return { ok: true, state: { ...state, criticalAlerts, labResults: replace(state.labResults, (r) => r.resultId === result.resultId, next) } };
    }
    case 'critical/report': {
      const alert = state.criticalAlerts.find((a) => a.alertId === action.alertId);
      if (!alert) return fail('critical.notFound');
      if (alert.status !== 'pending-report') return fail('critical.alreadyReported');
      const issues: ActionIssue[] = [];
      if (action.toWard.trim() === '') issues.push('critical.wardRequired');
      if (action.receiverName.trim() === '') issues.push('critical.receiverRequired');
      if (!action.readBackConfirmed) issues.push('critical.readBackNotConfirmed');
      if (issues.length) return fail(...issues);
      const next: CriticalAlert = {
        ...alert,
        status: 'reported',
        report: { by: ctx.by, at, toWard: action.toWard.trim(), receiverName: action.receiverName.trim(), readBackConfirmed: true },
      };
      return { ok: true, state: { ...state, criticalAlerts: replace(state.criticalAlerts, (a) => a.alertId === alert.alertId, next) } };
    }

    // ------------------------------------------------------------------ imaging
    case 'imaging/screen': {
      const exam = state.imagingExams.find((e) => e.examId === action.examId);
      if (!exam) return fail('imaging.notFound');
      if (exam.status !== 'requested' && exam.status !== 'escalated') return fail('imaging.notRequested');
      const type = findImagingExam(exam.examCode)!;
      const patient = state.patients.find((p) => p.patientId === exam.patientId)!;
      const result = screenForExam(type, action.answers, { sex: patient.sex, ageYears: ageOn(patient.birthDate, today).years });
      const next: ImagingExamRecord = { ...exam, screening: { answers: action.answers, ...result, by: ctx.by, at } };
      return { ok: true, state: { ...state, imagingExams: replace(state.imagingExams, (e) => e.examId === exam.examId, next) } };
    }
    case 'imaging/escalate': {
      const exam = state.imagingExams.find((e) => e.examId === action.examId);
      if (!exam) return fail('imaging.notFound');
      if (exam.status !== 'requested') return fail('imaging.notRequested');
      const staff = findStaff(action.staffId);
      const wanted = action.to === 'radiologist' ? 'radiologist' : 'physician';
      if (!staff || staff.role !== wanted) return fail('imaging.escalateToRequired');
      if (action.note.trim() === '') return fail('imaging.escalateNoteRequired');
      const next: ImagingExamRecord = { ...exam, status: 'escalated', escalation: { to: action.to, staffId: action.staffId, note: action.note.trim(), by: ctx.by, at } };
      return { ok: true, state: { ...state, imagingExams: replace(state.imagingExams, (e) => e.examId === exam.examId, next) } };
    }
    case 'imaging/book': {
      const exam = state.imagingExams.find((e) => e.examId === action.examId);
      if (!exam) return fail('imaging.notFound');
      if (exam.status !== 'requested') return fail('imaging.notRequested');
      const type = findImagingExam(exam.examCode)!;
      // The vendor's booking screen only enforces a screening that was saved: an unscreened
      // contrast exam can still be given a slot (DOMAIN.md drill 6's trap).
      if (exam.screening?.outcome === 'stop') return fail('imaging.screeningStop');
      if (exam.screening?.outcome === 'incomplete') return fail('imaging.screeningIncomplete');
      const booked = state.imagingExams.flatMap((e) => (e.slot && e.status !== 'cancelled' ? [e.slot] : []));
      const calendar = slotCalendar(type.modality, action.slot.date, 1, booked);
      const slot = calendar.find((s) => s.time === action.slot.time && s.room === action.slot.room);
      if (!slot) return fail('imaging.slotInvalid');
      if (slot.taken) return fail('imaging.slotTaken');
      if (action.slot.date < today) return fail('imaging.slotInPast');
      const next: ImagingExamRecord = { ...exam, status: 'booked', slot: action.slot, booked: { by: ctx.by, at } };
      return { ok: true, state: { ...state, imagingExams: replace(state.imagingExams, (e) => e.examId === exam.examId, next) } };
    }
    case 'imaging/checkIn': {
      const exam = state.imagingExams.find((e) => e.examId === action.examId);
      if (!exam) return fail('imaging.notFound');
      if (exam.status !== 'booked') return fail('imaging.notBooked');
      const modality = findImagingExam(exam.examCode)!.modality;
      const prefix = `${modality}${yymmdd(ctx.now)}`;
      const accessionNo = nextSerialId(state.imagingExams.flatMap((e) => (e.accessionNo ? [e.accessionNo] : [])), prefix, 4);
      const next: ImagingExamRecord = { ...exam, status: 'checked-in', accessionNo, checkedIn: { by: ctx.by, at } };
      return { ok: true, state: { ...state, imagingExams: replace(state.imagingExams, (e) => e.examId === exam.examId, next) } };
    }
    case 'imaging/cancel': {
      const exam = state.imagingExams.find((e) => e.examId === action.examId);
      if (!exam) return fail('imaging.notFound');
      if (exam.status !== 'booked' && exam.status !== 'requested') return fail('imaging.notCancellable');
      const { slot: _slot, ...rest } = exam;
      return { ok: true, state: { ...state, imagingExams: replace(state.imagingExams, (e) => e.examId === exam.examId, { ...rest, status: 'requested' }) } };
    }

    // ------------------------------------------------------------------ billing
    case 'billing/settle': {
      const admission = state.admissions.find((a) => a.admissionId === action.admissionId);
      if (!admission) return fail('billing.admissionNotFound');
      if (admission.status !== 'discharge-ordered') return fail('billing.notDischargeOrdered');
      if (state.settlements.some((s) => s.admissionId === admission.admissionId && s.status === 'settled')) return fail('billing.alreadySettled');
      const patient = state.patients.find((p) => p.patientId === admission.patientId)!;
      const insured = patient.insuranceType === 'employee' || patient.insuranceType === 'resident';
      const scheme: InsuranceScheme = action.cardRead && insured ? patient.insuranceType as InsuranceScheme : 'self-pay';
      const charges = state.charges.filter((c) => c.admissionId === admission.admissionId);
      const b = settleInpatient(charges.map((c) => ({ category: c.insuranceCategory, amountFen: c.amountFen })), scheme);
      const { refundFen, dueFen } = depositBalance(b.patientFen, admission.depositFen);
      const serial = state.settlements.length + 1;
      const settlement: Settlement = {
        settlementId: nextSerialId(state.settlements.map((s) => s.settlementId), `JS${yymmdd(ctx.now)}`, 4),
        admissionId: admission.admissionId, patientId: admission.patientId, at, by: ctx.by,
        cardRead: action.cardRead, scheme, totalFen: b.totalFen, classBSelfPayFen: b.classBSelfPayFen, selfFen: b.selfFen,
        deductibleFen: b.deductibleFen, fundFen: b.fundFen, patientFen: b.patientFen,
        depositFen: admission.depositFen, refundFen, dueFen,
        invoice: invoiceNumbers(serial + 3_000, ctx.now.getFullYear()),
        status: 'settled',
      };
      return {
        ok: true,
        state: {
          ...state,
          settlements: [...state.settlements, settlement],
          admissions: replace(state.admissions, (a) => a.admissionId === admission.admissionId, { ...admission, status: 'discharged', dischargedAt: at }),
        },
        id: settlement.settlementId,
      };
    }
    case 'billing/printInvoice': {
      const s = state.settlements.find((x) => x.settlementId === action.settlementId);
      if (!s || s.status !== 'settled') return fail('billing.notSettled');
      return { ok: true, state: { ...state, settlements: replace(state.settlements, (x) => x.settlementId === s.settlementId, { ...s, printedAt: at }) } };
    }
    case 'billing/void': {
      const s = state.settlements.find((x) => x.settlementId === action.settlementId);
      if (!s || s.status !== 'settled') return fail('billing.notSettled');
      if (action.reason.trim() === '') return fail('billing.voidReasonRequired');
      const admission = state.admissions.find((a) => a.admissionId === s.admissionId)!;
      const { dischargedAt: _d, ...reopened } = admission;
      return {
        ok: true,
        state: {
          ...state,
          settlements: replace(state.settlements, (x) => x.settlementId === s.settlementId, { ...s, status: 'voided', voided: { by: ctx.by, at, reason: action.reason.trim() } }),
          admissions: replace(state.admissions, (a) => a.admissionId === s.admissionId, { ...reopened, status: 'discharge-ordered' }),
        },
      };
    }

    // ------------------------------------------------------------------ management
    case 'kpi/review': {
      if (action.note.trim() === '') return fail('kpi.noteRequired');
      const review = { reviewId: nextSerialId(state.kpiReviews.map((r) => r.reviewId), 'KR', 4), at, by: ctx.by, deptCode: action.deptCode, metric: action.metric, note: action.note.trim() };
      return { ok: true, state: { ...state, kpiReviews: [...state.kpiReviews, review] }, id: review.reviewId };
    }
    case 'report/export': {
      const record = { exportId: nextSerialId(state.reportExports.map((r) => r.exportId), 'EXP', 4), at, by: ctx.by, report: action.report, includesIdentifiers: action.includesIdentifiers };
      return { ok: true, state: { ...state, reportExports: [...state.reportExports, record] }, id: record.exportId };
    }

    // ------------------------------------------------------------------ IT
    case 'user/create': {
      const issues: ActionIssue[] = [];
      if (!UserAccount.shape.userId.safeParse(action.userId).success) issues.push('user.idInvalid');
      else if (state.users.some((u) => u.userId === action.userId)) issues.push('user.idTaken');
      if (action.name.trim() === '') issues.push('user.nameRequired');
      if (action.roles.length === 0) issues.push('user.roleRequired');
      if (issues.length) return fail(...issues);
      const user = {
        userId: action.userId, name: action.name.trim(), ...(action.staffId ? { staffId: action.staffId } : {}),
        deptCode: action.deptCode, roles: action.roles, status: 'active' as const, createdAt: at, mustChangePassword: true,
      };
      return { ok: true, state: { ...state, users: [...state.users, user] }, id: user.userId };
    }
    case 'user/setRoles': {
      const user = state.users.find((u) => u.userId === action.userId);
      if (!user) return fail('user.notFound');
      if (action.roles.length === 0) return fail('user.roleRequired');
      return { ok: true, state: { ...state, users: replace(state.users, (u) => u.userId === user.userId, { ...user, roles: action.roles }) } };
    }
    case 'user/setStatus': {
      const user = state.users.find((u) => u.userId === action.userId);
      if (!user) return fail('user.notFound');
      return { ok: true, state: { ...state, users: replace(state.users, (u) => u.userId === user.userId, { ...user, status: action.status }) } };
    }
    case 'user/resetPassword': {
      const user = state.users.find((u) => u.userId === action.userId);
      if (!user) return fail('user.notFound');
      const next = { ...user, mustChangePassword: true, status: user.status === 'locked' ? ('active' as const) : user.status };
      return { ok: true, state: { ...state, users: replace(state.users, (u) => u.userId === user.userId, next) } };
    }
    case 'interface/restart': {
      const link = state.interfaces.find((i) => i.id === action.id);
      if (!link) return fail('interface.notFound');
      const { lastError: _e, ...rest } = link;
      return { ok: true, state: { ...state, interfaces: replace(state.interfaces, (i) => i.id === link.id, { ...rest, status: 'up', restartedAt: at }) } };
    }
    case 'interface/resend': {
      const link = state.interfaces.find((i) => i.id === action.id);
      if (!link) return fail('interface.notFound');
      if (link.status === 'down') return fail('interface.down');
      return { ok: true, state: { ...state, interfaces: replace(state.interfaces, (i) => i.id === link.id, { ...link, queued: 0, lastMessageAt: at }) } };
    }
    case 'backup/run': {
      const last = state.backups.filter((b) => b.kind === 'full').at(-1);
      const backup = {
        backupId: nextSerialId(state.backups.map((b) => b.backupId), `BK${yymmdd(ctx.now)}`, 2),
        at, kind: action.kind, sizeMb: action.kind === 'full' ? Math.round((last?.sizeMb ?? 48_000) * 1.002) : 1_850,
        status: 'ok' as const, checksum: `sha256:${(hash(`${at}${action.kind}`) >>> 0).toString(16).padStart(8, '0')}`, by: ctx.by,
      };
      return { ok: true, state: { ...state, backups: [...state.backups, backup] }, id: backup.backupId };
    }
    case 'downtime/printForm':
    case 'downtime/paper':
    case 'downtime/phoned':
    case 'downtime/restore':
    case 'downtime/backEntry':
      return reduceDowntime(state, action, ctx);
    case 'restore/drill': {
      const backup = state.backups.find((b) => b.backupId === action.backupId);
      if (!backup) return fail('backup.notFound');
      if (backup.status !== 'ok') return fail('backup.failedBackup');
      const drill = {
        drillId: nextSerialId(state.restoreDrills.map((d) => d.drillId), 'RD', 4),
        backupId: backup.backupId, target: action.target, at, by: ctx.by, verified: true, status: 'restored' as const,
      };
      return { ok: true, state: { ...state, restoreDrills: [...state.restoreDrills, drill] }, id: drill.drillId };
    }
  }
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}
