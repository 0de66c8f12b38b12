import { ProgressDb, allStatements, appendStatements } from '@preceptor/shared/record/progressDb.ts';
import type { XapiStatement } from '@preceptor/shared/record/xapiStatement.ts';
import { EXPORTER_NAMES, checkRecordableStatement, type StaffIdentity } from '@preceptor/shared/record/exportBundle.ts';
import { toBase64 } from '@preceptor/shared/record/bundleSigning.ts';
import type { StatementLearner } from '@preceptor/shared/record/statementParts.ts';
import type { ProgressBundleDownload, SkippedCounts } from './protocol.ts';
import { extensionSigningKeys, recordExport } from './signingKey.ts';

/** The progress DB lives in the extension origin, opened lazily by the background only. */
let db: ProgressDb | undefined;
function progressDb(): ProgressDb {
  db ??= new ProgressDb();
  return db;
}

/** The background's progress DB, for the LRS outbox (progress/lrs/), which keeps its own tables there. */
export const learnerProgressDb = progressDb;

const recordedListeners = new Set<(added: number) => void>();
/** Called after statements were added to the log (the LRS sender tries to send them at once). */
export function afterStatementsRecorded(listener: (added: number) => void): () => void {
  recordedListeners.add(listener);
  return () => recordedListeners.delete(listener);
}

/**
 * Whether a statement may enter the log: exactly what the trainer's import accepts (the same
 * schema, shared/src/record/statementValidation.ts) and within the size limit. The log is
 * append-only, so a statement the import would refuse must never get in.
 */
export function recordable(statement: unknown): boolean {
  return checkRecordableStatement(statement).ok;
}

/** Appends the statements the trainer's import would accept; the others are dropped. Returns how many were new. */
export async function recordStatements(statements: XapiStatement[]): Promise<number> {
  const accepted = statements.filter(recordable);
  if (accepted.length === 0) return 0;
  const { added } = await appendStatements(progressDb(), accepted);
  if (added > 0) for (const listener of recordedListeners) listener(added);
  return added;
}

export async function allLearnerStatements(): Promise<XapiStatement[]> {
  return allStatements(progressDb());
}

export async function countStatements(): Promise<number> {
  return progressDb().statements.count();
}

/** raw bytes per chunk: 8 MiB is about 11 MiB of base64, well under the message limit */
export const EXPORT_CHUNK_BYTES = 8 * 1024 * 1024;

interface PendingExport {
  exportId: string;
  bytes: Uint8Array;
  chunkCount: number;
  served: Set<number>;
  record: Parameters<typeof recordExport>[0];
}

let exporting: Promise<unknown> = Promise.resolve();
/** the export being downloaded; the chain advances only once every chunk has been handed over */
let pending: PendingExport | undefined;

/**
 * The signed progress bundle (see shared/src/record/exportBundle.ts): every statement the
 * trainer's import accepts, signed with this install's key, chained to the previous export.
 * The learner's staff identity goes in the manifest only with consent; statements keep the
 * opaque account. Records it cannot carry are counted, not fatal. One export at a time, so the chain never
 * forks inside one install; an export whose download never finished does not enter the chain.
 */
export function exportProgressBundle(
  learner: Pick<StatementLearner, 'learnerId' | 'homePage' | 'language'>,
  exporterVersion: string,
  /** who the learner is, only when the learner agreed to hand it in (consentedStaffIdentity) */
  staff?: StaffIdentity,
): Promise<ProgressBundleDownload> {
  const run = exporting.then(async () => {
    pending = undefined;
    const statements = await allStatements(progressDb());
    const { bundle, record, keyFingerprint } = await extensionSigningKeys.buildNextBundle({
      statements,
      learner: { homePage: learner.homePage, learnerId: learner.learnerId },
      exportedAt: new Date(),
      exporter: { name: EXPORTER_NAMES.extension, version: exporterVersion },
      language: learner.language,
      ...(staff ? { staff } : {}),
    });
    const skipped: SkippedCounts = {};
    for (const record of bundle.skipped) skipped[record.reason] = (skipped[record.reason] ?? 0) + 1;
    const exportId = crypto.randomUUID();
    const chunkCount = Math.max(1, Math.ceil(bundle.bytes.length / EXPORT_CHUNK_BYTES));
    pending = {
      exportId,
      bytes: bundle.bytes,
      chunkCount,
      served: new Set(),
      record,
    };
    return { exportId, fileName: bundle.fileName, byteLength: bundle.bytes.length, chunkCount, statementCount: bundle.manifest.statementCount, skipped, sequence: record.sequence, keyFingerprint };
  });
  exporting = run.catch(() => undefined);
  return run;
}

/** One chunk of the pending export as base64; handing over the last one records the export in the chain. */
export async function progressBundleChunk(exportId: string, index: number): Promise<{ base64: string } | { refused: 'unknown-export' }> {
  await exporting;
  const current = pending;
  if (!current || current.exportId !== exportId || !Number.isInteger(index) || index < 0 || index >= current.chunkCount) return { refused: 'unknown-export' };
  const base64 = toBase64(current.bytes.subarray(index * EXPORT_CHUNK_BYTES, (index + 1) * EXPORT_CHUNK_BYTES));
  current.served.add(index);
  if (current.served.size === current.chunkCount) {
    pending = undefined;
    await recordExport(current.record);
  }
  return { base64 };
}
