import { SigningKeyStore, type ExportRow, type InstallKeyRow } from '@preceptor/shared/record/signingKeyStore.ts';
import type { SigningKeyInfo } from './protocol.ts';

/**
 * This install's signing key and the chain of its exports, in the extension origin's IndexedDB
 * ('preceptor-signing'). The store itself is shared/src/record/signingKeyStore.ts, which the
 * sandbox uses too under its own database name.
 */

export type { ExportRow, InstallKeyRow };

export const SIGNING_DB_NAME = 'preceptor-signing';

/** opened lazily by the first call, in the background only */
export const extensionSigningKeys = new SigningKeyStore(SIGNING_DB_NAME);

/** The install key, made on first use. Two callers at once get the same key. */
export function installSigningKey(): Promise<InstallKeyRow> {
  return extensionSigningKeys.installKey();
}

export function lastExport(): Promise<ExportRow | null> {
  return extensionSigningKeys.lastExport();
}

export function recordExport(row: ExportRow): Promise<void> {
  return extensionSigningKeys.recordExport(row);
}

export function signingKeyInfo(): Promise<SigningKeyInfo> {
  return extensionSigningKeys.summary();
}
