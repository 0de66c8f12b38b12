import { ProgressDb, allStatements, appendStatements } from '@preceptor/shared/record/progressDb.ts';
import type { XapiStatement } from '@preceptor/shared/record/xapiStatement.ts';
import { buildExportBundle } from '@preceptor/shared/record/exportBundle.ts';
import { toBase64 } from '@preceptor/shared/record/bundleSigning.ts';
import type { StatementLearner } from '@preceptor/shared/record/statementParts.ts';
import { checkStatement } from '@preceptor/shared/record/statementValidation.ts';
import type { ProgressBundleDownload } from '../messaging/contracts.ts';
import { installSigningKey, lastExport, recordExport } from './signingKey.ts';

export type { ProgressBundleDownload };

/** The progress DB lives in the extension origin, opened lazily by the background only. */
let db: ProgressDb | undefined;
function progressDb(): ProgressDb {
  db ??= new ProgressDb();
  return db;
}

/** Largest statement kept, serialized (Preceptor's own take a few KB). */
export const MAX_STATEMENT_CHARS = 16 * 1024;

/**
 * Whether a statement may enter the log: exactly what the trainer's import accepts (the same
 * schema, shared/src/record/statementValidation.ts) and within the size limit. The log is
 * append-only, so a statement the import would refuse must never get in.
 */
export function recordable(statement: unknown): boolean {
  let size: number;
  try {
    size = JSON.stringify(statement)?.length ?? Number.POSITIVE_INFINITY;
  } catch {
    return false;
  }
  return size <= MAX_STATEMENT_CHARS && checkStatement(statement).ok;
}

/** Appends the statements the trainer's import would accept; the others are dropped. Returns how many were new. */
export async function recordStatements(statements: XapiStatement[]): Promise<number> {
  const accepted = statements.filter(recordable);
  if (accepted.length === 0) return 0;
  return (await appendStatements(progressDb(), accepted)).added;
}

export async function allLearnerStatements(): Promise<XapiStatement[]> {
  return allStatements(progressDb());
}

export async function countStatements(): Promise<number> {
  return progressDb().statements.count();
}


let exporting: Promise<unknown> = Promise.resolve();

/**
 * The signed progress bundle (see shared/src/record/exportBundle.ts): every statement, signed
 * with this install's key, chained to the previous export. One export at a time, so the chain
 * never forks inside one install.
 */
export function exportProgressBundle(learner: Pick<StatementLearner, 'learnerId' | 'homePage' | 'language'>, exporterVersion: string): Promise<ProgressBundleDownload> {
  const run = exporting.then(async () => {
    const [statements, key, previous] = await Promise.all([allStatements(progressDb()), installSigningKey(), lastExport()]);
    const sequence = (previous?.sequence ?? 0) + 1;
    const bundle = await buildExportBundle({
      statements,
      learner: { homePage: learner.homePage, learnerId: learner.learnerId },
      exportedAt: new Date(),
      exporter: { name: 'Preceptor', version: exporterVersion },
      sequence,
      previousExportSha256: previous?.manifestSha256 ?? null,
      signer: { privateKey: key.privateKey, publicKey: key.publicKey },
      language: learner.language,
    });
    await recordExport({ sequence, manifestSha256: bundle.manifestSha256, exportedAt: bundle.manifest.exportedAt, statementCount: bundle.manifest.statementCount, fileName: bundle.fileName });
    return { fileName: bundle.fileName, base64: toBase64(bundle.bytes), statementCount: bundle.manifest.statementCount, sequence, keyFingerprint: key.fingerprint };
  });
  exporting = run.catch(() => undefined);
  return run;
}
