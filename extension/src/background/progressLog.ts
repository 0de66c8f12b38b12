import { ProgressDb, allStatements, appendStatements } from '@preceptor/shared/record/progressDb.ts';
import { buildProgressExport, type ProgressExport } from '@preceptor/shared/record/progressExport.ts';
import type { XapiStatement } from '@preceptor/shared/record/xapiStatement.ts';

/** The progress DB lives in the extension origin, opened lazily by the background only. */
let db: ProgressDb | undefined;
function progressDb(): ProgressDb {
  db ??= new ProgressDb();
  return db;
}

export async function recordStatements(statements: XapiStatement[]): Promise<void> {
  if (statements.length > 0) await appendStatements(progressDb(), statements);
}

export async function exportProgress(learnerId: string): Promise<ProgressExport> {
  return buildProgressExport(await allStatements(progressDb()), learnerId, new Date());
}

export async function allLearnerStatements(): Promise<XapiStatement[]> {
  return allStatements(progressDb());
}

export async function countStatements(): Promise<number> {
  return progressDb().statements.count();
}
