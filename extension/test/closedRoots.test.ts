// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlayerCard, type CardActions } from '../src/tours/page/playerCard.ts';
import { TourLauncher } from '../src/tours/page/tourLauncher.ts';
import { playerTranslator } from '../src/i18n/playerMessages.ts';

// the card and launcher ask the background where the learner left them; no background here: the default places
vi.mock('../src/tours/page/guidePlaces.ts', async (original) => ({
  ...(await original<typeof import('../src/tours/page/guidePlaces.ts')>()),
  cardPlace: async () => undefined,
  saveCardPlace: async () => undefined,
  launcherPlace: async () => ({ collapsed: false }),
  saveLauncherPlace: async () => undefined,
}));

/**
 * Issue 12: Preceptor's in-page UI sits in closed shadow roots. A page script finds the hosts but
 * gets `shadowRoot === null`, and no text of the card or launcher shows in the page's own DOM.
 * (The real browser, a hostile page and the learner's clicks: tests/e2e/hostilePlayer.spec.ts.)
 */
const actions = (): CardActions => ({ next: vi.fn(), back: vi.fn(), skip: vi.fn(), close: vi.fn() });

/** the roots as the extension gets them from attachShadow (what only Preceptor's own code holds) */
function watchRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    expect(init.mode).toBe('closed');
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('closed roots', () => {
  it('the tour card draws its step where a page script cannot read it', () => {
    const roots = watchRoots();
    const card = new PlayerCard();
    const view = { kind: 'step', title: '核对证件号码', body: '请核对**身份证号**。', stepNumber: 2, stepCount: 5, stepKind: 'info', canGoBack: true, isLast: false, target: 'none' } as const;
    card.show(view, actions(), playerTranslator('zh-CN'), undefined);
    const host = document.querySelector<HTMLElement>('[data-preceptor-player]')!;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).toBeNull();
    expect(host.childNodes).toHaveLength(0);
    expect(document.documentElement.outerHTML).not.toContain('核对证件号码');
    expect(document.body.textContent).not.toContain('身份证号');
    // and the card is there for the learner: the step in its root, focus on its Next button
    expect(roots).toHaveLength(1);
    expect(roots[0]!.host).toBe(host);
    expect(roots[0]!.querySelector('h2')?.textContent).toBe('核对证件号码');
    expect(roots[0]!.activeElement?.textContent).toBe('下一步');
    expect(document.activeElement).toBe(host); // seen from outside, only the host
    card.destroy();
    expect(document.querySelector('[data-preceptor-player]')).toBeNull();
  });

  it('the launcher too, while it keeps its own reference to draw and redraw', () => {
    const roots = watchRoots();
    const launcher = new TourLauncher(vi.fn());
    const tour = { packId: 'p', tourId: 't', title: { 'zh-CN': '门诊挂号', en: 'Registration' }, stepCount: 5 };
    launcher.update([tour as never], [], 'en', false);
    const host = document.querySelector<HTMLElement>('[data-preceptor-launcher]')!;
    expect(host.shadowRoot).toBeNull();
    expect(document.body.textContent).not.toContain('Tours');
    expect(roots[0]!.querySelector('button.open')?.textContent?.trim()).toBe('? Tours (1)');
    launcher.update([tour as never, { ...tour, tourId: 'u' } as never], [], 'zh-CN', false);
    expect(document.querySelectorAll('[data-preceptor-launcher]')).toHaveLength(1);
    expect(roots).toHaveLength(1);
    expect(roots[0]!.querySelector('button.open')?.textContent?.trim()).toBe('? 导览（2）');
    // a page with no tour for the learner but a checklist: the button does not say "Tours (0)"
    launcher.update([], [{ packId: 'p', checklistId: 'c' } as never], 'en', false);
    expect(roots[roots.length - 1]!.querySelector('button.open')?.textContent?.trim()).toBe('? Learning & help');
    launcher.update([], [], 'en', false);
    expect(document.querySelector('[data-preceptor-launcher]')).toBeNull();
  });
});
