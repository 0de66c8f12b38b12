import { describe, expect, it } from 'vitest';
import {
  cancelRegistration,
  canCancel,
  checkRegistration,
  issueRegistration,
  nextQueueNumber,
  remainingQuota,
  suggestVisitKind,
  todaysQueue,
  type Registration,
  type RegistrationRequest,
} from '../../src/hospital/registration.ts';
import {
  DEPARTMENTS,
  DOCTORS,
  REGISTRATION_TYPES,
  allowedPaymentMethods,
  defaultSlotAt,
  doctorRegistrationType,
  doctorsFor,
  formatFen,
  registrationTypesFor,
} from '../../src/hospital/registrationRules.ts';
import { DRILL_PATIENT_IDS, generateSyntheticPatients } from '../../src/hospital/syntheticPatients.ts';
import { generateSyntheticRegistrations } from '../../src/hospital/syntheticRegistrations.ts';

const TODAY = '2026-11-26';
const NOW = new Date('2026-11-26T02:30:00.000Z');
const by = { now: NOW, operatorId: 'SF0217' };
const patients = generateSyntheticPatients({ today: TODAY });
const wang = DRILL_PATIENT_IDS.returningWangWei;

const request = (over: Partial<RegistrationRequest> = {}): RegistrationRequest => ({
  patientId: wang, deptCode: 'cardiology', type: 'chief', doctorId: 'D1001', date: TODAY,
  slot: 'am', visitKind: 'return', paymentMethod: 'insurance', ...over,
});

describe('catalogue', () => {
  it('keeps fees in the DOMAIN.md ranges', () => {
    const yuan = (t: keyof typeof REGISTRATION_TYPES) => REGISTRATION_TYPES[t].feeFen / 100;
    expect(yuan('general')).toBeGreaterThanOrEqual(10);
    expect(yuan('general')).toBeLessThanOrEqual(50);
    expect(yuan('associate-chief')).toBeGreaterThanOrEqual(30);
    expect(yuan('associate-chief')).toBeLessThanOrEqual(60);
    expect(yuan('chief')).toBeGreaterThanOrEqual(50);
    expect(yuan('chief')).toBeLessThanOrEqual(100);
    expect(formatFen(8000)).toBe('¥80.00');
  });

  it('every department has doctors and every doctor a known department', () => {
    for (const d of DEPARTMENTS) expect(registrationTypesFor(d.code).length).toBeGreaterThan(0);
    for (const doc of DOCTORS) expect(DEPARTMENTS.some((d) => d.code === doc.deptCode)).toBe(true);
    expect(new Set(DOCTORS.map((d) => d.doctorId)).size).toBe(DOCTORS.length);
  });

  it('filters doctors by department, type and half-day', () => {
    expect(doctorsFor('cardiology', 'chief').map((d) => d.doctorId)).toEqual(['D1001']);
    expect(doctorsFor('cardiology', 'chief', 'pm')).toEqual([]);
    expect(doctorsFor('cardiology', 'general', 'pm').map((d) => d.doctorId)).toEqual(['D1003', 'D1004']);
    expect(registrationTypesFor('emergency')).toEqual(['emergency']);
    for (const d of doctorsFor('emergency', 'emergency')) expect(doctorRegistrationType(d)).toBe('emergency');
  });

  it('offers 医保 only to insured patients', () => {
    expect(allowedPaymentMethods('employee')).toContain('insurance');
    expect(allowedPaymentMethods('resident')).toContain('insurance');
    expect(allowedPaymentMethods('self-pay')).not.toContain('insurance');
    expect(allowedPaymentMethods('commercial')).toEqual(['cash', 'bank-card', 'wechat', 'alipay']);
  });

  it('picks the half-day by the clock', () => {
    expect(defaultSlotAt('08:15')).toBe('am');
    expect(defaultSlotAt('12:00')).toBe('pm');
  });
});

describe('issueRegistration', () => {
  const ctx = { patients, registrations: [] as Registration[], today: TODAY };

  it('issues a numbered registration with the catalogue fee', () => {
    const r = issueRegistration(request(), ctx, by);
    expect(r).toEqual({
      ok: true,
      registration: {
        registrationId: 'R202611260001', patientId: wang, deptCode: 'cardiology', doctorId: 'D1001', type: 'chief',
        date: TODAY, slot: 'am', visitKind: 'return', feeFen: 8000, paymentMethod: 'insurance', queueNo: 1,
        status: 'waiting', createdAt: NOW.toISOString(), operatorId: 'SF0217',
      },
    });
  });

  it('numbers the queue per doctor and half-day, never reusing a cancelled number', () => {
    const first = issueRegistration(request(), ctx, by);
    if (!first.ok) throw new Error('expected ok');
    const cancelled = cancelRegistration(first.registration, { reason: 'patient-request', note: '' }, by);
    if (!cancelled.ok) throw new Error('expected ok');
    const regs = [cancelled.registration];
    expect(nextQueueNumber(regs, 'D1001', TODAY, 'am')).toBe(2);
    expect(nextQueueNumber(regs, 'D1001', TODAY, 'pm')).toBe(1);
    expect(remainingQuota(regs, 'D1001', TODAY, 'am')).toBe(REGISTRATION_TYPES.chief.quotaPerSlot);
    const again = issueRegistration(request(), { ...ctx, registrations: regs }, by);
    expect(again).toMatchObject({ ok: true, registration: { queueNo: 2, registrationId: 'R202611260002' } });
  });

  it('reports every problem with a bad request', () => {
    expect(checkRegistration(request({ patientId: '', deptCode: '', type: '', doctorId: '', paymentMethod: '', date: '2026-11-27' }), ctx)).toEqual([
      'patientRequired', 'departmentRequired', 'typeRequired', 'doctorRequired', 'dateNotToday', 'paymentRequired',
    ]);
    expect(checkRegistration(request({ patientId: 'P999999' }), ctx)).toEqual(['patientUnknown']);
    expect(checkRegistration(request({ type: 'emergency' }), ctx)).toEqual(['typeNotOffered', 'doctorMismatch']);
    expect(checkRegistration(request({ doctorId: 'D1011' }), ctx)).toEqual(['doctorMismatch']);
    expect(checkRegistration(request({ slot: 'pm' }), ctx)).toEqual(['doctorNotInSlot']);
  });

  it('refuses 医保 for a self-pay patient', () => {
    const selfPay = patients.find((p) => p.insuranceType === 'self-pay')!;
    expect(checkRegistration(request({ patientId: selfPay.patientId }), ctx)).toEqual(['paymentNotAllowed']);
  });

  it('allows one number per patient per department per day', () => {
    const first = issueRegistration(request(), ctx, by);
    if (!first.ok) throw new Error('expected ok');
    const regs = [first.registration];
    expect(checkRegistration(request({ type: 'general', doctorId: 'D1003' }), { ...ctx, registrations: regs })).toEqual(['alreadyRegistered']);
    expect(checkRegistration(request({ deptCode: 'neurology', type: 'general', doctorId: 'D1042' }), { ...ctx, registrations: regs })).toEqual([]);
  });

  it('stops at the quota', () => {
    let regs: Registration[] = [];
    const others = patients.filter((p) => p.insuranceType === 'employee' || p.insuranceType === 'resident');
    for (const p of others.slice(0, REGISTRATION_TYPES.chief.quotaPerSlot!)) {
      const r = issueRegistration(request({ patientId: p.patientId }), { ...ctx, registrations: regs }, by);
      if (!r.ok) throw new Error(r.issues.join());
      regs = [...regs, r.registration];
    }
    expect(remainingQuota(regs, 'D1001', TODAY, 'am')).toBe(0);
    const last = others[REGISTRATION_TYPES.chief.quotaPerSlot!]!;
    expect(checkRegistration(request({ patientId: last.patientId }), { ...ctx, registrations: regs })).toEqual(['slotFull']);
    expect(remainingQuota(regs, 'D1121', TODAY, 'am')).toBeNull();
  });
});

describe('cancelRegistration (退号)', () => {
  const issued = issueRegistration(request(), { patients, registrations: [], today: TODAY }, by);
  if (!issued.ok) throw new Error('expected ok');
  const reg = issued.registration;

  it('needs a reason, and a note for "other"', () => {
    expect(cancelRegistration(reg, { reason: '', note: '' }, by)).toEqual({ ok: false, issue: 'reasonRequired' });
    expect(cancelRegistration(reg, { reason: 'other', note: '  ' }, by)).toEqual({ ok: false, issue: 'noteRequired' });
    expect(cancelRegistration(reg, { reason: 'other', note: ' 临时有事 ' }, by)).toMatchObject({
      ok: true, registration: { status: 'cancelled', cancellation: { reason: 'other', note: '临时有事', operatorId: 'SF0217' } },
    });
  });

  it('is allowed only while waiting', () => {
    for (const status of ['in-consultation', 'completed', 'cancelled'] as const) {
      expect(canCancel({ ...reg, status })).toBe(false);
      expect(cancelRegistration({ ...reg, status }, { reason: 'patient-request', note: '' }, by)).toEqual({ ok: false, issue: 'notWaiting' });
    }
    expect(canCancel(reg)).toBe(true);
  });
});

describe('seeded registrations', () => {
  const regs = generateSyntheticRegistrations({ patients, today: TODAY });

  it('are deterministic and valid', () => {
    expect(generateSyntheticRegistrations({ patients, today: TODAY })).toEqual(regs);
    expect(new Set(regs.map((r) => r.registrationId)).size).toBe(regs.length);
  });

  it('give the returning 王伟 a cardiology history (复诊) and no number today', () => {
    expect(suggestVisitKind(regs, wang, 'cardiology', TODAY)).toBe('return');
    expect(suggestVisitKind(regs, DRILL_PATIENT_IDS.otherWangWei, 'cardiology', TODAY)).toBe('first');
    const queue = todaysQueue(regs, TODAY);
    expect(queue).toHaveLength(12);
    expect(queue.some((r) => Object.values(DRILL_PATIENT_IDS).includes(r.patientId as never))).toBe(false);
    expect(queue.filter((r) => r.status === 'waiting').length).toBe(7);
  });

  it('are never issued after the time they were seeded at', () => {
    const early = generateSyntheticRegistrations({ patients, today: TODAY, seededAt: '08:32' });
    const times = todaysQueue(early, TODAY).map((r) => {
      const d = new Date(r.createdAt);
      return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
    });
    expect(times.every((t) => t >= '07:20' && t <= '08:32')).toBe(true);
    expect(times).toEqual([...times].sort());
    expect(Math.max(...todaysQueue(early, TODAY).map((r) => r.queueNo))).toBeGreaterThan(1);
  });

  it('leave the drill registration possible', () => {
    expect(checkRegistration(request(), { patients, registrations: regs, today: TODAY })).toEqual([]);
  });
});
