import type { PageContext } from './pageContext.ts';
import type { PageFeature } from './pageFeature.ts';
import { whenPageSettled } from './pageSettled.ts';
import { tourGuide } from '../tours/page/tourGuide.ts';
import { healthCheckOnRequest } from '../tours/page/healthCheckOnRequest.ts';
import { onScreenQuestions } from '../learning/page/onScreenQuestions.ts';
import { sandboxAttemptRelay } from '../progress/page/sandboxAttemptRelay.ts';
import { authoringLoader } from '../authoring/page/authoringLoader.ts';
import { rehearsalOnRequest } from '../authoring/page/rehearsalOnRequest.ts';

/**
 * Everything Preceptor does on one web page, one feature each (in this order: the tour guide asks
 * for the page's setup before authoring asks whether it is on here).
 */
const PAGE_FEATURES: readonly PageFeature[] = [
  tourGuide, // tours: player, launcher, field tips, the page URL for the popup, hint-tour buttons
  healthCheckOnRequest, // tours: the popup's health check of this page
  onScreenQuestions, // learning: the quiz page's on-screen questions
  sandboxAttemptRelay, // progress: a training sandbox's ended attempts, to the background
  authoringLoader, // authoring: the panel, where a mentor switched it on
  rehearsalOnRequest, // authoring: the editor's upgrade rehearsal of this page (read only)
];

/**
 * The always-on content script: starts every page feature. It stays small: each feature asks the
 * background what this page needs only once the page has loaded and gone idle, and imports the
 * drawing half (tour-guide.js, authoring.js) only when it is needed.
 */
export function startPageGuide(ctx: PageContext): void {
  const page = { ctx, settled: whenPageSettled(ctx) };
  for (const start of PAGE_FEATURES) start(page);
}
