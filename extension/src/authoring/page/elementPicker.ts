import { captureFingerprint } from '@preceptor/shared/targeting/captureFingerprint.ts';
import { defaultIsVisible, resolveTarget } from '@preceptor/shared/targeting/resolveTarget.ts';
import { SignalReader } from '@preceptor/shared/targeting/elementSignals.ts';
import type { TargetFingerprint } from '@preceptor/shared/schema/targetFingerprint.ts';
import { eventElement, firstChildAcross, parentAcross, sameOriginDocuments } from './pageTree.ts';

/** How the fingerprint of the element under the pointer resolves right now. */
export type PickQuality =
  | {
      status: 'unique';
      confidence: number;
      /**
       * What the fingerprint would point at if this element disappeared (a vendor upgrade removed
       * it): shown to the mentor in the panel so they can pick something better anchored; never stored.
       */
      standIn?: { element: Element; description: string; confidence: number };
    }
  | { status: 'other'; confidence: number }
  | { status: 'ambiguous'; confidence: number }
  | { status: 'missing'; reason: string };

export interface PickerState {
  element: Element;
  fingerprint: TargetFingerprint;
  quality: PickQuality;
  /** the element's ancestors, outermost first, then the element */
  path: Element[];
}

export interface PickerHooks {
  /** the element under the pointer (or chosen with the keys) changed */
  onChange(state: PickerState | undefined): void;
  onCapture(state: PickerState): void;
  onCancel(): void;
  /** events inside the authoring panel itself are the panel's */
  isOwnUi(event: Event): boolean;
  /** a field of the panel has focus (its root is closed: the event's path stops at the host) */
  ownFieldFocused(): boolean;
}

const BLOCKED = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'auxclick', 'contextmenu', 'touchstart', 'touchend', 'submit'] as const;

/**
 * The element picker. While it runs, the page gets no clicks: the mentor is pointing, not
 * working. Hover outlines, ↑/↓ walk to parent/child, Enter or a click captures, Esc leaves.
 */
export class ElementPicker {
  private abort: AbortController | undefined;
  private state: PickerState | undefined;
  /** the way down again after ↑ */
  private downStack: Element[] = [];

  constructor(private readonly hooks: PickerHooks) {}

  get running(): boolean {
    return this.abort !== undefined;
  }

  get current(): PickerState | undefined {
    return this.state;
  }

  start(): void {
    this.stop();
    this.abort = new AbortController();
    const signal = this.abort.signal;
    for (const doc of sameOriginDocuments()) {
      const win = doc.defaultView;
      if (!win) continue;
      win.addEventListener('pointermove', (event) => this.onMove(event), { capture: true, signal });
      win.addEventListener('mouseover', (event) => this.onMove(event), { capture: true, signal });
      for (const type of BLOCKED) win.addEventListener(type, (event) => this.onBlocked(event), { capture: true, signal });
      win.addEventListener('keydown', (event) => this.onKey(event), { capture: true, signal });
    }
  }

  stop(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.state = undefined;
    this.downStack = [];
  }

  /** Choose an element directly (breadcrumb). */
  select(el: Element, keepDownStack = false): void {
    if (!keepDownStack) this.downStack = [];
    const state = evaluate(el);
    // the breadcrumb keeps the way back down after ↑
    this.state = { ...state, path: [...state.path, ...[...this.downStack].reverse()] };
    this.hooks.onChange(this.state);
  }

  up(): void {
    const el = this.state?.element;
    const parent = el && parentAcross(el);
    if (!el || !parent || parent === document.documentElement) return;
    this.downStack.push(el);
    this.select(parent, true);
  }

  down(): void {
    const el = this.state?.element;
    if (!el) return;
    const child = this.downStack.pop() ?? firstChildAcross(el);
    if (child) this.select(child, true);
  }

  capture(): void {
    if (this.state) this.hooks.onCapture(this.state);
  }

  // The mentor's own pointer and keys pick; a page script's synthetic events pick nothing.
  private onMove(event: Event): void {
    if (!event.isTrusted || this.hooks.isOwnUi(event)) return;
    const el = eventElement(event);
    if (!el || el === this.state?.element || this.downStack.includes(el)) return;
    // moving within the element chosen with ↑ keeps that choice
    if (this.state && this.downStack.length > 0 && this.state.element.contains(el)) return;
    this.select(el);
  }

  private onBlocked(event: Event): void {
    if (!event.isTrusted || this.hooks.isOwnUi(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.type === 'click') {
      const el = eventElement(event);
      if (el && !this.state?.element.contains(el)) this.select(el);
      this.capture();
    }
  }

  private onKey(event: KeyboardEvent): void {
    if (!event.isTrusted) return;
    const handled = ['Escape', 'ArrowUp', 'ArrowDown', 'Enter'].includes(event.key);
    if (!handled) return;
    if (this.hooks.isOwnUi(event)) {
      // in the panel, Enter presses its buttons and fields keep their keys; ↑ ↓ still walk the page
      if (event.key === 'Enter' || (this.hooks.ownFieldFocused() && event.key !== 'Escape')) return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event.key === 'Escape') this.hooks.onCancel();
    else if (event.key === 'ArrowUp') this.up();
    else if (event.key === 'ArrowDown') this.down();
    else this.capture();
  }
}

/** Fingerprint the element and resolve it again at once: does it find this element, and only it? */
export function evaluate(el: Element): PickerState {
  const fingerprint = captureFingerprint(el);
  const result = resolveTarget(fingerprint, document);
  const quality: PickQuality =
    result.status === 'found'
      ? result.element === el
        ? { status: 'unique', confidence: result.confidence, ...standInFor(el, fingerprint) }
        : { status: 'other', confidence: result.confidence }
      : result.status === 'ambiguous'
        ? { status: 'ambiguous', confidence: result.confidence }
        : { status: 'missing', reason: result.reason };
  const path: Element[] = [];
  for (let node: Element | undefined = el; node && node !== document.documentElement && path.length < 7; node = parentAcross(node)) path.unshift(node);
  return { element: el, fingerprint, quality, path };
}

/** Resolve as if the element were gone: does anything else pass for it? */
function standInFor(el: Element, fingerprint: TargetFingerprint): { standIn?: { element: Element; description: string; confidence: number } } {
  const without = resolveTarget(fingerprint, document, { isVisible: (other) => other !== el && defaultIsVisible(other) });
  if (without.status !== 'found') return {};
  const name = new SignalReader().accessibleNameOf(without.element) ?? '';
  const description = `<${without.element.tagName.toLowerCase()}> ${name.length > 30 ? `${name.slice(0, 29)}…` : name}`.trim();
  return { standIn: { element: without.element, description, confidence: without.confidence } };
}
