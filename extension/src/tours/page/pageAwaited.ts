import type { TourStep } from '@preceptor/shared/schema/contentPack.ts';
import { urlMatches } from '@preceptor/shared/site/urlPattern.ts';
import type { PlayerState } from '../protocol.ts';

/** Where the current step began, as far as this document saw it. */
export interface StepBeginning {
  registration: string;
  stepIndex: number;
  /** the URL the step began on in this document; undefined when the learner arrived with it already current */
  url: string | undefined;
}

/**
 * Is the tour waiting for the current step's page on this page? Only then may a page that never
 * comes be called "moved" (and logged for the mentor). All of these must hold:
 *
 * - **Same site.** This page is one the pack's site rules cover: the background gives the running
 *   tour only to such pages (`playerStateForPage`), and checks the rule again before logging.
 * - **The step waits for a page.** It has a `page` pattern that this URL does not match. A navigate
 *   step the learner has already seen on its page waits for its destination (`urlPattern`) instead:
 *   leaving its page is what it asked for.
 * - **The learner has not been there yet.** A step already shown on its own page in this attempt
 *   (`pageReachedUpTo`) that is now off it means the learner went elsewhere, or pressed Back: that is
 *   their choice, not a moved page.
 * - **Not mid-navigation.** The learner is not still on the previous step's page (a click there
 *   moved the tour on and the next page is loading, or the page reloaded itself after a save), and
 *   the step did not begin on this very URL of this document (the learner acted here; the new page
 *   has not come yet). Once the URL changes (a load or an SPA route) the learner has arrived.
 * - **A first step is waited for where the tour says it starts.** A tour started on this page whose
 *   first step belongs to another page is waited for only if the tour's own URL patterns name this
 *   page (the step's pattern is then the stale one); a tour offered everywhere just starts elsewhere.
 */
export function pageAwaitedHere(step: TourStep, { run, tour }: PlayerState, url: string, beginning: StepBeginning | undefined): boolean {
  if (step.page === undefined || urlMatches(url, [step.page])) return false;
  const reached = (run.pageReachedUpTo ?? -1) >= run.stepIndex;
  if (step.advance.on === 'navigate' && reached) return !urlMatches(url, [step.advance.urlPattern]) && beganElsewhere(beginning, url);
  if (reached) return false;
  const previous = tour.steps[run.stepIndex - 1];
  if (previous?.page !== undefined && urlMatches(url, [previous.page])) return false;
  if (beganElsewhere(beginning, url)) return true;
  return run.stepIndex === 0 && tour.urlPatterns.length > 0 && urlMatches(url, tour.urlPatterns);
}

function beganElsewhere(beginning: StepBeginning | undefined, url: string): boolean {
  return beginning?.url !== url;
}
