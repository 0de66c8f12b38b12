// Tours' messages to the content script of a tab, with the contexts allowed to send them. Zod-free:
// the always-on content script carries these (payload schemas: messaging/tabPayloads.ts).

import { tabMessage } from '../messaging/messageSpec.ts';
import type { HealthCheckRow, PlayerState } from './protocol.ts';

export const TOUR_TAB_MESSAGES = {
  /** background -> content player of one tab */
  showPlayer: tabMessage<PlayerState | null, void>()({ from: ['background'], carries: 'payload' }),
  /** popup, background -> content player: which page is this? (no "tabs" permission needed; the background asks when tabs.get leaves the URL out) */
  getPageUrl: tabMessage<undefined, string>()({ from: ['popup', 'background'], carries: 'nothing' }),
  /** popup -> content player: resolve every step of every tour for this page */
  runHealthCheck: tabMessage<undefined, HealthCheckRow[]>()({ from: ['popup'], carries: 'nothing' }),
  /** background -> content player of every tab: the learner's language or role changed; draw the page guide again (the page cannot watch storage) */
  learnerChanged: tabMessage<undefined, void>()({ from: ['background'], carries: 'nothing' }),
};
