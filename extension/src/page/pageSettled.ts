import type { PageContext } from './pageContext.ts';

/** Longest wait for the page's load event: a page with a hanging request must still get its tour. */
const LOAD_WAIT_MS = 3000;
/** Longest wait for an idle moment after load. */
const IDLE_WAIT_MS = 200;

/** Resolves once the page has loaded (or LOAD_WAIT_MS passed) and the main thread is idle. */
export function whenPageSettled(ctx: PageContext): Promise<void> {
  return new Promise((resolve) => {
    let started = false;
    const afterLoad = () => {
      if (started) return;
      started = true;
      ctx.requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS });
    };
    if (document.readyState === 'complete') return afterLoad();
    ctx.addEventListener(window, 'load', afterLoad, { once: true });
    ctx.setTimeout(afterLoad, LOAD_WAIT_MS);
  });
}
