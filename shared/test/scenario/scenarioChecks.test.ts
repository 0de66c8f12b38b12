// Every scenario file: a passing path, a do-nothing attempt, and a failing path for each trap,
// played through the same hospital actions the sandbox UI dispatches.

import { describe, expect, it } from 'vitest';
import { addDays, slotCalendar } from '../../src/hospital/imaging.ts';
import type { HospitalState } from '../../src/hospital/hospitalState.ts';
import { isoDate } from '../../src/hospital/idNumber.ts';
import { blankScreening } from '../../src/hospital/imaging.ts';
import { evaluateScenario } from '../../src/scenario/checkScenario.ts';
import type { Scenario } from '../../src/scenario/scenarioSchema.ts';
import { STARTED_AT, loadScenarios, play, startState, type Step } from './scenarioFiles.ts';
import { DOWNTIME_CASES } from './downtimeCases.ts';

const scenarios = new Map(loadScenarios().map((s) => [s.id, s]));
const TODAY = isoDate(STARTED_AT);
const submit = (s: Scenario, state: HospitalState, minutes = 5, mode: 'practice' | 'assessment' = 'assessment') =>
  evaluateScenario(s, state, { startedAt: STARTED_AT, submittedAt: new Date(STARTED_AT.getTime() + minutes * 60_000), mode });

type Path = { steps: (state: HospitalState) => Step[] };
type FailPath = Path & { name: string; trap?: string; failedCheck?: string };
type Case = { pass: Path; alsoPass?: Path[]; fail: FailPath[] };

const admissionOf = (state: HospitalState, patientId: string) => state.admissions.find((a) => a.patientId === patientId && a.status !== 'discharged')!.admissionId;
const GOOD_ID = '330106199003074525';
const TYPO_ID = '330106199003074585';
const draft = (idNumber: string, idType: 'resident-id' | 'passport' = 'resident-id') => ({
  name: '陈雪', sex: 'F' as const, birthDate: '1990-03-07', idType, idNumber, phone: '13812345678', insuranceType: 'employee' as const, allergies: [],
});
const wangWei = (patientId: string): Step => [{
  type: 'registration/issue',
  request: { patientId, deptCode: 'cardiology', type: 'chief', doctorId: 'D1001', date: TODAY, slot: 'am', visitKind: 'return', paymentMethod: 'insurance' },
}, 'SF0217'];
const sections = (allergyHistory: string) => ({
  chiefComplaint: '头晕、血压升高1周。', presentIllness: '1周来头晕，自测血压170/100mmHg。', pastHistory: '高血压病史5年。',
  allergyHistory, physicalExam: 'BP 168/98mmHg，心率80次/分。', plan: '降压治疗，完善检查。',
});
const expiredBatch = (state: HospitalState) => state.stock.find((s) => s.drug === 'metronidazole')!.batches.find((b) => b.expiry < TODAY)!.batchNo;
const freeSlot = (state: HospitalState) => {
  const booked = state.imagingExams.flatMap((e) => (e.slot ? [e.slot] : []));
  const s = slotCalendar('CT', addDays(TODAY, 2), 1, booked).find((x) => !x.taken)!;
  return { date: s.date, time: s.time, room: s.room };
};
const latestFull = (state: HospitalState) => state.backups.filter((b) => b.kind === 'full' && b.status === 'ok').at(-1)!.backupId;
const screenDrill6 = { ...blankScreening(), priorContrastReaction: 'yes' as const, asthma: 'no' as const, hyperthyroidism: 'no' as const, metformin: 'yes' as const, pregnancy: 'not-applicable' as const, creatinineUmolL: 210, consentSigned: true };

const CASES: Record<string, Case> = {
  'rx-penicillin-allergy': {
    pass: {
      steps: () => [
        [{ type: 'note/save', patientId: 'P000023', kind: 'outpatient', templateId: 'opd-pharyngitis', sections: { ...sections('青霉素过敏。'), chiefComplaint: '咽痛3天。' }, diagnoses: ['J02.900'], sign: true }, 'D1013'],
        [{ type: 'prescription/sign', patientId: 'P000023', deptCode: 'respiratory', kind: 'normal', diagnoses: ['J02.900'], chronic: false, lines: [{ drug: 'azithromycin', dose: 0.5, route: 'po', frequency: 'qd', days: 3 }], overrides: [] }, 'D1013'],
      ],
    },
    fail: [
      {
        name: 'overrides the allergy block to give the template amoxicillin', trap: 'penicillin-prescribed', failedCheck: 'azithromycin-prescribed',
        steps: () => [[{ type: 'prescription/sign', patientId: 'P000023', deptCode: 'respiratory', kind: 'normal', diagnoses: ['J02.900'], chronic: false, lines: [{ drug: 'amoxicillin', dose: 0.5, route: 'po', frequency: 'tid', days: 5 }], overrides: [{ code: 'allergy', drugs: ['amoxicillin'], reason: '模板推荐' }] }, 'D1013']],
      },
      {
        name: 'signs the note with the template’s “no known allergy”', failedCheck: 'allergy-documented',
        steps: () => [
          [{ type: 'note/save', patientId: 'P000023', kind: 'outpatient', sections: sections('否认药物及食物过敏史。'), diagnoses: ['J02.900'], sign: true }, 'D1013'],
          [{ type: 'prescription/sign', patientId: 'P000023', deptCode: 'respiratory', kind: 'normal', diagnoses: ['J02.900'], chronic: false, lines: [{ drug: 'azithromycin', dose: 0.5, route: 'po', frequency: 'qd', days: 3 }], overrides: [] }, 'D1013'],
        ],
      },
    ],
  },
  'reg-returning-patient': {
    pass: { steps: () => [wangWei('P000012')] },
    fail: [
      { name: 'registers the other 王伟', trap: 'wrong-wang-wei', failedCheck: 'expert-registration', steps: () => [wangWei('P000037')] },
      {
        name: 'creates a new record for 王伟', trap: 'duplicate-record',
        steps: () => [[{ type: 'patient/create', draft: { name: '王伟', sex: 'M', birthDate: '1962-03-15', idType: 'passport', idNumber: 'E12345678', phone: '13911620315', insuranceType: 'self-pay', allergies: [] } }, 'SF0217']],
      },
    ],
  },
  'reg-new-patient-id-check': {
    pass: { steps: () => [[{ type: 'patient/create', draft: draft(GOOD_ID) }, 'SF0217']] },
    fail: [
      { name: 'saves the handwritten number as a passport', trap: 'typo-saved', failedCheck: 'record-created', steps: () => [[{ type: 'patient/create', draft: draft(TYPO_ID, 'passport') }, 'SF0217']] },
      { name: 'switches the ID type to get past the check', trap: 'id-type-bypass', steps: () => [[{ type: 'patient/create', draft: draft(TYPO_ID, 'passport') }, 'SF0217']] },
    ],
  },
  'nurse-critical-potassium': {
    pass: {
      steps: () => [
        [{ type: 'critical/acknowledge', alertId: 'CV900000001', readBackValue: '6.8', doctorId: 'D2002', action: '暂停补钾，通知医生' }, 'N3001'],
        [{ type: 'infusion/hold', orderId: 'O9000011', reason: '血钾 6.8 危急值' }, 'N3001'],
      ],
    },
    alsoPass: [{ steps: () => [[{ type: 'critical/acknowledge', alertId: 'CV900000001', readBackValue: '6.8', doctorId: 'D2001', action: '' }, 'N3001'], [{ type: 'order/stop', orderId: 'O9000011', reason: '高钾' }, 'D2002']] }],
    fail: [
      { name: 'acknowledges but leaves the potassium running', trap: 'kcl-still-running', failedCheck: 'kcl-held', steps: () => [[{ type: 'critical/acknowledge', alertId: 'CV900000001', readBackValue: '6.8', doctorId: 'D2002', action: '' }, 'N3001']] },
      { name: 'never acknowledges the alert', trap: 'alert-unacknowledged', failedCheck: 'acknowledged', steps: () => [[{ type: 'infusion/hold', orderId: 'O9000011', reason: '待医生' }, 'N3001']] },
    ],
  },
  'ward-two-zhang-li': {
    pass: { steps: (s) => [[{ type: 'orders/sign', admissionId: admissionOf(s, 'P000041'), orders: [{ type: 'temp', category: 'medication', drug: 'furosemide', dose: 20, route: 'iv', frequency: 'st' }], overrides: [] }, 'D2002']] },
    fail: [
      { name: 'orders on the open chart of bed 8', trap: 'wrong-zhang-li', failedCheck: 'furosemide-ordered', steps: (s) => [[{ type: 'orders/sign', admissionId: admissionOf(s, 'P000048'), orders: [{ type: 'temp', category: 'medication', drug: 'furosemide', dose: 20, route: 'iv', frequency: 'st' }], overrides: [] }, 'D2002']] },
      { name: 'writes a standing order instead of a one-off', failedCheck: 'one-off', steps: (s) => [[{ type: 'orders/sign', admissionId: admissionOf(s, 'P000041'), orders: [{ type: 'long', category: 'medication', drug: 'furosemide', dose: 20, route: 'iv', frequency: 'qd' }], overrides: [] }, 'D2002']] },
    ],
  },
  'imaging-contrast-screening': {
    pass: {
      steps: () => [
        [{ type: 'imaging/screen', examId: 'EX9000001', answers: screenDrill6 }, 'R6001'],
        [{ type: 'imaging/escalate', examId: 'EX9000001', to: 'radiologist', staffId: 'R6101', note: '既往造影剂皮疹，二甲双胍，eGFR约30' }, 'R6001'],
      ],
    },
    fail: [
      { name: 'books the free slot without screening', trap: 'booked-unscreened', failedCheck: 'referred', steps: (s) => [[{ type: 'imaging/book', examId: 'EX9000001', slot: freeSlot(s) }, 'R6001']] },
      { name: 'refers without screening', failedCheck: 'screen-stop', steps: () => [[{ type: 'imaging/escalate', examId: 'EX9000001', to: 'requesting-doctor', staffId: 'D1023', note: '请评估' }, 'R6001']] },
    ],
  },
  'pharm-warfarin-nsaid': {
    pass: { steps: () => [[{ type: 'prescription/review', rxId: 'RX900000000001', decision: 'returned', reasons: ['interaction', 'supply-days', 'duplicate-class'], note: '华法林合用NSAID，出血风险；门诊超7天' }, 'PH4001']] },
    fail: [
      { name: 'approves it', trap: 'approved', failedCheck: 'returned', steps: () => [[{ type: 'prescription/review', rxId: 'RX900000000001', decision: 'approved', reasons: [], note: '' }, 'PH4001']] },
      { name: 'returns it for the supply length only', failedCheck: 'interaction-reason', steps: () => [[{ type: 'prescription/review', rxId: 'RX900000000001', decision: 'returned', reasons: ['supply-days'], note: '' }, 'PH4001']] },
    ],
  },
  'icu-meropenem-tier': {
    pass: { steps: () => [[{ type: 'orders/sign', admissionId: 'ZY26900004', orders: [{ type: 'long', category: 'medication', drug: 'meropenem', dose: 1, route: 'ivgtt', frequency: 'q8h' }], overrides: [], approval: { kind: 'senior', requestedTo: 'D2011', reason: '脓毒症，经验性抗感染' } }, 'D2012']] },
    alsoPass: [{ steps: () => [[{ type: 'orders/sign', admissionId: 'ZY26900004', orders: [{ type: 'long', category: 'medication', drug: 'meropenem', dose: 1, route: 'ivgtt', frequency: 'q8h' }], overrides: [], rescue: { reason: '感染性休克抢救' } }, 'D2012']] }],
    fail: [
      { name: 'switches to piperacillin-tazobactam', trap: 'similar-drug', failedCheck: 'meropenem-ordered', steps: () => [[{ type: 'orders/sign', admissionId: 'ZY26900004', orders: [{ type: 'long', category: 'medication', drug: 'piperacillin-tazobactam', dose: 4.5, route: 'ivgtt', frequency: 'q8h' }], overrides: [] }, 'D2012']] },
    ],
  },
  'nurse-kcl-push-order': {
    pass: {
      steps: () => [
        [{ type: 'order/return', orderId: 'O9000051', reason: 'route-unsafe', note: '氯化钾禁止静推' }, 'N3001'],
        [{ type: 'order/verify', orderIds: ['O9000052', 'O9000053', 'O9000054'] }, 'N3001'],
      ],
    },
    fail: [
      { name: 'accepts all four orders', trap: 'kcl-push-accepted', failedCheck: 'kcl-returned', steps: () => [[{ type: 'order/verify', orderIds: ['O9000051', 'O9000052', 'O9000053', 'O9000054'] }, 'N3001']] },
    ],
  },
  'cashier-discharge-settlement': {
    pass: { steps: () => [[{ type: 'billing/settle', admissionId: 'ZY26900006', cardRead: true }, 'SF0302'], [{ type: 'billing/printInvoice', settlementId: `JS${TODAY.slice(2).replaceAll('-', '')}0001` }, 'SF0302']] },
    fail: [
      { name: 'settles without reading the card', trap: 'settled-self-pay', failedCheck: 'fund-share', steps: () => [[{ type: 'billing/settle', admissionId: 'ZY26900006', cardRead: false }, 'SF0302']] },
    ],
  },
  'nurse-barcode-administration': {
    pass: { steps: () => [[{ type: 'order/execute', orderId: 'O9000071', doseTime: '08:00', wristband: 'ZY26900007', barcode: 'O9000071', method: 'scan' }, 'N3001']] },
    fail: [
      { name: 'gives bed 19’s syringe', trap: 'wrong-patient-dose', failedCheck: 'given-by-scan', steps: () => [[{ type: 'order/execute', orderId: 'O9000081', doseTime: '08:00', wristband: 'ZY26900008', barcode: 'O9000081', method: 'scan' }, 'N3001']] },
      { name: 'confirms by hand with a working scanner', trap: 'manual-override', failedCheck: 'given-by-scan', steps: () => [[{ type: 'order/execute', orderId: 'O9000071', doseTime: '08:00', wristband: '', barcode: '', method: 'manual', manualReason: '赶时间' }, 'N3001']] },
    ],
  },
  'lab-haemolysed-specimen': {
    pass: {
      steps: () => [
        [{ type: 'specimen/reject', specimenId: '99000000011', reason: 'haemolysed', note: '通知门诊重新采血' }, 'L5001'],
        [{ type: 'specimen/receive', specimenId: '99000000012' }, 'L5001'],
        [{ type: 'specimen/receive', specimenId: '99000000013' }, 'L5001'],
      ],
    },
    fail: [
      { name: 'receives all three tubes', trap: 'haemolysed-accepted', failedCheck: 'rejected', steps: () => ['99000000011', '99000000012', '99000000013'].map((id): Step => [{ type: 'specimen/receive', specimenId: id }, 'L5001']) },
      { name: 'rejects for the wrong reason', failedCheck: 'reject-reason', steps: () => [[{ type: 'specimen/reject', specimenId: '99000000011', reason: 'clotted', note: '' }, 'L5001']] },
    ],
  },
  'lab-critical-glucose': {
    pass: {
      steps: () => [
        [{ type: 'labResult/enter', specimenId: '99000000021', values: { GLU: 1.9 } }, 'L5001'],
        [{ type: 'labResult/release', resultId: `LR${TODAY.slice(2).replaceAll('-', '')}0001` }, 'L5001'],
        [{ type: 'critical/report', alertId: `CV${TODAY.slice(2).replaceAll('-', '')}001`, toWard: 'resp-1', receiverName: '唐秀', readBackConfirmed: true }, 'L5001'],
      ],
    },
    fail: [
      {
        name: 'releases the result but never phones', trap: 'unreported', failedCheck: 'reported',
        steps: () => [
          [{ type: 'labResult/enter', specimenId: '99000000021', values: { GLU: 1.9 } }, 'L5001'],
          [{ type: 'labResult/release', resultId: `LR${TODAY.slice(2).replaceAll('-', '')}0001` }, 'L5001'],
        ],
      },
    ],
  },
  'pharm-expired-stock': {
    pass: {
      steps: (s) => [
        [{ type: 'stock/quarantine', drug: 'metronidazole', batchNo: expiredBatch(s) }, 'PH4001'],
        [{ type: 'stock/requisition', drug: 'clopidogrel', quantity: 282, urgent: true }, 'PH4001'],
        [{ type: 'stock/requisition', drug: 'insulin-aspart', quantity: 46, urgent: true }, 'PH4001'],
        [{ type: 'prescription/dispense', rxId: 'RX900000000002', identityChecked: true }, 'PH4001'],
      ],
    },
    fail: [
      { name: 'dispenses before clearing the expired batch', trap: 'expired-dispensed', failedCheck: 'expired-quarantined', steps: () => [[{ type: 'prescription/dispense', rxId: 'RX900000000002', identityChecked: true }, 'PH4001']] },
      { name: 'requisitions too little clopidogrel', failedCheck: 'clopidogrel-requisition', steps: (s) => [[{ type: 'stock/quarantine', drug: 'metronidazole', batchNo: expiredBatch(s) }, 'PH4001'], [{ type: 'stock/requisition', drug: 'clopidogrel', quantity: 20, urgent: false }, 'PH4001']] },
    ],
  },
  'it-interface-recovery': {
    pass: {
      steps: (s) => [
        [{ type: 'interface/restart', id: 'his-lis' }, 'IT7001'],
        [{ type: 'interface/resend', id: 'his-lis' }, 'IT7001'],
        [{ type: 'restore/drill', backupId: latestFull(s), target: 'training-restore' }, 'IT7001'],
      ],
    },
    fail: [
      { name: 'restores into production', trap: 'production-restore', failedCheck: 'restore-drill', steps: (s) => [[{ type: 'interface/restart', id: 'his-lis' }, 'IT7001'], [{ type: 'restore/drill', backupId: latestFull(s), target: 'production' }, 'IT7001']] },
    ],
  },
  'it-access-leaver-joiner': {
    pass: {
      steps: () => [
        [{ type: 'user/setStatus', userId: 'd2091', status: 'disabled' }, 'IT7001'],
        [{ type: 'user/create', userId: 'n3099', name: '韩雪', staffId: 'N3099', deptCode: 'cardio-1', roles: ['nurse'] }, 'IT7001'],
      ],
    },
    fail: [
      {
        name: 'gives the new nurse prescribing rights', trap: 'excess-rights', failedCheck: 'least-privilege',
        steps: () => [[{ type: 'user/setStatus', userId: 'd2091', status: 'disabled' }, 'IT7001'], [{ type: 'user/create', userId: 'n3099', name: '韩雪', deptCode: 'cardio-1', roles: ['nurse', 'physician'] }, 'IT7001']],
      },
      { name: 'forgets the leaver', trap: 'leaver-active', failedCheck: 'leaver-disabled', steps: () => [[{ type: 'user/create', userId: 'n3099', name: '韩雪', deptCode: 'cardio-1', roles: ['nurse'] }, 'IT7001']] },
    ],
  },
  'manager-antibiotic-kpi': {
    pass: {
      steps: () => [
        [{ type: 'kpi/review', deptCode: 'ent', metric: 'outpatientAntibioticRate', note: '请耳鼻喉科一周内提交整改说明' }, 'M8001'],
        [{ type: 'report/export', report: 'department-kpis', includesIdentifiers: false }, 'M8001'],
      ],
    },
    fail: [
      { name: 'exports patient identities', trap: 'identifiers-exported', failedCheck: 'report-exported', steps: () => [[{ type: 'kpi/review', deptCode: 'ent', metric: 'outpatientAntibioticRate', note: '整改' }, 'M8001'], [{ type: 'report/export', report: 'department-kpis', includesIdentifiers: true }, 'M8001']] },
      { name: 'follows up the wrong department', failedCheck: 'ent-follow-up', steps: () => [[{ type: 'kpi/review', deptCode: 'respiratory', metric: 'outpatientAntibioticRate', note: '整改' }, 'M8001']] },
    ],
  },
  'physician-admission-note': {
    pass: { steps: () => [[{ type: 'note/save', patientId: 'P000912', kind: 'admission', templateId: 'ipd-admission', admissionId: 'ZY26900012', sections: sections('头孢类过敏（皮疹）。'), diagnoses: ['I10.x00'], sign: true }, 'D2002']] },
    fail: [
      { name: 'signs the template’s allergy line', trap: 'allergy-denied', failedCheck: 'allergy-recorded', steps: () => [[{ type: 'note/save', patientId: 'P000912', kind: 'admission', admissionId: 'ZY26900012', sections: sections('否认药物及食物过敏史。'), diagnoses: ['I10.x00'], sign: true }, 'D2002']] },
    ],
  },
  ...DOWNTIME_CASES,
};

describe('scenario checkers', () => {
  it('covers every scenario file', () => {
    expect([...scenarios.keys()].sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [id, c] of Object.entries(CASES)) {
    describe(id, () => {
      const scenario = scenarios.get(id)!;
      it('passes on the right path, with every check and no trap', () => {
        for (const path of [c.pass, ...(c.alsoPass ?? [])]) {
          const start = startState(scenario);
          const outcome = submit(scenario, play(start, path.steps(start)));
          expect(outcome.traps.filter((t) => t.sprung), id).toEqual([]);
          // the learner did the work and met every trap without springing it
          expect(outcome.traps.filter((t) => !t.avoided).map((t) => t.id), id).toEqual([]);
          expect(outcome.checks.filter((x) => !x.passed).map((x) => x.id), id).toEqual([]);
          expect(outcome).toMatchObject({ score: 100, passed: true });
        }
      });

      it('fails when nothing is done', () => {
        const outcome = submit(scenario, startState(scenario));
        expect(outcome.passed).toBe(false);
        expect(outcome.score).toBeLessThan(scenario.scoring.passingScore);
        // an untouched attempt avoided nothing (no green "avoided"); a trap of inaction (an alert
        // left unacknowledged, a leaver's account left open) springs
        expect(outcome.traps.filter((t) => t.avoided).map((t) => t.id)).toEqual([]);
        // what the rule rests on: no required check holds before the learner acts
        expect(outcome.checks.filter((x) => x.required && x.passed).map((x) => x.id)).toEqual([]);
      });

      for (const f of c.fail) {
        it(`fails when the learner ${f.name}`, () => {
          const start = startState(scenario);
          const outcome = submit(scenario, play(start, f.steps(start)));
          expect(outcome.passed).toBe(false);
          if (f.trap) expect(outcome.traps.find((t) => t.id === f.trap)?.sprung, f.trap).toBe(true);
          if (f.failedCheck) expect(outcome.checks.find((x) => x.id === f.failedCheck)?.passed, f.failedCheck).toBe(false);
        });
      }

      it('has a failing path for each of its traps', () => {
        expect(scenario.traps.map((t) => t.id).filter((t) => !c.fail.some((f) => f.trap === t))).toEqual([]);
      });
    });
  }

  it('counts a trap as avoided only when the work was done, also in a scenario without required checks', () => {
    const base = scenarios.get('reg-returning-patient')!;
    const optional = { ...base, checks: base.checks.map((c) => ({ ...c, required: false })) };
    const start = startState(optional);
    // the untouched start state passes the "no new record" check (20 points) and springs no trap
    const idle = submit(optional, start);
    expect(idle.score).toBeGreaterThan(0);
    expect(idle.traps.map((t) => [t.id, t.sprung, t.avoided])).toEqual(base.traps.map((t) => [t.id, false, false]));
    const done = submit(optional, play(start, CASES['reg-returning-patient']!.pass.steps(start)));
    expect(done.traps.every((t) => t.avoided && !t.sprung)).toBe(true);
    // springing one trap does not make the other "not met" when the work was done
    const wrong = submit(base, play(startState(base), CASES['reg-returning-patient']!.fail[0]!.steps(startState(base))));
    expect(wrong.traps.find((t) => t.id === 'wrong-wang-wei')).toMatchObject({ sprung: true, avoided: false });
  });

  it('fails an assessment over time but only reports it in practice', () => {
    const scenario = scenarios.get('pharm-warfarin-nsaid')!;
    const state = play(startState(scenario), CASES['pharm-warfarin-nsaid']!.pass.steps(startState(scenario)));
    const late = scenario.timeLimitMinutes + 1;
    expect(submit(scenario, state, late, 'assessment')).toMatchObject({ timedOut: true, passed: false, score: 100 });
    expect(submit(scenario, state, late, 'practice')).toMatchObject({ timedOut: true, passed: true });
  });
});
