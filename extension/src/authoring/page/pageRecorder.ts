import { captureFingerprint } from '@preceptor/shared/targeting/captureFingerprint.ts';
import { fingerprintKey, type RecordedAction } from '@preceptor/shared/authoring/recorder.ts';
import { generaliseUrl } from '@preceptor/shared/authoring/urlGeneraliser.ts';
import { clickTarget, eventElement, fieldControl, sameOriginDocuments } from './pageTree.ts';
import { withSketch } from './targetSketchOnPage.ts';

/**
 * Watches the mentor work while recording: clicks and field entries become recorded actions.
 * It reads which element was used and what kind of control it is; of a value it reads only a
 * <select>'s option code, never text typed into a field. The mentor's clicks go through to the EMR.
 * Each recorded target carries a sketch of where it was (boxes and kinds only, targetSketchOnPage.ts).
 */
export class PageRecorder {
  private abort: AbortController | undefined;
  private lastField: { key: string; value?: string } | undefined;

  constructor(
    private readonly send: (action: RecordedAction) => void,
    private readonly isOwnUi: (event: Event) => boolean,
    private readonly isOwnElement: (el: Element) => boolean = () => false,
  ) {}

  get running(): boolean {
    return this.abort !== undefined;
  }

  start(): void {
    this.stop();
    this.abort = new AbortController();
    const signal = this.abort.signal;
    for (const doc of sameOriginDocuments()) {
      doc.addEventListener('click', (event) => this.onClick(event), { capture: true, passive: true, signal });
      doc.addEventListener('input', (event) => this.onField(event), { capture: true, passive: true, signal });
      doc.addEventListener('change', (event) => this.onField(event), { capture: true, passive: true, signal });
    }
  }

  stop(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.lastField = undefined;
  }

  /** The URL as a pattern: query values and ids never leave the page. */
  private url(): string {
    return generaliseUrl(location.href);
  }

  private onClick(event: Event): void {
    if (this.isOwnUi(event) || !event.isTrusted) return;
    const el = eventElement(event);
    if (!el) return;
    const target = clickTarget(el);
    // a label's click is its control's: recorded as an entry by the input/change that follows
    if (target.tagName === 'LABEL' || fieldControl(target) !== undefined) return;
    this.lastField = undefined;
    this.send({ kind: 'click', target: withSketch(captureFingerprint(target), target, this.isOwnElement), url: this.url() });
  }

  private onField(event: Event): void {
    if (this.isOwnUi(event)) return;
    const el = eventElement(event);
    const control = el && fieldControl(el);
    if (!el || !control) return;
    // the page's own scripts fill fields too (defaults, look-ups): only the field the mentor is in counts
    if (!event.isTrusted && (el.getRootNode() as Document | ShadowRoot).activeElement !== el) return;
    const target = captureFingerprint(el);
    const key = fingerprintKey(target);
    // only a select's option code is read; typed text is never looked at
    const optionValue = control === 'select' ? (el as HTMLSelectElement).value : undefined;
    if (this.lastField?.key === key && this.lastField.value === optionValue) return; // more typing in the same field
    this.lastField = { key, ...(optionValue !== undefined ? { value: optionValue } : {}) };
    this.send({ kind: 'field', target: withSketch(target, el, this.isOwnElement), url: this.url(), control, ...(optionValue !== undefined ? { optionValue } : {}) });
  }
}
