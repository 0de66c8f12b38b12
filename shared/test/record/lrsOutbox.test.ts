import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxStatus, sendOutbox, startQueueing, stopQueueing } from '../../src/record/lrsOutbox.ts';
import { ProgressDb, allStatements, appendStatements } from '../../src/record/progressDb.ts';
import type { XapiStatement } from '../../src/record/xapiStatement.ts';
import { authorization, basicAuth, forwardStatements, type LrsSettings } from '../../src/xapi/lrsForwarding.ts';
import { startLoopbackLrs, type LoopbackLrs } from '../trainer/loopbackLrs.ts';
import { seededLearnerStatements } from '../trainer/syntheticLearners.ts';
import { startProxy, type LrsProxy } from './lrsProxy.ts';

// The learner's outbox against a real LRS (xapi-statements, in memory, on loopback), reached
// through a loopback proxy this test controls (lrsProxy.ts).

let lrs: LoopbackLrs;
let proxy: LrsProxy;

beforeAll(async () => {
  lrs = await startLoopbackLrs();
  proxy = await startProxy(lrs.endpoint);
}, 40_000);

afterAll(async () => {
  await proxy?.close();
  await lrs?.stop();
});

const settings = (): LrsSettings => ({ endpoint: proxy.endpoint, username: 'learner-pc', password: 'secret' });
/** fast retries inside a run; the run itself is what the test repeats */
const quick = { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 5 };

function learnerStatements(seed: number, count: number): XapiStatement[] {
  const statements = seededLearnerStatements(seed, count).slice(0, count) as XapiStatement[];
  expect(new Set(statements.map((s) => s.id)).size).toBe(count);
  return statements;
}

/**
 * How many times each of `ids` is held by the LRS, read back with GET /statements. One page holds
 * them all: this LRS's `more` cursor compares time-based UUIDs as strings, so paging repeats and skips.
 */
async function lrsCopies(ids: readonly string[]): Promise<Map<string, number>> {
  const wanted = new Set(ids);
  const copies = new Map<string, number>();
  const response = await fetch(`${lrs.endpoint}statements?limit=100000`, { headers: { Authorization: basicAuth('check', 'x'), 'X-Experience-API-Version': '1.0.3' } });
  expect(response.status).toBe(200);
  const page = (await response.json()) as { statements: { id: string }[]; more?: string };
  expect(page.more ?? '').toBe('');
  for (const s of page.statements) if (wanted.has(s.id)) copies.set(s.id, (copies.get(s.id) ?? 0) + 1);
  return copies;
}

async function expectExactlyOnce(ids: readonly string[]) {
  const copies = await lrsCopies(ids);
  expect(copies.size).toBe(ids.length);
  expect([...copies.values()].filter((n) => n !== 1)).toEqual([]);
}

describe('the learner outbox to a real LRS', () => {
  it('upgrades a version-1 progress DB without losing a statement, then queues the old log once and new statements as they are logged', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const old = learnerStatements(11, 30);
    // the progress DB as version 1 wrote it (the schema of that release, rows as it stored them)
    const v1 = new Dexie(name);
    v1.version(1).stores({ statements: 'id, timestamp, verbId, objectId, registration' });
    await v1.table('statements').bulkAdd(old.map((s) => ({ id: s.id, timestamp: s.timestamp, verbId: s.verb.id, objectId: s.object.id, registration: s.context.registration, statement: s })));
    v1.close();

    const db = new ProgressDb(name);
    expect((await allStatements(db)).map((s) => s.id).sort()).toEqual(old.map((s) => s.id).sort());
    expect(db.verno).toBe(2);
    expect(await db.lrsOutbox.count()).toBe(0);
    // no LRS yet: a new statement is logged, not queued
    const [early, ...later] = learnerStatements(12, 4);
    await appendStatements(db, [early!]);
    expect(await db.lrsOutbox.count()).toBe(0);

    expect(await startQueueing(db, proxy.endpoint)).toEqual({ queued: 31 });
    expect(await startQueueing(db, proxy.endpoint)).toEqual({ queued: 0 }); // once per endpoint
    await appendStatements(db, [later[0]!, later[0]!, old[0]!]); // one new, one repeated, one already logged
    expect(await db.lrsOutbox.count()).toBe(32);
    await stopQueueing(db);
    await appendStatements(db, [later[1]!]);
    expect(await db.lrsOutbox.count()).toBe(32); // kept, but nothing new queued without an LRS
    expect(await db.statements.count()).toBe(33);
    db.close();
  });

  it('2,000 statements queued while the LRS is down reach it exactly once after it comes back, across a restart', async () => {
    const name = `offline-${crypto.randomUUID()}`;
    const statements = learnerStatements(21, 2000);
    let db = new ProgressDb(name);
    await startQueueing(db, proxy.endpoint);
    await proxy.down();
    for (let i = 0; i < statements.length; i += 100) await appendStatements(db, statements.slice(i, i + 100));
    expect(await db.lrsOutbox.count()).toBe(2000);

    const offline = await sendOutbox(db, settings(), quick);
    expect(offline).toMatchObject({ outcome: 'stopped', accepted: 0, stopped: { reason: 'unavailable' } });
    const status = await outboxStatus(db);
    expect(status).toMatchObject({ queued: 2000, sent: 0, problemCount: 0 });
    expect(status.lastError?.message).toBeTruthy();
    expect(Date.parse(status.nextAttemptAt!)).toBeGreaterThan(Date.now());

    // the browser restarts: the outbox is in IndexedDB, and the backoff is kept
    db.close();
    db = new ProgressDb(name);
    expect(await db.lrsOutbox.count()).toBe(2000);
    await proxy.up();
    expect(await sendOutbox(db, settings(), quick)).toMatchObject({ outcome: 'waiting' });
    proxy.posts = 0;
    proxy.authorizations.clear();
    const started = Date.now();
    const back = await sendOutbox(db, settings(), { ...quick, force: true });
    const ms = Date.now() - started;
    expect(back).toMatchObject({ outcome: 'sent', accepted: 2000, problems: 0 });
    expect(proxy.posts).toBe(40); // batches of 50
    expect([...proxy.authorizations]).toEqual([basicAuth('learner-pc', 'secret')]);
    expect(await outboxStatus(db)).toMatchObject({ queued: 0, sent: 2000, problemCount: 0 });
    expect((await outboxStatus(db)).lastError).toBeUndefined();
    await expectExactlyOnce(statements.map((s) => s.id));
    console.log(`[lrs outbox] 2,000 statements sent in ${ms} ms`);
    expect(await sendOutbox(db, settings(), quick)).toEqual({ outcome: 'nothing-queued' });
    db.close();
  });

  it('the LRS failing mid-batch (503, dropped connections before and after storing) and a service-worker stop lose nothing and duplicate nothing', async () => {
    const name = `flaky-${crypto.randomUUID()}`;
    const statements = learnerStatements(31, 600);
    let db = new ProgressDb(name);
    await startQueueing(db, proxy.endpoint);
    await appendStatements(db, statements);

    proxy.posts = 0;
    proxy.script = (post) => (post === 3 ? '503' : post === 5 ? 'forward-then-drop' : post >= 8 ? 'drop' : 'pass');
    const first = await sendOutbox(db, settings(), quick);
    // posts 1, 2, 4 (retry of 3), 6 (retry of 5: already stored, accepted again) and 7 went
    // through; 8, 9, 10 (two retries) were dropped and the run stopped
    expect(first).toMatchObject({ outcome: 'stopped', accepted: 250, stopped: { reason: 'unavailable' } });
    expect(proxy.posts).toBe(10);
    expect(await outboxStatus(db)).toMatchObject({ queued: 350, sent: 250 });

    // healed, but the service worker is stopped while the third batch of this run is on the wire
    const stop = new AbortController();
    proxy.posts = 0;
    proxy.script = (post) => {
      if (post === 3) stop.abort();
      return 'pass';
    };
    const second = await sendOutbox(db, settings(), { ...quick, force: true, signal: stop.signal });
    expect(second).toMatchObject({ outcome: 'stopped', stopped: { reason: 'aborted' } });
    const afterStop = await outboxStatus(db);
    expect(afterStop.queued + afterStop.sent).toBe(600);
    db.close();

    db = new ProgressDb(name);
    proxy.script = () => 'pass';
    const third = await sendOutbox(db, settings(), { ...quick, force: true });
    expect(third).toMatchObject({ outcome: 'sent', problems: 0 });
    expect(await outboxStatus(db)).toMatchObject({ queued: 0, sent: 600, problemCount: 0 });
    await expectExactlyOnce(statements.map((s) => s.id));
    db.close();
  });

  it('a 409 conflict and a 400 are reported per statement, not retried, and the rest still goes', async () => {
    const name = `refused-${crypto.randomUUID()}`;
    const statements = learnerStatements(41, 120);
    const conflicting = statements[17]!;
    const invalid = statements[83]!;
    // the LRS already holds other content under one id; another statement is one the LRS refuses
    const other = { ...conflicting, verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { en: 'experienced' } } };
    const posted = await fetch(`${lrs.endpoint}statements`, { method: 'POST', headers: { Authorization: basicAuth('x', 'y'), 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' }, body: JSON.stringify([other]) });
    expect(posted.status).toBe(200);
    const refused = { ...invalid, result: { ...(invalid.result ?? {}), score: { scaled: 2 } } } as XapiStatement;

    const db = new ProgressDb(name);
    await startQueueing(db, proxy.endpoint);
    await appendStatements(db, statements.map((s) => (s.id === invalid.id ? refused : s)));
    proxy.posts = 0;
    proxy.script = () => 'pass';
    const run = await sendOutbox(db, { endpoint: proxy.endpoint, username: '', password: '', token: 'hospital-token' }, quick);
    expect(run).toMatchObject({ outcome: 'sent', accepted: 118, problems: 2 });
    expect(proxy.authorizations.has('Bearer hospital-token')).toBe(true);
    const status = await outboxStatus(db);
    expect(status).toMatchObject({ queued: 0, sent: 118, problemCount: 2 });
    const byId = new Map(status.problems.map((p) => [p.id, p]));
    expect(byId.get(conflicting.id)).toMatchObject({ status: 409 });
    expect(byId.get(invalid.id)).toMatchObject({ status: 400 });
    expect(byId.get(invalid.id)!.message).toContain('result.score.scaled');
    expect(byId.get(conflicting.id)!.message.length).toBeGreaterThan(0);

    const sentIds = statements.map((s) => s.id).filter((id) => id !== conflicting.id && id !== invalid.id);
    await expectExactlyOnce(sentIds);
    // the LRS kept its own copy of the conflicting id and never got the refused one
    const kept = await lrsCopies([conflicting.id, invalid.id]);
    expect([...kept.entries()]).toEqual([[conflicting.id, 1]]);

    const posts = proxy.posts;
    expect(await sendOutbox(db, settings(), { ...quick, force: true })).toEqual({ outcome: 'nothing-queued' });
    expect(proxy.posts).toBe(posts);
    db.close();
  });
});

describe('the forwarder as the outbox uses it (scripted)', () => {
  it('sends Bearer with a token, Basic with a user name, nothing without either; reports accepted ids batch by batch', async () => {
    expect(authorization({ endpoint: 'http://x/', username: 'u', password: 'p', token: 't' })).toBe('Bearer t');
    expect(authorization({ endpoint: 'http://x/', username: 'u', password: 'p' })).toBe(basicAuth('u', 'p'));
    expect(authorization({ endpoint: 'http://x/', username: '', password: '' })).toBeUndefined();
    const seen: (string | undefined)[] = [];
    const fetch = (async (_url: string, init: RequestInit) => {
      seen.push((init.headers as Record<string, string>).Authorization);
      const ids = (JSON.parse(String(init.body)) as { id: string }[]).map((s) => s.id);
      return new Response(JSON.stringify({ message: 'no' }), { status: ids.includes('b') ? 400 : 200 });
    }) as unknown as typeof globalThis.fetch;
    const accepted: string[][] = [];
    const statements = ['a', 'b', 'c', 'd'].map((id) => ({ id, json: JSON.stringify({ id }) }));
    const report = await forwardStatements({ settings: { endpoint: 'http://x/', username: '', password: '' }, statements: [statements], total: 4, batchSize: 4, fetch, onAccepted: (ids) => void accepted.push(ids) });
    expect(report).toMatchObject({ accepted: 3, rejected: 1, rejectedList: [{ id: 'b', status: 400 }] });
    expect(accepted).toEqual([['a'], ['c', 'd']]);
    expect(seen.every((h) => h === undefined)).toBe(true);
  });
});

describe('startQueueing, asked by every send run', () => {
  it('writes the outbox state only when the LRS in force changes, and then queues the log once', async () => {
    const db = new ProgressDb(`outbox-quiet-${Date.now()}`);
    await appendStatements(db, learnerStatements(7, 5));
    let writes = 0;
    db.lrsState.hook('creating', () => void writes++);
    db.lrsState.hook('updating', () => void writes++);
    expect(await startQueueing(db, 'https://lrs.example.cn/xapi/')).toEqual({ queued: 5 });
    expect(writes).toBe(1);
    for (let run = 0; run < 5; run++) expect(await startQueueing(db, 'https://lrs.example.cn/xapi/')).toEqual({ queued: 0 });
    expect(writes).toBe(1);
    // a new endpoint: written again, and the whole log queued for it (none twice)
    expect(await startQueueing(db, 'https://lrs2.example.cn/xapi/')).toEqual({ queued: 0 });
    expect(writes).toBe(2);
    expect((await outboxStatus(db)).queued).toBe(5);
    await stopQueueing(db);
    expect(writes).toBe(3);
    expect(await startQueueing(db, 'https://lrs2.example.cn/xapi/')).toEqual({ queued: 0 });
    expect(writes).toBe(4);
    db.close();
  });
});
