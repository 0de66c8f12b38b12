// Messages a content script receives: the root map only combines the features' tabProtocol.ts
// declarations (each with the contexts allowed to send it). Only this extension's own contexts
// can message a tab; the content script's gate (messaging/tabGate.ts) still checks which one, and
// refuses a payload on a message that carries none. Payloads are parsed with the schemas in
// tabPayloads.ts. Kept apart from messages.ts so the always-on content script does not carry the
// background's zod schemas.

import { AUTHORING_TAB_MESSAGES } from '../authoring/tabProtocol.ts';
import { LEARNING_TAB_MESSAGES } from '../learning/tabProtocol.ts';
import { TOUR_TAB_MESSAGES } from '../tours/tabProtocol.ts';
import { PROBLEM_TAB_MESSAGES } from '../problems/tabProtocol.ts';
import type { TabProtocolOf } from './messageSpec.ts';

export const TAB_MESSAGES = { ...TOUR_TAB_MESSAGES, ...LEARNING_TAB_MESSAGES, ...AUTHORING_TAB_MESSAGES, ...PROBLEM_TAB_MESSAGES };
export type TabMessages = typeof TAB_MESSAGES;
export type TabMessageName = keyof TabMessages;
export type TabProtocol = TabProtocolOf<TabMessages>;
