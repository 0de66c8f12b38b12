import 'fake-indexeddb/auto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { learnerBundle } from '../../../shared/test/record/bundleHelpers.ts';
import { startLoopbackLrs, type LoopbackLrs } from '../../../shared/test/trainer/loopbackLrs.ts';
import { syntheticLearner, syntheticLearnerStatements } from '../../../shared/test/trainer/syntheticLearners.ts';
import type { IncomingStatement } from '../../../shared/src/record/statementValidation.ts';
import { forwardStatements } from '../../../shared/src/xapi/lrsForwarding.ts';
import { pullStatements, resolveMore } from '../../../shared/src/trainer/lrsPull.ts';
import { buildDashboardModel, type DashboardModel } from '../../src/trainer/dashboardModel.ts';
import { importBundles, type ImportSource } from '../../src/trainer/importBundles.ts';
import { readFromLrs } from '../../src/trainer/lrsImport.ts';
import { storedStatements } from '../../src/trainer/lrsSource.ts';
import { TrainerDb, readSettings, storedStatementCount, writeSettings } from '../../src/trainer/trainerDb.ts';

/**
 * The trainer dashboard reading statements from a real LRS (xapi-statements on loopback), filled
 * by the same forwarder the learners' extensions use, compared with importing the same
 * statements as signed files.
 */

const source = (name: string, bytes: Uint8Array): ImportSource => ({ name, size: bytes.length, bytes: async () => bytes });
const freshDb = () => new TrainerDb(`trainer-lrs-test-${crypto.randomUUID()}`);
const noSleep = async () => undefined;

let lrs: LoopbackLrs;
const credentials = { username: 'trainer', password: '密码' };

async function fill(statements: readonly IncomingStatement[], batchSize = 50): Promise<void> {
  const report = await forwardStatements({ settings: { endpoint: lrs.endpoint, ...credentials }, statements: [statements.map((s) => ({ id: s.id, json: JSON.stringify(s) }))], total: statements.length, batchSize });
  expect(report).toMatchObject({ accepted: statements.length, rejected: 0, conflicts: 0 });
  expect(report.stopped).toBeUndefined();
}

async function useLrs(db: TrainerDb, endpoint = lrs.endpoint): Promise<void> {
  await writeSettings(db, { lrs: { endpoint, ...credentials } });
}

/** What a trainer reads off the dashboard, without the row bookkeeping. */
function figures(model: DashboardModel) {
  return {
    learners: model.totals.learners,
    statements: model.totals.statements,
    quarantined: model.totals.quarantined,
    items: model.items.map((i) => i.id),
    readiness: model.learners
      .map((l) => ({ learner: l.learner, role: l.role, department: l.department, completed: l.completed, cells: l.cells }))
      .sort((a, b) => a.learner.localeCompare(b.learner)),
    quizzes: model.quizzes,
    funnels: model.funnels,
    progress: model.progress,
  };
}

/** The latest `stored` time in the LRS: a `since` that reads only what is sent after this. */
async function lastStoredInLrs(): Promise<string> {
  const report = await pullStatements({ settings: { endpoint: lrs.endpoint, ...credentials } });
  return report.lastStored!;
}

/** A one-off HTTP server on loopback that answers every request with `answer`. */
async function scriptedServer(answer: (url: string, headers: Record<string, string | string[] | undefined>) => { status: number; body: unknown }): Promise<{ endpoint: string; server: Server; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const { status, body } = answer(req.url ?? '', req.headers);
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { endpoint: `http://127.0.0.1:${port}/xAPI/`, server, requests };
}

const cohort = [31, 32, 33, 34].map((seed) => {
  const learner = syntheticLearner(seed);
  return { seed, learner, statements: syntheticLearnerStatements(learner, 45, seed) };
});
const cohortTotal = cohort.reduce((sum, c) => sum + c.statements.length, 0);

beforeAll(async () => {
  lrs = await startLoopbackLrs();
  // in several batches: several `stored` times, as when learners' extensions send them
  for (const c of cohort) await fill(c.statements, 20);
});
afterAll(async () => {
  await lrs?.stop();
});

describe('reading statements from the LRS into the trainer dashboard', () => {
  it('gives the same dashboard as the same statements in signed files; a second read adds nothing', async () => {
    const fromFiles = freshDb();
    const bundles = await Promise.all(cohort.map((c) => learnerBundle({ learner: c.learner, statements: c.statements })));
    await importBundles(fromFiles, bundles.map((b, i) => source(`${i}.zip`, b.bytes)));

    const fromLrs = freshDb();
    await useLrs(fromLrs);
    const progress: number[] = [];
    // a small page: many pages, nothing lost between them
    const { pull, stored } = await readFromLrs(fromLrs, { pageSize: 17, onProgress: (p) => progress.push(p.read) });
    expect(pull.stopped).toBeUndefined();
    expect(pull.pages).toBeGreaterThanOrEqual(Math.ceil(cohortTotal / 17));
    expect(pull).toMatchObject({ read: cohortTotal, refused: 0, limitReached: false });
    expect(progress.at(-1)).toBe(cohortTotal);
    expect(progress.length).toBeGreaterThan(5);
    expect(stored).toMatchObject({ learners: cohort.length, statements: cohortTotal, added: cohortTotal, duplicates: 0, conflicts: 0, rows: cohort.length });

    const viaFiles = await buildDashboardModel(fromFiles);
    const viaLrs = await buildDashboardModel(fromLrs);
    expect(viaLrs.totals).toMatchObject({ bundles: 0, lrsReads: cohort.length, learners: cohort.length, statements: cohortTotal });
    expect(figures(viaLrs)).toEqual(figures(viaFiles));
    expect(viaLrs.learners.some((l) => l.completed > 0)).toBe(true);
    // unsigned: no key, no export chain
    for (const l of viaLrs.learners) expect(l).toMatchObject({ signed: false, fromLrs: true, latestKey: '', keyStatus: 'unknown', chain: { bundles: 0, issues: [] } });
    for (const l of viaFiles.learners) expect(l).toMatchObject({ signed: true, fromLrs: false });

    // every statement's text comes back from the store (what forwarding reads), once, as sent
    const texts = new Map<string, string>();
    for await (const chunk of storedStatements(fromLrs)) for (const s of chunk) texts.set(s.id, s.json);
    expect(texts.size).toBe(cohortTotal);
    for (const s of cohort[0]!.statements) expect(JSON.parse(texts.get(s.id)!)).toEqual(s);

    // the endpoint's `since` is remembered; a second read reads nothing and adds nothing
    const settings = await readSettings(fromLrs);
    expect(settings.lrsPull[lrs.endpoint]?.since).toBe(pull.lastStored);
    const rowsBefore = await fromLrs.bundles.count();
    const again = await readFromLrs(fromLrs, { pageSize: 17 });
    expect(again.pull.read).toBe(0);
    expect(again.pull.stopped).toBeUndefined();
    expect(again.stored.added).toBe(0);
    expect(await fromLrs.bundles.count()).toBe(rowsBefore);
    expect(await storedStatementCount(fromLrs)).toBe(cohortTotal);

    // a new statement in the LRS: the next read brings only it
    const later = syntheticLearnerStatements(cohort[1]!.learner, 3, 99, Date.parse('2026-11-20T01:00:00Z'));
    await fill(later);
    const third = await readFromLrs(fromLrs);
    expect(third.stored).toMatchObject({ added: later.length, duplicates: 0, learners: 1 });
    expect(await storedStatementCount(fromLrs)).toBe(cohortTotal + later.length);
    fromFiles.close();
    fromLrs.close();
  });

  it('statements already imported from a signed file count once, whichever comes first', async () => {
    const all = [...cohort.flatMap((c) => c.statements)];
    const inLrs = (await pullStatements({ settings: { endpoint: lrs.endpoint, ...credentials } })).read;
    const first = cohort[0]!;
    const bundle = await learnerBundle({ learner: first.learner, statements: first.statements });

    // the signed file first, then the LRS
    const db = freshDb();
    await importBundles(db, [source('first.zip', bundle.bytes)]);
    await useLrs(db);
    const { stored } = await readFromLrs(db);
    expect(stored.duplicates).toBe(first.statements.length);
    expect(stored.added).toBe(inLrs - first.statements.length);
    expect(stored.conflicts).toBe(0);
    const model = await buildDashboardModel(db);
    expect(model.totals.statements).toBe(inLrs);
    const learner = model.learners.find((l) => l.learner === first.learner.learnerId)!;
    // the signed file's key and chain are still shown; the LRS adds no key and no chain
    expect(learner).toMatchObject({ signed: true, fromLrs: false, latestKey: bundle.manifest.signature.keyFingerprint, chain: { bundles: 1, issues: [] } });

    // the LRS first, then the signed file
    const other = freshDb();
    await useLrs(other);
    await readFromLrs(other);
    const [outcome] = await importBundles(other, [source('first.zip', bundle.bytes)]);
    expect(outcome).toMatchObject({ status: 'imported', added: 0, duplicates: first.statements.length, conflicts: 0, shared: 0 });
    expect((await buildDashboardModel(other)).totals.statements).toBe(inLrs);
    expect(all.length).toBeLessThanOrEqual(inLrs);
    db.close();
    other.close();
  });

  it('a statement the LRS holds with other content than the signed file is quarantined, not merged', async () => {
    const learner = syntheticLearner(41);
    const statements = syntheticLearnerStatements(learner, 10, 41);
    const edited = structuredClone(statements);
    edited[3]!.timestamp = '2030-01-01T00:00:00.000Z';
    const bundle = await learnerBundle({ learner, statements });
    const db = freshDb();
    await importBundles(db, [source('original.zip', bundle.bytes)]);
    const settings = (await readSettings(db)).lrs;
    // only these: from where the LRS's statements end now
    const since = await lastStoredInLrs();
    await writeSettings(db, { lrs: { ...settings, endpoint: lrs.endpoint, ...credentials }, lrsPull: { [lrs.endpoint]: { since, at: 0 } } });
    await fill(edited);
    const { stored } = await readFromLrs(db);
    expect(stored).toMatchObject({ added: 0, duplicates: statements.length - 1, conflicts: 1 });
    const quarantine = await db.quarantine.toArray();
    expect(quarantine).toMatchObject([{ id: statements[3]!.id, learner: learner.learnerId }]);
    expect(quarantine[0]!.fileName).toMatch(/^LRS 127\.0\.0\.1:\d+ /);
    db.close();
  });

  it('reports a statement it refuses, with its id and field path, and keeps the rest', async () => {
    const learner = syntheticLearner(42);
    const [good, bad] = syntheticLearnerStatements(learner, 2, 42);
    // valid for the LRS, not for the dashboard: a display text longer than 4000 characters
    const odd = { ...bad!, verb: { ...bad!.verb, display: { en: 'x'.repeat(4100) } } };
    const since = await lastStoredInLrs();
    await fill([good!, odd]);
    const report = await pullStatements({ settings: { endpoint: lrs.endpoint, ...credentials }, since });
    expect(report.refusedList).toEqual([expect.objectContaining({ id: odd.id, path: 'verb.display.en' })]);
    expect(report.learners.flatMap((l) => l.statements.map((s) => s.id))).toContain(good!.id);
    expect(report.learners.flatMap((l) => l.statements.map((s) => s.id))).not.toContain(odd.id);
  });

  it('a bounded read says so and the next read goes on without losing a statement', async () => {
    const db = freshDb();
    await useLrs(db);
    const inLrs = (await pullStatements({ settings: { endpoint: lrs.endpoint, ...credentials } })).read;
    const first = await readFromLrs(db, { pageSize: 30, maxStatements: 70 });
    expect(first.pull).toMatchObject({ read: 70, limitReached: true });
    let total = first.stored.added;
    for (let i = 0; i < 10; i++) {
      const next = await readFromLrs(db, { pageSize: 30, maxStatements: 70 });
      total += next.stored.added;
      if (!next.pull.limitReached) break;
    }
    expect(total).toBe(inLrs - 1); // the refused one
    expect(await storedStatementCount(db)).toBe(inLrs - 1);
    db.close();
  });

  it('wrong credentials and a dead endpoint stop with a clear reason and change nothing', async () => {
    const db = freshDb();
    const bundle = await learnerBundle({ seed: 43, count: 10 });
    await importBundles(db, [source('kept.zip', bundle.bytes)]);

    const guarded = await scriptedServer((_url, headers) => (headers.authorization === 'Basic dHJhaW5lcjpyaWdodA==' ? { status: 200, body: { statements: [], more: '' } } : { status: 401, body: { message: 'bad credentials' } }));
    await writeSettings(db, { lrs: { endpoint: guarded.endpoint, ...credentials } });
    const before = { rows: await db.bundles.count(), statements: await storedStatementCount(db), log: await db.importLog.count(), settings: await readSettings(db) };
    const refused = await readFromLrs(db);
    expect(refused.pull.stopped).toEqual({ reason: 'unauthorized', status: 401, message: 'bad credentials' });
    expect(guarded.requests[0]).toBe('/xAPI/statements?ascending=true&limit=500');

    // nothing listens on the port any more
    await new Promise((resolve) => guarded.server.close(resolve));
    const dead = await readFromLrs(db, { maxRetries: 2, sleep: noSleep });
    expect(dead.pull.stopped).toMatchObject({ reason: 'unavailable' });
    expect(dead.pull.stopped!.message).not.toBe('');
    expect(dead.pull.retries).toBe(2);

    const missing = await scriptedServer(() => ({ status: 404, body: { message: 'no such route' } }));
    await writeSettings(db, { lrs: { endpoint: missing.endpoint, ...credentials } });
    expect((await readFromLrs(db)).pull.stopped).toMatchObject({ reason: 'not-found', status: 404 });
    await new Promise((resolve) => missing.server.close(resolve));

    expect(await db.bundles.count()).toBe(before.rows);
    expect(await storedStatementCount(db)).toBe(before.statements);
    expect(await db.importLog.count()).toBe(before.log);
    expect((await readSettings(db)).lrsPull).toEqual(before.settings.lrsPull);
    db.close();
  });

  it('retries 5xx with backoff, and refuses a `more` on another origin (the credentials would go with it)', async () => {
    const learner = syntheticLearner(44);
    const statements = syntheticLearnerStatements(learner, 3, 44).slice(0, 3).map((s, i) => ({ ...s, stored: `2026-12-01T00:00:0${i}.000Z` }));
    let calls = 0;
    const flaky = await scriptedServer((_url, headers) => {
      // a token from the hospital's policy goes as Bearer, with the xAPI version
      if (headers.authorization !== 'Bearer tok' || headers['x-experience-api-version'] !== '1.0.3') return { status: 401, body: { message: 'no token' } };
      calls++;
      if (calls <= 2) return { status: 503, body: { message: 'busy' } };
      return { status: 200, body: { statements, more: 'http://evil.example/xAPI/statements?cursor=1' } };
    });
    const sleeps: number[] = [];
    const report = await pullStatements({ settings: { endpoint: flaky.endpoint, username: '', password: '', token: 'tok' }, sleep: async (ms) => void sleeps.push(ms), random: () => 1, baseDelayMs: 100 });
    expect(sleeps).toEqual([100, 200]);
    expect(report.stopped).toMatchObject({ reason: 'foreign-more' });
    // what was read before the stop is kept, and the next read starts after it
    expect(report.learners[0]!.statements).toHaveLength(3);
    expect(report.nextSince).toBe('2026-12-01T00:00:01.000Z');
    await new Promise((resolve) => flaky.server.close(resolve));

    expect(resolveMore('/xAPI/statements?cursor=2', 'https://lrs.example.cn/xAPI/')).toBe('https://lrs.example.cn/xAPI/statements?cursor=2');
    expect(resolveMore('https://lrs.example.cn:8443/x', 'https://lrs.example.cn/xAPI/')).toBeUndefined();
  });

  it('the trainer can cancel between pages: what was read is kept, the rest is read next time', async () => {
    const learner = syntheticLearner(46);
    const statements = syntheticLearnerStatements(learner, 6, 46).slice(0, 6).map((s, i) => ({ ...s, stored: `2026-12-02T00:00:0${i}.000Z` }));
    const paged = await scriptedServer((url) => {
      const page = Number(new URL(url, 'http://x').searchParams.get('page') ?? 0);
      return { status: 200, body: { statements: statements.slice(page * 2, page * 2 + 2), more: page < 2 ? `/xAPI/statements?page=${page + 1}` : '' } };
    });
    const stop = new AbortController();
    const report = await pullStatements({ settings: { endpoint: paged.endpoint, username: '', password: '' }, signal: stop.signal, onProgress: (p) => p.pages === 2 && stop.abort() });
    await new Promise((resolve) => paged.server.close(resolve));
    expect(report.stopped).toMatchObject({ reason: 'aborted' });
    expect(report).toMatchObject({ read: 4, pages: 2 });
    expect(paged.requests).toEqual(['/xAPI/statements?ascending=true&limit=500', '/xAPI/statements?page=1']);
    // the last stored time read (…03) is whole only once the next page is seen: read again next time
    expect(report.nextSince).toBe('2026-12-02T00:00:02.000Z');
  });

  it('reads into a store written before LRS reads existed (settings without lrsPull)', async () => {
    const db = freshDb();
    const bundle = await learnerBundle({ seed: 45, count: 10 });
    await importBundles(db, [source('old.zip', bundle.bytes)]);
    // a settings row as the dashboard wrote it before: no lrsPull
    await db.settings.put({ key: 'settings', value: { goLiveDate: '2027-01-10', leadDays: 7, lrs: { endpoint: lrs.endpoint, ...credentials } } as never });
    expect((await readSettings(db)).lrsPull).toEqual({});
    const { pull, stored } = await readFromLrs(db);
    expect(pull.stopped).toBeUndefined();
    expect(stored.added).toBe(pull.read - pull.refused);
    expect((await readSettings(db)).goLiveDate).toBe('2027-01-10');
    expect((await db.bundles.toArray()).filter((b) => b.source === undefined)).toHaveLength(1);
    db.close();
  });
});
