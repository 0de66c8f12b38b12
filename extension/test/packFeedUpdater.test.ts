import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import demoPackJson from '@preceptor/shared/packs/registration-demo.pack.json';
import { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import { signPackBytes, generatePackSigningKeyPair } from '@preceptor/shared/packFeed/packSignature.ts';
import { createPackSigningKeyFile, writePackFeed } from '../../scripts/packFeed.ts';
import { installContentPack, installedPackSources, installedPacks, removeInstalledPack } from '../src/packs/installedPacks.ts';
import { addLocalFeed, addLocalTrustedKey, removeLocalFeed } from '../src/packs/feed/feedSettings.ts';
import { packFeedStatus } from '../src/packs/feed/feedStatus.ts';
import { checkPackFeeds } from '../src/packs/feed/feedUpdater.ts';

// The updater against a REAL loopback web server serving a folder written by the real
// `pnpm pack:feed` code (scripts/packFeed.ts), with ETag / If-None-Match like nginx or IIS.

const PACK_ID = 'demo-registration';

interface Hit {
  path: string;
  ifNoneMatch: string | undefined;
  status: number;
}

let root: string;
let server: Server;
let hits: Hit[] = [];
let base: string;
let keyFile: string;
let key: { keyId: string; publicKey: string };

async function packFile(version: string, change: (pack: any) => void = () => {}): Promise<string> {
  const pack = structuredClone(demoPackJson) as any;
  pack.version = version;
  pack.tours[0].title.en = `Registration tour ${version}`;
  change(pack);
  const file = path.join(root, 'src', `${pack.id}-${version}.pack.json`);
  await writeFile(file, `${JSON.stringify(pack, null, 2)}\n`);
  return file;
}

async function publish(version: string, change?: (pack: any) => void): Promise<void> {
  const outcome = await writePackFeed(path.join(root, 'feed'), [await packFile(version, change)], keyFile);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
}

async function editIndex(edit: (index: any) => void): Promise<void> {
  const file = path.join(root, 'feed', 'index.json');
  const index = JSON.parse(await readFile(file, 'utf8'));
  edit(index);
  await writeFile(file, JSON.stringify(index));
}

const installedVersion = async () => (await installedPacks.getValue()).find((p) => p.id === PACK_ID)?.version;
const packStatus = async () => (await packFeedStatus.getValue())[`${base}/feed/index.json`]?.packs[PACK_ID];

describe('pack feed updater over a loopback web server', () => {
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'preceptor-feed-'));
    await mkdir(path.join(root, 'src'));
    keyFile = path.join(root, 'team.jwk');
    key = await createPackSigningKeyFile(keyFile);
    server = createServer(async (request, response) => {
      const urlPath = decodeURIComponent(new URL(request.url!, 'http://x').pathname);
      const ifNoneMatch = request.headers['if-none-match'];
      const reply = (status: number, body?: Buffer, etag?: string) => {
        hits.push({ path: urlPath, ifNoneMatch, status });
        response.writeHead(status, etag ? { ETag: etag, 'Content-Type': 'application/json' } : {});
        response.end(body);
      };
      const file = path.join(root, path.normalize(urlPath));
      if (!file.startsWith(path.join(root, 'feed'))) return reply(404);
      let body: Buffer;
      try {
        body = await readFile(file);
      } catch {
        return reply(404);
      }
      const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
      if (ifNoneMatch === etag) return reply(304, undefined, etag);
      reply(200, body, etag);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(root, { recursive: true, force: true });
  });

  beforeEach(() => {
    hits = [];
  });

  it('installs a new version, then 304s, keeps a feed pack from removal, and refuses tampered, unsigned and unknown-key packs keeping the previous version', async () => {
    fakeBrowser.reset();
    await publish('1.0.0');
    await addLocalFeed(`${base}/feed/index.json`);
    await addLocalTrustedKey(key);

    // 1. the first check installs 1.0.0, marked as from the feed
    let summary = await checkPackFeeds();
    expect(summary.installed).toEqual([{ id: PACK_ID, version: '1.0.0', feedUrl: `${base}/feed/index.json` }]);
    expect(await installedVersion()).toBe('1.0.0');
    expect((await installedPackSources.getValue())[PACK_ID]?.feedUrl).toBe(`${base}/feed/index.json`);
    expect(hits.map((h) => `${h.status} ${h.path}`)).toEqual(['200 /feed/index.json', `200 /feed/packs/${PACK_ID}-1.0.0.json`]);
    expect(await packStatus()).toMatchObject({ version: '1.0.0', succeededAt: expect.any(String) });

    // 2. unchanged index: If-None-Match is sent and the server answers 304; no pack is fetched
    hits = [];
    summary = await checkPackFeeds();
    expect(summary).toMatchObject({ installed: [], failed: 0 });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ path: '/feed/index.json', status: 304, ifNoneMatch: expect.stringMatching(/^"[0-9a-f]{16}"$/) });

    // 3. the learner cannot remove it, nor replace it by importing a file with the same id
    expect(await removeInstalledPack(PACK_ID)).toBe('managed');
    expect(await installContentPack(ContentPack.parse({ ...demoPackJson, version: '9.0.0' }))).toBe('held-by-feed');
    expect(await installedVersion()).toBe('1.0.0');

    // 4. a new version on the server reaches the installed packs
    await publish('1.1.0');
    hits = [];
    summary = await checkPackFeeds();
    expect(summary.installed.map((p) => p.version)).toEqual(['1.1.0']);
    expect(hits[0]?.ifNoneMatch).toBeDefined(); // sent, but the index changed: 200
    expect(hits.map((h) => h.status)).toEqual([200, 200]);
    const installed = (await installedPacks.getValue()).find((p) => p.id === PACK_ID)!;
    expect([installed.version, installed.tours[0]!.title.en]).toEqual(['1.1.0', 'Registration tour 1.1.0']);

    // 5. a pack file changed on the server after signing (same size): sha256 mismatch, 1.1.0 stays
    await publish('1.2.0');
    const v12 = path.join(root, 'feed', 'packs', `${PACK_ID}-1.2.0.json`);
    const tampered = (await readFile(v12, 'utf8')).replace('Registration tour 1.2.0', 'Registration tour 6.6.6');
    await writeFile(v12, tampered);
    summary = await checkPackFeeds();
    expect(summary).toMatchObject({ installed: [], failed: 1 });
    expect(await installedVersion()).toBe('1.1.0');
    expect(await packStatus()).toMatchObject({ version: '1.2.0', problem: { code: 'sha256-mismatch' } });

    // 6. ...and with the index's sha256 updated to match: the signature no longer verifies
    const tamperedSha = createHash('sha256').update(tampered).digest('hex');
    await editIndex((index) => (index.packs[0].sha256 = tamperedSha));
    hits = [];
    await checkPackFeeds();
    expect(hits[0]?.status).toBe(200); // the failed pack dropped the ETag: the index is read again
    expect(await installedVersion()).toBe('1.1.0');
    expect(await packStatus()).toMatchObject({ problem: { code: 'bad-signature' } });

    // 7. unsigned: refused before download
    await editIndex((index) => {
      delete index.packs[0].signature;
      delete index.packs[0].keyId;
    });
    hits = [];
    await checkPackFeeds();
    expect(hits.map((h) => h.path)).toEqual(['/feed/index.json']);
    expect(await packStatus()).toMatchObject({ problem: { code: 'unsigned' } });
    expect(await installedVersion()).toBe('1.1.0');

    // 8. signed properly, but by a key the learner (or the policy) does not trust
    const stranger = await generatePackSigningKeyPair(false);
    await writeFile(v12, await packFile('1.2.0').then((f) => readFile(f)));
    const genuine = await readFile(v12);
    await editIndex((index) => {
      index.packs[0].sha256 = createHash('sha256').update(genuine).digest('hex');
      index.packs[0].bytes = genuine.length;
      index.packs[0].keyId = 'AAAA-BBBB-CCCC-DDDD-EEEE';
    });
    const strangeSignature = await signPackBytes(stranger.privateKey, new Uint8Array(genuine));
    await editIndex((index) => (index.packs[0].signature = strangeSignature));
    await checkPackFeeds();
    expect(await packStatus()).toMatchObject({ problem: { code: 'unknown-key', detail: 'AAAA-BBBB-CCCC-DDDD-EEEE' } });
    // a stranger's signature under the team's keyId is a bad signature
    await editIndex((index) => (index.packs[0].keyId = key.keyId));
    await checkPackFeeds();
    expect(await packStatus()).toMatchObject({ problem: { code: 'bad-signature' } });
    expect(await installedVersion()).toBe('1.1.0');

    // 9. the pack file gone: 404, named; the feed recovers when a good 1.2.0 is published
    await rm(v12);
    await checkPackFeeds();
    expect(await packStatus()).toMatchObject({ problem: { code: 'not-found' } });
    await publish('1.2.1');
    summary = await checkPackFeeds();
    expect(summary.installed.map((p) => p.version)).toEqual(['1.2.1']);
    expect((await packStatus())?.problem).toBeUndefined();

    // 10. a feed that does not exist: not-found at the feed level, the installed pack untouched
    await addLocalFeed(`${base}/feed/missing/index.json`);
    summary = await checkPackFeeds();
    expect((await packFeedStatus.getValue())[`${base}/feed/missing/index.json`]?.problem?.code).toBe('not-found');
    expect(await installedVersion()).toBe('1.2.1');

    // 11. the learner takes their feed off the list: its pack stays, and may now be removed
    await removeLocalFeed(`${base}/feed/index.json`);
    expect(await installedVersion()).toBe('1.2.1');
    expect(await removeInstalledPack(PACK_ID)).toBe('removed');
    expect(await installedVersion()).toBeUndefined();
  });

  it('refuses a bad index naming the field, and a signed pack holding patient data naming its path', async () => {
    fakeBrowser.reset();
    const feed = path.join(root, 'feed2');
    const outcome = await writePackFeed(feed, [await packFile('2.0.0')], keyFile);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    await addLocalFeed(`${base}/feed2/index.json`);
    await addLocalTrustedKey(key);
    // patient data slipped past pack:feed (signed by hand with the team's key): the import gate still refuses it
    const packPath = path.join(feed, 'packs', `${PACK_ID}-2.0.0.json`);
    const withData = structuredClone(demoPackJson) as any;
    withData.version = '2.0.0';
    withData.tours[0].steps[1].body = { 'zh-CN': '请致电 13912345678', en: 'Call 13912345678' };
    const bytes = new TextEncoder().encode(JSON.stringify(withData));
    await writeFile(packPath, bytes);
    const jwk = JSON.parse(await readFile(keyFile, 'utf8'));
    const privateKey = await crypto.subtle.importKey('jwk', jwk, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
    const indexFile = path.join(feed, 'index.json');
    const index = JSON.parse(await readFile(indexFile, 'utf8'));
    Object.assign(index.packs[0], { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), signature: await signPackBytes(privateKey, bytes) });
    await writeFile(indexFile, JSON.stringify(index));
    await checkPackFeeds();
    const status = (await packFeedStatus.getValue())[`${base}/feed2/index.json`]!;
    expect(status.packs[PACK_ID]?.problem).toMatchObject({ code: 'patient-data', detail: 'tours[0].steps[1].body.zh-CN' });
    expect(await installedVersion()).toBeUndefined();

    index.packs[0].sha256 = 'nothex';
    await writeFile(indexFile, JSON.stringify(index));
    await checkPackFeeds();
    expect((await packFeedStatus.getValue())[`${base}/feed2/index.json`]?.problem).toMatchObject({ code: 'bad-index', detail: 'packs[0].sha256' });
  });

  it("with a hospital policy: the policy's feeds and keys are used and the learner's own are not", async () => {
    fakeBrowser.reset();
    const feed = path.join(root, 'feed3');
    const outcome = await writePackFeed(feed, [await packFile('3.0.0')], keyFile);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    // the learner's own feed and key would install it; the policy lists the feed but trusts another key
    await addLocalFeed(`${base}/feed3/index.json`);
    await addLocalTrustedKey(key);
    const other = await createPackSigningKeyFile(path.join(root, 'other.jwk'));
    await fakeBrowser.storage.managed.set({ packFeeds: [`${base}/feed3/index.json`], packSigningKeys: [other] });
    await checkPackFeeds();
    expect(await installedVersion()).toBeUndefined();
    expect((await packFeedStatus.getValue())[`${base}/feed3/index.json`]?.packs[PACK_ID]?.problem?.code).toBe('unknown-key');
    // IT adds the team's key to the policy: installed, from the policy's feed
    await fakeBrowser.storage.managed.set({ packSigningKeys: [other, key] });
    const summary = await checkPackFeeds();
    expect(summary.installed).toEqual([{ id: PACK_ID, version: '3.0.0', feedUrl: `${base}/feed3/index.json` }]);
    expect(await removeInstalledPack(PACK_ID)).toBe('managed');
    // IT moves the hospital to another feed: the old feed's pack stays installed, no longer locked
    await fakeBrowser.storage.managed.set({ packFeeds: [`${base}/feed/missing/index.json`] });
    await checkPackFeeds();
    expect(await installedVersion()).toBe('3.0.0');
    expect(await removeInstalledPack(PACK_ID)).toBe('removed');
  });

  it('asks again without If-None-Match when a request carrying it gets no answer (a CORS preflight the server refuses)', async () => {
    fakeBrowser.reset();
    const strict = createServer(async (request, response) => {
      if (request.headers['if-none-match']) return request.socket.destroy(); // as a refused preflight looks to fetch
      const body = await readFile(path.join(root, 'feed', new URL(request.url!, 'http://x').pathname)).catch(() => undefined);
      if (!body) return response.writeHead(404).end();
      response.writeHead(200, { ETag: `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"` }).end(body);
    });
    await new Promise<void>((resolve) => strict.listen(0, '127.0.0.1', resolve));
    const feedUrl = `http://127.0.0.1:${(strict.address() as AddressInfo).port}/index.json`;
    try {
      await addLocalFeed(feedUrl);
      await addLocalTrustedKey(key);
      await checkPackFeeds();
      expect(await installedVersion()).toBeDefined();
      await checkPackFeeds(); // with the ETag kept: the request with If-None-Match breaks, the one without succeeds
      const status = (await packFeedStatus.getValue())[feedUrl]!;
      expect(status.problem).toBeUndefined();
      expect(status.succeededAt).toBe(status.checkedAt);
    } finally {
      await new Promise((resolve) => strict.close(resolve));
    }
  });
});
