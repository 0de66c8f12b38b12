import { handleTabMessage } from '../../messaging/tabGate.ts';
import type { PageFeature } from '../../page/pageFeature.ts';
import { loadTourGuide } from '../../page/tourGuideBundle.ts';

/** a single-page app may still be drawing once the page went idle: look again this often, this many times, while a step is not found */
const LOOK_AGAIN_MS = 200;
const LOOKS = 2;

/**
 * The upgrade rehearsal's pass over this page (the editor opened it in a background tab): resolve
 * the steps it sends with the resolver that comes with tour-guide.js. Read only: nothing on the page
 * is clicked, typed into or changed; the answer holds ids, figures and the found elements'
 * fingerprints (labels, never page data).
 */
export const rehearsalOnRequest: PageFeature = ({ ctx, settled }) => {
  handleTabMessage('runRehearsal', async ({ data }) => {
    await settled;
    const bundle = await loadTourGuide();
    const steps = bundle.parseTabPayload('runRehearsal', data);
    let outcomes = bundle.rehearseSteps(steps, document);
    for (let look = 1; look < LOOKS && outcomes.some((o) => o.status !== 'found'); look++) {
      await new Promise<void>((resolve) => ctx.setTimeout(resolve, LOOK_AGAIN_MS));
      outcomes = bundle.rehearseSteps(steps, document);
    }
    return outcomes;
  });
};
