import { acceptOnlyTrustedEvents } from './trustedEvents.ts';

/** A manual popover spanning the viewport: in the top layer (above the EMR's modal dialogs and fullscreen elements, which no z-index beats), letting clicks through. */
const OVERLAY_STYLE =
  'all:initial;position:fixed;inset:0;width:100vw;height:100vh;margin:0;padding:0;border:0;background:transparent;overflow:visible;pointer-events:none;z-index:2147483647';

export interface OwnUiHost {
  host: HTMLElement;
  root: ShadowRoot;
}

/**
 * The host of a piece of Preceptor's own UI in a web page (player card, launcher, field tip,
 * on-screen question, authoring panel): marked with `attribute` (the recorder and picker skip
 * our UI by it), `all:initial` so the page's CSS cannot reach it, and a closed shadow root whose
 * controls obey only the user's own, trusted events — a page script's `.click()` is stopped.
 * The caller puts the host into the page.
 */
export function ownUiHost(attribute: string, value = ''): OwnUiHost {
  return hostWith(attribute, value, 'all:initial', false);
}

/** ownUiHost as a top-layer popover over the whole viewport (see OVERLAY_STYLE). A function of its own so the always-on content script, which draws no overlay, does not carry it. */
export function ownOverlayHost(attribute: string, value = ''): OwnUiHost {
  return hostWith(attribute, value, OVERLAY_STYLE, true);
}

function hostWith(attribute: string, value: string, style: string, popover: boolean): OwnUiHost {
  const host = document.createElement('div');
  host.setAttribute(attribute, value);
  if (popover) host.setAttribute('popover', 'manual');
  host.style.cssText = style;
  const root = host.attachShadow({ mode: 'closed' });
  acceptOnlyTrustedEvents(root);
  return { host, root };
}
