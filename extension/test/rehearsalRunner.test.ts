// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import registrationDemo from '@preceptor/shared/packs/registration-demo.pack.json';
import { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import { rehearseSteps, type RehearsalStepInput } from '@preceptor/shared/tour/rehearseSteps.ts';
import { sendMessage } from '../src/messaging/protocol.ts';
import { runRehearsal, type RehearsalProgress } from '../src/authoring/rehearsal/rehearsalRunner.ts';

// The editor's side of the upgrade rehearsal against WXT's fake browser: one background tab, page
// by page, the content script's answer parsed, the tab closed at the end, also when cancelled.

vi.mock('../src/messaging/protocol.ts', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage as unknown as (name: string, data: unknown, tabId: number) => Promise<unknown>);

const V2 = `<section data-panel="today-queue" aria-label="当日挂号"></section><button data-action="new-patient">建档 (F2)</button>`;

/** The demo pack with a second tour on another page, so the rehearsal has two pages to open. */
function twoPagePack(): ContentPack {
  const pack = ContentPack.parse(registrationDemo);
  const step = pack.tours[0]!.steps.find((s) => s.id === 'new-patient')!;
  pack.tours.push({ ...pack.tours[0]!, id: 'cashier', urlPatterns: ['http://localhost:*/billing*'], steps: [{ ...step, id: 'settle' }] });
  return pack;
}

/** What pages the "browser" loads: statuses as a real navigation reports them, after the call returns. */
function browserLoadsPages(): string[] {
  const opened: string[] = [];
  const load = (id: number) =>
    setTimeout(async () => {
      const tab = (await fakeBrowser.tabs.get(id))!;
      await fakeBrowser.tabs.onUpdated.trigger(id, { status: 'loading' }, tab);
      await fakeBrowser.tabs.onUpdated.trigger(id, { status: 'complete' }, tab);
    }, 5);
  fakeBrowser.tabs.onCreated.addListener((tab) => {
    opened.push(tab.url!);
    load(tab.id!);
  });
  fakeBrowser.tabs.onUpdated.addListener((id, change) => {
    if (change.url) {
      opened.push(change.url);
      load(id);
    }
  });
  return opened;
}

/** The content script of each page: the real resolver pass over that page's markup. */
function pagesAnswer(markup: Record<string, string | 'no content script' | 'bent'>) {
  send.mockImplementation(async (name, steps, tabId) => {
    expect(name).toBe('runRehearsal');
    const url = (await fakeBrowser.tabs.get(tabId))!.url!;
    const page = markup[new URL(url).pathname]!;
    if (page === 'no content script') throw new Error('Could not establish connection. Receiving end does not exist.');
    if (page === 'bent') return [{ tourId: 'x', stepId: 'y', status: 'found', confidence: 1, runnerUp: 0, reason: '', target: { selector: 'body' } }];
    document.body.innerHTML = page;
    return rehearseSteps(steps as RehearsalStepInput[], document);
  });
}

const openTabs = async () => (await fakeBrowser.tabs.query({})).filter((t) => t.url?.startsWith('http://localhost:4196'));

beforeEach(() => {
  fakeBrowser.reset();
  send.mockReset();
});

describe('upgrade rehearsal runner', () => {
  it('opens each page in one background tab, reports progress n/N, and closes the tab', async () => {
    const opened = browserLoadsPages();
    pagesAnswer({ '/registration': V2, '/billing': V2 });
    const progress: RehearsalProgress[] = [];
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    const { report, problems } = await runRehearsal(twoPagePack(), new URL('http://localhost:4196/?ui=v2'), { signal: new AbortController().signal, onProgress: (p) => progress.push(p) });
    expect(opened).toEqual(['http://localhost:4196/registration?ui=v2', 'http://localhost:4196/billing?ui=v2']);
    expect(created).toHaveBeenCalledTimes(1);
    expect(created.mock.calls[0]![0]).toMatchObject({ active: false });
    expect(progress).toEqual([{ done: 0, total: 2 }, { done: 1, total: 2 }, { done: 2, total: 2 }]);
    expect(problems).toEqual([]);
    expect(report.rows.map((r) => [r.tourId, r.stepId, r.status])).toEqual([
      ['registration-basics', 'welcome', 'no-target'],
      ['registration-basics', 'patient-search', 'missing'],
      ['registration-basics', 'today-queue', 'found'],
      ['registration-basics', 'new-patient', 'found'],
      ['registration-basics', 'id-number', 'dialog'],
      ['cashier', 'settle', 'found'],
    ]);
    expect(report.tours.map((t) => [t.tourId, t.counts.found])).toEqual([['registration-basics', 2], ['cashier', 1]]);
    expect(await openTabs()).toEqual([]);
  });

  it('a page without Preceptor, or with a bent answer, is "not reached" and named; the answer never reaches the report', async () => {
    browserLoadsPages();
    pagesAnswer({ '/registration': 'no content script', '/billing': 'bent' });
    const { report, problems } = await runRehearsal(twoPagePack(), new URL('http://localhost:4196/?ui=v2'), { signal: new AbortController().signal, onProgress: () => undefined, pageTimeoutMs: 300 });
    expect(problems).toEqual([
      { url: 'http://localhost:4196/registration?ui=v2', kind: 'no-answer' },
      { url: 'http://localhost:4196/billing?ui=v2', kind: 'refused', path: '0.target.tag' },
    ]);
    expect(report.rows.filter((r) => r.status === 'not-reached').map((r) => r.stepId)).toEqual(['patient-search', 'today-queue', 'new-patient', 'id-number', 'settle']);
    expect(await openTabs()).toEqual([]);
  });

  it('cancelling stops after the page under way, keeps what was checked, and closes the tab', async () => {
    browserLoadsPages();
    pagesAnswer({ '/registration': V2, '/billing': V2 });
    const controller = new AbortController();
    const { report } = await runRehearsal(twoPagePack(), new URL('http://localhost:4196/?ui=v2'), {
      signal: controller.signal,
      onProgress: (p) => p.done === 1 && controller.abort(),
    });
    expect(report.cancelled).toBe(true);
    expect(report.pagesChecked).toBe(1);
    expect(report.rows.find((r) => r.stepId === 'today-queue')!.status).toBe('found');
    expect(report.rows.find((r) => r.stepId === 'settle')!.status).toBe('not-reached');
    expect(send).toHaveBeenCalledTimes(1);
    expect(await openTabs()).toEqual([]);
  });
});
