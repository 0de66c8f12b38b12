import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicAuth, forwardStatements, statementsUrl, type ForwardProgress, type OutgoingStatement } from '../../src/trainer/lrsForwarding.ts';
import { startLoopbackLrs, type LoopbackLrs } from './loopbackLrs.ts';
import { seededLearnerStatements } from './syntheticLearners.ts';

const settings = { endpoint: 'https://lrs.example.cn/xAPI', username: 'trainer', password: '密码' };
const outgoing = (n: number, seed = 1): OutgoingStatement[] =>
  seededLearnerStatements(seed, n)
    .slice(0, n)
    .map((s) => ({ id: s.id, json: JSON.stringify(s) }));

type Call = { url: string; method: string; ids: string[]; headers: Record<string, string> };

/** A scripted LRS: `answer` decides each POST's status from the ids in it. */
function fakeLrs(answer: (ids: string[], call: number) => number | 'network-error', stored = new Map<string, string>()) {
  const calls: Call[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    const method = init.method ?? 'GET';
    const body = method === 'POST' ? (JSON.parse(String(init.body)) as any[]) : [];
    const call: Call = { url, method, ids: body.map((s) => s.id), headers: init.headers as Record<string, string> };
    calls.push(call);
    if (method === 'GET') {
      const id = new URL(url).searchParams.get('statementId')!;
      return stored.has(id) ? new Response(stored.get(id), { status: 200 }) : new Response('{}', { status: 404 });
    }
    const status = answer(call.ids, calls.length);
    if (status === 'network-error') throw new TypeError('Failed to fetch');
    return new Response(status < 300 ? JSON.stringify(call.ids) : JSON.stringify({ message: `status ${status}` }), { status });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

const noSleep = async () => undefined;

describe('forwarding to an LRS (scripted)', () => {
  it('posts batches to <endpoint>/statements with the xAPI version and Basic auth, and reports progress', async () => {
    const lrs = fakeLrs(() => 200);
    const progress: ForwardProgress[] = [];
    const statements = outgoing(25);
    const report = await forwardStatements({ settings, statements: [statements.slice(0, 12), statements.slice(12)], total: 25, batchSize: 10, fetch: lrs.fetch, onProgress: (p) => progress.push(p) });
    expect(report).toMatchObject({ total: 25, accepted: 25, conflicts: 0, rejected: 0, retries: 0, requests: 3 });
    expect(lrs.calls.map((c) => c.ids.length)).toEqual([10, 10, 5]);
    expect(lrs.calls[0]!.url).toBe('https://lrs.example.cn/xAPI/statements');
    expect(lrs.calls[0]!.headers['X-Experience-API-Version']).toBe('1.0.3');
    expect(lrs.calls[0]!.headers.Authorization).toBe(basicAuth('trainer', '密码'));
    expect(atob(basicAuth('a', 'b').slice(6))).toBe('a:b');
    expect(progress.at(-1)).toMatchObject({ accepted: 25 });
    expect(statementsUrl('http://x/xAPI/')).toBe('http://x/xAPI/statements');
  });

  it('retries network errors, 429 and 5xx with growing backoff, then succeeds', async () => {
    const lrs = fakeLrs((_, call) => (call === 1 ? 'network-error' : call === 2 ? 503 : call === 3 ? 429 : 200));
    const sleeps: number[] = [];
    const report = await forwardStatements({ settings, statements: [outgoing(5)], total: 5, fetch: lrs.fetch, sleep: async (ms) => void sleeps.push(ms), random: () => 1, baseDelayMs: 100 });
    expect(report).toMatchObject({ accepted: 5, retries: 3 });
    expect(sleeps).toEqual([100, 200, 400]);
  });

  it('stops when retries run out, keeping what was already accepted', async () => {
    const lrs = fakeLrs((_, call) => (call === 1 ? 200 : 500));
    const report = await forwardStatements({ settings, statements: [outgoing(20)], total: 20, batchSize: 10, fetch: lrs.fetch, sleep: noSleep, maxRetries: 2 });
    expect(report).toMatchObject({ accepted: 10, retries: 2, stopped: { reason: 'unavailable', status: 500 } });
  });

  it('stops at once on wrong credentials or a wrong endpoint', async () => {
    for (const [status, reason] of [[401, 'unauthorized'], [403, 'unauthorized'], [404, 'not-found']] as const) {
      const lrs = fakeLrs(() => status);
      const report = await forwardStatements({ settings, statements: [outgoing(20)], total: 20, batchSize: 10, fetch: lrs.fetch, sleep: noSleep });
      expect(report.stopped?.reason).toBe(reason);
      expect(lrs.calls).toHaveLength(1);
    }
  });

  it('splits a refused batch to find the one conflicting and the one rejected statement', async () => {
    const statements = outgoing(16);
    const conflicting = statements[5]!.id;
    const invalid = statements[12]!.id;
    const lrs = fakeLrs((ids) => (ids.includes(conflicting) ? 409 : ids.includes(invalid) ? 400 : 200));
    const report = await forwardStatements({ settings, statements: [statements], total: 16, batchSize: 16, fetch: lrs.fetch, sleep: noSleep });
    expect(report).toMatchObject({ accepted: 14, conflicts: 1, rejected: 1 });
    expect(report.conflictList.map((c) => c.id)).toEqual([conflicting]);
    expect(report.rejectedList.map((c) => [c.id, c.status])).toEqual([[invalid, 400]]);
  });

  it('a lone 409 for content the LRS already holds identically counts as accepted', async () => {
    const statements = outgoing(3);
    const same = statements[1]!;
    const stored = new Map([[same.id, JSON.stringify({ ...JSON.parse(same.json), stored: '2026-12-01T00:00:00Z', version: '1.0.0', authority: { objectType: 'Agent', mbox: 'mailto:lrs@example.cn' } })]]);
    const lrs = fakeLrs((ids) => (ids.includes(same.id) ? 409 : 200), stored);
    const report = await forwardStatements({ settings, statements: [statements], total: 3, fetch: lrs.fetch, sleep: noSleep });
    expect(report).toMatchObject({ accepted: 3, conflicts: 0 });
  });

  it('never sends one id twice in a batch', async () => {
    const statements = outgoing(4);
    const lrs = fakeLrs(() => 200);
    const report = await forwardStatements({ settings, statements: [statements, [statements[0]!]], total: 4, fetch: lrs.fetch });
    expect(lrs.calls.flatMap((c) => c.ids)).toEqual(statements.map((s) => s.id));
    // the repeat is counted, never dropped silently
    expect(report).toMatchObject({ accepted: 4, shared: 1, sharedList: [statements[0]!.id] });
  });

  it('sends no copy of an id that more than one learner holds, and counts each such statement', async () => {
    const victim = outgoing(4);
    // another learner's statement under the victim's id, other content
    const squatted = { id: victim[1]!.id, json: JSON.stringify({ ...JSON.parse(victim[1]!.json), timestamp: '2031-01-01T00:00:00.000Z' }) };
    for (const order of [
      [[squatted], victim],
      [victim, [squatted]],
    ]) {
      const lrs = fakeLrs(() => 200);
      const report = await forwardStatements({ settings, statements: order, total: 5, withheld: new Set([victim[1]!.id]), fetch: lrs.fetch });
      expect(lrs.calls.flatMap((c) => c.ids).sort()).toEqual([victim[0]!.id, victim[2]!.id, victim[3]!.id].sort());
      expect(report).toMatchObject({ accepted: 3, conflicts: 0, rejected: 0, shared: 2, sharedList: [victim[1]!.id] });
    }
  });
});

describe('forwarding to the loopback LRS (xapi-statements)', () => {
  let lrs: LoopbackLrs;
  beforeAll(async () => {
    lrs = await startLoopbackLrs();
  }, 40_000);
  afterAll(async () => {
    await lrs?.stop();
  });

  it('stores everything once; sending again is harmless; a changed statement is reported as a conflict', async () => {
    const real = { endpoint: lrs.endpoint, username: 'trainer', password: 'secret' };
    const statements = outgoing(120, 7);
    const first = await forwardStatements({ settings: real, statements: [statements], total: statements.length, batchSize: 50 });
    expect(first).toMatchObject({ accepted: 120, conflicts: 0, rejected: 0 });
    expect(first.stopped).toBeUndefined();

    const again = await forwardStatements({ settings: real, statements: [statements], total: statements.length, batchSize: 50 });
    expect(again.conflictList, 'a re-send of identical statements is no conflict').toEqual([]);
    expect(again).toMatchObject({ accepted: 120, conflicts: 0, rejected: 0 });

    const changed = { ...JSON.parse(statements[42]!.json), timestamp: '2030-01-01T00:00:00.000Z' };
    const withConflict = [...statements.slice(0, 42), { id: changed.id, json: JSON.stringify(changed) }, ...statements.slice(43)];
    const third = await forwardStatements({ settings: real, statements: [withConflict], total: withConflict.length, batchSize: 50 });
    expect(third).toMatchObject({ accepted: 119, conflicts: 1, rejected: 0 });
    expect(third.conflictList[0]!.id).toBe(changed.id);

    const response = await fetch(`${lrs.endpoint}statements?statementId=${statements[42]!.id}`, {
      headers: { Authorization: basicAuth('t', 't'), 'X-Experience-API-Version': '1.0.3' },
    });
    // the LRS kept the original
    expect((await response.json()).timestamp).toBe(JSON.parse(statements[42]!.json).timestamp);
  }, 60_000);
});
