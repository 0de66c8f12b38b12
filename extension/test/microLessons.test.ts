// @vitest-environment jsdom
// Micro-lessons (issue 16 item 6): the background's tick through the one writer of the learner's
// record, the message gate's senders, and the popup's lesson item (what opens, what is recorded).

import { storage } from 'wxt/utils/storage';
import 'fake-indexeddb/auto';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import type { ChecklistItem } from '@preceptor/shared/schema/learningContent.ts';
import { EXTENSION, VERB, checklistItemActivityId } from '@preceptor/shared/xapi/vocabulary.ts';
import wardPack from '../../tests/fixtures/packs/ward-orders.pack.json';
import { translator } from '../src/i18n/messages.ts';
import { recordLesson } from '../src/learning/lessonRecords.ts';
import { LessonAction } from '../src/learning/popup/LessonAction.tsx';
import { ReadingAction } from '../src/learning/popup/ReadingAction.tsx';
import { admitMessage } from '../src/messaging/admission.ts';
import { BACKGROUND_MESSAGES } from '../src/messaging/messages.ts';
import { senderContext } from '../src/messaging/senderContext.ts';
import { ensureLearnerProfile } from '../src/progress/learnerProfile.ts';
import { allLearnerStatements } from '../src/progress/progressLog.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const VIDEO = { url: 'https://intranet.hospital.example/lessons/kcl.webm', title: t('微课：补钾', 'Lesson: potassium'), kind: 'video' as const };
const PORTAL = { url: 'https://videos.hospital.example/watch/42', title: t('微课：交班', 'Lesson: handover'), kind: 'video' as const };

const pack = (() => {
  const input = structuredClone(wardPack) as { checklists: { items: unknown[] }[] };
  input.checklists[0]!.items.push({ id: 'kcl-video', kind: 'lesson', lesson: VIDEO }, { id: 'handover', kind: 'lesson', required: false, lesson: PORTAL });
  return ContentPack.parse(input);
})();
const checklist = pack.checklists[0]!;
const ids = (itemId: string) => ({ packId: pack.id, checklistId: checklist.id, itemId });

async function mine() {
  const { learnerId } = await ensureLearnerProfile();
  return (await allLearnerStatements()).filter((s) => s.actor.account.name === learnerId);
}

describe('a lesson tick in the background', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await ensureLearnerProfile();
    await storage.setItem('local:installedPacks', [pack]);
  });

  it('a video file is ticked only when watched: "opened" or too little played records nothing', async () => {
    expect(await recordLesson({ ...ids('kcl-video'), report: { outcome: 'opened' } })).toBe('not-yet');
    expect(await recordLesson({ ...ids('kcl-video'), report: { outcome: 'watched', playedSeconds: 30, durationSeconds: 120 } })).toBe('not-yet');
    expect(await mine()).toEqual([]);
    expect(await recordLesson({ ...ids('kcl-video'), report: { outcome: 'watched', playedSeconds: 110, durationSeconds: 120 } })).toBe('ticked');
    const [tick] = await mine();
    expect(tick).toMatchObject({
      verb: { id: VERB.experienced },
      object: { id: checklistItemActivityId(pack.id, checklist.id, 'kcl-video') },
      result: { completion: true, extensions: { [EXTENSION.lessonOutcome]: 'watched' } },
    });
  });

  it('any other link is ticked when opened, and says only that', async () => {
    expect(await recordLesson({ ...ids('handover'), report: { outcome: 'opened' } })).toBe('ticked');
    const [tick] = await mine();
    expect(tick!.result).toEqual({ extensions: { [EXTENSION.lessonOutcome]: 'opened' } });
  });

  it('an item that is not an installed lesson records nothing', async () => {
    expect(await recordLesson({ ...ids('nope'), report: { outcome: 'opened' } })).toBe('unknown-item');
    const notLesson = checklist.items.find((i) => i.kind !== 'lesson')!;
    expect(await recordLesson({ ...ids(notLesson.id), report: { outcome: 'opened' } })).toBe('unknown-item');
    expect(await recordLesson({ ...ids('handover'), packId: 'other-pack', report: { outcome: 'opened' } })).toBe('unknown-item');
    expect(await mine()).toEqual([]);
  });
});

describe('the recordLesson message', () => {
  const self = { id: 'abcdefghijklmnopabcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
  const lessonPage = { id: self.id, url: `${self.baseUrl}lesson.html?pack=a&checklist=b&item=c`, tab: { id: 9 } };
  const report = { ...ids('kcl-video'), report: { outcome: 'watched', playedSeconds: 110, durationSeconds: 120 } };

  it('comes from the lesson page or the popup only, never from a web page', () => {
    expect(senderContext(lessonPage, self)).toBe('lesson');
    expect(admitMessage(BACKGROUND_MESSAGES.recordLesson, report, lessonPage, self)).toMatchObject({ ok: true });
    expect(admitMessage(BACKGROUND_MESSAGES.recordLesson, report, { id: self.id, url: `${self.baseUrl}popup.html` }, self)).toMatchObject({ ok: true });
    expect(admitMessage(BACKGROUND_MESSAGES.recordLesson, report, { id: self.id, url: 'https://emr.example/ward', tab: { id: 3 }, frameId: 0 }, self)).toMatchObject({ ok: false });
    expect(admitMessage(BACKGROUND_MESSAGES.recordLesson, report, { id: self.id, url: `${self.baseUrl}editor.html` }, self)).toMatchObject({ ok: false });
  });

  it('is parsed: no extra fields, no impossible times', () => {
    for (const bad of [
      { ...report, extra: 1 },
      { ...report, report: { outcome: 'watched', playedSeconds: -1, durationSeconds: 120 } },
      { ...report, report: { outcome: 'watched', playedSeconds: 1, durationSeconds: Number.POSITIVE_INFINITY } },
      { ...report, report: { outcome: 'finished' } },
    ]) expect(admitMessage(BACKGROUND_MESSAGES.recordLesson, bad, lessonPage, self), JSON.stringify(bad)).toMatchObject({ ok: false });
  });
});

describe('the popup\'s lesson item', () => {
  let root: Root | undefined;
  let host: HTMLElement | undefined;
  afterEach(() => {
    act(() => root?.unmount());
    host?.remove();
  });
  async function render(item: Extract<ChecklistItem, { kind: 'lesson' }>, props: { openTab: (url: string) => Promise<number | undefined>; onOpened: () => Promise<void>; showTab?: (id: number) => void }) {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    await act(async () => root!.render(createElement(LessonAction, { item, lessonPageUrl: 'chrome-extension://x/lesson.html?pack=p&checklist=c&item=i', t: translator('en'), showTab: () => {}, ...props })));
    return host;
  }
  const click = async (el: Element | null) => act(async () => (el as HTMLElement).click());

  it('a video file opens the lesson page and records nothing itself (the page does, once watched)', async () => {
    const openTab = vi.fn(async () => 5);
    const onOpened = vi.fn(async () => {});
    const el = await render({ id: 'v', kind: 'lesson', required: true, lesson: VIDEO }, { openTab, onOpened });
    expect(el.querySelector('[data-region="lesson-hint"]')!.textContent).toContain('watched it to the end');
    await click(el.querySelector('[data-action="watch-lesson"]'));
    expect(openTab).toHaveBeenCalledWith('chrome-extension://x/lesson.html?pack=p&checklist=c&item=i');
    expect(onOpened).not.toHaveBeenCalled();
  });

  it('another link opens in a new tab, then is recorded as opened, and the popup says that is all it can tell', async () => {
    const order: string[] = [];
    const el = await render({ id: 'h', kind: 'lesson', required: true, lesson: PORTAL }, {
      openTab: async (url) => { order.push(`open ${url}`); return 8; },
      onOpened: async () => { order.push('opened'); },
      showTab: (id) => order.push(`show ${id}`),
    });
    expect(el.querySelector('[data-region="lesson-hint"]')!.textContent).toContain('can only tell that you opened it');
    await click(el.querySelector('[data-action="open-lesson"]'));
    expect(order).toEqual([`open ${PORTAL.url}`, 'opened', 'show 8']);
  });

  it('a link that is not http(s) (a pack installed before the check) is refused without opening', async () => {
    const openTab = vi.fn(async () => 1);
    const onOpened = vi.fn(async () => {});
    const el = await render({ id: 'x', kind: 'lesson', required: true, lesson: { ...PORTAL, url: 'javascript:alert(1)' } }, { openTab, onOpened });
    await click(el.querySelector('[data-action="open-lesson"]'));
    expect(openTab).not.toHaveBeenCalled();
    expect(onOpened).not.toHaveBeenCalled();
    expect(el.querySelector('[role="alert"]')!.textContent).toContain('not an http(s) address');
  });

  it("a field tip's lesson shows as a link once the tip is shown, http(s) only", async () => {
    const tip = { ...pack.tips[0]!, lesson: PORTAL };
    const item = { id: 'tip', kind: 'read', required: false, title: t('提示', 'Tip'), tipId: tip.id } as const satisfies ChecklistItem;
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    const props = { item, language: 'en' as const, t: translator('en'), openTab: vi.fn(), showTab: () => {}, onRead: vi.fn(async () => {}) };
    await act(async () => root!.render(createElement(ReadingAction, { ...props, tip })));
    await click(host.querySelector('[data-action="show-tip"]'));
    const link = host.querySelector<HTMLAnchorElement>('[data-region="tip-lesson"] a')!;
    expect(link.href).toBe(PORTAL.url);
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
    expect(link.textContent).toBe('Micro-lesson: Lesson: handover');
    await act(async () => root!.render(createElement(ReadingAction, { ...props, tip: { ...tip, lesson: { ...PORTAL, url: 'javascript:alert(1)' } } })));
    expect(host.querySelector('[data-region="tip-lesson"]')).toBeNull();
  });
});
