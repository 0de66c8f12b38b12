import type { PageContext } from './pageContext.ts';

/** What a page feature is given when the always-on content script starts on a page. */
export interface OnPage {
  ctx: PageContext;
  /**
   * Resolves once the page has loaded and gone idle (pageSettled.ts): nothing is asked of the
   * background (which may have to wake up) while the EMR page is still loading.
   */
  settled: Promise<void>;
}

/**
 * One thing Preceptor does on a web page, started by page/pageGuide.ts. A feature sets up its
 * listeners and tab-message handlers at once and waits for `settled` before asking the
 * background anything. It lives in its feature's folder; what draws is loaded on demand
 * (tour-guide.js, authoring.js), so the always-on script stays small.
 */
export type PageFeature = (page: OnPage) => void;
