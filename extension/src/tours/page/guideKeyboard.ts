import type { PageContext } from '../../page/pageContext.ts';

/** Preceptor's own hosts on the page: the tour card, the launcher, field-tip beacons, the problem form and the help panel. */
const OWN_UI = '[data-preceptor-player], [data-preceptor-launcher], [data-preceptor-tip], [data-preceptor-problem], [data-preceptor-help]';
const TOUR_CARD = '[data-preceptor-player]';

/** Alt+Shift+G (by key position, any keyboard layout): bring keyboard focus to the tour card. */
export const FOCUS_CARD_SHORTCUT = 'Alt+Shift+G';
const isFocusCardChord = (event: KeyboardEvent) => event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyG';

export interface GuideKeyboardHandlers {
  /** move focus to the tour card; false when no card is on screen */
  focusCard(): boolean;
  /** a key typed inside the tour card (Esc, arrows): the card's own shortcuts */
  cardKey(event: KeyboardEvent): void;
}

const isOwnUi = (target: EventTarget | null): target is Element => target instanceof Element && target.matches(OWN_UI);

/**
 * Keyboard access to the guide on EMR pages whose modal windows trap focus.
 *
 * Registered on `window` in the capture phase at document_start, so these listeners run before any
 * of the page's. Keys and focus changes inside Preceptor's own UI are kept from the page (a focus
 * trap would otherwise pull focus straight back into its modal); their default actions — Tab moving
 * focus, Enter pressing a button — still happen. The page's own keys and focus are never touched,
 * apart from the one shortcut that brings focus to the card.
 */
export function guardGuideKeyboard(ctx: PageContext, handlers: GuideKeyboardHandlers): void {
  ctx.addEventListener(
    window,
    'keydown',
    (event) => {
      if (!event.isTrusted) return; // a page's synthetic keys neither move focus nor press card keys
      if (isFocusCardChord(event)) {
        if (!handlers.focusCard()) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      // the launcher handles its own keys (and stops them at its host); the card's are routed here
      if (!(event.target instanceof Element) || !event.target.matches(TOUR_CARD)) return;
      event.stopImmediatePropagation();
      handlers.cardKey(event);
    },
    { capture: true },
  );
  for (const type of ['keyup', 'keypress', 'focusin', 'focusout'] as const) {
    ctx.addEventListener(
      window,
      type,
      (event) => {
        if (isOwnUi(event.target)) event.stopImmediatePropagation();
      },
      { capture: true },
    );
  }
}
