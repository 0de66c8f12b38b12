// 应急预案 (downtime procedure): a module of the simulated HIS goes down, work moves to paper with
// manual numbers (M-001…), and when the system returns the paper records are back-entered, each
// linked to its paper number. This file holds the records only (zod, no hospital logic), so the
// hospital state can include them without an import cycle; downtimeActions.ts holds the rules.

import { z } from 'zod';
import { PatientId } from './patientRecord.ts';

const Timestamp = z.string();

/** The modules a downtime drill can take down: the four paper workflows of the procedure. */
export const DOWNTIME_MODULES = ['registration', 'pharmacy', 'lab', 'nurse'] as const;
export const DowntimeModule = z.enum(DOWNTIME_MODULES);
export type DowntimeModule = z.infer<typeof DowntimeModule>;

/** What each module can no longer do while it is down (the hospital actions it refuses). */
export const DOWNTIME_BLOCKED_ACTIONS = {
  registration: ['patient/create', 'registration/issue', 'registration/cancel'],
  pharmacy: ['prescription/review', 'prescription/dispense', 'stock/quarantine', 'stock/requisition'],
  lab: ['specimen/receive', 'specimen/reject', 'labResult/enter', 'labResult/release', 'critical/report'],
  nurse: ['order/verify', 'order/return', 'order/execute', 'infusion/hold', 'vitals/record', 'nursingRecord/add', 'critical/acknowledge', 'specimen/collect'],
} as const satisfies Record<DowntimeModule, readonly string[]>;

/** The action that back-enters one paper record of each module. */
export const BACK_ENTRY_ACTION = {
  registration: 'registration/issue',
  pharmacy: 'prescription/dispense',
  lab: 'labResult/enter',
  nurse: 'order/execute',
} as const satisfies Record<DowntimeModule, string>;

/** Any action a module refuses while down may be the one the downtime strikes after. */
export const DOWNTIME_TRIGGER_ACTIONS = [...new Set(Object.values(DOWNTIME_BLOCKED_ACTIONS).flat())] as [string, ...string[]];

/** Manual numbers as pre-printed on the downtime forms: M-001 … M-999. */
export const PAPER_NO = /^M-\d{3}$/;

export const PaperRecord = z.object({
  paperNo: z.string().regex(PAPER_NO),
  module: DowntimeModule,
  /** when it happened on paper (the time the back-entry must carry) */
  at: Timestamp,
  by: z.string(),
  patientId: PatientId,
  /** registration: department code; pharmacy: prescription id; lab: specimen id; nurse: order id */
  subject: z.string().min(1),
  /** nurse: the dose time given (e.g. 08:00) */
  doseTime: z.string().optional(),
  /** lab: the values written on the paper report sheet, by item code */
  values: z.record(z.string(), z.number()).optional(),
  /** lab: a critical value phoned through during the downtime (已电话通知), who and when */
  phoned: z.object({ by: z.string(), at: Timestamp, toWard: z.string(), receiverName: z.string() }).optional(),
  /** the records back-entered against this paper number: exactly one when reconciled */
  entries: z.array(z.object({ recordId: z.string(), at: Timestamp, by: z.string() })),
});
export type PaperRecord = z.infer<typeof PaperRecord>;

export const DowntimeState = z.object({
  modules: z.array(DowntimeModule).min(1),
  status: z.enum(['scheduled', 'down', 'restored']),
  /** a scheduled downtime strikes after this many more of this action succeed */
  after: z.object({ action: z.string(), remaining: z.number().int().min(1) }).optional(),
  startedAt: Timestamp.optional(),
  restoredAt: Timestamp.optional(),
  /** which paper forms the trainee printed (opened for print) */
  formsPrinted: z.array(DowntimeModule),
  paper: z.array(PaperRecord),
  /** the paper number the next back-entry action is linked to */
  backEntry: z.string().optional(),
});
export type DowntimeState = z.infer<typeof DowntimeState>;
