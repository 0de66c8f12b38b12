import { z } from 'zod';
import { exportPublicKeyJwk, fromBase64, publicKeyFingerprint, signBytes, toBase64, verifyBytes } from '../record/bundleSigning.ts';

// The mentor team signs each pack file they publish: ECDSA P-256 / SHA-256 over the file's exact
// bytes (the primitives of the learner's bundle signing, record/bundleSigning.ts). IT lists the
// team's public keys in the policy (`packSigningKeys: [{ keyId, publicKey }]`, publicKey as base64
// SPKI); the extension installs a feed pack only when one of those keys signed it.

export const PACK_SIGNATURE_FORMAT = 'preceptor-pack-signature/1';

/** What the editor writes next to a downloaded pack as `<file>.sig`, and `pnpm pack:feed` reads. */
export const DetachedPackSignature = z
  .object({
    format: z.literal(PACK_SIGNATURE_FORMAT),
    keyId: z.string().trim().min(1).max(64),
    signature: z.string().trim().min(1).max(200),
  })
  .strict();
export type DetachedPackSignature = z.infer<typeof DetachedPackSignature>;

export interface TrustedPackKey {
  keyId: string;
  /** base64 SPKI (DER) of an EC P-256 public key */
  publicKey: string;
}

const ECDSA_KEY: EcKeyImportParams = { name: 'ECDSA', namedCurve: 'P-256' };
/** IEEE P1363 r || s for P-256, as Web Crypto signs: anything else is not a signature of ours. */
const SIGNATURE_BYTES = 64;

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('Web Crypto (crypto.subtle) is not available');
  return s;
}

/** A pack-signing key pair. The extension keeps its private key non-extractable; the CLI writes its private key to a 0600 file. */
export async function generatePackSigningKeyPair(extractable: boolean): Promise<CryptoKeyPair> {
  return subtle().generateKey(ECDSA_KEY, extractable, ['sign', 'verify']);
}

/** The public half as IT pastes it into the policy: base64 of the SPKI (DER). */
export async function publicKeySpki(publicKey: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await subtle().exportKey('spki', publicKey)));
}

async function spkiToJwk(spkiBase64: string) {
  const der = fromBase64(spkiBase64);
  if (!der) return undefined;
  try {
    const key = await subtle().importKey('spki', der as Uint8Array<ArrayBuffer>, ECDSA_KEY, true, ['verify']);
    return await exportPublicKeyJwk(key);
  } catch {
    return undefined; // not DER, not EC P-256, not a point on the curve
  }
}

/**
 * The key's id, made from the key itself so two teams cannot pick the same one by accident:
 * its short fingerprint (`3F2A-91BC-0D47-E6A8-55C1`, as the learner's signing key shows).
 * Undefined when the text is not an EC P-256 public key.
 */
export async function packKeyId(spkiBase64: string): Promise<string | undefined> {
  const jwk = await spkiToJwk(spkiBase64);
  return jwk ? publicKeyFingerprint(jwk) : undefined;
}

/** Base64 signature over exactly these bytes. */
export async function signPackBytes(privateKey: CryptoKey, bytes: Uint8Array): Promise<string> {
  return toBase64(await signBytes(privateKey, bytes));
}

/** Does `signature` (base64) by the key `spkiBase64` cover exactly these bytes? Never throws. */
export async function verifyPackBytes(spkiBase64: string, signature: string, bytes: Uint8Array): Promise<boolean> {
  const raw = fromBase64(signature);
  if (!raw || raw.length !== SIGNATURE_BYTES) return false;
  const jwk = await spkiToJwk(spkiBase64);
  if (!jwk) return false;
  try {
    return await verifyBytes(jwk, raw, bytes);
  } catch {
    return false;
  }
}

export type PackSignatureVerdict = { ok: true } | { ok: false; problem: 'unsigned' | 'unknown-key' | 'bad-signature' };

/** Check a pack file against the trusted keys: the signer must be listed by keyId, and its key must verify the bytes. */
export async function checkPackSignature(bytes: Uint8Array, signed: { keyId?: string; signature?: string }, trusted: readonly TrustedPackKey[]): Promise<PackSignatureVerdict> {
  if (!signed.signature || !signed.keyId) return { ok: false, problem: 'unsigned' };
  const key = trusted.find((k) => k.keyId === signed.keyId);
  if (!key) return { ok: false, problem: 'unknown-key' };
  return (await verifyPackBytes(key.publicKey, signed.signature, bytes)) ? { ok: true } : { ok: false, problem: 'bad-signature' };
}
