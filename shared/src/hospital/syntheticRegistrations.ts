// Deterministic registration history and a morning queue for the sandbox's seeded state.

import type { Patient } from './patientRecord.ts';
import {
  nextQueueNumber,
  nextRegistrationId,
  type Registration,
  type RegistrationStatus,
} from './registration.ts';
import {
  DOCTORS,
  REGISTRATION_TYPES,
  allowedPaymentMethods,
  doctorRegistrationType,
  findDoctor,
  type Doctor,
  type TimeSlot,
} from './registrationRules.ts';
import { DRILL_PATIENT_IDS } from './syntheticPatients.ts';
import { seededRandom } from './seededRandom.ts';

export const DEFAULT_REGISTRATION_SEED = 20240602;
/** Registrar who issued the seeded numbers (not the trainee's operator). */
export const SEED_OPERATOR_ID = 'SF0105';

export type SyntheticRegistrationOptions = {
  patients: readonly Patient[];
  /** 'YYYY-MM-DD' */
  today: string;
  seed?: number;
  /** how many of today's numbers were issued before the trainee's shift (default 12) */
  todayCount?: number;
  /**
   * Local time 'HH:MM' the data is seeded at. Today's numbers are spread between 07:20 and
   * this time (clamped to 07:50–11:40) so none looks issued in the future. Default '11:40'.
   */
  seededAt?: string;
};

function shiftDate(today: string, days: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Local wall-clock time on `date` as an ISO timestamp. */
function localTimestamp(date: string, hh: number, mm: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hh, mm).toISOString();
}

export function generateSyntheticRegistrations(options: SyntheticRegistrationOptions): Registration[] {
  const { patients, today, seed = DEFAULT_REGISTRATION_SEED, todayCount = 12, seededAt = '11:40' } = options;
  const rng = seededRandom(seed);
  const out: Registration[] = [];

  const add = (
    patient: Patient,
    doctor: Doctor,
    date: string,
    slot: TimeSlot,
    time: [number, number],
    status: RegistrationStatus,
    visitKind: Registration['visitKind'],
  ): void => {
    const type = doctorRegistrationType(doctor);
    out.push({
      registrationId: nextRegistrationId(out, date),
      patientId: patient.patientId,
      deptCode: doctor.deptCode,
      doctorId: doctor.doctorId,
      type,
      date,
      slot,
      visitKind,
      feeFen: REGISTRATION_TYPES[type].feeFen,
      paymentMethod: rng.pick(allowedPaymentMethods(patient.insuranceType)),
      queueNo: nextQueueNumber(out, doctor.doctorId, date, slot),
      status,
      createdAt: localTimestamp(date, time[0], time[1]),
      operatorId: SEED_OPERATOR_ID,
    });
  };

  // History: the returning 王伟 has seen the cardiology chief twice (so 复诊 applies).
  const wangWei = patients.find((p) => p.patientId === DRILL_PATIENT_IDS.returningWangWei);
  const cardiologyChief = findDoctor('D1001');
  if (wangWei && cardiologyChief) {
    add(wangWei, cardiologyChief, shiftDate(today, -91), 'am', [8, 5], 'completed', 'first');
    add(wangWei, cardiologyChief, shiftDate(today, -28), 'am', [7, 58], 'completed', 'return');
  }

  const drillIds = new Set<string>(Object.values(DRILL_PATIENT_IDS));
  const others = patients.filter((p) => !drillIds.has(p.patientId));
  const clinicDoctors = DOCTORS.filter((d) => d.slots.includes('am'));

  // Some older visits so 复诊 suggestions and history look lived-in.
  for (let i = 0; i < 20; i++) {
    const patient = rng.pick(others);
    const doctor = rng.pick(DOCTORS);
    const slot = rng.pick(doctor.slots);
    add(patient, doctor, shiftDate(today, -rng.int(3, 200)), slot, [slot === 'am' ? rng.int(7, 11) : rng.int(13, 16), rng.int(0, 59)], 'completed', 'first');
  }

  // This morning's queue: the first patients are already seen, one is with the doctor.
  // A handful of doctors take most walk-ins, so queue numbers run past 1.
  const busyDoctors = [0, 1, 2, 3, 4, 5].map(() => rng.pick(clinicDoctors));
  const [hh, mm] = seededAt.split(':').map(Number) as [number, number];
  const start = 7 * 60 + 20;
  const end = Math.min(11 * 60 + 40, Math.max(7 * 60 + 50, hh * 60 + mm));
  const gaps = Array.from({ length: todayCount }, () => rng.int(3, 12));
  const totalGap = gaps.reduce((a, b) => a + b, 0);
  const todays = new Set<string>();
  let elapsed = 0;
  for (let i = 0; i < todayCount; i++) {
    let patient = rng.pick(others);
    while (todays.has(patient.patientId)) patient = rng.pick(others);
    todays.add(patient.patientId);
    const doctor = rng.pick(busyDoctors);
    elapsed += gaps[i]!;
    const minute = start + Math.floor(((end - start) * elapsed) / totalGap);
    const status: RegistrationStatus = i < 4 ? 'completed' : i === 4 ? 'in-consultation' : 'waiting';
    add(patient, doctor, today, 'am', [Math.floor(minute / 60), minute % 60], status, rng.chance(0.4) ? 'return' : 'first');
  }
  return out;
}
