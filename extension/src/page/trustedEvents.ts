/**
 * Only the learner drives Preceptor. A page script can call `button.click()` or dispatch key,
 * input and change events on anything it can reach (Preceptor's roots are closed, but a host, or a
 * node a page got hold of some other way, can still be sent events); the browser marks those
 * `isTrusted: false`. Real mouse, keyboard and touch input (and the click a
 * keyboard Enter or Space makes on a focused button) are trusted.
 */
const ACTING_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
] as const;

/**
 * Stop every untrusted event that could make Preceptor's UI act, before any of its handlers sees
 * it: one capture listener per type on the shadow root, registered before the UI is rendered.
 * (Capture on the root runs before listeners on the buttons and fields inside it.)
 */
export function acceptOnlyTrustedEvents(root: ShadowRoot): void {
  for (const type of ACTING_EVENTS) {
    root.addEventListener(
      type,
      (event) => {
        if (!event.isTrusted) event.stopImmediatePropagation();
      },
      { capture: true },
    );
  }
}

/**
 * A field the learner is working in: a trusted input event, or — EMR widgets (custom selects, date
 * pickers) set the value and fire their own untrusted events — one right after the learner's own
 * click or key (transient user activation, which no script can grant), or on the field the learner
 * has focused on a page they have used. A page script on a page nobody touched fails.
 */
export function isLearnersFieldChange(event: Event, field: Element): boolean {
  if (event.isTrusted) return true;
  const activation = (navigator as Navigator & { userActivation?: { isActive: boolean; hasBeenActive: boolean } }).userActivation;
  if (activation?.isActive) return true;
  const focused = (field.getRootNode() as Document | ShadowRoot).activeElement === field;
  return (activation?.hasBeenActive ?? false) && focused;
}
