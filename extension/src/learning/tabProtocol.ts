// Learning's messages to the content script of a tab. Zod-free (payload schemas: messaging/tabPayloads.ts).

import { tabMessage } from '../messaging/messageSpec.ts';
import type { OnScreenQuestion } from './protocol.ts';

export const LEARNING_TAB_MESSAGES = {
  /** quiz page -> content player of the EMR tab: the learner answers by clicking the real screen */
  answerOnScreen: tabMessage<OnScreenQuestion, { hit: boolean } | { cancelled: true }>()({ from: ['quiz'], carries: 'payload' }),
};
