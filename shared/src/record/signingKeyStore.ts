import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import { exportPublicKeyJwk, generateSigningKeyPair, publicKeyFingerprint, type PublicKeyJwk } from './bundleSigning.ts';
import { buildExportBundle, type BuildBundleInput, type BuiltBundle } from './exportBundle.ts';

/**
 * One install's signing key and the chain of its exports, in the IndexedDB of the origin that
 * exports: the extension's ('preceptor-signing') and the sandbox's (its own name). One
 * implementation for both, so a bundle from either is made and chained the same way.
 *
 * The key pair is made once with Web Crypto; the private key is non-extractable (it can sign
 * but can never be read, exported or copied out), and IndexedDB stores the CryptoKey object
 * itself (structured clone). Clearing the origin's data makes a new key: the trainer then
 * registers the new fingerprint.
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

export interface SigningKeySummary {
  fingerprint: string;
  createdAt: string;
  lastExport: ExportRow | null;
}

class SigningDb extends Dexie {
  keys!: Table<InstallKeyRow, string>;
  exports!: EntityTable<ExportRow, 'sequence'>;

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({ keys: 'id', exports: 'sequence' });
  }
}

/** A bundle made with the store's key, numbered after its last export, and the row that records it. */
export interface ChainedBundle {
  bundle: BuiltBundle;
  /** record this (recordExport) once the file has really been handed over: only then the chain advances */
  record: ExportRow;
  keyFingerprint: string;
}

export class SigningKeyStore {
  readonly #name: string;
  readonly #options: DexieOptions | undefined;
  #db: SigningDb | undefined;
  #creating: Promise<InstallKeyRow> | undefined;

  constructor(dbName: string, options?: DexieOptions) {
    this.#name = dbName;
    this.#options = options;
  }

  /** opened on first use: constructing a store touches no database */
  #signingDb(): SigningDb {
    this.#db ??= new SigningDb(this.#name, this.#options);
    return this.#db;
  }

  /** The install key, made on first use. Two callers at once get the same key. */
  installKey(): Promise<InstallKeyRow> {
    this.#creating ??= (async () => {
      const db = this.#signingDb();
      const existing = await db.keys.get('install');
      if (existing) return existing;
      const pair = await generateSigningKeyPair();
      const publicKey = await exportPublicKeyJwk(pair.publicKey);
      const row: InstallKeyRow = { id: 'install', privateKey: pair.privateKey, publicKey, fingerprint: await publicKeyFingerprint(publicKey), createdAt: new Date().toISOString() };
      // another context (another page of the same origin) may have made one meanwhile: the first stored wins
      return db.transaction('rw', db.keys, async () => {
        const raced = await db.keys.get('install');
        if (raced) return raced;
        await db.keys.add(row);
        return row;
      });
    })().finally(() => {
      this.#creating = undefined;
    });
    return this.#creating;
  }

  async lastExport(): Promise<ExportRow | null> {
    return (await this.#signingDb().exports.orderBy('sequence').last()) ?? null;
  }

  /** Adds one export to the chain; a sequence number already recorded is refused (Dexie ConstraintError). */
  async recordExport(row: ExportRow): Promise<void> {
    await this.#signingDb().exports.add(row);
  }

  async summary(): Promise<SigningKeySummary> {
    const key = await this.installKey();
    return { fingerprint: key.fingerprint, createdAt: key.createdAt, lastExport: await this.lastExport() };
  }

  /**
   * The next bundle of this install: signed with its key, sequence = last + 1, chained to the
   * last export's manifest. Not recorded: the caller records `record` once the file is handed over.
   */
  async buildNextBundle(input: Omit<BuildBundleInput, 'sequence' | 'previousExportSha256' | 'signer'>): Promise<ChainedBundle> {
    const [key, previous] = await Promise.all([this.installKey(), this.lastExport()]);
    const sequence = (previous?.sequence ?? 0) + 1;
    const bundle = await buildExportBundle({
      ...input,
      sequence,
      previousExportSha256: previous?.manifestSha256 ?? null,
      signer: { privateKey: key.privateKey, publicKey: key.publicKey },
    });
    return {
      bundle,
      record: { sequence, manifestSha256: bundle.manifestSha256, exportedAt: bundle.manifest.exportedAt, statementCount: bundle.manifest.statementCount, fileName: bundle.fileName },
      keyFingerprint: key.fingerprint,
    };
  }

  close(): void {
    this.#db?.close();
    this.#db = undefined;
  }
}
