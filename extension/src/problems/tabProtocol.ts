// The pilot problem channel's message to a tab's content script. Zod-free: the always-on content
// script carries these declarations.

import { tabMessage } from '../messaging/messageSpec.ts';

export const PROBLEM_TAB_MESSAGES = {
  /** popup -> content player: open the 报告问题 form on this page (the learner asked for it) */
  openProblemForm: tabMessage<undefined, boolean>()({ from: ['popup'], carries: 'nothing' }),
};
