import { describe, expect, it } from 'vitest';
import { applyHospitalAction, type ActionResult, type HospitalAction } from '../../src/hospital/hospitalActions.ts';
import { HospitalState } from '../../src/hospital/hospitalState.ts';
import { blankScreening, slotCalendar } from '../../src/hospital/imaging.ts';
import { seedHospital } from '../../src/hospital/seedHospital.ts';
import { stockAlerts } from '../../src/hospital/stockAlerts.ts';
import { DRILL_PATIENT_IDS } from '../../src/hospital/syntheticPatients.ts';

const SEEDED_AT = new Date(2026, 10, 26, 9, 15);
const NOW = new Date(2026, 10, 26, 9, 30);
const seed = () => seedHospital(SEEDED_AT);

function run(state: HospitalState, action: HospitalAction, by: string): ActionResult {
  return applyHospitalAction(state, action, { now: NOW, by });
}
function ok(state: HospitalState, action: HospitalAction, by: string): HospitalState {
  const r = run(state, action, by);
  if (!r.ok) throw new Error(`${action.type}: ${r.issues.join(', ')}`);
  return r.state;
}
const issues = (r: ActionResult) => (r.ok ? [] : r.issues);

describe('outpatient prescribing', () => {
  const base = {
    type: 'prescription/sign' as const, patientId: DRILL_PATIENT_IDS.liuFang, deptCode: 'respiratory', kind: 'normal' as const,
    diagnoses: ['J02.900'], chronic: false,
  };
  it('will not sign amoxicillin for 刘芳 without an allergy override reason', () => {
    const r = run(seed(), { ...base, lines: [{ drug: 'amoxicillin', dose: 0.5, route: 'po', frequency: 'tid', days: 5 }], overrides: [] }, 'D1013');
    expect(issues(r)).toEqual(['rx.unresolvedAlerts']);
  });
  it('signs azithromycin and sends it to pharmacy review with quantities', () => {
    const s = ok(seed(), { ...base, lines: [{ drug: 'azithromycin', dose: 0.5, route: 'po', frequency: 'qd', days: 3 }], overrides: [] }, 'D1013');
    const rx = s.prescriptions.at(-1)!;
    expect(rx).toMatchObject({ patientId: 'P000023', status: 'pending-review', doctorId: 'D1013', rxId: 'RX202611260009' });
    expect(rx.lines[0]).toMatchObject({ drug: 'azithromycin', quantity: 6, unit: 'g' });
    expect(s.audit.at(-1)).toMatchObject({ by: 'D1013', action: 'prescription/sign', target: rx.rxId });
  });
  it('refuses prescriptions from non-prescribers', () => {
    expect(issues(run(seed(), { ...base, lines: [{ drug: 'azithromycin', dose: 0.5, route: 'po', frequency: 'qd', days: 3 }], overrides: [] }, 'N3001'))).toEqual(['rx.noPrescribingRight']);
  });
});

describe('inpatient orders', () => {
  const zhangLiA = () => seed().admissions.find((a) => a.patientId === DRILL_PATIENT_IDS.zhangLiA)!;
  it('holds a special-tier antibiotic for approval, or lets it through in rescue', () => {
    const admissionId = zhangLiA().admissionId;
    const mero = { type: 'long' as const, category: 'medication' as const, drug: 'meropenem', dose: 1, route: 'ivgtt' as const, frequency: 'q8h' as const };
    expect(issues(run(seed(), { type: 'orders/sign', admissionId, orders: [mero], overrides: [] }, 'D2002'))).toEqual(['order.unresolvedAlerts']);
    const held = ok(seed(), { type: 'orders/sign', admissionId, orders: [mero], overrides: [], approval: { kind: 'senior', requestedTo: 'D2001', reason: '脓毒症，经验性抗感染' } }, 'D2002');
    expect(held.orders.at(-1)).toMatchObject({ status: 'awaiting-approval', approval: { requestedTo: 'D2001', status: 'pending' } });
    const rescued = ok(seed(), { type: 'orders/sign', admissionId, orders: [mero], overrides: [], rescue: { reason: '感染性休克抢救' } }, 'D2002');
    expect(rescued.orders.at(-1)).toMatchObject({ status: 'new', rescue: { reason: '感染性休克抢救' } });
  });

  it('runs an order from signature through nurse check to a scanned execution', () => {
    const a = zhangLiA();
    let s = ok(seed(), { type: 'orders/sign', admissionId: a.admissionId, orders: [{ type: 'temp', category: 'medication', drug: 'furosemide', dose: 20, route: 'iv', frequency: 'st' }], overrides: [] }, 'D2002');
    const order = s.orders.at(-1)!;
    expect(issues(run(s, { type: 'order/execute', orderId: order.orderId, doseTime: 'once', wristband: a.admissionId, barcode: order.orderId, method: 'scan' }, 'N3001'))).toEqual(['execute.notVerified']);
    s = ok(s, { type: 'order/verify', orderIds: [order.orderId] }, 'N3001');
    const other = s.admissions.find((x) => x.patientId === DRILL_PATIENT_IDS.zhangLiB)!;
    expect(issues(run(s, { type: 'order/execute', orderId: order.orderId, doseTime: 'once', wristband: other.admissionId, barcode: 'O0000001', method: 'scan' }, 'N3001'))).toEqual(['execute.wristbandMismatch', 'execute.barcodeMismatch']);
    expect(issues(run(s, { type: 'order/execute', orderId: order.orderId, doseTime: 'once', wristband: '', barcode: '', method: 'manual' }, 'N3001'))).toEqual(['execute.manualReasonRequired']);
    s = ok(s, { type: 'order/execute', orderId: order.orderId, doseTime: 'once', wristband: a.admissionId.toLowerCase(), barcode: order.orderId, method: 'scan' }, 'N3001');
    expect(s.orders.find((o) => o.orderId === order.orderId)).toMatchObject({ status: 'executed', executions: [{ method: 'scan', wristband: a.admissionId }] });
  });

  it('creates a specimen to collect when the nurse checks a lab order', () => {
    const s0 = seed();
    const newLab = s0.orders.find((o) => o.status === 'new' && o.category === 'lab')!;
    const s = ok(s0, { type: 'order/verify', orderIds: [newLab.orderId] }, 'N3001');
    expect(s.specimens.at(-1)).toMatchObject({ orderId: newLab.orderId, status: 'to-collect', testCode: newLab.itemCode });
  });

  it('lets the nurse return an unsafe order with a reason', () => {
    const s0 = seed();
    const order = s0.orders.find((o) => o.status === 'new')!;
    expect(issues(run(s0, { type: 'order/return', orderId: order.orderId, reason: 'other', note: '' }, 'N3001'))).toEqual(['order.returnNoteRequired']);
    const s = ok(s0, { type: 'order/return', orderId: order.orderId, reason: 'route-unsafe', note: '' }, 'N3001');
    expect(s.orders.find((o) => o.orderId === order.orderId)).toMatchObject({ status: 'returned', returned: { reason: 'route-unsafe', nurseId: 'N3001' } });
  });
});

describe('critical values', () => {
  it('goes lab release → phone report → ward read-back acknowledgement', () => {
    let s = seed();
    const specimen = s.specimens.find((x) => x.status === 'received' && x.testCode === 'cbc')!;
    s = ok(s, { type: 'labResult/enter', specimenId: specimen.specimenId, values: { WBC: 6.1, HGB: 52, PLT: 210 } }, 'L5002');
    const result = s.labResults.at(-1)!;
    expect(result.items.map((i) => i.flag)).toEqual(['N', 'LL', 'N']);
    s = ok(s, { type: 'labResult/release', resultId: result.resultId }, 'L5001');
    const alert = s.criticalAlerts.at(-1)!;
    expect(alert).toMatchObject({ status: 'pending-report', itemCode: 'HGB', value: 52 });
    expect(issues(run(s, { type: 'critical/report', alertId: alert.alertId, toWard: 'outpatient', receiverName: '唐秀', readBackConfirmed: false }, 'L5001'))).toEqual(['critical.readBackNotConfirmed']);
    s = ok(s, { type: 'critical/report', alertId: alert.alertId, toWard: 'outpatient', receiverName: '唐秀', readBackConfirmed: true }, 'L5001');
    expect(issues(run(s, { type: 'critical/acknowledge', alertId: alert.alertId, readBackValue: '25', doctorId: 'D1013', action: '' }, 'N3021'))).toEqual(['critical.readBackMismatch']);
    expect(issues(run(s, { type: 'critical/acknowledge', alertId: alert.alertId, readBackValue: '52', doctorId: 'N3001', action: '' }, 'N3021'))).toEqual(['critical.doctorRequired']);
    s = ok(s, { type: 'critical/acknowledge', alertId: alert.alertId, readBackValue: '52', doctorId: 'D1013', action: '通知医生，准备输血' }, 'N3021');
    expect(s.criticalAlerts.at(-1)).toMatchObject({ status: 'acknowledged', ack: { by: 'N3021', doctorId: 'D1013', readBackMatches: true } });
    expect(s.nursingRecords.at(-1)).toMatchObject({ kind: 'critical-value', doctorNotifiedId: 'D1013' });
  });

  it('rejects a specimen with a reason', () => {
    const s0 = seed();
    const specimen = s0.specimens.find((x) => x.status === 'collected')!;
    const s = ok(s0, { type: 'specimen/reject', specimenId: specimen.specimenId, reason: 'haemolysed', note: '' }, 'L5001');
    expect(s.specimens.find((x) => x.specimenId === specimen.specimenId)).toMatchObject({ status: 'rejected', rejected: { reason: 'haemolysed' } });
    expect(issues(run(s, { type: 'specimen/receive', specimenId: specimen.specimenId }, 'L5001'))).toEqual(['specimen.notCollected']);
  });
});

describe('pharmacy', () => {
  it('returns a prescription only with a reason, and dispenses first-expiry-first-out', () => {
    const s0 = seed();
    const pending = s0.prescriptions.find((p) => p.status === 'pending-review')!;
    expect(issues(run(s0, { type: 'prescription/review', rxId: pending.rxId, decision: 'returned', reasons: [], note: '' }, 'PH4001'))).toEqual(['review.reasonRequired']);
    const approved = s0.prescriptions.find((p) => p.status === 'approved')!;
    expect(issues(run(s0, { type: 'prescription/dispense', rxId: approved.rxId, identityChecked: false }, 'PH4001'))).toEqual(['dispense.identityRequired']);
    const s = ok(s0, { type: 'prescription/dispense', rxId: approved.rxId, identityChecked: true }, 'PH4001');
    const dispensed = s.prescriptions.find((p) => p.rxId === approved.rxId)!;
    expect(dispensed.status).toBe('dispensed');
    const line = approved.lines[0]!;
    const before = s0.stock.find((x) => x.drug === line.drug)!;
    const after = s.stock.find((x) => x.drug === line.drug)!;
    const sum = (b: typeof before) => b.batches.reduce((n, x) => n + x.quantity, 0);
    expect(sum(before) - sum(after)).toBe(line.quantity);
    const earliest = [...before.batches].sort((a, b) => a.expiry.localeCompare(b.expiry))[0]!;
    expect(dispensed.dispense!.batches[0]!.batchNo).toBe(earliest.batchNo);
  });

  it('takes a quarantined batch off the shelf and raises requisitions', () => {
    const s0 = seed();
    const expired = stockAlerts(s0.stock, '2026-11-26').find((a) => a.kind === 'expired')!;
    const s = ok(ok(s0, { type: 'stock/quarantine', drug: expired.drug, batchNo: expired.batchNo! }, 'PH4001'), { type: 'stock/requisition', drug: 'clopidogrel', quantity: 282, urgent: true }, 'PH4001');
    expect(stockAlerts(s.stock, '2026-11-26').some((a) => a.kind === 'expired')).toBe(false);
    expect(s.requisitions.at(-1)).toMatchObject({ drug: 'clopidogrel', quantity: 282, status: 'submitted', requisitionId: 'QL261126001' });
  });
});

describe('imaging booking', () => {
  it('books an unscreened exam (the vendor flaw), refuses when the screen says stop', () => {
    const s0 = seed();
    const exam = s0.imagingExams.find((e) => e.status === 'requested' && e.examCode === 'head-ct')!;
    const free = slotCalendar('CT', '2026-11-27', 1, []).find((x) => !x.taken)!;
    const slot = { date: free.date, time: free.time, room: free.room };
    const booked = ok(s0, { type: 'imaging/book', examId: exam.examId, slot }, 'R6001');
    expect(booked.imagingExams.find((e) => e.examId === exam.examId)).toMatchObject({ status: 'booked', slot });
    const screened = ok(s0, { type: 'imaging/screen', examId: exam.examId, answers: { ...blankScreening(), pregnancy: 'not-applicable' } }, 'R6001');
    const outcome = screened.imagingExams.find((e) => e.examId === exam.examId)!.screening!.outcome;
    expect(outcome).toBe('clear');
    const taken = slotCalendar('CT', '2026-11-26', 1, []).find((x) => x.taken)!;
    expect(issues(run(s0, { type: 'imaging/book', examId: exam.examId, slot: { date: taken.date, time: taken.time, room: taken.room } }, 'R6001'))).toEqual(['imaging.slotTaken']);
  });
});

describe('billing', () => {
  it('settles with or without the insurance card and voids', () => {
    const s0 = seed();
    const a = s0.admissions.find((x) => x.status === 'discharge-ordered')!;
    const withCard = ok(s0, { type: 'billing/settle', admissionId: a.admissionId, cardRead: true }, 'SF0302');
    const without = ok(s0, { type: 'billing/settle', admissionId: a.admissionId, cardRead: false }, 'SF0302');
    const sc = withCard.settlements.at(-1)!;
    expect(without.settlements.at(-1)).toMatchObject({ scheme: 'self-pay', fundFen: 0 });
    expect(sc.totalFen).toBe(s0.charges.filter((c) => c.admissionId === a.admissionId).reduce((n, c) => n + c.amountFen, 0));
    expect(withCard.admissions.find((x) => x.admissionId === a.admissionId)!.status).toBe('discharged');
    expect(issues(run(withCard, { type: 'billing/settle', admissionId: a.admissionId, cardRead: true }, 'SF0302'))).toEqual(['billing.notDischargeOrdered']);
    const printed = ok(withCard, { type: 'billing/printInvoice', settlementId: sc.settlementId }, 'SF0302');
    expect(printed.settlements.at(-1)!.printedAt).toBe(NOW.toISOString());
    const voided = ok(printed, { type: 'billing/void', settlementId: sc.settlementId, reason: '未读医保卡，重新结算' }, 'SF0302');
    expect(voided.admissions.find((x) => x.admissionId === a.admissionId)!.status).toBe('discharge-ordered');
  });
});

describe('IT and management', () => {
  it('manages accounts, interfaces, backups and restore drills', () => {
    let s = seed();
    expect(issues(run(s, { type: 'user/create', userId: 'N3001', name: 'x', deptCode: 'cardio-1', roles: [] }, 'IT7001'))).toEqual(['user.idInvalid', 'user.roleRequired']);
    expect(issues(run(s, { type: 'user/create', userId: 'n3001', name: 'x', deptCode: 'cardio-1', roles: ['nurse'] }, 'IT7001'))).toEqual(['user.idTaken']);
    s = ok(s, { type: 'user/create', userId: 'n3099', name: '韩雪', deptCode: 'cardio-1', roles: ['nurse'] }, 'IT7001');
    s = ok(s, { type: 'user/setStatus', userId: 'd2002', status: 'disabled' }, 'IT7001');
    expect(s.users.find((u) => u.userId === 'n3099')).toMatchObject({ status: 'active', mustChangePassword: true });
    expect(issues(run(s, { type: 'interface/resend', id: 'his-lis' }, 'IT7001'))).toEqual([]);
    s = ok(s, { type: 'backup/run', kind: 'full' }, 'IT7001');
    const backup = s.backups.at(-1)!;
    s = ok(s, { type: 'restore/drill', backupId: backup.backupId, target: 'training-restore' }, 'IT7001');
    expect(s.restoreDrills.at(-1)).toMatchObject({ backupId: backup.backupId, target: 'training-restore', verified: true });
    const failed = s.backups.find((b) => b.status === 'failed')!;
    expect(issues(run(s, { type: 'restore/drill', backupId: failed.backupId, target: 'training-restore' }, 'IT7001'))).toEqual(['backup.failedBackup']);
    s = ok(s, { type: 'report/export', report: 'department-kpis', includesIdentifiers: false }, 'M8001');
    expect(s.reportExports).toHaveLength(1);
    expect(HospitalState.safeParse(s).success).toBe(true);
  });
});
