import { autoPlacement, autoUpdate, computePosition, flip, offset, shift, type Placement as FloatingPlacement } from '@floating-ui/dom';
import { html, nothing, render } from 'lit/html.js';
import type { Placement } from '@preceptor/shared/schema/contentPack.ts';
import type { StepKind } from '@preceptor/shared/tour/stepKind.ts';
import type { PlayerTranslate as Translate } from '../../i18n/playerMessages.ts';
import { playerStyles } from './playerStyles.ts';
import { renderMarkdownText } from '../../ui/markdownView.ts';
import { FOCUS_CARD_SHORTCUT } from './guideKeyboard.ts';
import { ownOverlayHost } from '../../page/ownUiHost.ts';

export type CardView =
  | {
      kind: 'step';
      title: string;
      body: string;
      stepNumber: number;
      stepCount: number;
      stepKind: StepKind;
      canGoBack: boolean;
      isLast: boolean;
      /** found: anchored to the target; none: a centred info step; missing: target not found; moved: the step's page never came */
      target: 'found' | 'none' | 'missing' | 'moved';
    }
  | { kind: 'complete'; title: string; body: string };

/** The element a card points at; `onMove` runs whenever the ring is redrawn (the cut-out follows it). */
export interface CardAnchor {
  element: Element;
  placement: Placement;
  onMove?: () => void;
}

export interface CardActions {
  next(): void;
  back(): void;
  skip(): void;
  close(): void;
}

/**
 * The tour popover, rendered with lit into a closed shadow root at the end of <body>: a page script
 * finds the host but not the root, so it can neither read the step nor rewrite what the learner sees.
 * (A host placed after <body> stopped Chromium from painting driver.js's translucent overlay.)
 * driver.js sets `pointer-events: none` on everything in <body>; the card sets it back to auto.
 * No custom elements: `customElements` is null in a content script's isolated world.
 */
export class PlayerCard {
  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private stopFollowing: (() => void) | undefined;
  private keyHandler: ((event: KeyboardEvent) => void) | undefined;

  constructor() {
    // A manual popover lives in the top layer: above the EMR's modal <dialog>s and fullscreen
    // elements, which no z-index can beat. The host spans the viewport but lets clicks through.
    // Its buttons act only on the learner's own clicks and keys: a page script's .click() is stopped (ownOverlayHost).
    ({ host: this.host, root: this.root } = ownOverlayHost('data-preceptor-player'));
    // Keys typed inside the card never reach the page: guideKeyboard.ts stops them on window and
    // passes them to handleKey().
    (document.body ?? document.documentElement).append(this.host);
  }

  /** Re-enter the top layer last, so a dialog the EMR opened meanwhile stays below the card. */
  private raise(): void {
    if (typeof this.host.showPopover !== 'function') return;
    if (this.host.matches(':popover-open')) this.host.hidePopover();
    this.host.showPopover();
  }

  /**
   * @param takeFocus  false when the learner is working in the page (they just clicked the target):
   *   focus stays where they are and screen readers hear the step through the status region.
   */
  show(view: CardView, actions: CardActions, t: Translate, anchor: CardAnchor | undefined, takeFocus = true): void {
    render(this.template(view, actions, t, anchor === undefined), this.root);
    // Inside an open modal <dialog> everything else is inert: the card must live in the dialog.
    const modal = anchor?.element.closest('dialog');
    const home = modal && modal.matches(':modal') ? modal : (document.body ?? document.documentElement);
    if (this.host.parentNode !== home) home.append(this.host);
    this.raise();
    this.follow(anchor);
    if (takeFocus) this.focus();
  }

  /** Point the ring and the card at this element (the page may have replaced the old one), or at nothing. */
  follow(anchor: CardAnchor | undefined): void {
    const card = this.root.querySelector<HTMLElement>('.card');
    if (!card) return;
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    if (anchor) {
      const { element, placement, onMove } = anchor;
      this.stopFollowing = autoUpdate(element, card, () => {
        this.placeRing(element.getBoundingClientRect());
        void this.place(element, card, placement);
        onMove?.();
      });
    } else {
      card.style.left = '';
      card.style.top = '';
      this.placeRing(undefined);
    }
  }

  contains(node: EventTarget | null): boolean {
    return node === this.host;
  }

  destroy(): void {
    this.stopFollowing?.();
    render(nothing, this.root);
    this.host.remove();
  }

  /**
   * A solid ring around the target. Not a translucent dimming layer: Chromium (156, software
   * compositing) stopped painting translucent overlays, driver.js's SVG included, while the card
   * was on screen, so the page looked un-highlighted. An opaque ring always shows.
   */
  private placeRing(target: DOMRect | undefined): void {
    const ring = this.root.querySelector<HTMLElement>('.ring');
    if (!ring) return;
    ring.hidden = !target;
    if (!target) return;
    const pad = 4;
    Object.assign(ring.style, {
      left: `${target.left - pad}px`,
      top: `${target.top - pad}px`,
      width: `${target.width + pad * 2}px`,
      height: `${target.height + pad * 2}px`,
    });
  }

  private async place(reference: Element, card: HTMLElement, placement: Placement): Promise<void> {
    const middleware =
      placement === 'auto'
        ? [offset(14), autoPlacement({ padding: 8 }), shift({ padding: 8 })]
        : [offset(14), flip({ padding: 8 }), shift({ padding: 8 })];
    let position = await computePosition(reference, card, {
      strategy: 'fixed',
      placement: placement === 'auto' ? undefined : (placement as FloatingPlacement),
      middleware,
    });
    // Never cover the target: when shifting pushed the card over it, try each side plainly.
    const target = reference.getBoundingClientRect();
    const covers = (x: number, y: number) =>
      x < target.right && x + card.offsetWidth > target.left && y < target.bottom && y + card.offsetHeight > target.top;
    for (const side of ['bottom', 'top', 'right', 'left'] as const) {
      if (!covers(position.x, position.y)) break;
      position = await computePosition(reference, card, { strategy: 'fixed', placement: side, middleware: [offset(14), shift({ padding: 8 })] });
    }
    card.style.left = `${position.x}px`;
    card.style.top = `${position.y}px`;
  }

  /** A key typed inside the card (routed by guideKeyboard.ts): ← → move between explaining steps. */
  handleKey(event: KeyboardEvent): void {
    this.keyHandler?.(event);
  }

  /** Keyboard focus to the card's main button (or the card): the learner's way back from the page. */
  focus(): void {
    const card = this.root.querySelector<HTMLElement>('.card');
    (card?.querySelector<HTMLElement>('button.primary') ?? card)?.focus({ preventScroll: true });
  }

  private template(view: CardView, actions: CardActions, t: Translate, centred: boolean) {
    this.keyHandler = (event: KeyboardEvent) => {
      if (view.kind !== 'step') return;
      if (event.key === 'ArrowRight' && (view.stepKind === 'info' || view.stepKind === 'point')) actions.next();
      if (event.key === 'ArrowLeft' && view.canGoBack) actions.back();
    };
    const ring = html`<div class="ring" hidden></div>`;
    if (view.kind === 'complete') {
      return html`<style>${playerStyles}</style>${ring}
        <div class="card centred" role="dialog" aria-modal="false" aria-labelledby="pc-title" aria-describedby="pc-body" tabindex="-1" @mousedown=${keepPageFocus}>
          <div class="meta"><span>${t('playerLabel')}</span>
            <button class="close" type="button" aria-label=${t('close')} @click=${actions.close}>×</button></div>
          <h2 id="pc-title">✓ ${view.title}</h2>
          <p id="pc-body">${view.body}</p>
          <div class="actions"><button class="action primary" type="button" @click=${actions.close}>${t('close')}</button></div>
        </div>`;
    }
    const percent = Math.round((view.stepNumber / view.stepCount) * 100);
    const learnerActs = view.stepKind === 'click' || view.stepKind === 'enter' || view.stepKind === 'navigate';
    const unattached = view.target === 'missing' || view.target === 'moved';
    const hint =
      unattached ? '' : view.stepKind === 'click' ? t('clickTargetHint') : view.stepKind === 'enter' ? t('enterTargetHint') : view.stepKind === 'navigate' ? t('navigateHint') : '';
    // Steps the learner completes in the page have no Next, but every step that waits for the
    // learner can be skipped; a step that cannot be done here offers Skip first.
    const primary = unattached
      ? html`<button class="action primary" type="button" @click=${actions.skip}>${t('skipStep')}</button>`
      : learnerActs
        ? html`<button class="action" type="button" @click=${actions.skip}>${t('skipStep')}</button>`
        : html`<button class="action primary" type="button" @click=${actions.next}>${view.isLast ? t('finish') : t('next')}</button>`;
    const stepText = t('stepOf', { current: view.stepNumber, total: view.stepCount });
    return html`<style>${playerStyles}</style>${ring}
      <div class="card ${centred ? 'centred' : ''} ${unattached ? 'unattached' : ''}"
        role="dialog" aria-modal="false" aria-labelledby="pc-title" aria-describedby="pc-body" tabindex="-1" @mousedown=${keepPageFocus}>
        <div class="meta"><span>${t('playerLabel')} · ${stepText}</span>
          <button class="close" type="button" aria-label=${t('close')} title=${t('closeHint')} @click=${actions.close}>×</button></div>
        <div class="progress" aria-hidden="true"><span style="width:${percent}%"></span></div>
        <h2 id="pc-title">${view.title}</h2>
        <div id="pc-body" class="body">${renderMarkdownText(view.body)}</div>
        ${view.target === 'missing' ? html`<p class="notice" role="alert">${t('targetMissing')}</p>` : nothing}
        ${view.target === 'moved' ? html`<p class="notice" role="alert"><strong>${t('pageMovedTitle')}</strong> ${t('pageMoved')}</p>` : nothing}
        ${hint ? html`<p class="hint">${hint}</p>` : nothing}
        <div class="actions">
          ${view.canGoBack ? html`<button class="action" type="button" @click=${actions.back}>${t('back')}</button>` : nothing}
          ${primary}
        </div>
        <div class="keys" aria-hidden="true" title=${t('focusCardHint', { keys: FOCUS_CARD_SHORTCUT })}>Esc · ← → · ${FOCUS_CARD_SHORTCUT}</div>
        <p class="sr-only">${t('focusCardHint', { keys: FOCUS_CARD_SHORTCUT })}</p>
        <div class="sr-only" role="status">${stepText}: ${view.title}</div>
      </div>`;
  }
}

/**
 * Pressing a card button with the mouse leaves focus where it was. Otherwise the press blurs the
 * EMR field the learner is in, the EMR validates it ("× 请输入姓名" on a field never touched), its
 * dialog grows, the card follows its target — and the release lands beside the button, so the
 * press does nothing. Keyboard focus is unchanged: Tab and Alt+Shift+G still reach the card.
 */
function keepPageFocus(event: MouseEvent): void {
  const target = event.target as Element | null;
  if (target?.closest?.('button')) event.preventDefault();
}
