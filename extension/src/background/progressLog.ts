import { ProgressDb, allStatements, appendStatements } from '@preceptor/shared/record/progressDb.ts';
import type { XapiStatement } from '@preceptor/shared/record/xapiStatement.ts';
import { buildExportBundle } from '@preceptor/shared/record/exportBundle.ts';
import { toBase64 } from '@preceptor/shared/record/bundleSigning.ts';
import type { StatementLearner } from '@preceptor/shared/record/statementParts.ts';
import { installSigningKey, lastExport, recordExport } from './signingKey.ts';

/** The progress DB lives in the extension origin, opened lazily by the background only. */
let db: ProgressDb | undefined;
function progressDb(): ProgressDb {
  db ??= new ProgressDb();
  return db;
}

export async function recordStatements(statements: XapiStatement[]): Promise<void> {
  if (statements.length > 0) await appendStatements(progressDb(), statements);
}

export async function allLearnerStatements(): Promise<XapiStatement[]> {
  return allStatements(progressDb());
}

export async function countStatements(): Promise<number> {
  return progressDb().statements.count();
}

/** What the options page needs to save the signed bundle (bytes as base64: messages are JSON). */
export interface ProgressBundleDownload {
  fileName: string;
  base64: string;
  statementCount: number;
  sequence: number;
  keyFingerprint: string;
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
