// The hand-in of a trainee who has only the sandbox: the same signed progress bundle as the
// extension (shared/src/record/sandboxHandIn.ts), signed with this origin's own
// non-extractable key, saved as a .zip for the trainer dashboard.

import { allStatements } from '@preceptor/shared/record/progressDb.ts';
import { SANDBOX_SIGNING_DB_NAME, buildSandboxBundle } from '@preceptor/shared/record/sandboxHandIn.ts';
import { SigningKeyStore, type SigningKeySummary } from '@preceptor/shared/record/signingKeyStore.ts';
import type { Lang } from '../i18n.ts';
import { readIdentity } from './learnerIdentity.ts';
import { learnerId, sandboxProgressDb } from './scenarioProgress.ts';

/** goes into manifest.exporter.version */
export const SANDBOX_VERSION = '0.1.0';

let store: SigningKeyStore | undefined;
function sandboxSigningKeys(): SigningKeyStore {
  store ??= new SigningKeyStore(SANDBOX_SIGNING_DB_NAME);
  return store;
}

export function sandboxKeySummary(): Promise<SigningKeySummary> {
  return sandboxSigningKeys().summary();
}

export interface SandboxExportResult {
  fileName: string;
  statementCount: number;
  skipped: number;
  sequence: number;
  keyFingerprint: string;
  withIdentity: boolean;
}

let exporting: Promise<unknown> = Promise.resolve();

/**
 * Builds the next bundle and saves it through the browser's download. One export at a time, so
 * the chain never forks in this origin; the chain advances once the file was handed to the browser.
 */
export function exportSandboxBundle(lang: Lang): Promise<SandboxExportResult> {
  const run = exporting.then(async () => {
    const statements = await allStatements(sandboxProgressDb());
    const built = await buildSandboxBundle({
      store: sandboxSigningKeys(),
      statements,
      learner: { homePage: window.location.origin, learnerId: learnerId() },
      identity: readIdentity(),
      language: lang,
      version: SANDBOX_VERSION,
      exportedAt: new Date(),
    });
    const { bundle, record } = built;
    const url = URL.createObjectURL(new Blob([bundle.bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = bundle.fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    await sandboxSigningKeys().recordExport(record);
    return {
      fileName: bundle.fileName,
      statementCount: bundle.manifest.statementCount,
      skipped: bundle.skipped.length,
      sequence: record.sequence,
      keyFingerprint: built.keyFingerprint,
      withIdentity: built.staff !== undefined,
    };
  });
  exporting = run.catch(() => undefined);
  return run;
}
