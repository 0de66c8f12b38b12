import { compareVersions } from '@preceptor/shared/authoring/packVersion.ts';
import { MAX_FEED_INDEX_BYTES, packFileUrl, parseFeedIndex, type FeedEntry } from '@preceptor/shared/packFeed/feedIndex.ts';
import { checkPackSignature, type TrustedPackKey } from '@preceptor/shared/packFeed/packSignature.ts';
import { sha256Hex } from '@preceptor/shared/record/bundleSigning.ts';
import { parsePackFile } from '@preceptor/shared/schema/packImport.ts';
import type { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import { readBodyBytes } from '../../net/responseBytes.ts';
import { oneAtATime } from '../../storage/oneAtATime.ts';
import { installFeedPack, installedPacks, releasePacksOfFeedsNotIn } from '../installedPacks.ts';
import { feedConfig } from './feedSettings.ts';
import { packFeedStatus, recordFeedCheck, type FeedProblem, type FeedStatus, type PackFeedStatus } from './feedStatus.ts';
import type { FeedCheckSummary } from './protocol.ts';

// Packs from the hospital's intranet: each feed's index.json is fetched with If-None-Match; each
// entry newer than the installed pack is downloaded, its size and SHA-256 checked, its signature
// verified against the trusted keys (policy's packSigningKeys, else the learner's own), and parsed
// by the same gate as a manual import (schema + patient-data scan). Only then is it installed.
// Any failure keeps the installed version and is recorded, per feed and per pack (feedStatus.ts).

/** A slow intranet server gets this long per request; a hung one must not hold the check forever. */
const REQUEST_TIMEOUT_MS = 60_000;

type Fetched = { ok: true; status: number; bytes: Uint8Array; etag: string | null } | { ok: true; status: 304; bytes?: undefined; etag: string | null } | { ok: false; problem: FeedProblem };

async function fetchLimited(url: string, maxBytes: number, etag?: string): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: etag ? { 'If-None-Match': etag } : {},
      cache: 'no-store', // our own If-None-Match decides; the browser cache must not answer for the server
      credentials: 'omit',
      redirect: 'follow',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    // If-None-Match makes a cross-origin request "non-simple": a server whose CORS setup allows the
    // origin but not that header fails the preflight. Ask once more without it (a full download).
    if (etag) return fetchLimited(url, maxBytes);
    return { ok: false, problem: { code: 'network', message: `no answer from ${url}: ${error instanceof Error ? error.message : String(error)}` } };
  }
  if (new URL(response.url || url).origin !== new URL(url).origin) {
    await response.body?.cancel();
    return { ok: false, problem: { code: 'other-origin', message: `${url} redirected to another origin (${new URL(response.url).origin})` } };
  }
  if (response.status === 304) return { ok: true, status: 304, etag: response.headers.get('ETag') ?? etag ?? null };
  if (!response.ok) {
    await response.body?.cancel();
    if (response.status === 404) return { ok: false, problem: { code: 'not-found', detail: '404', message: `${url}: 404 not found` } };
    return { ok: false, problem: { code: 'http-status', detail: String(response.status), message: `${url}: HTTP ${response.status}` } };
  }
  const declared = Number(response.headers.get('Content-Length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    return { ok: false, problem: { code: 'too-large', detail: String(declared), message: `${url}: ${declared} bytes, more than ${maxBytes}` } };
  }
  // read up to the limit and no further: a server that sends more is cut off, not buffered
  const read = await readBodyBytes(response.body!, { maxBytes });
  if (!read.ok && read.problem === 'too-large') return { ok: false, problem: { code: 'too-large', detail: String(read.read), message: `${url}: more than ${maxBytes} bytes` } };
  if (!read.ok) return { ok: false, problem: { code: 'network', message: `${url}: the download broke off: ${read.message}` } };
  const { bytes } = read;
  return { ok: true, status: response.status, bytes, etag: response.headers.get('ETag') };
}

/** Download, check and verify one entry; the parsed pack, or why it was refused. */
async function fetchFeedPack(feedUrl: string, entry: FeedEntry, trustedKeys: readonly TrustedPackKey[]): Promise<{ ok: true; pack: ContentPack } | { ok: false; problem: FeedProblem }> {
  const located = packFileUrl(feedUrl, entry.url);
  if (!located.ok) return { ok: false, problem: { code: 'other-origin', detail: entry.url, message: `pack ${entry.id}: ${entry.url} is not on the feed's origin` } };
  // a signature we cannot check is refused before any download
  if (!entry.signature || !entry.keyId) return { ok: false, problem: { code: 'unsigned', message: `pack ${entry.id} ${entry.version} is not signed` } };
  if (!trustedKeys.some((k) => k.keyId === entry.keyId)) return { ok: false, problem: { code: 'unknown-key', detail: entry.keyId, message: `pack ${entry.id} ${entry.version} is signed by key ${entry.keyId}, which is not trusted` } };
  const fetched = await fetchLimited(located.url, entry.bytes);
  if (!fetched.ok) return fetched;
  if (fetched.bytes === undefined) return { ok: false, problem: { code: 'http-status', detail: '304', message: `${located.url}: 304 without a request for it` } };
  const { bytes } = fetched;
  if (bytes.length !== entry.bytes) return { ok: false, problem: { code: 'size-mismatch', detail: `${bytes.length}/${entry.bytes}`, message: `pack ${entry.id}: ${bytes.length} bytes, the index says ${entry.bytes}` } };
  if ((await sha256Hex(bytes)) !== entry.sha256) return { ok: false, problem: { code: 'sha256-mismatch', message: `pack ${entry.id}: the file's SHA-256 is not the one in the index` } };
  const verdict = await checkPackSignature(bytes, entry, trustedKeys);
  if (!verdict.ok) return { ok: false, problem: { code: verdict.problem, ...(verdict.problem === 'unknown-key' ? { detail: entry.keyId } : {}), message: `pack ${entry.id} ${entry.version}: ${verdict.problem}` } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { code: 'schema', detail: '', message: `pack ${entry.id}: not UTF-8 text` } };
  }
  const parsed = parsePackFile(`${entry.id}-${entry.version}.json`, text);
  if (!parsed.ok) {
    const first = parsed.problems[0]!;
    const code = first.patientData ? 'patient-data' : 'schema';
    return { ok: false, problem: { code, detail: first.path, message: `pack ${entry.id} ${entry.version}: ${first.path || '(document)'}: ${first.message}${parsed.problems.length > 1 ? ` (+${parsed.problems.length - 1} more)` : ''}`, ...(first.words ? { words: first.words } : {}) } };
  }
  if (parsed.pack.id !== entry.id || parsed.pack.version !== entry.version) {
    return { ok: false, problem: { code: 'wrong-pack', detail: `${parsed.pack.id}@${parsed.pack.version}`, message: `the file holds ${parsed.pack.id} ${parsed.pack.version}, the index says ${entry.id} ${entry.version}` } };
  }
  return { ok: true, pack: parsed.pack };
}

async function checkFeed(feedUrl: string, feeds: readonly string[], trustedKeys: readonly TrustedPackKey[], summary: FeedCheckSummary): Promise<void> {
  const now = () => new Date().toISOString();
  const before = (await packFeedStatus.getValue())[feedUrl];
  const status: FeedStatus = { checkedAt: now(), packs: { ...(before?.packs ?? {}) }, ...(before?.succeededAt ? { succeededAt: before.succeededAt } : {}) };
  const index = await fetchLimited(feedUrl, MAX_FEED_INDEX_BYTES, before?.etag);
  if (!index.ok) {
    summary.failed++;
    return recordFeedCheck(feedUrl, { ...status, problem: index.problem, ...(before?.etag ? { etag: before.etag } : {}) }, feeds);
  }
  if (index.bytes === undefined) {
    // 304: the index is as it was, and every entry was handled last time (else no ETag was kept)
    return recordFeedCheck(feedUrl, { ...status, succeededAt: status.checkedAt, ...(index.etag ? { etag: index.etag } : {}) }, feeds);
  }
  const parsed = parseFeedIndex(new TextDecoder().decode(index.bytes));
  if (!parsed.ok) {
    summary.failed++;
    const first = parsed.problems[0]!;
    return recordFeedCheck(feedUrl, { ...status, problem: { code: 'bad-index', detail: first.path, message: `${feedUrl}: ${first.path || '(document)'}: ${first.message}`, ...(first.words ? { words: first.words } : {}) } }, feeds);
  }
  let allHandled = true;
  const packs: Record<string, PackFeedStatus> = {};
  for (const entry of parsed.index.packs) {
    const checkedAt = now();
    const previous = status.packs[entry.id];
    const installed = (await installedPacks.getValue()).find((p) => p.id === entry.id);
    if (installed && compareVersions(entry.version, installed.version) <= 0) {
      packs[entry.id] = { version: entry.version, checkedAt, succeededAt: previous?.version === entry.version && previous.succeededAt ? previous.succeededAt : checkedAt };
      continue;
    }
    const fetched = await fetchFeedPack(feedUrl, entry, trustedKeys);
    let problem: FeedProblem | undefined = fetched.ok ? undefined : fetched.problem;
    if (fetched.ok) {
      try {
        await installFeedPack(fetched.pack, feedUrl);
        summary.installed.push({ id: entry.id, version: entry.version, feedUrl });
      } catch (error) {
        problem = { code: 'not-saved', message: `pack ${entry.id}: not saved: ${error instanceof Error ? error.message : String(error)}` };
      }
    }
    if (problem) {
      allHandled = false;
      summary.failed++;
      packs[entry.id] = { version: entry.version, checkedAt, ...(previous?.succeededAt ? { succeededAt: previous.succeededAt } : {}), problem };
    } else packs[entry.id] = { version: entry.version, checkedAt, succeededAt: checkedAt };
  }
  await recordFeedCheck(feedUrl, { checkedAt: status.checkedAt, succeededAt: status.checkedAt, packs, ...(allHandled && index.etag ? { etag: index.etag } : {}) }, feeds);
}

const serially = oneAtATime();

/** Check every feed in force now (policy's, else the learner's), one check at a time. */
export function checkPackFeeds(): Promise<FeedCheckSummary> {
  return serially(async () => {
    const { feeds, trustedKeys } = await feedConfig();
    await releasePacksOfFeedsNotIn(feeds);
    const summary: FeedCheckSummary = { feeds: feeds.length, installed: [], failed: 0 };
    for (const feedUrl of feeds) await checkFeed(feedUrl, feeds, trustedKeys, summary);
    return summary;
  });
}
