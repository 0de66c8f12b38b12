import Dexie, { type Table } from 'dexie';
import { DetachedPackSignature, generatePackSigningKeyPair, packKeyId, PACK_SIGNATURE_FORMAT, publicKeySpki, signPackBytes } from '@preceptor/shared/packFeed/packSignature.ts';

/**
 * The mentor's pack-signing key, kept like the learner's install key (progress/signingKey.ts): made
 * once with Web Crypto, the private key non-extractable (it signs, and can never be read or copied
 * out), the CryptoKey itself stored in the extension origin's IndexedDB. The editor signs each pack
 * it exports with it; IT puts the public key (base64 SPKI) and keyId into the policy's packSigningKeys.
 */

export interface PackSigningKeyRow {
  id: 'mentor';
  privateKey: CryptoKey;
  /** base64 SPKI */
  publicKey: string;
  keyId: string;
  createdAt: string;
}

class PackSigningDb extends Dexie {
  keys!: Table<PackSigningKeyRow, string>;

  constructor() {
    super('preceptor-pack-signing');
    this.version(1).stores({ keys: 'id' });
  }
}

let db: PackSigningDb | undefined;
const packSigningDb = () => (db ??= new PackSigningDb());
let creating: Promise<PackSigningKeyRow> | undefined;

/** The mentor's key, made on first use; two callers at once (or two pages) get the same key. */
export function packSigningKey(): Promise<PackSigningKeyRow> {
  creating ??= (async () => {
    const existing = await packSigningDb().keys.get('mentor');
    if (existing) return existing;
    const pair = await generatePackSigningKeyPair(false);
    const publicKey = await publicKeySpki(pair.publicKey);
    const row: PackSigningKeyRow = { id: 'mentor', privateKey: pair.privateKey, publicKey, keyId: (await packKeyId(publicKey))!, createdAt: new Date().toISOString() };
    return packSigningDb().transaction('rw', packSigningDb().keys, async () => {
      const raced = await packSigningDb().keys.get('mentor');
      if (raced) return raced;
      await packSigningDb().keys.add(row);
      return row;
    });
  })().finally(() => {
    creating = undefined;
  });
  return creating;
}

/** `<pack file>.sig`: the mentor's signature over exactly these bytes, for `pnpm pack:feed`. */
export async function detachedPackSignature(bytes: Uint8Array): Promise<DetachedPackSignature> {
  const key = await packSigningKey();
  return { format: PACK_SIGNATURE_FORMAT, keyId: key.keyId, signature: await signPackBytes(key.privateKey, bytes) };
}
