import { handleTabMessage } from '../../messaging/tabGate.ts';
import type { PageFeature } from '../../page/pageFeature.ts';
import { loadTourGuide } from '../../page/tourGuideBundle.ts';

/** The quiz page's on-screen questions: the learner answers by clicking the real screen (onScreenAnswer.ts, in tour-guide.js). */
export const onScreenQuestions: PageFeature = () => {
  handleTabMessage('answerOnScreen', async ({ data }) => {
    const bundle = await loadTourGuide();
    return bundle.answerOnScreen(bundle.parseTabPayload('answerOnScreen', data));
  });
};
