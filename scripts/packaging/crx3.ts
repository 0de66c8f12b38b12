// CRX3: the signed package Chrome and Edge install from a self-hosted update URL.
// Layout (Chromium components/crx_file/crx3.proto):
//   "Cr24" | uint32le 3 | uint32le header length | CrxFileHeader (protobuf) | zip archive
//   CrxFileHeader { repeated AsymmetricKeyProof sha256_with_rsa = 2; bytes signed_header_data = 10000; }
//   AsymmetricKeyProof { bytes public_key = 1 (SPKI DER); bytes signature = 2; }
//   SignedData { bytes crx_id = 1 (first 16 bytes of sha256(public key)); }
// The RSA-SHA256 signature covers "CRX3 SignedData\x00" | uint32le len(signed_header_data) |
// signed_header_data | the zip archive.
import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';

const MAGIC = Buffer.from('Cr24', 'latin1');
const SIGNATURE_CONTEXT = Buffer.from('CRX3 SignedData\x00', 'latin1');

/** The public key Chrome hashes for the id: SubjectPublicKeyInfo, DER. */
export function publicKeyDer(privateKeyPem: string): Buffer {
  return createPublicKey(createPrivateKey(privateKeyPem)).export({ type: 'spki', format: 'der' });
}

/** The 16 bytes of sha256(SPKI) that Chrome calls the crx id. */
export function crxIdBytes(spkiDer: Uint8Array): Buffer {
  return createHash('sha256').update(spkiDer).digest().subarray(0, 16);
}

/** Chrome's extension id: the crx id in hex with the digits 0-f written as the letters a-p. */
export function extensionId(spkiDer: Uint8Array): string {
  return [...crxIdBytes(spkiDer).toString('hex')].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

function varint(value: number): Buffer {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return Buffer.from(bytes);
}

/** One length-delimited protobuf field (wire type 2). */
function bytesField(fieldNumber: number, value: Uint8Array): Buffer {
  return Buffer.concat([varint(fieldNumber * 8 + 2), varint(value.length), value]);
}

function uint32le(value: number): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32LE(value);
  return out;
}

function rsaKey(privateKeyPem: string): KeyObject {
  const key = createPrivateKey(privateKeyPem);
  if (key.asymmetricKeyType !== 'rsa') {
    throw new Error(`the CRX key must be an RSA private key (PEM); this one is ${key.asymmetricKeyType ?? 'not an asymmetric key'}`);
  }
  return key;
}

/** Sign a zip archive into a CRX3 file with an RSA private key (PEM, PKCS#1 or PKCS#8). */
export function writeCrx3(zip: Uint8Array, privateKeyPem: string): { crx: Buffer; extensionId: string } {
  const key = rsaKey(privateKeyPem);
  const spki = createPublicKey(key).export({ type: 'spki', format: 'der' });
  const signedHeaderData = bytesField(1, crxIdBytes(spki));
  const signature = sign('sha256', Buffer.concat([SIGNATURE_CONTEXT, uint32le(signedHeaderData.length), signedHeaderData, zip]), key);
  const proof = Buffer.concat([bytesField(1, spki), bytesField(2, signature)]);
  const header = Buffer.concat([bytesField(2, proof), bytesField(10000, signedHeaderData)]);
  return {
    crx: Buffer.concat([MAGIC, uint32le(3), uint32le(header.length), header, zip]),
    extensionId: extensionId(spki),
  };
}
