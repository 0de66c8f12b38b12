import { describe, expect, it } from 'vitest';
import { checkPackSignature, generatePackSigningKeyPair, packKeyId, publicKeySpki, signPackBytes, verifyPackBytes } from '../../src/packFeed/packSignature.ts';
import { fromBase64, toBase64 } from '../../src/record/bundleSigning.ts';
import { demoPackText } from '../packFixtures.ts';

async function team() {
  const pair = await generatePackSigningKeyPair(false);
  const publicKey = await publicKeySpki(pair.publicKey);
  return { pair, publicKey, keyId: (await packKeyId(publicKey))! };
}

describe('pack signatures (ECDSA P-256 / SHA-256 over the exact file bytes)', () => {
  it('verifies a signature by the listed key, and refuses a flipped byte, another key and a truncated signature', async () => {
    const mentors = await team();
    const other = await team();
    const bytes = new TextEncoder().encode(demoPackText);
    const signature = await signPackBytes(mentors.pair.privateKey, bytes);
    expect(fromBase64(signature)).toHaveLength(64);
    expect(await verifyPackBytes(mentors.publicKey, signature, bytes)).toBe(true);

    const flipped = bytes.slice();
    flipped[200] = flipped[200]! ^ 0x01;
    expect(await verifyPackBytes(mentors.publicKey, signature, flipped)).toBe(false);
    // one more byte at the end (a trailing newline added by an editor) is another file
    expect(await verifyPackBytes(mentors.publicKey, signature, new Uint8Array([...bytes, 0x0a]))).toBe(false);
    expect(await verifyPackBytes(other.publicKey, signature, bytes)).toBe(false);
    const raw = fromBase64(signature)!;
    expect(await verifyPackBytes(mentors.publicKey, toBase64(raw.subarray(0, 63)), bytes)).toBe(false);
    expect(await verifyPackBytes(mentors.publicKey, signature.slice(0, -4), bytes)).toBe(false);
    expect(await verifyPackBytes(mentors.publicKey, 'not base64!', bytes)).toBe(false);
    expect(await verifyPackBytes('MFkwEwYHKoZIzj0CAQ==', signature, bytes)).toBe(false); // not a key
  });

  it('says why a pack is refused: unsigned, unknown key, bad signature', async () => {
    const mentors = await team();
    const other = await team();
    const bytes = new TextEncoder().encode(demoPackText);
    const signature = await signPackBytes(mentors.pair.privateKey, bytes);
    const trusted = [{ keyId: mentors.keyId, publicKey: mentors.publicKey }];
    expect(await checkPackSignature(bytes, { keyId: mentors.keyId, signature }, trusted)).toEqual({ ok: true });
    expect(await checkPackSignature(bytes, {}, trusted)).toEqual({ ok: false, problem: 'unsigned' });
    expect(await checkPackSignature(bytes, { keyId: other.keyId, signature }, trusted)).toEqual({ ok: false, problem: 'unknown-key' });
    // a feed that names the trusted keyId but was signed by another key
    const forged = await signPackBytes(other.pair.privateKey, bytes);
    expect(await checkPackSignature(bytes, { keyId: mentors.keyId, signature: forged }, trusted)).toEqual({ ok: false, problem: 'bad-signature' });
  });

  it('derives the keyId from the key (its fingerprint), the same for the same key and different for another', async () => {
    const a = await team();
    const b = await team();
    expect(a.keyId).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/);
    expect(await packKeyId(a.publicKey)).toBe(a.keyId);
    expect(b.keyId).not.toBe(a.keyId);
    expect(await packKeyId('AAAA')).toBeUndefined();
  });
});
