// Messages a content script receives, declared once with the contexts allowed to send them.
// Only this extension's own contexts can message a tab; the content script's gate
// (messaging/tabGate.ts) still checks which one, and refuses a payload on a message that carries
// none. Payloads are parsed with the schemas in tabPayloads.ts. Kept apart from messages.ts so the
// always-on content script does not carry the background's zod schemas.

import type { OnScreenQuestion } from '../learning/protocol.ts';
import type { HealthCheckRow, PlayerState } from '../tours/protocol.ts';
import { tabMessage, type TabProtocolOf } from './messageSpec.ts';

export const TAB_MESSAGES = {
  /** background -> content player of one tab */
  showPlayer: tabMessage<PlayerState | null, void>()({ from: ['background'], carries: 'payload' }),
  /** popup, background -> content player: which page is this? (no "tabs" permission needed; the background asks when tabs.get leaves the URL out) */
  getPageUrl: tabMessage<undefined, string>()({ from: ['popup', 'background'], carries: 'nothing' }),
  /** popup -> content player: resolve every step of every tour for this page */
  runHealthCheck: tabMessage<undefined, HealthCheckRow[]>()({ from: ['popup'], carries: 'nothing' }),
  /** quiz page -> content player of the EMR tab: the learner answers by clicking the real screen */
  answerOnScreen: tabMessage<OnScreenQuestion, { hit: boolean } | { cancelled: true }>()({ from: ['quiz'], carries: 'payload' }),
  /** background -> content player and authoring bundle: load / refresh the authoring panel */
  openAuthoring: tabMessage<undefined, void>()({ from: ['background'], carries: 'nothing' }),
};
export type TabMessages = typeof TAB_MESSAGES;
export type TabMessageName = keyof TabMessages;
export type TabProtocol = TabProtocolOf<TabMessages>;
