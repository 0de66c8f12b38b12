// The downtime procedure's rules (应急预案 → 转为纯手工操作 → back-entry): which actions a down
// module refuses, the paper steps, linking a back-entry to its paper number with the time written
// on paper, and the reconciliation a real back-entry needs (nothing missing, nothing twice, no
// duplicate registration, no double dose, every critical value phoned).

import type { ActionIssue } from './actionIssues.ts';
import { BACK_ENTRY_ACTION, DOWNTIME_BLOCKED_ACTIONS, PAPER_NO, type DowntimeModule, type DowntimeState, type PaperRecord } from './downtime.ts';
import type { HospitalState } from './hospitalState.ts';
import { isoDate } from './idNumber.ts';
import { findLabTest, isCritical } from './labCatalog.ts';
import { findDepartment } from './registrationRules.ts';

export type DowntimeAction =
  /** the paper form of a module was opened for printing */
  | { type: 'downtime/printForm'; module: DowntimeModule }
  /** one record written on paper under a manual number */
  | {
      type: 'downtime/paper';
      module: DowntimeModule;
      paperNo: string;
      /** registration only: the patient's card number; the other modules take it from the subject */
      patientId?: string;
      subject: string;
      doseTime?: string;
      values?: Record<string, number>;
    }
  /** a critical value on a paper lab sheet was phoned to the ward */
  | { type: 'downtime/phoned'; paperNo: string; toWard: string; receiverName: string }
  /** 系统已恢复 */
  | { type: 'downtime/restore' }
  /** the next back-entry is linked to this paper number (null: stop back-entering) */
  | { type: 'downtime/backEntry'; paperNo: string | null };

type Ctx = { now: Date; by: string };
type Result = { ok: true; state: HospitalState; id?: string } | { ok: false; issues: ActionIssue[] };
const fail = (...issues: ActionIssue[]): Result => ({ ok: false, issues });

/** The module an action belongs to when that module is down now, else null. */
export function unavailableModule(state: HospitalState, actionType: string): DowntimeModule | null {
  const d = state.downtime;
  if (!d || d.status !== 'down') return null;
  return d.modules.find((m) => (DOWNTIME_BLOCKED_ACTIONS[m] as readonly string[]).includes(actionType)) ?? null;
}

export function isModuleDown(state: HospitalState, module: string): boolean {
  const d = state.downtime;
  return !!d && d.status === 'down' && (d.modules as readonly string[]).includes(module);
}

/** The next manual number not yet written on any paper record. */
export function nextPaperNo(paper: readonly PaperRecord[]): string {
  const used = new Set(paper.map((p) => p.paperNo));
  for (let n = 1; n < 1000; n++) {
    const no = `M-${String(n).padStart(3, '0')}`;
    if (!used.has(no)) return no;
  }
  return 'M-999';
}

/** The paper record the next back-entry is linked to, when the action is its module's back-entry action. */
export function activeBackEntry(state: HospitalState, actionType: string): PaperRecord | null {
  const d = state.downtime;
  if (!d?.backEntry || d.status !== 'restored') return null;
  const paper = d.paper.find((p) => p.paperNo === d.backEntry);
  return paper && BACK_ENTRY_ACTION[paper.module] === actionType ? paper : null;
}

/**
 * The hospital after a downtime drill's attempt ended (submitted or abandoned): the outage, its
 * paper slips and back-entry links belong to the drill, so the system is up again for whatever the
 * trainee does next. Everything entered in the system meanwhile stays. The same state when no drill ran.
 */
export function endDrillOutage(state: HospitalState): HospitalState {
  if (!state.downtime) return state;
  const { downtime: _ended, ...up } = state;
  return up;
}

function withDowntime(state: HospitalState, downtime: DowntimeState): HospitalState {
  return { ...state, downtime };
}

/** The downtime/* actions. */
export function reduceDowntime(state: HospitalState, action: DowntimeAction, ctx: Ctx): Result {
  const d = state.downtime;
  if (!d) return fail('downtime.none');
  const at = ctx.now.toISOString();
  switch (action.type) {
    case 'downtime/printForm': {
      if (!d.modules.includes(action.module)) return fail('downtime.moduleNotDown');
      if (d.formsPrinted.includes(action.module)) return { ok: true, state };
      return { ok: true, state: withDowntime(state, { ...d, formsPrinted: [...d.formsPrinted, action.module] }) };
    }
    case 'downtime/paper': {
      if (d.status !== 'down' || !d.modules.includes(action.module)) return fail('downtime.notDown');
      const issues: ActionIssue[] = [];
      const paperNo = action.paperNo.trim().toUpperCase();
      if (!PAPER_NO.test(paperNo)) issues.push('downtime.paperNoInvalid');
      const subject = action.subject.trim();
      let patientId = '';
      let values: Record<string, number> | undefined;
      let doseTime: string | undefined;
      switch (action.module) {
        case 'registration':
          patientId = (action.patientId ?? '').trim().toUpperCase();
          if (!state.patients.some((p) => p.patientId === patientId)) issues.push('patient.unknown');
          if (!findDepartment(subject)) issues.push('downtime.subjectUnknown');
          break;
        case 'pharmacy': {
          const rx = state.prescriptions.find((p) => p.rxId === subject);
          if (!rx || rx.status !== 'approved') issues.push('downtime.subjectUnknown');
          else patientId = rx.patientId;
          break;
        }
        case 'lab': {
          const specimen = state.specimens.find((s) => s.specimenId === subject);
          if (!specimen || specimen.status !== 'received') {
            issues.push('downtime.subjectUnknown');
            break;
          }
          patientId = specimen.patientId;
          const test = findLabTest(specimen.testCode)!;
          if (test.items.some((i) => !Number.isFinite(action.values?.[i.code]))) issues.push('downtime.valuesRequired');
          else values = Object.fromEntries(test.items.map((i) => [i.code, action.values![i.code]!]));
          break;
        }
        case 'nurse': {
          const order = state.orders.find((o) => o.orderId === subject);
          if (!order || order.status !== 'verified') issues.push('downtime.subjectUnknown');
          else patientId = order.patientId;
          doseTime = (action.doseTime ?? '').trim();
          if (doseTime === '') issues.push('downtime.doseTimeRequired');
          break;
        }
      }
      if (issues.length) return fail(...issues);
      // Paper does not refuse a number written twice: the reconciliation finds it.
      const record: PaperRecord = {
        paperNo, module: action.module, at, by: ctx.by, patientId, subject,
        ...(doseTime ? { doseTime } : {}), ...(values ? { values } : {}), entries: [],
      };
      return { ok: true, state: withDowntime(state, { ...d, paper: [...d.paper, record] }), id: paperNo };
    }
    case 'downtime/phoned': {
      if (d.status !== 'down') return fail('downtime.notDown');
      const index = d.paper.findIndex((p) => p.paperNo === action.paperNo && p.module === 'lab');
      if (index === -1) return fail('downtime.paperNotFound');
      const issues: ActionIssue[] = [];
      if (action.toWard.trim() === '') issues.push('critical.wardRequired');
      if (action.receiverName.trim() === '') issues.push('critical.receiverRequired');
      if (issues.length) return fail(...issues);
      const paper = d.paper.map((p, i) => (i === index ? { ...p, phoned: { by: ctx.by, at, toWard: action.toWard.trim(), receiverName: action.receiverName.trim() } } : p));
      return { ok: true, state: withDowntime(state, { ...d, paper }) };
    }
    case 'downtime/restore': {
      if (d.status !== 'down') return fail('downtime.notDown');
      return { ok: true, state: withDowntime(state, { ...d, status: 'restored', restoredAt: at }) };
    }
    case 'downtime/backEntry': {
      if (d.status !== 'restored') return fail('downtime.notRestored');
      if (action.paperNo === null) {
        const { backEntry: _gone, ...rest } = d;
        return { ok: true, state: withDowntime(state, rest) };
      }
      if (!d.paper.some((p) => p.paperNo === action.paperNo)) return fail('downtime.paperNotFound');
      return { ok: true, state: withDowntime(state, { ...d, backEntry: action.paperNo }) };
    }
  }
}

/** Whether the action is the back-entry of `paper` (same patient and subject); refused otherwise. */
export function backEntryMatches(paper: PaperRecord, action: { type: string } & Record<string, unknown>): boolean {
  switch (paper.module) {
    case 'registration': {
      const req = action.request as { patientId?: string; deptCode?: string } | undefined;
      return req?.patientId === paper.patientId && req.deptCode === paper.subject;
    }
    case 'pharmacy':
      return action.rxId === paper.subject;
    case 'lab':
      return action.specimenId === paper.subject;
    case 'nurse':
      return action.orderId === paper.subject && action.doseTime === paper.doseTime;
  }
}

/**
 * After a successful action: a back-entry is linked to its paper number and carries the time
 * written on paper (not the back-entry time); a scheduled downtime counts down and strikes.
 */
export function afterAction(before: HospitalState, after: HospitalState, actionType: string, createdId: string | undefined, action: Record<string, unknown>, ctx: Ctx): HospitalState {
  let state = after;
  const paper = activeBackEntry(before, actionType);
  if (paper && state.downtime) {
    let recordId = createdId ?? '';
    switch (paper.module) {
      case 'registration':
        state = { ...state, registrations: state.registrations.map((r) => (r.registrationId === createdId ? { ...r, createdAt: paper.at } : r)) };
        break;
      case 'pharmacy':
        recordId = paper.subject;
        state = { ...state, prescriptions: state.prescriptions.map((p) => (p.rxId === paper.subject && p.dispense ? { ...p, dispense: { ...p.dispense, at: paper.at } } : p)) };
        break;
      case 'lab':
        state = { ...state, labResults: state.labResults.map((r) => (r.resultId === createdId ? { ...r, enteredAt: paper.at } : r)) };
        break;
      case 'nurse':
        recordId = `${paper.subject}@${String(action.doseTime)}`;
        state = {
          ...state,
          orders: state.orders.map((o) => {
            if (o.orderId !== paper.subject) return o;
            const last = o.executions.length - 1;
            return { ...o, executions: o.executions.map((e, i) => (i === last ? { ...e, at: paper.at } : e)) };
          }),
        };
        break;
    }
    const d = state.downtime!;
    const { backEntry: _done, ...rest } = d;
    state = {
      ...state,
      downtime: { ...rest, paper: d.paper.map((p) => (p.paperNo === paper.paperNo && p.at === paper.at ? { ...p, entries: [...p.entries, { recordId, at: ctx.now.toISOString(), by: ctx.by }] } : p)) },
    };
  }
  const d = state.downtime;
  if (d && d.status === 'scheduled' && d.after && d.after.action === actionType) {
    const remaining = d.after.remaining - 1;
    const { after: _a, ...rest } = d;
    state = { ...state, downtime: remaining > 0 ? { ...d, after: { action: d.after.action, remaining } } : { ...rest, status: 'down', startedAt: ctx.now.toISOString() } };
  }
  return state;
}

// ------------------------------------------------------------------ reconciliation

export type DowntimeReconciliation = {
  /** paper records written */
  paperCount: number;
  /** paper numbers never back-entered */
  missing: string[];
  /** paper numbers back-entered more than once */
  enteredTwice: string[];
  /** manual numbers written on more than one paper record */
  numberReused: string[];
  /** paper numbers recording what an earlier paper record already did (the same visit, dispense, report or dose) */
  sameSubjectTwice: string[];
  /** paper numbers whose back-entry is for another patient or carries the back-entry time instead of the paper time */
  mismatched: string[];
  /** lab paper numbers whose back-entered values differ from the paper sheet */
  valuesMismatch: string[];
  /** lab paper numbers with a critical value that was not phoned during the downtime */
  unphoned: string[];
  /** patients registered on paper who hold more than one registration that day */
  duplicateRegistrations: string[];
  /** `orderId@doseTime` given on paper and charted again in the system: a second dose */
  doubleDoses: string[];
  /** nothing of the above */
  reconciled: boolean;
};

function subjectKey(p: PaperRecord): string {
  if (p.module === 'registration') return `registration:${p.patientId}:${p.subject}:${p.at.slice(0, 10)}`;
  if (p.module === 'nurse') return `nurse:${p.subject}@${p.doseTime ?? ''}:${p.at.slice(0, 10)}`;
  return `${p.module}:${p.subject}`;
}

/** Pure: what a reconciliation of the paper records against the system finds. */
export function reconcileDowntime(state: HospitalState): DowntimeReconciliation {
  const paper = state.downtime?.paper ?? [];
  const missing: string[] = [];
  const enteredTwice: string[] = [];
  const mismatched: string[] = [];
  const valuesMismatch: string[] = [];
  const unphoned: string[] = [];
  const counts = new Map<string, number>();
  for (const p of paper) counts.set(p.paperNo, (counts.get(p.paperNo) ?? 0) + 1);
  const numberReused = [...counts].filter(([, n]) => n > 1).map(([no]) => no);
  const seen = new Set<string>();
  const sameSubjectTwice: string[] = [];
  for (const p of paper) {
    const key = subjectKey(p);
    if (seen.has(key)) sameSubjectTwice.push(p.paperNo);
    seen.add(key);
    if (p.entries.length === 0) missing.push(p.paperNo);
    if (p.entries.length > 1) enteredTwice.push(p.paperNo);
    for (const e of p.entries) {
      if (!entryMatches(state, p, e.recordId)) mismatched.push(p.paperNo);
      if (p.module === 'lab') {
        const result = state.labResults.find((r) => r.resultId === e.recordId);
        if (result && p.values && result.items.some((i) => p.values![i.code] !== i.value)) valuesMismatch.push(p.paperNo);
      }
    }
    if (p.module === 'lab' && !p.phoned && p.values) {
      const specimen = state.specimens.find((s) => s.specimenId === p.subject);
      const test = specimen ? findLabTest(specimen.testCode) : undefined;
      if (test?.items.some((i) => p.values![i.code] !== undefined && isCritical(i, p.values![i.code]!) !== null)) unphoned.push(p.paperNo);
    }
  }
  const duplicateRegistrations = [
    ...new Set(
      paper
        .filter((p) => p.module === 'registration')
        .filter((p) => state.registrations.filter((r) => r.patientId === p.patientId && r.date === isoDate(new Date(p.at)) && r.status !== 'cancelled').length > 1)
        .map((p) => p.patientId),
    ),
  ];
  const doubleDoses = [
    ...new Set(
      paper
        .filter((p) => p.module === 'nurse')
        .filter((p) => {
          const order = state.orders.find((o) => o.orderId === p.subject);
          const day = p.at.slice(0, 10);
          return (order?.executions.filter((e) => e.doseTime === p.doseTime && e.at.slice(0, 10) === day).length ?? 0) > 1
            || (order?.executions.some((e) => e.doseTime === p.doseTime && e.at !== p.at && e.at.slice(0, 10) === day) ?? false);
        })
        .map((p) => `${p.subject}@${p.doseTime ?? ''}`),
    ),
  ];
  const uniq = (xs: string[]) => [...new Set(xs)];
  const out = {
    paperCount: paper.length,
    missing: uniq(missing),
    enteredTwice: uniq(enteredTwice),
    numberReused,
    sameSubjectTwice: uniq(sameSubjectTwice),
    mismatched: uniq(mismatched),
    valuesMismatch: uniq(valuesMismatch),
    unphoned: uniq(unphoned),
    duplicateRegistrations,
    doubleDoses,
  };
  const reconciled = Object.entries(out).every(([k, v]) => k === 'paperCount' || (v as string[]).length === 0);
  return { ...out, reconciled };
}

/** The linked record exists, is for the paper's patient and subject, and carries the paper's time. */
function entryMatches(state: HospitalState, p: PaperRecord, recordId: string): boolean {
  switch (p.module) {
    case 'registration': {
      const r = state.registrations.find((x) => x.registrationId === recordId);
      return !!r && r.patientId === p.patientId && r.deptCode === p.subject && r.createdAt === p.at;
    }
    case 'pharmacy': {
      const rx = state.prescriptions.find((x) => x.rxId === recordId);
      return !!rx && rx.rxId === p.subject && rx.patientId === p.patientId && rx.dispense?.at === p.at;
    }
    case 'lab': {
      const r = state.labResults.find((x) => x.resultId === recordId);
      return !!r && r.specimenId === p.subject && r.patientId === p.patientId && r.enteredAt === p.at;
    }
    case 'nurse': {
      const order = state.orders.find((o) => `${o.orderId}@${p.doseTime ?? ''}` === recordId);
      return !!order && order.orderId === p.subject && order.patientId === p.patientId && order.executions.some((e) => e.doseTime === p.doseTime && e.at === p.at);
    }
  }
}
