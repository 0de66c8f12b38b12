/**
 * Only the learner drives Preceptor. A page script can call `button.click()` or dispatch key,
 * input and change events on anything it can reach, Preceptor's own shadow roots included; the
 * browser marks those `isTrusted: false`. Real mouse, keyboard and touch input (and the click a
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
 * A field the learner is working in: a trusted input event, or (EMR widgets — selects, date
 * pickers — often set the value and fire their own untrusted events) a learner who has used this
 * page and has the field focused. A page script alone, with no learner input on the page, fails.
 */
export function isLearnersFieldChange(event: Event, field: Element): boolean {
  if (event.isTrusted) return true;
  const activation = (navigator as Navigator & { userActivation?: { hasBeenActive: boolean } }).userActivation;
  const focused = (field.getRootNode() as Document | ShadowRoot).activeElement === field;
  return (activation?.hasBeenActive ?? false) && focused;
}
