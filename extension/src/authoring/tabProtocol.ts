// Authoring's messages to the content script of a tab. Zod-free.

import { tabMessage } from '../messaging/messageSpec.ts';

export const AUTHORING_TAB_MESSAGES = {
  /** background -> content player and authoring bundle: load / refresh the authoring panel */
  openAuthoring: tabMessage<undefined, void>()({ from: ['background'], carries: 'nothing' }),
};
