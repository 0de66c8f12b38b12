// The downtime drills (应急预案, scenarios 19–22) played through the hospital actions the sandbox
// dispatches: the paper step, 系统已恢复, the back-entry linked to its paper number, and the ways a
// reconciliation fails (a duplicate back-entry, a paper record never entered, a number written
// twice, a critical value not phoned, a dose given again).

import { nextSerialId } from '../../src/hospital/hospitalActions.ts';
import type { HospitalState } from '../../src/hospital/hospitalState.ts';
import { isoDate } from '../../src/hospital/idNumber.ts';
import { STARTED_AT, type Step } from './scenarioFiles.ts';

type Path = { steps: (state: HospitalState) => Step[] };
type FailPath = Path & { name: string; trap?: string; failedCheck?: string };
export type DowntimeCase = { pass: Path; alsoPass?: Path[]; fail: FailPath[] };

const TODAY = isoDate(STARTED_AT);
const YYMMDD = TODAY.slice(2).replaceAll('-', '');
const REG = 'SF0217';
const PH = 'PH4001';
const LAB = 'L5001';
const RN = 'N3001';

const zhao: Step = [{
  type: 'registration/issue',
  request: { patientId: 'P000921', deptCode: 'cardiology', type: 'chief', doctorId: 'D1001', date: TODAY, slot: 'am', visitKind: 'return', paymentMethod: 'insurance' },
}, REG];
const regPaper: Step[] = [
  [{ type: 'downtime/printForm', module: 'registration' }, REG],
  [{ type: 'downtime/paper', module: 'registration', paperNo: 'M-001', patientId: 'P000921', subject: 'cardiology' }, REG],
  [{ type: 'downtime/restore' }, REG],
];

const dispense = (rxId: string): Step => [{ type: 'prescription/dispense', rxId, identityChecked: true }, PH];
const backEntry = (paperNo: string, by: string): Step => [{ type: 'downtime/backEntry', paperNo }, by];

const LAB_VALUES = { K: 6.9, NA: 138, CL: 101 };
const labPaper: Step[] = [
  [{ type: 'downtime/printForm', module: 'lab' }, LAB],
  [{ type: 'downtime/paper', module: 'lab', paperNo: 'M-001', subject: '99000000031', values: LAB_VALUES }, LAB],
];
const phoned: Step = [{ type: 'downtime/phoned', paperNo: 'M-001', toWard: 'resp-1', receiverName: '何静' }, LAB];
const labBackEntry = (s: HospitalState, values: Record<string, number>): Step[] => [
  [{ type: 'downtime/restore' }, LAB],
  backEntry('M-001', LAB),
  [{ type: 'labResult/enter', specimenId: '99000000031', values }, LAB],
  [{ type: 'labResult/release', resultId: nextSerialId(s.labResults.map((r) => r.resultId), `LR${YYMMDD}`, 4) }, LAB],
];
const criticalLogged = (s: HospitalState): Step => [
  { type: 'critical/report', alertId: nextSerialId(s.criticalAlerts.map((a) => a.alertId), `CV${YYMMDD}`, 3), toWard: 'resp-1', receiverName: '何静', readBackConfirmed: true },
  LAB,
];

const give = (orderId: string, admissionId: string): Step => [{ type: 'order/execute', orderId, doseTime: '08:00', wristband: admissionId, barcode: orderId, method: 'scan' }, RN];
const nursePaper: Step[] = [
  give('O9000251', 'ZY26900025'), // the system goes down after this one
  [{ type: 'downtime/printForm', module: 'nurse' }, RN],
  [{ type: 'downtime/paper', module: 'nurse', paperNo: 'M-001', subject: 'O9000261', doseTime: '08:00' }, RN],
  [{ type: 'downtime/restore' }, RN],
];

export const DOWNTIME_CASES: Record<string, DowntimeCase> = {
  'reg-downtime-registration': {
    pass: { steps: () => [...regPaper, backEntry('M-001', REG), zhao] },
    fail: [
      { name: 'back-enters the same paper slip twice', trap: 'duplicate-back-entry', failedCheck: 'numbers-reconciled', steps: () => [...regPaper, backEntry('M-001', REG), zhao, backEntry('M-001', REG), zhao] },
      { name: 'registers anew after the restore instead of linking the paper slip', failedCheck: 'back-entered', steps: () => [...regPaper, zhao] },
      {
        name: 'creates a new record for the returning patient', trap: 'new-record-for-returning',
        steps: () => [...regPaper, [{ type: 'patient/create', draft: { name: '赵建国', sex: 'M', birthDate: '1968-07-01', idType: 'passport', idNumber: 'E12345678', phone: '13911620315', insuranceType: 'self-pay', allergies: [] } }, REG]],
      },
    ],
  },
  'pharm-downtime-dispensing': {
    pass: {
      steps: () => [
        [{ type: 'downtime/printForm', module: 'pharmacy' }, PH],
        [{ type: 'downtime/paper', module: 'pharmacy', paperNo: 'M-001', subject: 'RX900000000021' }, PH],
        [{ type: 'downtime/paper', module: 'pharmacy', paperNo: 'M-002', subject: 'RX900000000022' }, PH],
        [{ type: 'downtime/restore' }, PH],
        backEntry('M-001', PH), dispense('RX900000000021'),
        backEntry('M-002', PH), dispense('RX900000000022'),
      ],
    },
    fail: [
      {
        name: 'dispenses one prescription twice on paper', trap: 'dispensed-twice',
        steps: () => [
          [{ type: 'downtime/paper', module: 'pharmacy', paperNo: 'M-001', subject: 'RX900000000021' }, PH],
          [{ type: 'downtime/paper', module: 'pharmacy', paperNo: 'M-002', subject: 'RX900000000021' }, PH],
          [{ type: 'downtime/paper', module: 'pharmacy', paperNo: 'M-003', subject: 'RX900000000022' }, PH],
          [{ type: 'downtime/restore' }, PH],
          backEntry('M-001', PH), dispense('RX900000000021'),
          backEntry('M-003', PH), dispense('RX900000000022'),
        ],
      },
      {
        name: 'writes one manual number on two records', failedCheck: 'numbers-reconciled',
        steps: () => [
          [{ type: 'downtime/paper', module: 'pharmacy', paperNo: 'M-001', subject: 'RX900000000021' }, PH],
          [{ type: 'downtime/paper', module: 'pharmacy', paperNo: 'M-001', subject: 'RX900000000022' }, PH],
          [{ type: 'downtime/restore' }, PH],
          backEntry('M-001', PH), dispense('RX900000000021'),
          dispense('RX900000000022'),
        ],
      },
      {
        name: 'dispenses the second prescription in the system without its paper record', failedCheck: 'back-entered',
        steps: () => [
          [{ type: 'downtime/paper', module: 'pharmacy', paperNo: 'M-001', subject: 'RX900000000021' }, PH],
          [{ type: 'downtime/paper', module: 'pharmacy', paperNo: 'M-002', subject: 'RX900000000022' }, PH],
          [{ type: 'downtime/restore' }, PH],
          backEntry('M-001', PH), dispense('RX900000000021'),
          dispense('RX900000000022'),
        ],
      },
    ],
  },
  'lab-downtime-critical-value': {
    pass: { steps: (s) => [...labPaper, phoned, ...labBackEntry(s, LAB_VALUES), criticalLogged(s)] },
    fail: [
      { name: 'does not phone the critical potassium during the downtime', trap: 'critical-not-phoned', failedCheck: 'phoned', steps: (s) => [...labPaper, ...labBackEntry(s, LAB_VALUES), criticalLogged(s)] },
      { name: 'back-enters a value that differs from the paper sheet', failedCheck: 'back-entered', steps: (s) => [...labPaper, phoned, ...labBackEntry(s, { ...LAB_VALUES, K: 6.3 })] },
    ],
  },
  'nurse-downtime-administration': {
    pass: { steps: () => [...nursePaper, backEntry('M-001', RN), give('O9000261', 'ZY26900026')] },
    fail: [
      { name: 'gives bed 19’s dose again after the restore instead of back-entering the paper record', trap: 'double-dose', failedCheck: 'back-entered', steps: () => [...nursePaper, give('O9000261', 'ZY26900026')] },
    ],
  },
};
