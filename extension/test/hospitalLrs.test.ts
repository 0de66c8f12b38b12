import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { basicAuth } from '@preceptor/shared/xapi/lrsForwarding.ts';
import type { XapiStatement } from '@preceptor/shared/record/xapiStatement.ts';
import { startLoopbackLrs, type LoopbackLrs } from '../../shared/test/trainer/loopbackLrs.ts';
import { startProxy, type LrsProxy } from '../../shared/test/record/lrsProxy.ts';
import { ensureLearnerProfile } from '../src/progress/learnerProfile.ts';
import { recordStatements } from '../src/progress/progressLog.ts';
import { LRS_ALARM, lrsRunRetries, lrsStatus, registerLrs, sendQueued } from '../src/progress/lrs/lrsSender.ts';
import { clearLocalLrs, localLrs, saveLocalLrs } from '../src/progress/lrs/lrsSettings.ts';

// The background's LRS glue with WXT's fake browser (storage, managed policy, alarms) and
// fake-indexeddb, sending to the real test LRS through a loopback proxy (shared/test/record/).
// Nothing here calls the sender by hand: settings, policy, new statements and the alarm do.

let lrs: LoopbackLrs;
let proxy: LrsProxy;

beforeAll(async () => {
  lrs = await startLoopbackLrs();
  proxy = await startProxy(lrs.endpoint);
  fakeBrowser.reset();
  await ensureLearnerProfile();
  lrsRunRetries.maxRetries = 0; // a failing run gives up at once; the alarm and backoff are under test
  registerLrs();
}, 40_000);

afterAll(async () => {
  vi.useRealTimers();
  await proxy?.close();
  await lrs?.stop();
});

function statements(n: number): XapiStatement[] {
  return Array.from({ length: n }, () => ({
    id: crypto.randomUUID(),
    actor: { objectType: 'Agent', account: { homePage: 'https://hospital.example.cn', name: 'learner-1' } },
    verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'read' } },
    object: { objectType: 'Activity', id: 'https://preceptor.dev/xapi/activities/packs/p' },
    context: { registration: crypto.randomUUID() },
    timestamp: new Date().toISOString(),
  })) as unknown as XapiStatement[];
}

/** How many copies of each id the LRS holds (one GET of everything: this LRS's paging is unreliable). */
async function lrsCopies(ids: readonly string[]): Promise<number[]> {
  const response = await fetch(`${lrs.endpoint}statements?limit=100000`, { headers: { Authorization: basicAuth('check', 'x'), 'X-Experience-API-Version': '1.0.3' } });
  const all = ((await response.json()) as { statements: { id: string }[] }).statements;
  return ids.map((id) => all.filter((s) => s.id === id).length);
}

const poll = { timeout: 15_000, interval: 100 };

describe('the hospital LRS in the background', () => {
  const logged: string[] = [];

  it("without a policy, sends the whole log once the learner sets an LRS, then each new statement; the password never comes back out", async () => {
    const before = statements(5);
    await recordStatements(before);
    logged.push(...before.map((s) => s.id));
    expect(await lrsStatus()).toMatchObject({ configured: null, queued: 0, sent: 0 });

    expect(await saveLocalLrs({ endpoint: 'lrs.hospital.local', username: '', password: '', token: '' })).toMatchObject({ saved: false, reason: 'invalid', field: 'endpoint' });
    expect(await saveLocalLrs({ endpoint: 'javascript:alert(1)', username: '', password: '', token: '' })).toMatchObject({ saved: false, reason: 'invalid' });
    expect(await saveLocalLrs({ endpoint: proxy.endpoint, username: 'nurse-pc', password: 'pa55-word', token: '' })).toEqual({ saved: true });
    await expect.poll(async () => (await lrsStatus()).sent, poll).toBe(5);
    const status = await lrsStatus();
    expect(status).toMatchObject({ configured: { source: 'local', endpoint: proxy.endpoint, credentials: 'basic' }, queued: 0, problemCount: 0 });
    expect(status.lastSuccessAt).toBeTruthy();
    expect(JSON.stringify(status)).not.toContain('pa55-word');
    expect(proxy.authorizations.has(basicAuth('nurse-pc', 'pa55-word'))).toBe(true);

    // saved again without typing the password: the saved one is kept
    expect(await saveLocalLrs({ endpoint: proxy.endpoint, username: 'nurse-pc', password: '', token: '' })).toEqual({ saved: true });
    expect((await localLrs.getValue())?.password).toBe('pa55-word');

    const more = statements(3);
    await recordStatements(more);
    logged.push(...more.map((s) => s.id));
    await expect.poll(async () => (await lrsStatus()).sent, poll).toBe(8);
    expect(await lrsCopies(logged)).toEqual(logged.map(() => 1));
  });

  it("the hospital's policy wins: its LRS and token are used, and the learner cannot change or clear it", async () => {
    proxy.authorizations.clear();
    // the same LRS under another name: a new endpoint, so the whole log is queued for it once more
    const policyEndpoint = proxy.endpoint.replace('127.0.0.1', 'localhost');
    await fakeBrowser.storage.managed.set({ lrs: { endpoint: policyEndpoint, token: 'policy-token' } });
    const posts = proxy.posts;
    await expect
      .poll(async () => {
        const { endpoint, queued, sent } = await lrsStatus();
        return { endpoint, queued, sent };
      }, poll)
      .toEqual({ endpoint: policyEndpoint, queued: 0, sent: 8 });
    expect(proxy.posts).toBeGreaterThan(posts);
    expect(await lrsStatus()).toMatchObject({ configured: { source: 'policy', endpoint: policyEndpoint, credentials: 'token' } });
    expect(JSON.stringify(await lrsStatus())).not.toContain('policy-token');
    expect([...proxy.authorizations]).toEqual(['Bearer policy-token']);
    expect(await saveLocalLrs({ endpoint: 'https://elsewhere.example/xAPI/', username: 'x', password: 'y', token: '' })).toEqual({ saved: false, reason: 'managed' });
    expect(await clearLocalLrs()).toEqual({ saved: false, reason: 'managed' });
    expect(await lrsCopies(logged)).toEqual(logged.map(() => 1)); // sent twice, stored once
  });

  it('offline: statements stay queued with an alarm every minute; after the backoff the alarm sends them and is cleared', async () => {
    await proxy.down();
    const offline = statements(4);
    await recordStatements(offline);
    logged.push(...offline.map((s) => s.id));
    await expect.poll(async () => (await lrsStatus()).lastError?.message ?? '', poll).not.toBe('');
    expect(await lrsStatus()).toMatchObject({ queued: 4, sent: 8 });
    expect(await browser.alarms.get(LRS_ALARM)).toMatchObject({ periodInMinutes: 1 });

    await proxy.up();
    // within the backoff the alarm does not send
    await fakeBrowser.alarms.onAlarm.trigger({ name: LRS_ALARM, scheduledTime: Date.now() });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await lrsStatus()).queued).toBe(4);
    // a minute later it does
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 61_000);
    await fakeBrowser.alarms.onAlarm.trigger({ name: LRS_ALARM, scheduledTime: Date.now() });
    await expect.poll(async () => (await lrsStatus()).queued, poll).toBe(0);
    vi.useRealTimers();
    expect(await lrsStatus()).toMatchObject({ sent: 12, problemCount: 0 });
    expect((await lrsStatus()).lastError).toBeUndefined();
    await expect.poll(async () => browser.alarms.get(LRS_ALARM), poll).toBeUndefined();
    expect(await lrsCopies(logged)).toEqual(logged.map(() => 1));
  });

  it('never runs two senders at once: a run asked for while one goes on is told busy', async () => {
    const more = statements(60);
    await recordStatements(more);
    const outcomes = (await Promise.all([sendQueued(true), sendQueued(true)])).map((r) => r.outcome).sort();
    expect(outcomes).toEqual(['busy', 'sent']);
    await expect.poll(async () => (await lrsStatus()).sent, poll).toBe(72);
    expect(await lrsCopies(more.map((s) => s.id))).toEqual(more.map(() => 1));
  });
});
