import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { XapiStatement } from './xapiStatement.ts';

/** One row per statement; the statement is kept whole, indexed fields are copies for queries. */
export interface StatementRow {
  id: string;
  timestamp: string;
  verbId: string;
  objectId: string;
  registration: string;
  statement: XapiStatement;
}

export const PROGRESS_DB_NAME = 'preceptor-progress';

/**
 * A statement waiting to go to the hospital's LRS (shared/src/record/lrsOutbox.ts owns the outbox;
 * the statement itself stays in `statements`). `seq` keeps the order statements were queued in.
 */
export interface OutboxRow {
  seq?: number;
  id: string;
}

/** A statement the LRS refused (409: other content under its id; 400: refused as it is): kept aside, not retried. */
export interface LrsProblemRow {
  id: string;
  status: number;
  message: string;
  at: string;
}

/** The outbox's state, one row (key 'lrs'): whether new statements are queued, and what was sent. */
export interface LrsStateRow {
  key: 'lrs';
  /** new statements are queued (an LRS is configured) */
  queueing: boolean;
  /** the endpoint the whole log was last queued for (once per endpoint) */
  backfilledFor?: string;
  sent: number;
  lastSuccessAt?: string;
  lastAttemptAt?: string;
  lastError?: { at: string; message: string; status?: number };
  /** runs that failed in a row, for the backoff between automatic attempts */
  failures: number;
  /** no automatic attempt before this time (ISO); "Send now" does not wait */
  nextAttemptAt?: string;
}

/** The learner's append-only statement log. Everything else (ticks, positions) is derived from it. */
export class ProgressDb extends Dexie {
  statements!: EntityTable<StatementRow, 'id'>;
  lrsOutbox!: EntityTable<OutboxRow, 'seq'>;
  lrsProblems!: EntityTable<LrsProblemRow, 'id'>;
  lrsState!: EntityTable<LrsStateRow, 'key'>;

  constructor(name: string = PROGRESS_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({ statements: 'id, timestamp, verbId, objectId, registration' });
    // 2: the LRS outbox (issue 14). New tables only: the statements are not touched.
    this.version(2).stores({ lrsOutbox: '++seq, &id', lrsProblems: 'id', lrsState: 'key' });
  }
}

/**
 * Idempotent by statement id: re-sending or re-importing never duplicates or overwrites. While an
 * LRS is configured (lrsOutbox.ts), each new statement is queued for it in the same transaction:
 * a statement is either in the log and the outbox, or in neither.
 */
export async function appendStatements(db: ProgressDb, statements: readonly XapiStatement[]): Promise<{ added: number; alreadyStored: number }> {
  return db.transaction('rw', [db.statements, db.lrsOutbox, db.lrsState], async () => {
    const ids = statements.map((s) => s.id);
    const existing = new Set((await db.statements.bulkGet(ids)).filter((row) => row !== undefined).map((row) => row.id));
    const fresh = new Map<string, StatementRow>();
    for (const statement of statements) {
      if (existing.has(statement.id) || fresh.has(statement.id)) continue;
      fresh.set(statement.id, {
        id: statement.id,
        timestamp: statement.timestamp,
        verbId: statement.verb.id,
        objectId: statement.object.id,
        registration: statement.context.registration,
        statement,
      });
    }
    await db.statements.bulkAdd([...fresh.values()]);
    if (fresh.size > 0 && (await db.lrsState.get('lrs'))?.queueing) await db.lrsOutbox.bulkAdd([...fresh.keys()].map((id) => ({ id })));
    return { added: fresh.size, alreadyStored: statements.length - fresh.size };
  });
}

export async function allStatements(db: ProgressDb): Promise<XapiStatement[]> {
  const rows = await db.statements.orderBy('timestamp').toArray();
  return rows.map((row) => row.statement);
}
