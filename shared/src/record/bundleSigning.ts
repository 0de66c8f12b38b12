/**
 * Signing of progress bundles with Web Crypto: ECDSA P-256 / SHA-256.
 * Runs unchanged in browsers (extension background, trainer worker) and in Node 20
 * (`globalThis.crypto.subtle`), so unit tests exercise the real primitives.
 *
 * Trust model: each extension install makes one key pair; the private key is created
 * non-extractable (it can sign, never be read or copied out of IndexedDB). The public key
 * travels in every manifest. A signature alone proves only "signed by the key in the manifest";
 * the trainer gets authenticity by registering the learner's short fingerprint, read out
 * by the learner from the options page.
 */

export const SIGNATURE_ALGORITHM = 'ECDSA-P256-SHA256';

/** The public half as it goes into a manifest (RFC 7517 JWK, EC P-256, no private part). */
export interface PublicKeyJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

const ECDSA_KEY: EcKeyImportParams = { name: 'ECDSA', namedCurve: 'P-256' };
const ECDSA_SIGN: EcdsaParams = { name: 'ECDSA', hash: 'SHA-256' };

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('Web Crypto (crypto.subtle) is not available: a secure context (https, extension or localhost) is required');
  return s;
}

/** A new install key: the private key cannot be exported, the public key can. */
export async function generateSigningKeyPair(): Promise<CryptoKeyPair> {
  return subtle().generateKey(ECDSA_KEY, false, ['sign', 'verify']);
}

export async function exportPublicKeyJwk(publicKey: CryptoKey): Promise<PublicKeyJwk> {
  const jwk = await subtle().exportKey('jwk', publicKey);
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.x || !jwk.y) throw new Error('not an EC P-256 public key');
  return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
}

export async function importPublicKeyJwk(jwk: PublicKeyJwk): Promise<CryptoKey> {
  return subtle().importKey('jwk', { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, ext: true }, ECDSA_KEY, true, ['verify']);
}

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(await sha256(bytes));
}

/** RFC 7638 JWK thumbprint (SHA-256 over the required members in lexicographic order), hex. */
export async function publicKeyThumbprint(jwk: PublicKeyJwk): Promise<string> {
  const canonical = `{"crv":"${jwk.crv}","kty":"${jwk.kty}","x":"${jwk.x}","y":"${jwk.y}"}`;
  return sha256Hex(new TextEncoder().encode(canonical));
}

/**
 * What a learner reads out and a trainer types in: the first 80 bits of the thumbprint,
 * upper-case hex in five groups of four (`3F2A-91BC-0D47-E6A8-55C1`).
 */
export async function publicKeyFingerprint(jwk: PublicKeyJwk): Promise<string> {
  return formatFingerprint(await publicKeyThumbprint(jwk));
}

export function formatFingerprint(thumbprintHex: string): string {
  return (thumbprintHex.slice(0, 20).toUpperCase().match(/.{4}/g) ?? []).join('-');
}

/** Accepts what a trainer types: any case, with or without dashes or spaces. */
export function normaliseFingerprint(input: string): string | undefined {
  const hex = input.replace(/[\s-]/g, '').toUpperCase();
  return /^[0-9A-F]{20}$/.test(hex) ? formatFingerprint(hex) : undefined;
}

/** ECDSA signature over exactly these bytes, IEEE P1363 (r || s, 64 bytes) as Web Crypto makes it. */
export async function signBytes(privateKey: CryptoKey, bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().sign(ECDSA_SIGN, privateKey, bytes as Uint8Array<ArrayBuffer>));
}

export async function verifyBytes(jwk: PublicKeyJwk, signature: Uint8Array, bytes: Uint8Array): Promise<boolean> {
  let key: CryptoKey;
  try {
    key = await importPublicKeyJwk(jwk);
  } catch {
    return false; // not a point on the curve, bad base64url: no key, so no valid signature
  }
  return subtle().verify(ECDSA_SIGN, key, signature as Uint8Array<ArrayBuffer>, bytes as Uint8Array<ArrayBuffer>);
}

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Strict: anything but canonical base64 (whitespace around allowed) gives undefined. */
export function fromBase64(text: string): Uint8Array | undefined {
  const clean = text.trim();
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(clean)) return undefined;
  const binary = atob(clean);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
