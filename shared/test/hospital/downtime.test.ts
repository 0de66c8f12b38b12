// The downtime procedure's rules and its reconciliation, played through applyHospitalAction the
// way the sandbox dispatches them.

import { describe, expect, it } from 'vitest';
import { endDrillOutage, reconcileDowntime } from '../../src/hospital/downtimeActions.ts';
import { applyHospitalAction, type HospitalAction } from '../../src/hospital/hospitalActions.ts';
import type { HospitalState } from '../../src/hospital/hospitalState.ts';
import { isoDate } from '../../src/hospital/idNumber.ts';
import { seedHospital } from '../../src/hospital/seedHospital.ts';
import { applyScenarioSetup } from '../../src/scenario/scenarioSetup.ts';
import { SetupStep } from '../../src/scenario/scenarioSchema.ts';

const T0 = new Date(2026, 10, 26, 9, 30);
const TODAY = isoDate(T0);
let minute = 0;
const at = () => new Date(T0.getTime() + ++minute * 60_000);

function start(modules: ('registration' | 'pharmacy' | 'lab' | 'nurse')[], after?: { action: string; count: number }): HospitalState {
  minute = 0;
  const steps = [
    { op: 'patient', patientId: 'P000921', name: '赵建国', sex: 'M', ageYears: 58, insuranceType: 'employee' },
    { op: 'admit', patientId: 'P000921', admissionId: 'ZY26900021', ward: 'resp-1', bed: '12', diagnosis: 'J18.900', daysAgo: 2 },
    { op: 'specimen', specimenId: '99000000031', patientId: 'P000921', testCode: 'electrolytes', source: 'resp-1', status: 'received' },
    { op: 'order', orderId: 'O9000211', admissionId: 'ZY26900021', type: 'long', category: 'medication', drug: 'enoxaparin', dose: 4000, route: 'ih', frequency: 'qd', status: 'verified', minutesAgo: 1500 },
    { op: 'downtime', modules, ...(after ? { after } : {}) },
  ].map((s) => SetupStep.parse(s));
  return applyScenarioSetup(seedHospital(T0), steps, T0);
}

function act(state: HospitalState, action: HospitalAction, by = 'SF0217'): HospitalState {
  const r = applyHospitalAction(state, action, { now: at(), by });
  if (!r.ok) throw new Error(`${action.type}: ${r.issues.join(', ')}`);
  return r.state;
}
function refused(state: HospitalState, action: HospitalAction, by = 'SF0217') {
  const r = applyHospitalAction(state, action, { now: at(), by });
  return r.ok ? [] : r.issues;
}

const register: HospitalAction = {
  type: 'registration/issue',
  request: { patientId: 'P000921', deptCode: 'cardiology', type: 'chief', doctorId: 'D1001', date: TODAY, slot: 'am', visitKind: 'return', paymentMethod: 'insurance' },
};
const paperReg = (paperNo = 'M-001'): HospitalAction => ({ type: 'downtime/paper', module: 'registration', paperNo, patientId: 'P000921', subject: 'cardiology' });

describe('downtime: the module is unavailable', () => {
  it('refuses the down module’s work, keeps what was saved, and lets other modules work', () => {
    const s = start(['registration']);
    const saved = JSON.stringify(s.registrations);
    expect(refused(s, register)).toEqual(['downtime.unavailable']);
    expect(refused(s, { type: 'patient/create', draft: { name: '新人', sex: 'F', birthDate: '1990-01-01', idType: 'passport', idNumber: 'E1', phone: '13800000000', insuranceType: 'self-pay', allergies: [] } })).toEqual(['downtime.unavailable']);
    expect(JSON.stringify(s.registrations)).toBe(saved);
    // the lab is up
    expect(refused(s, { type: 'labResult/enter', specimenId: '99000000031', values: { K: 4, NA: 140, CL: 100 } }, 'L5001')).toEqual([]);
  });

  it('strikes mid-task after the scheduled action, not before', () => {
    let s = start(['nurse'], { action: 'order/execute', count: 1 });
    expect(s.downtime?.status).toBe('scheduled');
    s = act(s, { type: 'vitals/record', patientId: 'P000921', values: { temperature: 36.8, pulse: null, respiration: null, systolic: null, diastolic: null, spo2: null, pain: null } as never }, 'N3021');
    expect(s.downtime?.status).toBe('scheduled');
    s = act(s, { type: 'order/execute', orderId: 'O9000211', doseTime: '08:00', wristband: 'ZY26900021', barcode: 'O9000211', method: 'scan' }, 'N3021');
    expect(s.downtime).toMatchObject({ status: 'down', startedAt: expect.any(String) });
    expect(s.orders.find((o) => o.orderId === 'O9000211')!.executions).toHaveLength(1);
    expect(refused(s, { type: 'vitals/record', patientId: 'P000921', values: { temperature: 37 } as never }, 'N3021')).toEqual(['downtime.unavailable']);
  });

  it('takes paper records only while down, and back-entries only after the restore', () => {
    let s = start(['registration']);
    expect(refused(s, { type: 'downtime/backEntry', paperNo: 'M-001' })).toEqual(['downtime.notRestored']);
    expect(refused(s, paperReg('001'))).toEqual(['downtime.paperNoInvalid']);
    expect(refused(s, { ...paperReg(), patientId: 'P999999' } as HospitalAction)).toEqual(['patient.unknown']);
    s = act(s, paperReg());
    s = act(s, { type: 'downtime/restore' });
    expect(refused(s, paperReg('M-002'))).toEqual(['downtime.notDown']);
    expect(refused(s, { type: 'downtime/backEntry', paperNo: 'M-009' })).toEqual(['downtime.paperNotFound']);
  });
});

describe('downtime: the drill ends', () => {
  it('brings the system up when the attempt ends, keeping what was entered meanwhile; a state without an outage is unchanged', () => {
    let s = start(['registration']);
    s = act(s, paperReg());
    s = act(s, { type: 'labResult/enter', specimenId: '99000000031', values: { K: 4, NA: 140, CL: 100 } }, 'L5001');
    const ended = endDrillOutage(s);
    expect(ended.downtime).toBeUndefined();
    expect(refused(ended, register)).toEqual([]); // registration works again
    expect(JSON.stringify(ended.specimens)).toBe(JSON.stringify(s.specimens)); // the lab's result stays
    const plain = seedHospital(T0);
    expect(endDrillOutage(plain)).toBe(plain);
  });
});

describe('downtime: back-entry and reconciliation', () => {
  const paperThenRestore = () => {
    let s = start(['registration']);
    s = act(s, paperReg());
    return { s: act(s, { type: 'downtime/restore' }), paperAt: s.downtime!.paper[0]!.at };
  };

  it('links the back-entry to its paper number with the paper time, and reconciles', () => {
    let { s, paperAt } = paperThenRestore();
    s = act(s, { type: 'downtime/backEntry', paperNo: 'M-001' });
    s = act(s, register);
    const reg = s.registrations.find((r) => r.patientId === 'P000921')!;
    expect(reg.createdAt).toBe(paperAt);
    expect(s.downtime!.paper[0]!.entries).toEqual([{ recordId: reg.registrationId, at: expect.any(String), by: 'SF0217' }]);
    expect(s.downtime!.backEntry).toBeUndefined();
    expect(reconcileDowntime(s)).toMatchObject({ paperCount: 1, reconciled: true, missing: [], enteredTwice: [], duplicateRegistrations: [] });
  });

  it('refuses a back-entry for another patient or clinic than the paper says', () => {
    let { s } = paperThenRestore();
    s = act(s, { type: 'downtime/backEntry', paperNo: 'M-001' });
    expect(refused(s, { ...register, request: { ...(register as Extract<HospitalAction, { type: 'registration/issue' }>).request, patientId: 'P000012' } })).toEqual(['downtime.backEntryMismatch']);
  });

  it('finds a duplicate back-entry: the paper number entered twice and two registrations', () => {
    let { s } = paperThenRestore();
    for (let i = 0; i < 2; i++) {
      s = act(s, { type: 'downtime/backEntry', paperNo: 'M-001' });
      s = act(s, register);
    }
    expect(reconcileDowntime(s)).toMatchObject({ reconciled: false, enteredTwice: ['M-001'], duplicateRegistrations: ['P000921'] });
    // outside back-entry the one-number-a-day rule still stands
    expect(refused(s, register)).toEqual(['registration.alreadyRegistered']);
  });

  it('finds a paper record never back-entered (registered anew instead of linked)', () => {
    let { s } = paperThenRestore();
    s = act(s, register);
    expect(reconcileDowntime(s)).toMatchObject({ reconciled: false, missing: ['M-001'], duplicateRegistrations: [] });
  });

  it('finds a manual number used twice', () => {
    let s = start(['registration']);
    s = act(s, paperReg('M-001'));
    s = act(s, { type: 'downtime/paper', module: 'registration', paperNo: 'M-001', patientId: 'P000012', subject: 'cardiology' });
    expect(reconcileDowntime(s).numberReused).toEqual(['M-001']);
  });

  it('finds a critical value not phoned, and accepts it once phoned (who and when)', () => {
    let s = start(['lab']);
    s = act(s, { type: 'downtime/paper', module: 'lab', paperNo: 'M-001', subject: '99000000031', values: { K: 6.9, NA: 138, CL: 101 } }, 'L5001');
    expect(reconcileDowntime(s).unphoned).toEqual(['M-001']);
    expect(refused(s, { type: 'downtime/phoned', paperNo: 'M-001', toWard: 'resp-1', receiverName: ' ' }, 'L5001')).toEqual(['critical.receiverRequired']);
    s = act(s, { type: 'downtime/phoned', paperNo: 'M-001', toWard: 'resp-1', receiverName: '何静' }, 'L5001');
    expect(s.downtime!.paper[0]!.phoned).toMatchObject({ by: 'L5001', receiverName: '何静', toWard: 'resp-1', at: expect.any(String) });
    expect(reconcileDowntime(s).unphoned).toEqual([]);
    // a normal potassium needs no call
    let t = start(['lab']);
    t = act(t, { type: 'downtime/paper', module: 'lab', paperNo: 'M-001', subject: '99000000031', values: { K: 4.1, NA: 138, CL: 101 } }, 'L5001');
    expect(reconcileDowntime(t).unphoned).toEqual([]);
  });

  it('finds a dose given on paper and again in the system', () => {
    let s = start(['nurse']);
    s = act(s, { type: 'downtime/paper', module: 'nurse', paperNo: 'M-001', subject: 'O9000211', doseTime: '08:00' }, 'N3021');
    s = act(s, { type: 'downtime/restore' }, 'N3021');
    const again = act(s, { type: 'order/execute', orderId: 'O9000211', doseTime: '08:00', wristband: 'ZY26900021', barcode: 'O9000211', method: 'scan' }, 'N3021');
    expect(reconcileDowntime(again)).toMatchObject({ doubleDoses: ['O9000211@08:00'], missing: ['M-001'] });
    s = act(s, { type: 'downtime/backEntry', paperNo: 'M-001' }, 'N3021');
    s = act(s, { type: 'order/execute', orderId: 'O9000211', doseTime: '08:00', wristband: 'ZY26900021', barcode: 'O9000211', method: 'scan' }, 'N3021');
    expect(s.orders.find((o) => o.orderId === 'O9000211')!.executions[0]!.at).toBe(s.downtime!.paper[0]!.at);
    expect(reconcileDowntime(s)).toMatchObject({ reconciled: true, doubleDoses: [] });
  });

  it('reads no downtime as nothing to reconcile', () => {
    expect(reconcileDowntime(seedHospital(T0))).toMatchObject({ paperCount: 0, reconciled: true });
  });
});
