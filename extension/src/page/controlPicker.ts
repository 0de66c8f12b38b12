import type { ReportedElement } from '@preceptor/shared/record/problemReport.ts';
import { reportedControlOf } from '@preceptor/shared/targeting/reportedControl.ts';

export interface ControlPickCallbacks {
  /** the learner clicked a control: its role and own label (reportedControlOf), never page text */
  picked(element: ReportedElement): void;
  /** the click was not on a control */
  missed(): void;
  /** Esc on the page */
  cancelled(): void;
}

/**
 * The learner picks a control on the EMR page with one click, which never operates the EMR (nor do
 * its press and release): on window in the capture phase, before the page's own listeners. Clicks
 * inside `ownHost` (our panel) pass. Returns the function that stops picking. The same rules as the
 * 报告问题 form's picker (problems/page/problemForm.ts).
 */
export function pickControl(ownHost: HTMLElement, callbacks: ControlPickCallbacks): () => void {
  const stop = new AbortController();
  const signal = stop.signal;
  const own = (event: Event) => event.composedPath().includes(ownHost);
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup'] as const) {
    window.addEventListener(type, (event) => {
      if (!event.isTrusted || own(event)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    }, { capture: true, signal });
  }
  window.addEventListener('click', (event) => {
    if (!event.isTrusted || own(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const target = event.composedPath()[0];
    const element = target instanceof Element ? reportedControlOf(target) : undefined;
    if (element) callbacks.picked(element);
    else callbacks.missed();
  }, { capture: true, signal });
  window.addEventListener('keydown', (event) => {
    if (event.isTrusted && event.key === 'Escape' && !own(event)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      callbacks.cancelled();
    }
  }, { capture: true, signal });
  return () => stop.abort();
}
