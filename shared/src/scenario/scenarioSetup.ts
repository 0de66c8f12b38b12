// Applies a scenario's declarative setup to the seeded hospital: its own patients, admissions,
// orders, prescriptions, specimens, critical values, requests, bills, stock, interfaces, users.

import { priceOf } from '../hospital/chargeCatalog.ts';
import { findDrug, quantityFor } from '../hospital/drugCatalog.ts';
import { findLabTest, flagResult } from '../hospital/labCatalog.ts';
import { makeIdNumber, isoDate } from '../hospital/idNumber.ts';
import { addDays, findImagingExam } from '../hospital/imaging.ts';
import { checkMedicationLines } from '../hospital/medicationRules.ts';
import { currentDrugs } from '../hospital/hospitalActions.ts';
import type { Admission, ChargeItem, HospitalState, Order } from '../hospital/hospitalState.ts';
import type { Patient } from '../hospital/patientRecord.ts';
import { REGISTRATION_TYPES, defaultSlotAt, doctorRegistrationType, findDoctor } from '../hospital/registrationRules.ts';
import { nextQueueNumber, nextRegistrationId } from '../hospital/registration.ts';
import { findStaff, findWard } from '../hospital/staff.ts';
import type { SetupStep } from './scenarioSchema.ts';

export class ScenarioSetupError extends Error {
  constructor(
    readonly stepIndex: number,
    message: string,
  ) {
    super(`start.setup[${stepIndex}]: ${message}`);
    this.name = 'ScenarioSetupError';
  }
}

const NURSE_OF_WARD: Record<string, string> = { 'cardio-1': 'N3001', 'resp-1': 'N3021', 'gs-1': 'N3031', icu: 'N3011' };

function ago(now: Date, minutes: number): string {
  return new Date(now.getTime() - minutes * 60_000).toISOString();
}

function monthsFrom(today: string, spec: string): string {
  const m = /^([+-]\d+)m$/.exec(spec);
  if (!m) return spec;
  const [y, mo] = today.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, mo - 1 + Number(m[1]), 28)).toISOString().slice(0, 10);
}

/** The state after every step, in order. Throws ScenarioSetupError naming the step that cannot apply. */
export function applyScenarioSetup(state: HospitalState, steps: readonly SetupStep[], now: Date): HospitalState {
  return steps.reduce((s, step, index) => applyStep(s, step, index, now), state);
}

function applyStep(state: HospitalState, step: SetupStep, index: number, now: Date): HospitalState {
  const today = isoDate(now);
  const err = (message: string) => new ScenarioSetupError(index, message);
  const patientOf = (id: string): Patient => {
    const p = state.patients.find((x) => x.patientId === id);
    if (!p) throw err(`patient ${id} does not exist`);
    return p;
  };
  const admissionOf = (id: string): Admission => {
    const a = state.admissions.find((x) => x.admissionId === id);
    if (!a) throw err(`admission ${id} does not exist`);
    return a;
  };

  switch (step.op) {
    case 'patient': {
      const [y, m, d] = today.split('-').map(Number) as [number, number, number];
      const birthDate = new Date(Date.UTC(y - step.ageYears, m - 1, d - 120)).toISOString().slice(0, 10);
      const serial = Number(step.patientId.slice(1));
      const seq = ((serial * 7) % 499) * 2 + (step.sex === 'M' ? 1 : 0);
      const patient: Patient = {
        patientId: step.patientId, name: step.name, sex: step.sex, birthDate, idType: 'resident-id',
        idNumber: makeIdNumber('110108', birthDate, seq), phone: step.phone ?? `139${String(serial).padStart(8, '0')}`,
        insuranceType: step.insuranceType, allergies: step.allergies ?? [], createdAt: ago(now, 60 * 24 * 400),
      };
      return { ...state, patients: [...state.patients.filter((p) => p.patientId !== patient.patientId), patient] };
    }
    case 'profile': {
      patientOf(step.patientId);
      const existing = state.profiles.find((p) => p.patientId === step.patientId) ?? {
        patientId: step.patientId, currentMedications: [], conditions: [], priorContrastReaction: false, asthma: false,
        hyperthyroidism: false, pacemaker: false, pregnant: false, latestCreatinine: null,
      };
      const { op: _op, ...fields } = step;
      const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
      return { ...state, profiles: [...state.profiles.filter((p) => p.patientId !== step.patientId), { ...existing, ...defined }] };
    }
    case 'visit': {
      const patient = patientOf(step.patientId);
      const doctor = findDoctor(step.doctorId);
      if (!doctor) throw err(`doctor ${step.doctorId} holds no clinic`);
      const slot = defaultSlotAt(`${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`);
      const type = doctorRegistrationType(doctor);
      const insured = patient.insuranceType === 'employee' || patient.insuranceType === 'resident';
      const registration = {
        registrationId: nextRegistrationId(state.registrations, today), patientId: patient.patientId, deptCode: doctor.deptCode,
        doctorId: doctor.doctorId, type, date: today, slot, visitKind: 'first' as const, feeFen: REGISTRATION_TYPES[type].feeFen,
        paymentMethod: insured ? ('insurance' as const) : ('wechat' as const), queueNo: nextQueueNumber(state.registrations, doctor.doctorId, today, slot),
        status: step.status, createdAt: ago(now, 25), operatorId: 'SF0105',
      };
      return { ...state, registrations: [...state.registrations, registration] };
    }
    case 'admit': {
      patientOf(step.patientId);
      const ward = findWard(step.ward);
      if (!ward) throw err(`ward ${step.ward} does not exist`);
      if (Number(step.bed) < 1 || Number(step.bed) > ward.beds) throw err(`ward ${step.ward} has no bed ${step.bed}`);
      const occupant = state.admissions.find((a) => a.ward === step.ward && a.bed === step.bed && a.status !== 'discharged');
      if (occupant) throw err(`bed ${step.ward}/${step.bed} is taken by ${occupant.patientId}`);
      if (state.admissions.some((a) => a.admissionId === step.admissionId)) throw err(`admission ${step.admissionId} already exists`);
      const attendingId = step.attendingId ?? state.admissions.find((a) => a.ward === step.ward)?.attendingId ?? 'D2002';
      const admittedAt = new Date(now.getTime() - step.daysAgo * 86_400_000 - 3 * 3_600_000).toISOString();
      const admission: Admission = {
        admissionId: step.admissionId, patientId: step.patientId, ward: step.ward, bed: step.bed, deptCode: ward.deptCode, attendingId, admittedAt,
        diagnosis: step.diagnosis, nursingLevel: step.nursingLevel ?? (step.ward === 'icu' ? 'special' : '2'), diet: step.diet ?? 'regular',
        status: step.status, depositFen: step.depositFen ?? 1_000_000, weightKg: 65,
      };
      const nurse = NURSE_OF_WARD[step.ward] ?? 'N3001';
      const base = { patientId: step.patientId, admissionId: step.admissionId, type: 'long' as const, startAt: admittedAt, doctorId: attendingId, status: 'verified' as const, alerts: [], overrides: [], verify: { nurseId: nurse, at: admittedAt }, executions: [] };
      const serial = (n: number) => `O${String(Number(step.admissionId.slice(-5)) * 10 + n).padStart(7, '0')}`;
      const orders: Order[] = [
        { ...base, orderId: serial(8), category: 'nursing' as const, itemCode: `nursing-${admission.nursingLevel}` },
        { ...base, orderId: serial(9), category: 'diet' as const, itemCode: `diet-${admission.diet}` },
      ].filter((o) => !state.orders.some((x) => x.orderId === o.orderId));
      const days = step.daysAgo + 1;
      const charges = [['bed-general', days], [admission.nursingLevel === 'special' ? 'nursing-special' : 'nursing-2', days]].map(([code, qty], i): ChargeItem => {
        const price = priceOf(code as string)!;
        return {
          chargeId: `FY9${step.admissionId.slice(-5)}${i}`, admissionId: step.admissionId, patientId: step.patientId, date: today, feeCategory: price.feeCategory,
          itemCode: code as string, quantity: qty as number, amountFen: price.unitPriceFen * (qty as number), insuranceCategory: price.insuranceCategory,
        };
      });
      const hasProfile = state.profiles.some((p) => p.patientId === step.patientId);
      return {
        ...state,
        admissions: [...state.admissions, admission],
        orders: [...state.orders, ...orders],
        charges: [...state.charges, ...charges],
        profiles: hasProfile
          ? state.profiles
          : [...state.profiles, { patientId: step.patientId, currentMedications: [], conditions: [step.diagnosis], priorContrastReaction: false, asthma: false, hyperthyroidism: false, pacemaker: false, pregnant: false, latestCreatinine: null }],
      };
    }
    case 'order': {
      const admission = admissionOf(step.admissionId);
      if (state.orders.some((o) => o.orderId === step.orderId)) throw err(`order ${step.orderId} already exists`);
      const drug = step.drug ? findDrug(step.drug) : undefined;
      if (step.category === 'medication' && (!drug || !step.dose || !step.route || !step.frequency)) throw err('a medication order needs drug, dose, route and frequency');
      const startAt = ago(now, step.minutesAgo);
      const nurse = NURSE_OF_WARD[admission.ward] ?? 'N3001';
      const doctorId = step.doctorId ?? admission.attendingId;
      const running = step.infusionRunningMinutes;
      const order: Order = {
        orderId: step.orderId, patientId: admission.patientId, admissionId: admission.admissionId, type: step.type, category: step.category,
        ...(drug ? { drug: drug.code, dose: step.dose!, unit: step.unit ?? drug.unit, route: step.route!, frequency: step.frequency! } : {}),
        ...(step.itemCode ? { itemCode: step.itemCode } : {}),
        ...(step.text ? { text: step.text } : {}),
        startAt, doctorId, status: step.status, alerts: [], overrides: [],
        ...(step.status === 'verified' ? { verify: { nurseId: nurse, at: startAt } } : {}),
        executions: running
          ? [{ at: ago(now, running), nurseId: nurse, doseTime: step.type === 'temp' ? 'once' : '08:00', method: 'scan', wristband: admission.admissionId, barcode: step.orderId }]
          : [],
        ...(running ? { infusion: { state: 'running' as const, by: nurse, at: ago(now, running) } } : {}),
      };
      return { ...state, orders: [...state.orders, order] };
    }
    case 'prescription': {
      const patient = patientOf(step.patientId);
      const doctor = findStaff(step.doctorId);
      if (!doctor) throw err(`doctor ${step.doctorId} does not exist`);
      const alerts = checkMedicationLines(step.lines, {
        allergies: patient.allergies, currentDrugs: currentDrugs(state, patient.patientId), prescriberTitle: doctor.title, setting: 'outpatient',
      });
      const signedAt = ago(now, step.minutesAgo);
      const rx = {
        rxId: step.rxId, patientId: patient.patientId, deptCode: step.deptCode, doctorId: step.doctorId, kind: 'normal' as const,
        diagnoses: step.diagnoses, chronic: false,
        lines: step.lines.map((l) => {
          const drug = findDrug(l.drug);
          if (!drug) throw err(`unknown drug ${l.drug}`);
          return { ...l, unit: drug.unit, quantity: quantityFor(drug, l.dose, l.frequency, l.days) };
        }),
        // The prescriber's own overrides of the warnings are part of what the pharmacist sees.
        alerts, overrides: alerts.filter((a) => a.severity === 'warn').map((a) => ({ code: a.code, drugs: a.drugs, reason: '' })),
        status: step.status, signedAt,
      };
      return { ...state, prescriptions: [...state.prescriptions.filter((p) => p.rxId !== rx.rxId), rx] };
    }
    case 'specimen': {
      patientOf(step.patientId);
      const test = findLabTest(step.testCode);
      if (!test) throw err(`unknown lab test ${step.testCode}`);
      const at = ago(now, step.minutesAgo);
      const specimen = {
        specimenId: step.specimenId, patientId: step.patientId, testCode: test.code, tube: test.tube, source: step.source, priority: step.priority,
        appearance: step.appearance, status: step.status, collected: { by: step.source === 'outpatient' ? 'N3021' : NURSE_OF_WARD[step.source] ?? 'N3001', at },
        ...(step.status === 'received' ? { received: { by: 'L5002', at: ago(now, Math.max(0, step.minutesAgo - 5)) } } : {}),
      };
      return { ...state, specimens: [...state.specimens.filter((s) => s.specimenId !== specimen.specimenId), specimen] };
    }
    case 'criticalAlert': {
      const patient = patientOf(step.patientId);
      const test = findLabTest(step.testCode);
      const item = test?.items.find((i) => i.code === step.itemCode);
      if (!test || !item) throw err(`unknown lab item ${step.testCode}/${step.itemCode}`);
      const admission = state.admissions.find((a) => a.patientId === patient.patientId && a.status !== 'discharged');
      const detectedAt = ago(now, step.minutesAgo + 2);
      const specimenId = `${today.slice(2).replaceAll('-', '')}9${step.alertId.slice(-4)}`;
      const resultId = `LR9${step.alertId.slice(2)}`;
      const items = test.items.map((i) => {
        const value = i.code === item.code ? step.value : Number((((('M' in i.ref ? i.ref[patient.sex] : i.ref).low ?? 0) + (('M' in i.ref ? i.ref[patient.sex] : i.ref).high ?? 1)) / 2).toFixed(i.decimals));
        return { code: i.code, value, flag: flagResult(i, value, patient.sex) };
      });
      const source = admission?.ward ?? 'outpatient';
      return {
        ...state,
        specimens: [...state.specimens, {
          specimenId, patientId: patient.patientId, testCode: test.code, tube: test.tube, source, priority: 'urgent', appearance: 'normal', status: 'resulted',
          collected: { by: NURSE_OF_WARD[source] ?? 'N3021', at: ago(now, step.minutesAgo + 60) }, received: { by: 'L5001', at: ago(now, step.minutesAgo + 40) },
        }],
        labResults: [...state.labResults, {
          resultId, specimenId, patientId: patient.patientId, testCode: test.code, items, status: 'released', enteredBy: 'L5002',
          enteredAt: ago(now, step.minutesAgo + 6), releasedBy: 'L5001', releasedAt: detectedAt,
        }],
        criticalAlerts: [...state.criticalAlerts, {
          alertId: step.alertId, resultId, patientId: patient.patientId, testCode: test.code, itemCode: item.code, value: step.value, detectedAt,
          status: step.status,
          ...(step.status === 'reported'
            ? { report: { by: 'L5001', at: ago(now, step.minutesAgo), toWard: source, receiverName: step.receiverName ?? '何静', readBackConfirmed: true } }
            : {}),
        }],
      };
    }
    case 'imagingRequest': {
      patientOf(step.patientId);
      if (!findImagingExam(step.examCode)) throw err(`unknown exam ${step.examCode}`);
      const exam = {
        examId: step.examId, patientId: step.patientId, examCode: step.examCode, source: step.source, requestedBy: step.requestedBy,
        requestedAt: ago(now, 30), question: step.question, status: 'requested' as const,
      };
      return { ...state, imagingExams: [...state.imagingExams.filter((e) => e.examId !== exam.examId), exam] };
    }
    case 'charges': {
      const admission = admissionOf(step.admissionId);
      const items = step.items.map((item, i): ChargeItem => {
        const price = priceOf(item.itemCode);
        if (!price) throw err(`no price for ${item.itemCode}`);
        return {
          chargeId: `FY8${admission.admissionId.slice(-5)}${String(i).padStart(2, '0')}`, admissionId: admission.admissionId, patientId: admission.patientId,
          date: addDays(today, -(i % 3)), feeCategory: price.feeCategory, itemCode: item.itemCode, quantity: item.quantity,
          amountFen: item.amountFen ?? Math.round(price.unitPriceFen * item.quantity), insuranceCategory: price.insuranceCategory,
        };
      });
      return { ...state, charges: [...state.charges.filter((c) => c.admissionId !== admission.admissionId), ...items] };
    }
    case 'stockBatch': {
      const item = state.stock.find((s) => s.drug === step.drug);
      if (!item) throw err(`${step.drug} is not stocked`);
      const batch = { batchNo: step.batchNo, expiry: monthsFrom(today, step.expiry), quantity: step.quantity, quarantined: false };
      const next = { ...item, batches: [...item.batches.filter((b) => b.batchNo !== step.batchNo), batch] };
      return { ...state, stock: state.stock.map((s) => (s.drug === step.drug ? next : s)) };
    }
    case 'interface': {
      const link = state.interfaces.find((i) => i.id === step.id);
      if (!link) throw err(`interface ${step.id} does not exist`);
      const next = {
        id: link.id, status: step.status, queued: step.queued, lastMessageAt: ago(now, step.minutesSinceLastMessage),
        ...(step.lastError ? { lastError: step.lastError } : {}),
      };
      return { ...state, interfaces: state.interfaces.map((i) => (i.id === step.id ? next : i)) };
    }
    case 'user': {
      const user = {
        userId: step.userId, name: step.name, ...(step.staffId ? { staffId: step.staffId } : {}), deptCode: step.deptCode, roles: step.roles,
        status: step.status, createdAt: ago(now, 60 * 24 * 300), lastLoginAt: ago(now, 60 * 24 * 20), mustChangePassword: false,
      };
      return { ...state, users: [...state.users.filter((u) => u.userId !== step.userId), user] };
    }
    case 'downtime': {
      if (state.downtime) throw err('a scenario has one downtime');
      return {
        ...state,
        downtime: step.after
          ? { modules: [...new Set(step.modules)], status: 'scheduled', after: { action: step.after.action, remaining: step.after.count }, formsPrinted: [], paper: [] }
          : { modules: [...new Set(step.modules)], status: 'down', startedAt: now.toISOString(), formsPrinted: [], paper: [] },
      };
    }
  }
}
