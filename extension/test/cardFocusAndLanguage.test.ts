// @vitest-environment jsdom
// @vitest-environment-options {"pretendToBeVisual": true}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Tour } from '@preceptor/shared/schema/contentPack.ts';
import type { PageContext } from '../src/page/pageContext.ts';
import type { PlayerState } from '../src/tours/protocol.ts';

// Issue 17: the card's 完成 must not blur the EMR field the learner is in, and a language switch
// must reach an open card. jsdom cannot make trusted events; the trust gate (tested in
// closedRoots.test.ts and hostilePlayer.spec.ts) is set aside here so synthetic presses reach the card.
vi.mock('../src/page/trustedEvents.ts', async (importActual) => ({
  ...(await importActual<typeof import('../src/page/trustedEvents.ts')>()),
  acceptOnlyTrustedEvents: () => undefined,
}));
// the page guide asks the background for the card's and launcher's places: here the background's
// own store answers, after the gate's admission (schemas, sender: this jsdom page's content script)
vi.mock('../src/messaging/protocol.ts', async () => {
  const { admitMessage } = await import('../src/messaging/admission.ts');
  const { TOUR_MESSAGES } = await import('../src/tours/protocol.ts');
  const store = await import('../src/tours/guidePlaceStore.ts');
  const self = { id: 'preceptor', baseUrl: 'chrome-extension://preceptor/' };
  const handlers: Record<string, (data: any, pageUrl: string | undefined) => Promise<unknown>> = {
    cardPlace: (data, pageUrl) => store.cardPlace(data.pattern, pageUrl),
    saveCardPlace: (data, pageUrl) => store.saveCardPlace(data.pattern, data.at, pageUrl),
    launcherPlace: () => store.launcherPlace(),
    saveLauncherPlace: (data) => store.saveLauncherPlace(data),
  };
  return {
    sendMessage: vi.fn(async (name: string, data: unknown) => {
      const handler = handlers[name];
      if (!handler) return null;
      const admitted = admitMessage(TOUR_MESSAGES[name as keyof typeof TOUR_MESSAGES], data, { id: self.id, url: location.href, tab: { id: 1 } }, self);
      if (!admitted.ok) throw new Error(`refused ${name}: ${admitted.refused}`);
      return handler(admitted.data, admitted.sender.url);
    }),
  };
});

const { createTourPlayer, focusIsFree } = await import('../src/tours/page/tourPlayer.ts');
const { PlayerCard, targetRegion } = await import('../src/tours/page/playerCard.ts');
const { TourLauncher } = await import('../src/tours/page/tourLauncher.ts');
const { playerTranslator } = await import('../src/i18n/playerMessages.ts');
const { cardPlace, launcherPlace, pagePattern } = await import('../src/tours/page/guidePlaces.ts');

globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

/** the closed roots as Preceptor's own code holds them */
function watchRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

function emrForm(): HTMLInputElement {
  document.body.innerHTML = '<div role="dialog" aria-modal="true"><label for="name">姓名</label><input id="name"><label for="dob">出生日期</label><input id="dob"></div>';
  const input = document.querySelector<HTMLInputElement>('#name')!;
  input.focus();
  return input;
}

const press = (element: Element, type: 'mousedown' | 'pointerdown' = 'mousedown') =>
  element.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, button: 0 }));

const ctx: PageContext = {
  signal: new AbortController().signal,
  isInvalid: false,
  addEventListener: (target: EventTarget, type: string, handler: (event: never) => void, options?: AddEventListenerOptions) =>
    target.addEventListener(type, handler as EventListener, options),
  setTimeout: (handler: () => void, ms: number) => window.setTimeout(handler, ms),
  requestIdleCallback: (handler: () => void) => window.setTimeout(handler, 0),
  onInvalidated: () => () => undefined,
  onLocationChange: () => undefined,
} as PageContext;

function state(language: 'zh-CN' | 'en', stepIndex = 0): PlayerState {
  const tour = Tour.parse({
    id: 'registration',
    title: { 'zh-CN': '挂号', en: 'Registration' },
    steps: [
      { id: 'welcome', title: { 'zh-CN': '欢迎', en: 'Welcome' }, body: { 'zh-CN': '这是挂号页面。', en: 'This is the registration page.' } },
      { id: 'done', title: { 'zh-CN': '最后一步', en: 'Last step' }, body: { 'zh-CN': '结束。', en: 'The end.' } },
    ],
  });
  return {
    run: { packId: 'p', packVersion: '1', tourId: tour.id, registration: 'r1', startedAt: 0, stepIndex, stepCount: 2, status: 'running' },
    tour,
    packTitle: { 'zh-CN': '包', en: 'Pack' },
    language,
  };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('the card leaves the EMR field its focus', () => {
  it('focus in an EMR field is not free; on the body or on our own UI it is', () => {
    const input = emrForm();
    expect(focusIsFree()).toBe(false);
    input.blur();
    expect(focusIsFree()).toBe(true);
  });

  it('a card drawn while the learner is in a field does not take focus, and pressing 完成 keeps it there', () => {
    const roots = watchRoots();
    const input = emrForm();
    const card = new PlayerCard();
    const view = { kind: 'step', title: '出生日期', body: '填写出生日期。', stepNumber: 5, stepCount: 5, stepKind: 'info', canGoBack: true, isLast: true, target: 'none' } as const;
    card.show(view, { next: vi.fn(), back: vi.fn(), skip: vi.fn(), close: vi.fn() }, playerTranslator('zh-CN'), undefined, focusIsFree());
    expect(document.activeElement).toBe(input);
    const finish = [...roots[0]!.querySelectorAll('button')].find((button) => button.textContent?.trim() === '完成')!;
    expect(finish).toBeDefined();
    // the press's default (moving focus to the button, blurring the field) is cancelled
    expect(press(finish)).toBe(false);
    expect(document.activeElement).toBe(input);
    // still reachable by keyboard
    expect(finish.tabIndex).toBe(0);
    expect(finish.disabled).toBe(false);
    // the header (drag handle) and the move button do not take focus on press either
    expect(press(roots[0]!.querySelector('.meta')!)).toBe(false);
    expect(press(roots[0]!.querySelector('.move')!)).toBe(false);
    card.destroy();
  });

  it('the player takes focus for its card only when focus is free', async () => {
    const roots = watchRoots();
    const input = emrForm();
    const player = createTourPlayer(ctx);
    await player.show(state('zh-CN'));
    expect(document.activeElement).toBe(input);
    expect(roots[0]!.textContent).toContain('欢迎');
    // the learner's shortcut brings focus to the card
    expect(player.focusCard()).toBe(true);
    expect(document.activeElement?.matches('[data-preceptor-player]')).toBe(true);
    // the next step, with focus on the card, keeps it on the card
    await player.show(state('zh-CN', 1));
    expect(document.activeElement?.matches('[data-preceptor-player]')).toBe(true);
    // the learner goes back to the field; closing the tour leaves focus there (no blur, no validation)
    input.focus();
    const blurred = vi.fn();
    input.addEventListener('blur', blurred);
    await player.show(null);
    expect(document.activeElement).toBe(input);
    expect(blurred).not.toHaveBeenCalled();
  });

  it('the launcher buttons do not take focus from a field on press', () => {
    const roots = watchRoots();
    const input = emrForm();
    const launcher = new TourLauncher(vi.fn());
    launcher.update([{ packId: 'p', tourId: 't', title: { 'zh-CN': '挂号', en: 'Registration' }, stepCount: 3 }], [], 'zh-CN', false);
    for (const button of roots[0]!.querySelectorAll('.pill button')) expect(press(button)).toBe(false);
    expect(document.activeElement).toBe(input);
    launcher.destroy();
  });
});

describe('a language switch reaches the open card', () => {
  it('redraws the same step in the new language', async () => {
    const roots = watchRoots();
    const player = createTourPlayer(ctx);
    await player.show(state('zh-CN'));
    expect(roots[0]!.textContent).toContain('欢迎');
    expect(roots[0]!.textContent).toContain('下一步');
    await player.show(state('en'));
    expect(roots[0]!.textContent).toContain('Welcome');
    expect(roots[0]!.textContent).toContain('Next');
    expect(roots[0]!.textContent).not.toContain('下一步');
    await player.show(null);
  });

  it('redraws the launcher in the new language', () => {
    const roots = watchRoots();
    const launcher = new TourLauncher(vi.fn());
    const tours = [{ packId: 'p', tourId: 't', title: { 'zh-CN': '挂号', en: 'Registration' }, stepCount: 3 }];
    launcher.update(tours, [], 'zh-CN', false);
    expect(roots[0]!.textContent).toContain('导览（1）');
    launcher.update(tours, [], 'en', false);
    expect(roots[0]!.textContent).toContain('Tours (1)');
    launcher.destroy();
  });
});

describe('a page with answers (issue 16)', () => {
  it('the launcher shows how many FAQ entries answer this page, says it once politely, and takes no focus', async () => {
    vi.useFakeTimers();
    try {
      const roots = watchRoots();
      const input = emrForm();
      const launcher = new TourLauncher(vi.fn(), undefined, vi.fn());
      launcher.update([], [], 'zh-CN', false, 2); // no tours, but answers: the launcher is drawn
      const root = roots[0]!;
      expect(root.querySelector('.open [data-region="page-answers"]')?.textContent).toBe('本页 2 条解答');
      const live = root.querySelector('[aria-live="polite"]')!;
      expect(live.textContent).toBe('');
      await vi.advanceTimersByTimeAsync(700);
      expect(live.textContent).toBe('本页有 2 条解答，可在“帮助”中查看');
      expect(document.activeElement).toBe(input);
      (root.querySelector('.open') as HTMLButtonElement).click();
      expect(root.querySelector('[data-action="open-help"]')?.textContent).toContain('本页 2 条解答');
      launcher.update([], [], 'en', false, 1);
      expect(root.querySelector('.open [data-region="page-answers"]')?.textContent).toBe('1 answer for this page');
      launcher.update([], [], 'en', false, 0);
      expect(root.isConnected).toBe(false); // nothing left to offer: no launcher
      launcher.destroy();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('moving the card and the launcher', () => {
  it('Alt+arrow moves the card, the place is kept per page pattern, reset forgets it', async () => {
    const roots = watchRoots();
    const card = new PlayerCard();
    const view = { kind: 'step', title: 'A', body: 'B', stepNumber: 1, stepCount: 2, stepKind: 'info', canGoBack: false, isLast: false, target: 'none' } as const;
    card.show(view, { next: vi.fn(), back: vi.fn(), skip: vi.fn(), close: vi.fn() }, playerTranslator('en'), undefined, false);
    const root = roots[0]!;
    expect(root.querySelector('.reset')).toBeNull();
    card.handleKey(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, cancelable: true }));
    await vi.waitFor(async () => expect(await cardPlace(pagePattern(location.href))).toBeDefined());
    expect(root.querySelector('.moved-status')?.textContent).toContain('Card moved');
    expect(root.querySelector('.card')?.classList.contains('centred')).toBe(false);
    const reset = root.querySelector<HTMLButtonElement>('.reset')!;
    expect(reset).not.toBeNull();
    // a mouse click on ↺ (focus stays in the EMR's field): focus is left where it is
    const field = document.body.appendChild(document.createElement('input'));
    field.focus();
    reset.click();
    await vi.waitFor(async () => expect(await cardPlace(pagePattern(location.href))).toBeUndefined());
    expect(root.querySelector('.card')?.classList.contains('centred')).toBe(true);
    expect(document.activeElement).toBe(field);
    // from the keyboard (focus on ↺, which goes away): focus moves on to the move button
    card.handleKey(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, cancelable: true }));
    await vi.waitFor(async () => expect(await cardPlace(pagePattern(location.href))).toBeDefined());
    root.querySelector<HTMLButtonElement>('.reset')!.focus();
    root.querySelector<HTMLButtonElement>('.reset')!.click();
    expect(root.activeElement?.classList.contains('move')).toBe(true);
    field.remove();
    card.destroy();
  });

  it('dragging the header moves the card and keeps the place', async () => {
    const roots = watchRoots();
    const card = new PlayerCard();
    const view = { kind: 'step', title: 'A', body: 'B', stepNumber: 1, stepCount: 2, stepKind: 'info', canGoBack: false, isLast: false, target: 'none' } as const;
    card.show(view, { next: vi.fn(), back: vi.fn(), skip: vi.fn(), close: vi.fn() }, playerTranslator('zh-CN'), undefined, false);
    const header = roots[0]!.querySelector<HTMLElement>('.meta')!;
    // jsdom has no PointerEvent: a mouse event with the pointer fields
    const pointer = (type: string, x: number, y: number) => {
      const event = new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, button: 0, clientX: x, clientY: y });
      Object.defineProperties(event, { isPrimary: { value: true }, pointerId: { value: 1 } });
      return event;
    };
    header.dispatchEvent(pointer('pointerdown', 10, 10));
    header.dispatchEvent(pointer('pointermove', 110, 210));
    header.dispatchEvent(pointer('pointerup', 110, 210));
    await vi.waitFor(async () => expect(await cardPlace(pagePattern(location.href))).toEqual({ x: 100, y: 200 }));
    expect(roots[0]!.querySelector<HTMLElement>('.card')!.style.left).toBe('100px');
    expect(roots[0]!.querySelector('.moved-status')?.textContent).toContain('卡片已移动');
    card.destroy();
    // the next card on a page of this pattern opens where the learner put it, with the reset control
    const next = new PlayerCard();
    next.show(view, { next: vi.fn(), back: vi.fn(), skip: vi.fn(), close: vi.fn() }, playerTranslator('zh-CN'), undefined, false);
    await vi.waitFor(() => expect(roots[1]!.querySelector<HTMLElement>('.card')!.style.left).toBe('100px'));
    expect(roots[1]!.querySelector('.reset')).not.toBeNull();
    next.destroy();
  });

  it('the launcher collapses to an edge tab, remembered, and expands again', async () => {
    const roots = watchRoots();
    const launcher = new TourLauncher(vi.fn());
    const tours = [{ packId: 'p', tourId: 't', title: { 'zh-CN': '挂号', en: 'Registration' }, stepCount: 3 }];
    launcher.update(tours, [], 'en', false);
    roots[0]!.querySelector<HTMLButtonElement>('.tuck')!.click();
    expect(roots[0]!.querySelector('.tab')).not.toBeNull();
    expect(roots[0]!.querySelector('.open')).toBeNull();
    await vi.waitFor(async () => expect((await launcherPlace()).collapsed).toBe(true));
    // a new page (a new launcher) starts collapsed
    launcher.destroy();
    const again = new TourLauncher(vi.fn());
    again.update(tours, [], 'en', false);
    await vi.waitFor(() => expect(roots[1]!.querySelector('.tab')).not.toBeNull());
    roots[1]!.querySelector<HTMLButtonElement>('.tab')!.click();
    expect(roots[1]!.querySelector('.open')).not.toBeNull();
    // arrow keys on the grip move it, inside the viewport
    const grip = roots[1]!.querySelector<HTMLButtonElement>('.grip')!;
    expect((await launcherPlace()).at).toBeUndefined();
    for (let i = 0; i < 200; i++) grip.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', shiftKey: true, bubbles: true, cancelable: true }));
    await vi.waitFor(async () => expect((await launcherPlace()).at?.x).toBe(4));
    again.destroy();
  });
});

describe("the target's whole region", () => {
  it('is the dialog the target sits in', () => {
    emrForm();
    expect(targetRegion(document.querySelector('#dob')!)).toBe(document.querySelector('[role="dialog"]'));
  });

  it('is a section holding the target and its labelled neighbours; none for a lone button', () => {
    document.body.innerHTML = '<main><fieldset id="patient"><legend>患者</legend><label>性别<input id="sex"></label><label>出生日期<input id="dob"></label></fieldset><div><button id="lone">挂号</button></div></main>';
    expect(targetRegion(document.querySelector('#dob')!)?.id).toBe('patient');
    expect(targetRegion(document.querySelector('#lone')!)).toBeUndefined();
  });
});
