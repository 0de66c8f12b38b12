import { forwardStatements, type ForwardIssue, type ForwardStop, type LrsSettings } from '../xapi/lrsForwarding.ts';
import type { LrsProblemRow, LrsStateRow, ProgressDb } from './progressDb.ts';

/**
 * The learner's outbox to the hospital's LRS: the one owner of the `lrsOutbox`, `lrsProblems` and
 * `lrsState` tables of the progress DB (the only other writer is appendStatements, which queues a
 * new statement in the same transaction that logs it, see progressDb.ts).
 *
 * - A statement leaves the outbox only when the LRS accepted it (2xx, or a 409 for the same
 *   content it already holds); the forwarder tells which ids, batch by batch (onAccepted).
 * - A 409 (other content under that id) or a 400 is kept aside as a problem (id, status,
 *   message) and not retried: sending it again would get the same answer.
 * - Network errors, 429 and 5xx: everything stays queued; the forwarder retries a few times,
 *   then the run stops and the next automatic one waits longer each time (backoff below).
 * - 401/403/404: nothing is sent, everything stays queued, the error is shown.
 * One sender at a time is the caller's job (the extension holds a Web Lock around sendOutbox).
 */

export const OUTBOX_BATCH_SIZE = 50;
/** the first wait after a failed run; it doubles with each failure in a row, up to the maximum */
export const OUTBOX_FIRST_BACKOFF_MS = 30_000;
export const OUTBOX_MAX_BACKOFF_MS = 15 * 60_000;
/** problems listed in a status (the count is always whole) */
export const OUTBOX_LISTED_PROBLEMS = 100;

const STATE_KEY = 'lrs';
const initialState = (): LrsStateRow => ({ key: STATE_KEY, queueing: false, sent: 0, failures: 0 });

async function state(db: ProgressDb): Promise<LrsStateRow> {
  return (await db.lrsState.get(STATE_KEY)) ?? initialState();
}

/**
 * An LRS is configured at `endpoint`: new statements are queued from now on, and the first time
 * this endpoint is seen, every statement already in the log is queued too (in time order; those
 * still queued are not queued twice). Problems found at another LRS are cleared: the new one gets
 * everything. Returns how many statements were added to the outbox.
 */
export async function startQueueing(db: ProgressDb, endpoint: string): Promise<{ queued: number }> {
  // every send run asks this: when nothing changed, no write and no lock on the log
  const before = await state(db);
  if (before.queueing && before.backfilledFor === endpoint) return { queued: 0 };
  return db.transaction('rw', [db.statements, db.lrsOutbox, db.lrsProblems, db.lrsState], async () => {
    const current = await state(db);
    if (current.queueing && current.backfilledFor === endpoint) return { queued: 0 };
    let queued = 0;
    if (current.backfilledFor !== endpoint) {
      const inOutbox = new Set(await db.lrsOutbox.orderBy('id').keys());
      const ids = (await db.statements.orderBy('timestamp').primaryKeys()).filter((id) => !inOutbox.has(id));
      await db.lrsOutbox.bulkAdd(ids.map((id) => ({ id })));
      await db.lrsProblems.clear();
      queued = ids.length;
    }
    const changedEndpoint = current.backfilledFor !== undefined && current.backfilledFor !== endpoint;
    await db.lrsState.put({ ...current, queueing: true, backfilledFor: endpoint, ...(changedEndpoint ? { sent: 0, failures: 0, nextAttemptAt: undefined, lastError: undefined, lastSuccessAt: undefined } : {}) });
    return { queued };
  });
}

/** No LRS any more: new statements are no longer queued; what is queued stays (nothing is lost). */
export async function stopQueueing(db: ProgressDb): Promise<void> {
  await db.transaction('rw', db.lrsState, async () => {
    const current = await state(db);
    if (current.queueing) await db.lrsState.put({ ...current, queueing: false });
  });
}

export interface OutboxStatus {
  queueing: boolean;
  endpoint?: string;
  queued: number;
  sent: number;
  lastSuccessAt?: string;
  lastAttemptAt?: string;
  lastError?: LrsStateRow['lastError'];
  nextAttemptAt?: string;
  problemCount: number;
  /** the first OUTBOX_LISTED_PROBLEMS problems */
  problems: LrsProblemRow[];
}

export async function outboxStatus(db: ProgressDb): Promise<OutboxStatus> {
  return db.transaction('r', [db.lrsOutbox, db.lrsProblems, db.lrsState], async () => {
    const current = await state(db);
    return {
      queueing: current.queueing,
      ...(current.backfilledFor ? { endpoint: current.backfilledFor } : {}),
      queued: await db.lrsOutbox.count(),
      sent: current.sent,
      ...(current.lastSuccessAt ? { lastSuccessAt: current.lastSuccessAt } : {}),
      ...(current.lastAttemptAt ? { lastAttemptAt: current.lastAttemptAt } : {}),
      ...(current.lastError ? { lastError: current.lastError } : {}),
      ...(current.nextAttemptAt ? { nextAttemptAt: current.nextAttemptAt } : {}),
      problemCount: await db.lrsProblems.count(),
      problems: await db.lrsProblems.limit(OUTBOX_LISTED_PROBLEMS).toArray(),
    };
  });
}

/** How many statements wait, and whether new ones are queued (cheap: for scheduling). */
export async function queuedCount(db: ProgressDb): Promise<{ queued: number; queueing: boolean }> {
  return db.transaction('r', [db.lrsOutbox, db.lrsState], async () => ({ queued: await db.lrsOutbox.count(), queueing: (await state(db)).queueing }));
}

export interface SendOptions {
  batchSize?: number;
  /** the forwarder's retries within one run (network, 429, 5xx) */
  maxRetries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** ignore the backoff wait ("Send now") */
  force?: boolean;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
  signal?: AbortSignal;
}

export type SendResult =
  | { outcome: 'nothing-queued' | 'not-queueing' }
  | { outcome: 'waiting'; until: string }
  | { outcome: 'sent' | 'stopped'; accepted: number; problems: number; stopped?: ForwardStop };

/** The wait before the next automatic run after `failures` failed runs in a row. */
export function outboxBackoffMs(failures: number): number {
  return Math.min(OUTBOX_MAX_BACKOFF_MS, OUTBOX_FIRST_BACKOFF_MS * 2 ** Math.max(0, failures - 1));
}

/**
 * Sends what is queued, oldest first, in batches, until the outbox is empty or the LRS stops
 * answering. Safe to stop at any point (a service worker killed mid-request): an id leaves the
 * outbox only after the LRS accepted it, and the LRS keeps one copy per id, so a batch sent twice
 * is stored once.
 */
export async function sendOutbox(db: ProgressDb, settings: LrsSettings, options: SendOptions = {}): Promise<SendResult> {
  const now = options.now ?? (() => new Date());
  const batchSize = Math.max(1, options.batchSize ?? OUTBOX_BATCH_SIZE);
  const before = await state(db);
  if (!before.queueing) return { outcome: 'not-queueing' };
  if ((await db.lrsOutbox.count()) === 0) return { outcome: 'nothing-queued' };
  if (!options.force && before.nextAttemptAt && Date.parse(before.nextAttemptAt) > now().getTime()) return { outcome: 'waiting', until: before.nextAttemptAt };
  await updateState(db, { lastAttemptAt: now().toISOString() });

  let accepted = 0;
  let problems = 0;
  let lastHead: number | undefined;
  for (;;) {
    const rows = await db.lrsOutbox.orderBy('seq').limit(batchSize).toArray();
    if (rows.length === 0) break;
    // a batch that made no progress at all (it cannot happen with a conformant LRS) must not loop
    if (rows[0]!.seq === lastHead) break;
    lastHead = rows[0]!.seq;
    const stored = await db.statements.bulkGet(rows.map((r) => r.id));
    const missing = rows.filter((_, i) => stored[i] === undefined).map((r) => r.id);
    if (missing.length) await db.lrsOutbox.where('id').anyOf(missing).delete();
    const batch = stored.filter((row) => row !== undefined).map((row) => ({ id: row.id, json: JSON.stringify(row.statement) }));
    const seqOf = new Map(rows.map((r) => [r.id, r.seq]));
    if (batch.length === 0) continue;
    const report = await forwardStatements({
      settings,
      statements: [batch],
      total: batch.length,
      batchSize,
      ...(options.maxRetries !== undefined ? { maxRetries: options.maxRetries } : {}),
      ...(options.baseDelayMs !== undefined ? { baseDelayMs: options.baseDelayMs } : {}),
      ...(options.maxDelayMs !== undefined ? { maxDelayMs: options.maxDelayMs } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.sleep ? { sleep: options.sleep } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      onAccepted: (ids) => markAccepted(db, ids.map((id) => seqOf.get(id)).filter((seq) => seq !== undefined), now()),
    });
    accepted += report.accepted;
    const setAside = [...report.conflictList, ...report.rejectedList];
    if (setAside.length) await keepAside(db, setAside, now());
    problems += setAside.length;
    if (report.stopped) {
      const failures = (await state(db)).failures + 1;
      await updateState(db, {
        failures,
        nextAttemptAt: new Date(now().getTime() + outboxBackoffMs(failures)).toISOString(),
        lastError: { at: now().toISOString(), message: report.stopped.message || report.stopped.reason, ...(report.stopped.status !== undefined ? { status: report.stopped.status } : {}) },
      });
      return { outcome: 'stopped', accepted, problems, stopped: report.stopped };
    }
  }
  await updateState(db, { failures: 0, nextAttemptAt: undefined, lastError: undefined });
  return { outcome: 'sent', accepted, problems };
}

async function updateState(db: ProgressDb, change: Partial<Omit<LrsStateRow, 'key'>>): Promise<void> {
  await db.transaction('rw', db.lrsState, async () => {
    await db.lrsState.put({ ...(await state(db)), ...change });
  });
}

/** `seqs`: the outbox keys of the accepted statements (deleting by primary key, not through the id index) */
async function markAccepted(db: ProgressDb, seqs: number[], at: Date): Promise<void> {
  await db.transaction('rw', [db.lrsOutbox, db.lrsState], async () => {
    const removed = (await db.lrsOutbox.bulkGet(seqs)).filter((row) => row !== undefined).length;
    await db.lrsOutbox.bulkDelete(seqs);
    const current = await state(db);
    await db.lrsState.put({ ...current, sent: current.sent + removed, lastSuccessAt: at.toISOString() });
  });
}

async function keepAside(db: ProgressDb, issues: ForwardIssue[], at: Date): Promise<void> {
  await db.transaction('rw', [db.lrsOutbox, db.lrsProblems], async () => {
    await db.lrsProblems.bulkPut(issues.map((issue) => ({ id: issue.id, status: issue.status, message: issue.message.slice(0, 500), at: at.toISOString() })));
    await db.lrsOutbox.where('id').anyOf(issues.map((issue) => issue.id)).delete();
  });
}
