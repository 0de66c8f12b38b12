import type { healthCheckRows } from '@preceptor/shared/tour/healthCheck.ts';
import type { rehearseSteps } from '@preceptor/shared/tour/rehearseSteps.ts';
import type { FieldTips } from '../learning/page/fieldTips.ts';
import type { answerOnScreen } from '../learning/page/onScreenAnswer.ts';
import type { createTourPlayer } from '../tours/page/tourPlayer.ts';
import type { parseTabPayload } from '../messaging/tabPayloads.ts';
import type { openProblemForm } from '../problems/page/problemForm.ts';
import type { openHelpPanel } from '../knowledge/page/helpPanel.ts';

/**
 * The parts of the page guide that draw on the EMR page (tour player with driver.js and
 * floating-ui, field tips, on-screen answers, health check with the target resolver). They are
 * built to their own file, /tour-guide.js, and imported into the content script's isolated world
 * only when this page needs them: a page no tour, tip or check touches carries the small
 * always-on script alone.
 */
export interface TourGuideBundle {
  createTourPlayer: typeof createTourPlayer;
  FieldTips: typeof FieldTips;
  answerOnScreen: typeof answerOnScreen;
  healthCheckRows: typeof healthCheckRows;
  /** the upgrade rehearsal's read-only pass over this page (authoring/rehearsal/) */
  rehearseSteps: typeof rehearseSteps;
  parseTabPayload: typeof parseTabPayload;
  /** the 报告问题 dialog (problems/page/problemForm.ts) */
  openProblemForm: typeof openProblemForm;
  /** the help panel: knowledge-base search and suggestions (knowledge/page/helpPanel.ts) */
  openHelpPanel: typeof openHelpPanel;
}

/** Where tour-guide.js leaves its exports for the always-on script (same isolated world). */
export const TOUR_GUIDE_KEY = Symbol.for('preceptor.tourGuide');

type Holder = { [TOUR_GUIDE_KEY]?: TourGuideBundle };

let loading: Promise<TourGuideBundle> | undefined;

/** Import /tour-guide.js once per page; later calls share the same promise. */
export function loadTourGuide(): Promise<TourGuideBundle> {
  if (!loading) {
    loading = import(/* @vite-ignore */ browser.runtime.getURL('/tour-guide.js')).then(() => {
      const bundle = (globalThis as Holder)[TOUR_GUIDE_KEY];
      if (!bundle) throw new Error('tour-guide.js loaded but did not register itself');
      return bundle;
    });
    loading.catch(() => (loading = undefined)); // a failed load (extension reloading) may be retried
  }
  return loading;
}

/** Called by tour-guide.js when it is evaluated. */
export function registerTourGuide(bundle: TourGuideBundle): void {
  (globalThis as Holder)[TOUR_GUIDE_KEY] = bundle;
}
