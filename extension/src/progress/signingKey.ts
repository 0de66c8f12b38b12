import Dexie, { type EntityTable, type Table } from 'dexie';
import type { SigningKeyInfo } from './protocol.ts';
import { exportPublicKeyJwk, generateSigningKeyPair, publicKeyFingerprint, type PublicKeyJwk } from '@preceptor/shared/record/bundleSigning.ts';

/**
 * This install's signing key and the chain of its exports, in the extension origin's IndexedDB.
 *
 * The key pair is made once with Web Crypto; the private key is non-extractable (it can sign
 * but can never be read, exported or copied out), and IndexedDB stores the CryptoKey object
 * itself (structured clone). Clearing the extension's data or reinstalling makes a new key:
 * the trainer then registers the new fingerprint.
 */

export interface InstallKeyRow {
  id: 'install';
  privateKey: CryptoKey;
  publicKey: PublicKeyJwk;
  fingerprint: string;
  createdAt: string;
}

export interface ExportRow {
  sequence: number;
  manifestSha256: string;
  exportedAt: string;
  statementCount: number;
  fileName: string;
}

class SigningDb extends Dexie {
  keys!: Table<InstallKeyRow, string>;
  exports!: EntityTable<ExportRow, 'sequence'>;

  constructor() {
    super('preceptor-signing');
    this.version(1).stores({ keys: 'id', exports: 'sequence' });
  }
}

let db: SigningDb | undefined;
function signingDb(): SigningDb {
  db ??= new SigningDb();
  return db;
}

let creating: Promise<InstallKeyRow> | undefined;

/** The install key, made on first use. Two callers at once get the same key. */
export function installSigningKey(): Promise<InstallKeyRow> {
  creating ??= (async () => {
    const existing = await signingDb().keys.get('install');
    if (existing) return existing;
    const pair = await generateSigningKeyPair();
    const publicKey = await exportPublicKeyJwk(pair.publicKey);
    const row: InstallKeyRow = { id: 'install', privateKey: pair.privateKey, publicKey, fingerprint: await publicKeyFingerprint(publicKey), createdAt: new Date().toISOString() };
    // another context (an extension page) may have made one meanwhile: the first stored wins
    return signingDb().transaction('rw', signingDb().keys, async () => {
      const raced = await signingDb().keys.get('install');
      if (raced) return raced;
      await signingDb().keys.add(row);
      return row;
    });
  })().finally(() => {
    creating = undefined;
  });
  return creating;
}

export async function lastExport(): Promise<ExportRow | null> {
  return (await signingDb().exports.orderBy('sequence').last()) ?? null;
}

export async function recordExport(row: ExportRow): Promise<void> {
  await signingDb().exports.add(row);
}

export async function signingKeyInfo(): Promise<SigningKeyInfo> {
  const key = await installSigningKey();
  return { fingerprint: key.fingerprint, createdAt: key.createdAt, lastExport: await lastExport() };
}
