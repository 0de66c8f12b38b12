// @vitest-environment jsdom
import { act, createElement } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import demoPackJson from '@preceptor/shared/packs/registration-demo.pack.json';
import { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import { packOutline } from '@preceptor/shared/schema/packOutline.ts';
import { tourActivityId } from '@preceptor/shared/xapi/vocabulary.ts';
import type { TourRun } from '@preceptor/shared/tour/tourMachine.ts';
import { checklistProgress } from '@preceptor/shared/learning/checklistProgress.ts';
import { sendMessage } from '../src/messaging/protocol.ts';
import type { MyTourStates, PageTourRef } from '../src/tours/protocol.ts';
import { PopupPage } from '../src/pages/PopupPage.tsx';
import { reactHostPerTest, until } from './reactHost.ts';

// The popup, with a tour running in this tab: until the background says so, the row must not offer
// "Start again" (that would restart the learner's run instead of resuming it) nor "Start".

vi.mock('../src/messaging/protocol.ts', () => ({ sendMessage: vi.fn() }));
vi.mock('../src/ui/targetTab.ts', () => ({ findTargetTab: async () => ({ id: 7, url: 'http://localhost:5173/registration' }), isOpenAsTab: async () => false }));

const pack = ContentPack.parse(demoPackJson);
const tour = pack.tours[0]!;
const run: TourRun = { packId: pack.id, packVersion: pack.version, tourId: tour.id, registration: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b', startedAt: 1, stepIndex: 2, stepCount: tour.steps.length, status: 'running' };

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

const dom = reactHostPerTest();
let pageTours: ReturnType<typeof deferred<PageTourRef[]>>;
let tourStates: ReturnType<typeof deferred<MyTourStates>>;

const row = () => dom.host.querySelector<HTMLElement>(`[data-region="page-tours"] li[data-tour="${tour.id}"]`);
const buttonTexts = () => [...(row()?.querySelectorAll('button') ?? [])].map((b) => b.textContent);

async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
}

describe('the popup\'s row for a tour running in this tab', () => {
  beforeEach(async () => {
    await fakeBrowser.storage.local.set({
      installedPackOutlines: [packOutline(pack)],
      learnerProfile: { learnerId: '0b8f6a4e-2d1c-4b3a-9e8f-7a6b5c4d3e2f', role: 'registrar', language: 'zh-CN' },
    });
    pageTours = deferred();
    tourStates = deferred();
    vi.mocked(sendMessage).mockImplementation(((name: string) => {
      if (name === 'listPageTours') return pageTours.promise;
      if (name === 'myTourStates') return tourStates.promise;
      if (name === 'myChecklists') return Promise.resolve(pack.checklists.filter((c) => c.role === 'registrar').map((c) => checklistProgress(pack, c, [], 'learner', new Date())));
      return new Promise(() => undefined); // the other panels' questions stay unanswered here
    }) as typeof sendMessage);
  });

  it('shows the tour at once with a disabled button and no verb, then Resume and Start again once the background answers', async () => {
    await act(async () => dom.root.render(createElement(PopupPage)));
    await until(() => row() !== null);
    // drawn from the outlines before the background answers; the log has already answered "in progress"
    await act(async () => tourStates.resolve({ [tourActivityId(pack.id, tour.id)]: { status: 'in-progress', stepsDone: 2 } }));
    await settle();
    const waiting = [...row()!.querySelectorAll('button')];
    expect(waiting.map((b) => [b.textContent, b.disabled])).toEqual([['正在确认…', true]]);
    expect(row()!.textContent).toContain(tour.title['zh-CN']);
    expect(row()!.textContent).not.toMatch(/重新开始|开始|继续/);

    await act(async () => pageTours.resolve([{ packId: pack.id, tourId: tour.id, run }]));
    await until(() => buttonTexts().includes('继续'));
    expect(buttonTexts()).toEqual(['继续', '重新开始']);
    expect([...row()!.querySelectorAll('button')].every((b) => !b.disabled)).toBe(true);
  });

  it('waits for the log too: a tour not running here shows no verb until its state is known', async () => {
    await act(async () => dom.root.render(createElement(PopupPage)));
    await until(() => row() !== null);
    await act(async () => pageTours.resolve([{ packId: pack.id, tourId: tour.id }]));
    await settle();
    expect(buttonTexts()).toEqual(['正在确认…']);
    await act(async () => tourStates.resolve({ [tourActivityId(pack.id, tour.id)]: { status: 'completed' } }));
    await until(() => buttonTexts().length === 1 && buttonTexts()[0] !== '正在确认…');
    expect(buttonTexts()).toEqual(['重新开始']);
  });

  it('falls back to the outline list with its verbs when the background cannot list the tab\'s tours (nothing waits silently)', async () => {
    await act(async () => dom.root.render(createElement(PopupPage)));
    await until(() => row() !== null);
    await act(async () => { tourStates.resolve({}); pageTours.reject(new Error('no service worker')); });
    await until(() => buttonTexts()[0] !== '正在确认…');
    expect(buttonTexts()).toEqual(['开始']);
  });

  it('the checklist\'s tour item resumes the tour running here, never restarts it; no verb before the background answers', async () => {
    const checklistTourButton = () => dom.host.querySelector<HTMLButtonElement>('section[aria-labelledby="checklist-h"] li[data-item="tour"] button');
    await act(async () => dom.root.render(createElement(PopupPage)));
    await until(() => checklistTourButton() !== null);
    expect([checklistTourButton()!.textContent, checklistTourButton()!.disabled]).toEqual(['正在确认…', true]);
    await act(async () => { tourStates.resolve({}); pageTours.resolve([{ packId: pack.id, tourId: tour.id, run }]); });
    await until(() => checklistTourButton()?.textContent !== '正在确认…');
    expect([checklistTourButton()!.textContent, checklistTourButton()!.disabled]).toEqual(['继续导览', false]);
    vi.mocked(sendMessage).mockClear();
    await act(async () => checklistTourButton()!.click());
    expect(vi.mocked(sendMessage).mock.calls.map(([name]) => name)).toEqual(['resumeTour']);
  });
});
