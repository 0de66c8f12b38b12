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

/** The learner's append-only statement log. Everything else (ticks, positions) is derived from it. */
export class ProgressDb extends Dexie {
  statements!: EntityTable<StatementRow, 'id'>;

  constructor(name: string = PROGRESS_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({ statements: 'id, timestamp, verbId, objectId, registration' });
  }
}

/** Idempotent by statement id: re-sending or re-importing never duplicates or overwrites. */
export async function appendStatements(db: ProgressDb, statements: readonly XapiStatement[]): Promise<{ added: number; alreadyStored: number }> {
  return db.transaction('rw', db.statements, async () => {
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
    return { added: fresh.size, alreadyStored: statements.length - fresh.size };
  });
}

export async function allStatements(db: ProgressDb): Promise<XapiStatement[]> {
  const rows = await db.statements.orderBy('timestamp').toArray();
  return rows.map((row) => row.statement);
}
