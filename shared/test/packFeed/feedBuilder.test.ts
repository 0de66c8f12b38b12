import { describe, expect, it } from 'vitest';
import { buildFeed, type FeedSigner } from '../../src/packFeed/feedBuilder.ts';
import { parseFeedIndex } from '../../src/packFeed/feedIndex.ts';
import { checkPackSignature, generatePackSigningKeyPair, packKeyId, publicKeySpki, signPackBytes, PACK_SIGNATURE_FORMAT } from '../../src/packFeed/packSignature.ts';
import { sha256Hex } from '../../src/record/bundleSigning.ts';
import { demoPack } from '../packFixtures.ts';

const encode = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

async function signer(): Promise<FeedSigner & { publicKey: string; privateKey: CryptoKey }> {
  const pair = await generatePackSigningKeyPair(false);
  const publicKey = await publicKeySpki(pair.publicKey);
  return { keyId: (await packKeyId(publicKey))!, publicKey, privateKey: pair.privateKey, sign: (bytes) => signPackBytes(pair.privateKey, bytes) };
}

describe('building a feed (pnpm pack:feed without the file system)', () => {
  it('signs each pack, lists its sha256 and size, and a new version replaces only its own entry', async () => {
    const key = await signer();
    const v1 = encode({ ...demoPack(), version: '1.0.0' });
    const other = encode({ ...demoPack(), id: 'other-pack', version: '3.0.0' });
    const first = await buildFeed(undefined, [{ fileName: 'a.json', bytes: v1 }, { fileName: 'b.json', bytes: other }], key, new Date('2026-12-06T05:00:00Z'));
    if (!first.ok) throw new Error(JSON.stringify(first.problems));
    expect(first.files.map((f) => f.path)).toEqual(['packs/demo-registration-1.0.0.json', 'packs/other-pack-3.0.0.json', 'index.json']);
    const entry = first.index.packs.find((p) => p.id === 'demo-registration')!;
    expect(entry).toMatchObject({ version: '1.0.0', url: 'packs/demo-registration-1.0.0.json', bytes: v1.length, sha256: await sha256Hex(v1), keyId: key.keyId });
    expect(await checkPackSignature(v1, entry, [key])).toEqual({ ok: true });

    const v2 = encode({ ...demoPack(), version: '1.1.0' });
    const second = await buildFeed(text(first.files.at(-1)!.bytes), [{ fileName: 'a2.json', bytes: v2 }], key, new Date());
    if (!second.ok) throw new Error(JSON.stringify(second.problems));
    expect(second.index.packs.map((p) => `${p.id}@${p.version}`)).toEqual(['demo-registration@1.1.0', 'other-pack@3.0.0']);
    expect(parseFeedIndex(text(second.files.at(-1)!.bytes)).ok).toBe(true);

    // the same file again changes nothing, not even the index (its ETag stays)
    const again = await buildFeed(text(second.files.at(-1)!.bytes), [{ fileName: 'a2.json', bytes: v2 }], key, new Date());
    expect(again.ok && [again.files.length, again.unchanged]).toEqual([0, ['demo-registration@1.1.0']]);
    // an older or the same version with other bytes would never reach learners who have the newer one
    const older = await buildFeed(text(second.files.at(-1)!.bytes), [{ fileName: 'old.json', bytes: v1 }], key, new Date());
    expect(older.ok ? [] : older.problems.map((p) => [p.file, p.path])).toEqual([['old.json', 'version']]);
  });

  it('refuses a pack with a schema error or patient data, naming the file and field path, and writes nothing', async () => {
    const key = await signer();
    const broken = demoPack();
    broken.tours[0].steps[0].title = { 'zh-CN': '' };
    const withData = demoPack();
    withData.id = 'with-data';
    withData.tours[0].steps[1].body = { 'zh-CN': '请致电 13912345678', en: 'Call 13912345678' };
    const good = encode(demoPack());
    const built = await buildFeed(undefined, [{ fileName: 'good.json', bytes: good }, { fileName: 'broken.json', bytes: encode(broken) }, { fileName: 'data.json', bytes: encode(withData) }], key, new Date());
    expect(built.ok).toBe(false);
    const problems = built.ok ? [] : built.problems;
    expect(problems.some((p) => p.file === 'broken.json' && p.path.startsWith('tours[0].steps[0].title'))).toBe(true);
    expect(problems.filter((p) => p.file === 'data.json').map((p) => p.path)).toEqual(['tours[0].steps[1].body.zh-CN', 'tours[0].steps[1].body.en']);
    expect(problems.some((p) => p.file === 'good.json')).toBe(false);
  });

  it("takes the editor's detached signature without re-signing, and refuses an unsigned pack", async () => {
    const mentor = await signer();
    const bytes = encode(demoPack());
    const sig = JSON.stringify({ format: PACK_SIGNATURE_FORMAT, keyId: mentor.keyId, signature: await mentor.sign(bytes) });
    const built = await buildFeed(undefined, [{ fileName: 'p.json', bytes, detachedSignature: sig }], undefined, new Date());
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    expect(built.added).toEqual([{ id: 'demo-registration', version: demoPack().version, keyId: mentor.keyId, signedBy: 'detached' }]);
    expect(await checkPackSignature(bytes, built.index.packs[0]!, [mentor])).toEqual({ ok: true });

    const unsigned = await buildFeed(undefined, [{ fileName: 'p.json', bytes }], undefined, new Date());
    expect(unsigned.ok ? [] : unsigned.problems.map((p) => p.file)).toEqual(['p.json']);
    const badSig = await buildFeed(undefined, [{ fileName: 'p.json', bytes, detachedSignature: '{"format":"x"}' }], undefined, new Date());
    expect(badSig.ok ? [] : badSig.problems.map((p) => `${p.file}:${p.path}`)).toContain('p.json.sig:format');
  });

  it('never rewrites a feed whose index.json it cannot read', async () => {
    const built = await buildFeed('{"format":"preceptor-pack-feed/1","packs":[{}]}', [{ fileName: 'p.json', bytes: encode(demoPack()) }], await signer(), new Date());
    expect(built.ok ? [] : built.problems.map((p) => `${p.file}:${p.path}`)).toContain('index.json:generatedAt');
  });
});
