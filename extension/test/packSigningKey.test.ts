import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildFeed } from '@preceptor/shared/packFeed/feedBuilder.ts';
import { checkPackSignature, packKeyId } from '@preceptor/shared/packFeed/packSignature.ts';
import demoPackJson from '@preceptor/shared/packs/registration-demo.pack.json';
import { detachedPackSignature, packSigningKey } from '../src/packs/feed/packSigningKey.ts';

describe("the mentor's pack-signing key (editor export)", () => {
  it('is made once, kept non-extractable, and its .sig verifies with the shown public key and is taken by pack:feed', async () => {
    const [a, b] = await Promise.all([packSigningKey(), packSigningKey()]);
    expect(b.keyId).toBe(a.keyId);
    expect((await packSigningKey()).publicKey).toBe(a.publicKey); // read back from IndexedDB, not made again
    expect(a.keyId).toBe(await packKeyId(a.publicKey));
    expect(a.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', a.privateKey)).rejects.toThrow();

    const bytes = new TextEncoder().encode(`${JSON.stringify(demoPackJson, null, 2)}\n`);
    const sig = await detachedPackSignature(bytes);
    expect(sig.keyId).toBe(a.keyId);
    expect(await checkPackSignature(bytes, sig, [{ keyId: a.keyId, publicKey: a.publicKey }])).toEqual({ ok: true });
    const changed = bytes.slice();
    changed[10] = changed[10]! ^ 1;
    expect(await checkPackSignature(changed, sig, [{ keyId: a.keyId, publicKey: a.publicKey }])).toEqual({ ok: false, problem: 'bad-signature' });

    const built = await buildFeed(undefined, [{ fileName: 'demo.pack.json', bytes, detachedSignature: JSON.stringify(sig) }], undefined, new Date());
    expect(built.ok && built.index.packs[0]).toMatchObject({ keyId: a.keyId, signature: sig.signature });
  });
});
