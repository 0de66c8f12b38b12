// The seeded hospital for a training day: wards with patients and orders, the lab bench, the
// imaging book, the dispensary shelf, bills, user accounts, interfaces and backups.
// Deterministic: the same seed and the same moment give the same hospital, on every machine.

import { findDrug, FREQUENCIES, quantityFor, type Frequency, type Route } from './drugCatalog.ts';
import { priceOf } from './chargeCatalog.ts';
import {
  HOSPITAL_STATE_VERSION,
  type Admission,
  type BackupRecord,
  type ChargeItem,
  type ClinicalProfile,
  type CriticalAlert,
  type Diet,
  type HospitalState,
  type ImagingExamRecord,
  type InterfaceLink,
  type LabResult,
  type NursingLevel,
  type NursingRecord,
  type Order,
  type Prescription,
  type Settlement,
  type Specimen,
  type StockItem,
  type UserAccount,
  type VitalSigns,
  type RoleCode,
} from './hospitalState.ts';
import { isoDate } from './idNumber.ts';
import { addDays, findImagingExam, slotCalendar, type ImagingSlot } from './imaging.ts';
import { depositBalance, invoiceNumbers, settleInpatient } from './insuranceSettlement.ts';
import { INTERFACES } from './itCatalog.ts';
import { findLabTest, flagResult } from './labCatalog.ts';
import { checkMedicationLines } from './medicationRules.ts';
import { ageOn, type Patient } from './patientRecord.ts';
import { seededRandom, type Random } from './seededRandom.ts';
import { STAFF, bedLabel, wardDoctors, type StaffRole } from './staff.ts';
import { DRILL_PATIENT_IDS, generateSyntheticPatients } from './syntheticPatients.ts';
import { generateSyntheticRegistrations } from './syntheticRegistrations.ts';
import { nextQueueNumber, nextRegistrationId } from './registration.ts';
import { REGISTRATION_TYPES } from './registrationRules.ts';
import { NOTE_TEMPLATES } from './clinicalCatalog.ts';
import { vitalFlags } from './vitalSigns.ts';

export const DEFAULT_HOSPITAL_SEED = 20240603;

/** Local wall-clock time on `date` ('YYYY-MM-DD') as an ISO timestamp. */
export function localStamp(date: string, hh: number, mm: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hh, mm).toISOString();
}

function shuffle<T>(rng: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

type MedPlan = { drug: string; dose: number; route: Route; frequency: Frequency };
const med = (drug: string, dose: number, route: Route, frequency: Frequency): MedPlan => ({ drug, dose, route, frequency });

/** Standing medication a ward usually runs for each admitting diagnosis. */
const MEDS_BY_DIAGNOSIS: Record<string, readonly MedPlan[]> = {
  'I10.x00': [med('amlodipine', 5, 'po', 'qd'), med('atorvastatin', 20, 'po', 'qn')],
  'I25.100': [med('aspirin', 100, 'po', 'qd'), med('atorvastatin', 20, 'po', 'qn'), med('metoprolol', 25, 'po', 'bid')],
  'I50.900': [med('furosemide', 20, 'iv', 'qd'), med('metoprolol', 25, 'po', 'bid')],
  'I48.x00': [med('warfarin', 3, 'po', 'qd'), med('metoprolol', 25, 'po', 'bid')],
  'J18.900': [med('ceftriaxone', 2, 'ivgtt', 'qd')],
  'J44.900': [med('dexamethasone', 5, 'iv', 'qd'), med('levofloxacin', 0.5, 'po', 'qd')],
  'J45.900': [med('dexamethasone', 5, 'iv', 'qd')],
  'K80.200': [med('omeprazole', 20, 'po', 'qd'), med('cefuroxime', 0.25, 'po', 'bid')],
  'A41.900': [med('meropenem', 1, 'ivgtt', 'q8h')],
};

type WardPlan = { ward: string; deptCode: string; beds: number[]; diagnoses: string[]; diet: Diet; levels: NursingLevel[] };

const WARD_PLANS: readonly WardPlan[] = [
  { ward: 'cardio-1', deptCode: 'cardiology', beds: [1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 14, 15], diagnoses: ['I10.x00', 'I25.100', 'I50.900', 'I48.x00'], diet: 'low-salt', levels: ['1', '2', '2', '3'] },
  { ward: 'resp-1', deptCode: 'respiratory', beds: [1, 2, 3, 5, 6, 8, 9], diagnoses: ['J18.900', 'J44.900', 'J45.900'], diet: 'regular', levels: ['1', '2', '2'] },
  { ward: 'gs-1', deptCode: 'general-surgery', beds: [2, 3, 4, 7], diagnoses: ['K80.200'], diet: 'regular', levels: ['2', '2', '3'] },
  { ward: 'icu', deptCode: 'icu', beds: [1, 2, 3, 4], diagnoses: ['A41.900', 'J18.900'], diet: 'liquid', levels: ['special'] },
];

const NURSE_OF_WARD: Record<string, string> = { 'cardio-1': 'N3001', 'resp-1': 'N3021', 'gs-1': 'N3031', icu: 'N3011' };

function minutesOfDay(at: Date): number {
  return at.getHours() * 60 + at.getMinutes();
}

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

export function seedHospital(at: Date, seed: number = DEFAULT_HOSPITAL_SEED): HospitalState {
  const today = isoDate(at);
  const nowMin = minutesOfDay(at);
  const seededAt = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  const patients = generateSyntheticPatients({ today });
  const registrations = generateSyntheticRegistrations({ patients, today, seededAt });
  const rng = seededRandom(seed);
  const yy = today.slice(2, 4);
  const adult = (p: Patient) => ageOn(p.birthDate, today).years >= 18;

  const drillIds = new Set<string>(Object.values(DRILL_PATIENT_IDS));
  const inQueueToday = new Set(registrations.filter((r) => r.date === today).map((r) => r.patientId));
  const pool = shuffle(rng, patients.filter((p) => !drillIds.has(p.patientId) && !inQueueToday.has(p.patientId) && adult(p)));

  // The training physician's own clinic this morning (D1013, respiratory): a few seen, one in the
  // room, some waiting, so the physician workstation opens on a live queue.
  const clinicPool = pool.slice(-6);
  const clinicDoctor = 'D1013';
  clinicPool.forEach((p, i) => {
    const minute = Math.max(7 * 60 + 30, Math.min(nowMin, 11 * 60 + 30) - 50 + i * 8);
    const status = i < 2 ? 'completed' : i === 2 ? 'in-consultation' : 'waiting';
    registrations.push({
      registrationId: nextRegistrationId(registrations, today), patientId: p.patientId, deptCode: 'respiratory', doctorId: clinicDoctor, type: 'general',
      date: today, slot: 'am', visitKind: i % 2 === 0 ? 'first' : 'return', feeFen: REGISTRATION_TYPES.general.feeFen,
      paymentMethod: p.insuranceType === 'employee' || p.insuranceType === 'resident' ? 'insurance' : 'wechat',
      queueNo: nextQueueNumber(registrations, clinicDoctor, today, 'am'), status,
      createdAt: localStamp(today, Math.floor(minute / 60), minute % 60), operatorId: 'SF0105',
    });
  });
  pool.splice(-6, 6);

  // ---------------------------------------------------------------- admissions
  const admissions: Admission[] = [];
  let admissionSerial = 100;
  const admit = (p: Patient, plan: WardPlan, bed: number, diagnosis: string, daysAgo: number, status: Admission['status']): Admission => {
    admissionSerial += 1;
    const doctors = wardDoctors(plan.ward);
    const a: Admission = {
      admissionId: `ZY${yy}${String(admissionSerial).padStart(6, '0')}`,
      patientId: p.patientId,
      ward: plan.ward,
      bed: bedLabel(bed),
      deptCode: plan.deptCode,
      attendingId: doctors.find((d) => d.title === 'attending')?.staffId ?? doctors[0]!.staffId,
      admittedAt: localStamp(addDays(today, -daysAgo), rng.int(9, 16), rng.int(0, 59)),
      diagnosis,
      nursingLevel: rng.pick(plan.levels),
      diet: plan.diet,
      status,
      depositFen: rng.int(5, 20) * 100_000,
      weightKg: rng.int(48, 86),
    };
    admissions.push(a);
    return a;
  };

  let cursor = 0;
  const takePatient = (): Patient | undefined => pool[cursor++];
  for (const plan of WARD_PLANS) {
    for (const bed of plan.beds) {
      const p = takePatient();
      if (!p) break;
      admit(p, plan, bed, rng.pick(plan.diagnoses), rng.int(1, 9), 'in-hospital');
    }
  }
  // Drill 5: the two 张丽 lie side by side on cardiology ward 1.
  const byId = (id: string) => patients.find((p) => p.patientId === id)!;
  const cardio = WARD_PLANS[0]!;
  admit(byId(DRILL_PATIENT_IDS.zhangLiA), cardio, 7, 'I50.900', 3, 'in-hospital');
  admit(byId(DRILL_PATIENT_IDS.zhangLiB), cardio, 8, 'I10.x00', 2, 'in-hospital');
  // Some stays are over: the doctor has written the discharge order, the cashier settles.
  for (const ward of ['cardio-1', 'resp-1', 'gs-1']) {
    const a = admissions.find((x) => x.ward === ward && x.status === 'in-hospital' && !drillIds.has(x.patientId));
    if (a) a.status = 'discharge-ordered';
  }
  // Two stays already settled last week.
  const discharged: Admission[] = [];
  for (let i = 0; i < 2; i++) {
    const p = takePatient();
    if (!p) break;
    const plan = WARD_PLANS[i]!;
    const a = admit(p, plan, 20 + i, plan.diagnoses[0]!, 12 + i, 'discharged');
    a.dischargedAt = localStamp(addDays(today, -3 - i), 10, 30);
    discharged.push(a);
  }

  // ---------------------------------------------------------------- profiles
  const profiles: ClinicalProfile[] = admissions.map((a) => ({
    patientId: a.patientId,
    currentMedications: [],
    conditions: [a.diagnosis],
    priorContrastReaction: byId(a.patientId).allergies.some((x) => x.includes('碘')),
    asthma: a.diagnosis === 'J45.900',
    hyperthyroidism: false,
    pacemaker: false,
    pregnant: false,
    latestCreatinine: rng.int(55, 110),
  }));
  profiles.push({
    patientId: DRILL_PATIENT_IDS.returningWangWei, currentMedications: ['amlodipine', 'atorvastatin'], conditions: ['I10.x00', 'I25.100'],
    priorContrastReaction: false, asthma: false, hyperthyroidism: false, pacemaker: false, pregnant: false, latestCreatinine: 88,
  });

  // ---------------------------------------------------------------- orders
  const orders: Order[] = [];
  let orderSerial = 1000;
  const nextOrderId = () => `O${String(++orderSerial).padStart(7, '0')}`;
  const verifiedBy = (a: Admission) => NURSE_OF_WARD[a.ward] ?? 'N3001';
  const dosesDueToday = (frequency: Frequency) => FREQUENCIES[frequency].times.filter((t) => toMinutes(t === '24:00' ? '23:59' : t) <= nowMin - 15);

  for (const a of admissions) {
    if (a.status === 'discharged') continue;
    const start = a.admittedAt;
    const nurse = verifiedBy(a);
    const base = { patientId: a.patientId, admissionId: a.admissionId, startAt: start, doctorId: a.attendingId, alerts: [] as Order['alerts'], overrides: [] as Order['overrides'] };
    const verify = { nurseId: nurse, at: start };
    orders.push({ ...base, orderId: nextOrderId(), type: 'long', category: 'nursing', itemCode: `nursing-${a.nursingLevel}`, status: 'verified', verify, executions: [] });
    orders.push({ ...base, orderId: nextOrderId(), type: 'long', category: 'diet', itemCode: `diet-${a.diet}`, status: 'verified', verify, executions: [] });
    const patient = byId(a.patientId);
    for (const m of MEDS_BY_DIAGNOSIS[a.diagnosis] ?? []) {
      const drug = findDrug(m.drug)!;
      // Nobody on the ward is on a drug they are allergic to.
      if (checkMedicationLines([{ ...m, days: 1 }], { allergies: patient.allergies, currentDrugs: [], prescriberTitle: 'chief', setting: 'inpatient' }).some((x) => x.code === 'allergy' || x.code === 'cross-allergy')) continue;
      const doctorId = drug.antibioticTier === 'special' ? wardDoctors(a.ward)[0]!.staffId : a.attendingId;
      const executions = dosesDueToday(m.frequency).map((t) => ({
        at: localStamp(today, Math.floor(toMinutes(t === '24:00' ? '23:59' : t) / 60), (toMinutes(t) % 60) + rng.int(0, 9)),
        nurseId: nurse, doseTime: t, method: 'scan' as const, wristband: a.admissionId, barcode: '',
      }));
      const orderId = nextOrderId();
      orders.push({
        ...base, doctorId, orderId, type: 'long', category: 'medication', drug: m.drug, dose: m.dose, unit: drug.unit, route: m.route, frequency: m.frequency,
        status: 'verified', verify, executions: executions.map((e) => ({ ...e, barcode: orderId })),
        ...(m.route === 'ivgtt' && executions.length > 0 ? { infusion: { state: 'completed' as const, by: nurse, at: executions.at(-1)!.at } } : {}),
      });
      profiles.find((p) => p.patientId === a.patientId)?.currentMedications.push(m.drug);
    }
    for (const test of ['cbc', 'electrolytes']) {
      const orderId = nextOrderId();
      orders.push({
        ...base, orderId, type: 'temp', category: 'lab', itemCode: test, status: 'executed', verify,
        executions: [{ at: start, nurseId: nurse, doseTime: 'once', method: 'scan', wristband: a.admissionId, barcode: orderId }],
      });
    }
  }
  // Fresh orders waiting for the ward nurse's check (医嘱核对).
  const cardioActive = admissions.filter((a) => a.ward === 'cardio-1' && a.status === 'in-hospital' && !drillIds.has(a.patientId));
  for (const [i, a] of cardioActive.slice(0, 3).entries()) {
    const at10 = localStamp(today, 7, 40 + i * 5);
    const base = { patientId: a.patientId, admissionId: a.admissionId, startAt: at10, doctorId: a.attendingId, alerts: [] as Order['alerts'], overrides: [] as Order['overrides'], status: 'new' as const, executions: [] as Order['executions'] };
    orders.push({ ...base, orderId: nextOrderId(), type: 'temp', category: 'lab', itemCode: i === 0 ? 'renal' : i === 1 ? 'coag' : 'troponin' });
    if (i !== 2) orders.push({ ...base, orderId: nextOrderId(), type: 'long', category: 'medication', drug: 'paracetamol', dose: 0.5, unit: 'g', route: 'po', frequency: 'prn' });
  }

  // ---------------------------------------------------------------- vitals and nursing records
  const vitals: VitalSigns[] = [];
  const nursingRecords: NursingRecord[] = [];
  let vsSerial = 0;
  let hlSerial = 0;
  for (const a of admissions) {
    if (a.status === 'discharged') continue;
    const icu = a.ward === 'icu';
    const readings: [string, number, number][] = nowMin >= 14 * 60 + 20
      ? [[today, 6, 0], [today, 14, 0]]
      : nowMin >= 6 * 60 + 20 ? [[addDays(today, -1), 14, 0], [today, 6, 0]] : [[addDays(today, -1), 6, 0], [addDays(today, -1), 14, 0]];
    for (const [date, hh, mm] of readings) {
      const values = {
        temperature: Math.round((icu ? 37.6 + rng.next() * 1.2 : 36.2 + rng.next() * 0.9) * 10) / 10,
        pulse: icu ? rng.int(92, 118) : rng.int(62, 92),
        respiration: icu ? rng.int(20, 26) : rng.int(14, 19),
        systolic: rng.int(104, 146),
        diastolic: rng.int(62, 92),
        spo2: icu ? rng.int(91, 96) : rng.int(95, 99),
        pain: rng.int(0, 3),
      };
      vitals.push({ vitalsId: `VS${String(++vsSerial).padStart(7, '0')}`, patientId: a.patientId, at: localStamp(date, hh, mm + rng.int(0, 20)), nurseId: verifiedBy(a), ...values, flags: vitalFlags(values) });
    }
    const handoverDate = nowMin >= 8 * 60 ? today : addDays(today, -1);
    nursingRecords.push({
      recordId: `HL${String(++hlSerial).padStart(7, '0')}`, patientId: a.patientId, at: localStamp(handoverDate, 7, 45), nurseId: verifiedBy(a), kind: 'handover',
      text: icu ? '夜班交班：患者神志清，持续心电监护，生命体征见体温单，按医嘱执行抗感染治疗。' : '夜班交班：患者夜间睡眠可，无特殊不适，生命体征平稳，按医嘱执行治疗。',
    });
  }

  // ---------------------------------------------------------------- lab
  const specimens: Specimen[] = [];
  const labResults: LabResult[] = [];
  const ymd = (date: string) => date.slice(2).replaceAll('-', '');
  const specimenSerialByDay = new Map<string, number>();
  const specimenId = (date: string) => {
    const n = (specimenSerialByDay.get(date) ?? 0) + 1;
    specimenSerialByDay.set(date, n);
    return `${ymd(date)}${String(n).padStart(5, '0')}`;
  };
  let lrSerial = 0;
  const valueFor = (testCode: string, itemCode: string, sex: Patient['sex']): number => {
    const test = findLabTest(testCode)!;
    const item = test.items.find((i) => i.code === itemCode)!;
    const range = 'M' in item.ref ? item.ref[sex] : item.ref;
    const low = range.low ?? (range.high ?? 1) * 0.2;
    const high = range.high ?? low * 2;
    const v = low + (high - low) * (0.1 + rng.next() * (rng.chance(0.2) ? 1.3 : 0.8));
    return Number(v.toFixed(item.decimals));
  };
  const addResulted = (p: Patient, testCode: string, source: string, date: string, orderId?: string): void => {
    const test = findLabTest(testCode)!;
    const id = specimenId(date);
    const collectedAt = localStamp(date, 7, rng.int(0, 40));
    const receivedAt = localStamp(date, 8, rng.int(0, 30));
    specimens.push({
      specimenId: id, patientId: p.patientId, ...(orderId ? { orderId } : {}), testCode, tube: test.tube, source, priority: 'routine', appearance: 'normal',
      status: 'resulted', collected: { by: source === 'outpatient' ? 'N3021' : 'N3001', at: collectedAt }, received: { by: 'L5002', at: receivedAt },
    });
    const items = test.items.map((i) => {
      const value = valueFor(testCode, i.code, p.sex);
      return { code: i.code, value, flag: flagResult(i, value, p.sex) };
    });
    labResults.push({
      resultId: `LR${ymd(date)}${String(++lrSerial).padStart(4, '0')}`, specimenId: id, patientId: p.patientId, testCode, items,
      status: 'released', enteredBy: 'L5002', enteredAt: localStamp(date, 9, rng.int(0, 30)), releasedBy: 'L5001', releasedAt: localStamp(date, 9, 40),
    });
  };
  for (const o of orders.filter((x) => x.category === 'lab' && x.status === 'executed')) {
    addResulted(byId(o.patientId), o.itemCode!, admissions.find((a) => a.admissionId === o.admissionId)!.ward, isoDate(new Date(o.startAt)), o.orderId);
  }
  // Today's outpatient tubes on the bench: collected at the blood-draw station, not yet received.
  const queuePatients = registrations.filter((r) => r.date === today).map((r) => byId(r.patientId));
  const benchTests = ['cbc', 'glucose', 'lft', 'crp', 'lipids', 'hba1c', 'renal', 'cbc'];
  const collectedToday = Math.min(nowMin, 11 * 60);
  queuePatients.slice(0, 8).forEach((p, i) => {
    const testCode = benchTests[i]!;
    const test = findLabTest(testCode)!;
    const minute = Math.max(0, collectedToday - 70 + i * 7);
    const collected = { by: 'N3021', at: localStamp(today, Math.floor(minute / 60), minute % 60) };
    const id = specimenId(today);
    if (i < 5) {
      specimens.push({ specimenId: id, patientId: p.patientId, testCode, tube: test.tube, source: 'outpatient', priority: i === 1 ? 'urgent' : 'routine', appearance: 'normal', status: 'collected', collected });
    } else {
      specimens.push({ specimenId: id, patientId: p.patientId, testCode, tube: test.tube, source: 'outpatient', priority: 'routine', appearance: 'normal', status: 'received', collected, received: { by: 'L5002', at: collected.at } });
    }
  });

  // A critical value from yesterday, handled properly: reported, read back, acknowledged.
  const criticalAlerts: CriticalAlert[] = [];
  const icuPatient = admissions.find((a) => a.ward === 'icu');
  if (icuPatient) {
    const yesterday = addDays(today, -1);
    criticalAlerts.push({
      alertId: `CV${ymd(yesterday)}001`, patientId: icuPatient.patientId, testCode: 'electrolytes', itemCode: 'K', value: 2.6,
      detectedAt: localStamp(yesterday, 16, 5), status: 'acknowledged',
      report: { by: 'L5001', at: localStamp(yesterday, 16, 9), toWard: 'icu', receiverName: '宋玲', readBackConfirmed: true },
      ack: { by: 'N3011', at: localStamp(yesterday, 16, 11), readBackValue: '2.6', readBackMatches: true, doctorId: 'D2012', action: '遵医嘱补钾，2小时后复查电解质。' },
    });
  }

  // ---------------------------------------------------------------- outpatient prescriptions
  const prescriptions: Prescription[] = [];
  const rxPrefix = `RX${today.replaceAll('-', '')}`;
  const outpatientTemplates = NOTE_TEMPLATES.filter((t) => t.kind === 'outpatient' && t.id !== 'opd-pharyngitis');
  const seen = registrations.filter((r) => r.date === today && (r.status === 'completed' || r.status === 'in-consultation'));
  const rxPatients = [...seen, ...registrations.filter((r) => r.date === today && r.status === 'waiting')].slice(0, 8);
  rxPatients.forEach((r, i) => {
    const p = byId(r.patientId);
    const template = outpatientTemplates[i % outpatientTemplates.length]!;
    const lines = template.medications.map((m) => ({ ...m }));
    const alerts = checkMedicationLines(lines, { allergies: p.allergies, currentDrugs: [], prescriberTitle: 'attending', setting: 'outpatient', chronic: template.id === 'opd-hypertension' });
    if (alerts.some((a) => a.severity !== 'info')) return;
    const status: Prescription['status'] = i < 3 ? 'dispensed' : i < 5 ? 'approved' : 'pending-review';
    const signedMinute = Math.max(8 * 60, Math.min(nowMin, 11 * 60) - 60 + i * 6);
    const signedAt = localStamp(today, Math.floor(signedMinute / 60), signedMinute % 60);
    const rx: Prescription = {
      rxId: `${rxPrefix}${String(i + 1).padStart(4, '0')}`, patientId: p.patientId, registrationId: r.registrationId, deptCode: r.deptCode, doctorId: r.doctorId,
      kind: r.deptCode === 'emergency' ? 'emergency' : 'normal', diagnoses: [...template.diagnoses], chronic: template.id === 'opd-hypertension',
      lines: lines.map((l) => {
        const drug = findDrug(l.drug)!;
        return { ...l, unit: drug.unit, quantity: quantityFor(drug, l.dose, l.frequency, l.days) };
      }),
      alerts, overrides: [], status, signedAt,
      ...(status !== 'pending-review' ? { review: { pharmacistId: 'PH4002', at: signedAt, decision: 'approved' as const, reasons: [], note: '' } } : {}),
    };
    prescriptions.push(rx);
  });

  // ---------------------------------------------------------------- imaging
  const imagingExams: ImagingExamRecord[] = [];
  let exSerial = 100;
  const examPlan: [string, ImagingExamRecord['status']][] = [
    ['chest-dr', 'requested'], ['abdomen-us', 'requested'], ['head-ct', 'requested'],
    ['chest-ct', 'booked'], ['pelvic-us', 'booked'], ['brain-mri', 'booked'],
    ['chest-dr', 'checked-in'], ['abdomen-us', 'completed'], ['chest-ct', 'reported'], ['chest-dr', 'reported'],
  ];
  const reportTexts: Record<string, { findings: string; impression: string }> = {
    'chest-ct': { findings: '双肺纹理增多，右肺下叶见斑片状密度增高影，边界模糊；纵隔未见肿大淋巴结；双侧胸腔未见积液。', impression: '右肺下叶炎症，建议抗感染治疗后复查。' },
    'chest-dr': { findings: '双肺纹理清晰，肺野内未见明确实变影；心影大小形态正常；双侧膈面光整，肋膈角锐利。', impression: '心肺膈未见明显异常。' },
  };
  const examPatients = [...admissions.filter((a) => a.status === 'in-hospital').map((a) => byId(a.patientId)), ...queuePatients];
  const bookedSlots: ImagingSlot[] = [];
  examPlan.forEach(([code, status], i) => {
    const p = examPatients[(i * 3 + 1) % examPatients.length]!;
    const admission = admissions.find((a) => a.patientId === p.patientId && a.status !== 'discharged');
    const type = findImagingExam(code)!;
    const requestedAt = localStamp(addDays(today, status === 'reported' ? -1 : 0), 8, 10 + i * 3);
    const exam: ImagingExamRecord = {
      examId: `EX${String(++exSerial).padStart(7, '0')}`, patientId: p.patientId, examCode: code, source: admission?.ward ?? 'outpatient',
      requestedBy: admission?.attendingId ?? 'D1013', requestedAt, question: admission ? '评估病情' : '排除器质性病变', status,
    };
    if (status !== 'requested') {
      const date = status === 'booked' ? addDays(today, 1 + (i % 2)) : status === 'reported' ? addDays(today, -1) : today;
      const free = slotCalendar(type.modality, date, 1, bookedSlots).filter((s) => !s.taken);
      let s: ImagingSlot;
      if (status === 'checked-in' || status === 'completed') {
        // Today's patients already in the department came in earlier this morning (or yesterday).
        const back = status === 'checked-in' ? 30 : 120;
        const minute = Math.max(8 * 60, Math.floor((nowMin - back) / 15) * 15);
        const early = nowMin - back < 8 * 60;
        s = { date: early ? addDays(today, -1) : today, time: `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`, room: `${type.modality}1` };
      } else {
        const slot = free[(i * 5) % Math.max(1, free.length)] ?? { date, time: '08:00', room: `${type.modality}1` };
        s = { date: slot.date, time: slot.time, room: slot.room };
      }
      bookedSlots.push(s);
      exam.slot = s;
      exam.booked = { by: 'R6001', at: requestedAt };
    }
    if (status === 'checked-in' || status === 'completed' || status === 'reported') {
      exam.accessionNo = `${type.modality}${ymd(exam.slot!.date)}${String(i).padStart(4, '0')}`;
      exam.checkedIn = { by: 'R6001', at: requestedAt };
    }
    if (status === 'reported') {
      const text = reportTexts[code]!;
      exam.report = { ...text, draftedBy: 'R6102', signedBy: 'R6101', signedAt: localStamp(addDays(today, -1), 16, 20 + i), critical: false };
    }
    imagingExams.push(exam);
  });

  // ---------------------------------------------------------------- dispensary stock
  const stock: StockItem[] = [];
  const expiry = (months: number) => {
    const [y, m] = today.split('-').map(Number) as [number, number];
    const d = new Date(Date.UTC(y, m - 1 + months, 28));
    return d.toISOString().slice(0, 10);
  };
  let shelf = 0;
  for (const code of ['amoxicillin', 'cefuroxime', 'azithromycin', 'levofloxacin', 'co-trimoxazole', 'metronidazole', 'ibuprofen', 'paracetamol', 'aspirin', 'clopidogrel', 'warfarin', 'metformin', 'insulin-aspart', 'amlodipine', 'valsartan', 'metoprolol', 'atorvastatin', 'omeprazole', 'pantoprazole', 'spironolactone', 'digoxin', 'diazepam']) {
    shelf += 1;
    const min = code === 'insulin-aspart' ? 10 : code === 'diazepam' ? 50 : 60;
    const max = min * 5;
    const batchNo = (k: number) => `${(hashCode(code) % 900_000 + 100_000).toString()}${String(k)}`;
    let batches = [
      { batchNo: batchNo(1), expiry: expiry(rng.int(10, 26)), quantity: rng.int(min + 20, max - 20), quarantined: false },
      { batchNo: batchNo(2), expiry: expiry(rng.int(28, 34)), quantity: rng.int(min, max - min), quarantined: false },
    ];
    if (code === 'clopidogrel') batches = [{ batchNo: batchNo(1), expiry: expiry(14), quantity: 18, quarantined: false }];
    if (code === 'insulin-aspart') batches = [{ batchNo: batchNo(1), expiry: expiry(9), quantity: 4, quarantined: false }];
    if (code === 'amoxicillin') batches[0] = { ...batches[0]!, expiry: expiry(4) };
    // An expired batch still on the shelf: nobody has taken it off yet.
    if (code === 'metronidazole') batches = [{ batchNo: batchNo(0), expiry: expiry(-1), quantity: 40, quarantined: false }, ...batches];
    stock.push({ drug: code, shelf: `${String.fromCharCode(65 + Math.floor((shelf - 1) / 8))}-${String(((shelf - 1) % 8) + 1).padStart(2, '0')}`, min, max, batches });
  }
  const requisitions = [
    { requisitionId: `QL${ymd(addDays(today, -6))}001`, drug: 'amlodipine', quantity: 200, urgent: false, by: 'PH4002', at: localStamp(addDays(today, -6), 15, 0), status: 'received' as const },
    { requisitionId: `QL${ymd(addDays(today, -2))}001`, drug: 'omeprazole', quantity: 240, urgent: false, by: 'PH4001', at: localStamp(addDays(today, -2), 15, 10), status: 'received' as const },
  ];

  // ---------------------------------------------------------------- charges and settlements
  const charges: ChargeItem[] = [];
  let chargeSerial = 0;
  const charge = (a: Admission, date: string, code: string, quantity: number): void => {
    const price = priceOf(code);
    if (!price) return;
    charges.push({
      chargeId: `FY${String(++chargeSerial).padStart(7, '0')}`, admissionId: a.admissionId, patientId: a.patientId, date, feeCategory: price.feeCategory,
      itemCode: code, quantity, amountFen: Math.round(price.unitPriceFen * quantity), insuranceCategory: price.insuranceCategory,
    });
  };
  for (const a of admissions) {
    const admittedOn = isoDate(new Date(a.admittedAt));
    const lastDay = a.dischargedAt ? isoDate(new Date(a.dischargedAt)) : today;
    let days = 0;
    for (let d = admittedOn; d <= lastDay; d = addDays(d, 1)) days += 1;
    charge(a, lastDay, a.ward === 'icu' ? 'bed-icu' : 'bed-general', days);
    charge(a, lastDay, a.nursingLevel === 'special' ? 'nursing-special' : a.nursingLevel === '1' ? 'nursing-1' : 'nursing-2', days);
    for (const o of orders.filter((x) => x.admissionId === a.admissionId)) {
      if (o.category === 'lab') charge(a, admittedOn, o.itemCode!, 1);
      if (o.category === 'medication' && o.drug && o.status === 'verified') {
        const drug = findDrug(o.drug)!;
        charge(a, lastDay, o.drug, quantityFor(drug, o.dose!, o.frequency!, days));
        if (o.route === 'ivgtt') {
          charge(a, lastDay, 'iv-infusion', days);
          charge(a, lastDay, 'infusion-set', days);
        }
      }
    }
    // What else a stay of this kind usually costs (monitoring, oxygen, imaging, materials).
    if (a.ward === 'icu') {
      charge(a, lastDay, 'ecg-monitor', days * 24);
      charge(a, lastDay, 'oxygen', days * 24);
      charge(a, lastDay, 'picc-line', 1);
      charge(a, admittedOn, 'chest-ct', 1);
    } else if (a.ward === 'cardio-1') {
      charge(a, lastDay, 'ecg-monitor', Math.min(days, 2) * 24);
      charge(a, admittedOn, 'chest-dr', 1);
      charge(a, admittedOn, 'troponin', 1);
      if (a.diagnosis === 'I25.100' && days >= 3) {
        charge(a, admittedOn, 'pci', 1);
        charge(a, admittedOn, 'coronary-stent', 1);
      }
    } else if (a.ward === 'resp-1') {
      charge(a, lastDay, 'oxygen', days * 12);
      charge(a, admittedOn, 'chest-ct', 1);
      charge(a, admittedOn, 'crp', 2);
    } else if (a.ward === 'gs-1') {
      charge(a, admittedOn, 'abdomen-us', 1);
      charge(a, admittedOn, 'lft', 1);
      if (days >= 2) {
        charge(a, admittedOn, 'lap-cholecystectomy', 1);
        charge(a, admittedOn, 'laparoscopy-kit', 1);
        charge(a, lastDay, 'imported-dressing', 2);
      }
    }
    if (Number(a.bed) % 5 === 0) charge(a, lastDay, 'single-room', days);
  }
  const settlements: Settlement[] = discharged.map((a, i) => {
    const patient = byId(a.patientId);
    const scheme = patient.insuranceType === 'employee' || patient.insuranceType === 'resident' ? patient.insuranceType : 'self-pay';
    const b = settleInpatient(charges.filter((c) => c.admissionId === a.admissionId).map((c) => ({ category: c.insuranceCategory, amountFen: c.amountFen })), scheme);
    const { refundFen, dueFen } = depositBalance(b.patientFen, a.depositFen);
    return {
      settlementId: `JS${ymd(isoDate(new Date(a.dischargedAt!)))}${String(i + 1).padStart(4, '0')}`, admissionId: a.admissionId, patientId: a.patientId,
      at: a.dischargedAt!, by: 'SF0302', cardRead: scheme !== 'self-pay', scheme, totalFen: b.totalFen, classBSelfPayFen: b.classBSelfPayFen, selfFen: b.selfFen,
      deductibleFen: b.deductibleFen, fundFen: b.fundFen, patientFen: b.patientFen, depositFen: a.depositFen, refundFen, dueFen,
      invoice: invoiceNumbers(2_001 + i, at.getFullYear()), status: 'settled',
    };
  });

  // ---------------------------------------------------------------- IT
  const ROLE_OF: Record<StaffRole, RoleCode> = {
    registrar: 'registrar', cashier: 'cashier', physician: 'physician', nurse: 'nurse', pharmacist: 'pharmacist',
    'lab-technician': 'lab-technician', 'radiology-clerk': 'radiology-clerk', radiologist: 'radiologist', it: 'it-admin', manager: 'manager',
  };
  const users: UserAccount[] = STAFF.filter((s) => !s.staffId.startsWith('D1') || ['D1001', 'D1003', 'D1013', 'D1121'].includes(s.staffId)).map((s, i) => ({
    userId: s.staffId.toLowerCase(), name: s.name, staffId: s.staffId, deptCode: s.deptCode ?? s.ward ?? 'hospital', roles: [ROLE_OF[s.role]],
    status: s.staffId === 'N3003' ? 'locked' : 'active', createdAt: localStamp(addDays(today, -400 + i * 7), 9, 0),
    lastLoginAt: localStamp(addDays(today, -(i % 3)), 7 + (i % 4), 30), mustChangePassword: false,
  }));
  const interfaces: InterfaceLink[] = INTERFACES.map((info, i) => ({
    id: info.id,
    status: info.id === 'his-dispenser' ? 'degraded' : 'up',
    queued: info.id === 'his-dispenser' ? 3 : 0,
    lastMessageAt: new Date(at.getTime() - (i + 1) * 47_000).toISOString(),
    ...(info.id === 'his-dispenser' ? { lastError: 'timeout' } : {}),
  }));
  const backups: BackupRecord[] = [];
  for (let d = 7; d >= 0; d--) {
    const date = addDays(today, -d);
    if (d > 0 || nowMin > 2 * 60 + 30) {
      backups.push({ backupId: `BK${ymd(date)}01`, at: localStamp(date, 2, 0), kind: 'full', sizeMb: 48_000 + (7 - d) * 96, status: 'ok', checksum: `sha256:${(hashCode(`${date}full`) >>> 0).toString(16).padStart(8, '0')}`, by: 'scheduler' });
    }
    for (const [k, hh] of [[2, 8], [3, 14]] as const) {
      if (d === 0 && nowMin < hh * 60 + 15) continue;
      backups.push({
        backupId: `BK${ymd(date)}${String(k).padStart(2, '0')}`, at: localStamp(date, hh, 0), kind: 'incremental', sizeMb: 1_700 + ((d * 37 + k) % 300),
        status: d === 3 && k === 3 ? 'failed' : 'ok', checksum: `sha256:${(hashCode(`${date}${k}`) >>> 0).toString(16).padStart(8, '0')}`, by: 'scheduler',
      });
    }
  }
  const lastMonthFull = backups[0]!;
  const restoreDrills = [{ drillId: 'RD0001', backupId: lastMonthFull.backupId, target: 'training-restore' as const, at: localStamp(addDays(today, -6), 21, 0), by: 'IT7002', verified: true, status: 'restored' as const }];

  return {
    version: HOSPITAL_STATE_VERSION,
    seededOn: today,
    patients,
    registrations,
    admissions,
    profiles,
    notes: [],
    prescriptions,
    orders,
    vitals,
    nursingRecords,
    specimens,
    labResults,
    criticalAlerts,
    imagingExams,
    stock,
    requisitions,
    charges,
    settlements,
    users,
    interfaces,
    backups,
    restoreDrills,
    kpiReviews: [],
    reportExports: [],
    audit: [],
  };
}

function hashCode(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
