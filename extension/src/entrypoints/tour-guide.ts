import { healthCheckRows } from '@preceptor/shared/tour/healthCheck.ts';
import { rehearseSteps } from '@preceptor/shared/tour/rehearseSteps.ts';
import { FieldTips } from '../learning/page/fieldTips.ts';
import { answerOnScreen } from '../learning/page/onScreenAnswer.ts';
import { registerTourGuide } from '../page/tourGuideBundle.ts';
import { createTourPlayer } from '../tours/page/tourPlayer.ts';
import { parseTabPayload } from '../messaging/tabPayloads.ts';
import { openProblemForm } from '../problems/page/problemForm.ts';
import { openHelpPanel } from '../knowledge/page/helpPanel.ts';

/**
 * Built to /tour-guide.js: the drawing half of the page guide, imported by the always-on content
 * script (same isolated world) when a tour, a field tip, an on-screen question or a health check
 * is needed on this page. See page/tourGuideBundle.ts.
 */
export default defineUnlistedScript(() => {
  registerTourGuide({ createTourPlayer, FieldTips, answerOnScreen, healthCheckRows, rehearseSteps, parseTabPayload, openProblemForm, openHelpPanel });
});
