import { autoUpdate } from '@floating-ui/dom';
import { clampToViewport, placeCard } from '@preceptor/shared/tour/cardPlacement.ts';
import { html, nothing, render } from 'lit/html.js';
import type { Placement } from '@preceptor/shared/schema/contentPack.ts';
import type { StepKind } from '@preceptor/shared/tour/stepKind.ts';
import type { PlayerTranslate as Translate } from '../../i18n/playerMessages.ts';
import { playerStyles } from './playerStyles.ts';
import { renderMarkdownText } from '../../ui/markdownView.ts';
import { FOCUS_CARD_SHORTCUT } from './guideKeyboard.ts';
import { ownOverlayHost } from '../../page/ownUiHost.ts';
import { cardPlace, pagePattern, saveCardPlace, type Point } from './guidePlaces.ts';
import { arrowKeyMove, dragWithPointer } from './dragWithPointer.ts';

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
  /** where the learner put the card on this page pattern (dragged or moved by keys); undefined: beside the target */
  private moved: Point | undefined;
  private movedPattern: string | undefined;
  private anchor: CardAnchor | undefined;
  private t: Translate | undefined;
  private redraw: (() => void) | undefined;

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
    this.t = t;
    this.redraw = () => render(this.template(view, actions, t, anchor === undefined), this.root);
    this.redraw();
    void this.recallPlace();
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
    this.anchor = anchor;
    if (this.moved) {
      // the learner's place wins; the ring still follows the target
      this.putAt(card, this.moved);
      if (anchor) {
        const { element, onMove } = anchor;
        this.stopFollowing = autoUpdate(element, card, () => {
          this.placeRing(element.getBoundingClientRect());
          if (this.moved) this.putAt(card, this.moved);
          onMove?.();
        });
      } else this.placeRing(undefined);
      return;
    }
    if (anchor) {
      const { element, placement, onMove } = anchor;
      this.stopFollowing = autoUpdate(element, card, () => {
        this.placeRing(element.getBoundingClientRect());
        this.place(element, card, placement);
        onMove?.();
      });
    } else {
      card.style.left = '';
      card.style.top = '';
      card.style.transform = '';
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

  /** Beside the target, outside its whole region (the dialog or section it sits in) when there is room (shared/src/tour/cardPlacement.ts). */
  private place(reference: Element, card: HTMLElement, placement: Placement): void {
    const region = targetRegion(reference);
    const box = (rect: DOMRect) => ({ left: rect.left, top: rect.top, width: rect.width, height: rect.height });
    const { x, y } = placeCard({
      target: box(reference.getBoundingClientRect()),
      region: region ? box(region.getBoundingClientRect()) : undefined,
      card: { width: card.offsetWidth, height: card.offsetHeight },
      viewport: { width: document.documentElement.clientWidth || innerWidth, height: document.documentElement.clientHeight || innerHeight },
      preferred: placement,
    });
    card.style.left = `${x}px`;
    card.style.top = `${y}px`;
  }

  private putAt(card: HTMLElement, point: Point): void {
    const { x, y } = clampToViewport(point.x, point.y, { width: card.offsetWidth, height: card.offsetHeight }, { width: innerWidth, height: innerHeight });
    card.style.transform = 'none'; // a centred card leaves its centring transform behind
    card.style.left = `${x}px`;
    card.style.top = `${y}px`;
  }

  /** The place the learner chose on this page pattern, if any (read once per pattern). */
  private async recallPlace(): Promise<void> {
    const pattern = pagePattern(location.href);
    if (pattern === this.movedPattern) return;
    this.movedPattern = pattern;
    const saved = await cardPlace(pattern);
    if (pattern !== this.movedPattern || !saved) return;
    this.moved = saved;
    this.redraw?.();
    this.follow(this.anchor);
  }

  /** The learner moved the card (drag or keys): keep it there, on this page pattern, until reset. */
  private moveTo(point: Point, announce: boolean): void {
    const card = this.root.querySelector<HTMLElement>('.card');
    if (!card) return;
    const wasMoved = this.moved !== undefined;
    this.putAt(card, point);
    this.moved = { x: parseFloat(card.style.left), y: parseFloat(card.style.top) };
    this.movedPattern = pagePattern(location.href);
    void saveCardPlace(this.movedPattern, this.moved);
    if (!wasMoved) this.redraw?.(); // shows the reset control
    if (announce) this.announce(this.t?.('cardMoved') ?? '');
  }

  private resetPlace(): void {
    // ↺ goes away once pressed: a keyboard user's focus moves on to the move button; a mouse
    // click (which keeps focus in the EMR's field, keepPageFocus) leaves the learner's focus where it is
    const focusInCard = this.root.activeElement !== null;
    this.moved = undefined;
    this.movedPattern = pagePattern(location.href);
    void saveCardPlace(this.movedPattern, undefined);
    this.redraw?.();
    this.follow(this.anchor);
    this.announce(this.t?.('cardPlaceReset') ?? '');
    if (focusInCard) this.root.querySelector<HTMLElement>('.move')?.focus({ preventScroll: true });
  }

  private announce(text: string): void {
    const live = this.root.querySelector<HTMLElement>('.moved-status');
    if (live) live.textContent = text;
  }

  /** Drag by the header (dragWithPointer): the card follows, the place is kept on release, Esc puts it back. */
  private startDrag(event: PointerEvent): void {
    if ((event.target as Element | null)?.closest?.('button:not(.move)')) return;
    const card = this.root.querySelector<HTMLElement>('.card');
    if (!card) return;
    const rect = card.getBoundingClientRect();
    dragWithPointer(event, {
      from: { x: rect.left, y: rect.top },
      move: (to) => this.putAt(card, to),
      drop: (to, travelled) => {
        if (travelled) this.moveTo(to, true);
      },
      cancel: (from) => this.putAt(card, from),
    });
  }

  /** Arrow keys on the move button (or Alt+arrows anywhere in the card) move the card; Shift moves further. true when handled. */
  private moveKey(event: KeyboardEvent): boolean {
    const onMove = this.root.activeElement?.classList.contains('move') ?? false;
    if (!(onMove || event.altKey) || event.ctrlKey || event.metaKey) return false;
    const card = this.root.querySelector<HTMLElement>('.card');
    if (!card) return false;
    const rect = card.getBoundingClientRect();
    const to = arrowKeyMove(event, { x: rect.left, y: rect.top });
    if (!to) return false;
    event.preventDefault();
    this.moveTo(to, true);
    return true;
  }

  /** A key typed inside the card (routed by guideKeyboard.ts): ← → move between explaining steps. */
  handleKey(event: KeyboardEvent): void {
    if (this.moveKey(event)) return;
    this.keyHandler?.(event);
  }

  /** Keyboard focus to the card's main button (or the card): the learner's way back from the page. */
  focus(): void {
    const card = this.root.querySelector<HTMLElement>('.card');
    (card?.querySelector<HTMLElement>('button.primary') ?? card)?.focus({ preventScroll: true });
  }

  /** The header: drag handle (pointer), a move button (arrow keys), reset once moved, and close. */
  private header(t: Translate, label: string, close: unknown) {
    return html`<div class="meta" @pointerdown=${(event: PointerEvent) => this.startDrag(event)}>
      <span class="label">${label}</span>
      <span class="tools">
        <button class="move" type="button" aria-label=${t('moveCard')} title=${t('moveCardHint')}>✥</button>
        ${this.moved ? html`<button class="reset" type="button" aria-label=${t('resetCardPlace')} title=${t('resetCardPlace')} @click=${() => this.resetPlace()}>↺</button>` : nothing}
        ${close}
      </span>
    </div>`;
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
        <div class="card ${this.moved ? '' : 'centred'}" role="dialog" aria-modal="false" aria-labelledby="pc-title" aria-describedby="pc-body" tabindex="-1" @mousedown=${keepPageFocus}>
          ${this.header(t, t('playerLabel'), html`<button class="close" type="button" aria-label=${t('close')} @click=${actions.close}>×</button>`)}
          <h2 id="pc-title">✓ ${view.title}</h2>
          <p id="pc-body">${view.body}</p>
          <div class="actions"><button class="action primary" type="button" @click=${actions.close}>${t('close')}</button></div>
          <div class="sr-only moved-status" aria-live="polite"></div>
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
      <div class="card ${centred && !this.moved ? 'centred' : ''} ${unattached ? 'unattached' : ''}"
        role="dialog" aria-modal="false" aria-labelledby="pc-title" aria-describedby="pc-body" tabindex="-1" @mousedown=${keepPageFocus}>
        ${this.header(t, `${t('playerLabel')} · ${stepText}`, html`<button class="close" type="button" aria-label=${t('close')} title=${t('closeHint')} @click=${actions.close}>×</button>`)}
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
        <div class="sr-only moved-status" aria-live="polite"></div>
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
  if (target?.closest?.('button, .meta')) event.preventDefault();
}

/** Containers that make a target's whole region: the card stays off them when there is room. */
const DIALOG_LIKE = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]';
const SECTION_LIKE = 'fieldset, form, section, [role="group"], [role="region"], [role="form"]';

/**
 * The target's whole region: its dialog or modal; else the closest section-like or positioned
 * (fixed/absolute) container that holds the target and its labelled neighbours (other fields),
 * and is not most of the screen. Undefined when there is none.
 */
export function targetRegion(element: Element): Element | undefined {
  const dialog = element.closest(DIALOG_LIKE);
  if (dialog) return dialog;
  const screen = innerWidth * innerHeight;
  for (let node = element.parentElement; node && node !== document.body && node !== document.documentElement; node = node.parentElement) {
    const position = getComputedStyle(node).position;
    if (!node.matches(SECTION_LIKE) && position !== 'fixed' && position !== 'absolute') continue;
    const rect = node.getBoundingClientRect();
    if (rect.width * rect.height > screen * 0.6) return undefined;
    if (node.querySelectorAll('input, select, textarea, [role="textbox"], [role="combobox"]').length > 1 && node.querySelector('label, [aria-label]')) return node;
  }
  return undefined;
}
