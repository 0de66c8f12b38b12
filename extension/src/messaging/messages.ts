// Every runtime message the background handles: the root map only combines the features'
// declarations (each feature's protocol.ts says who may send a message — checked on the sender
// by messaging/gate.ts —, the zod schema of its payload, and the reply type). The contexts:
// `content` (our content script in a web page's tab), `popup`, `options`, `editor`, `quiz`
// (extension pages, by URL), `background` (the service worker). Messages that go to a content
// script are in tabMessages.ts.

import { AUTHORING_MESSAGES } from '../authoring/protocol.ts';
import { LEARNING_MESSAGES } from '../learning/protocol.ts';
import { PACK_MESSAGES } from '../packs/feed/protocol.ts';
import { PROGRESS_MESSAGES } from '../progress/protocol.ts';
import { PROBLEM_MESSAGES } from '../problems/protocol.ts';
import { KNOWLEDGE_MESSAGES } from '../knowledge/protocol.ts';
import { TOUR_MESSAGES } from '../tours/protocol.ts';
import type { ProtocolOf } from './messageSpec.ts';

export const BACKGROUND_MESSAGES = { ...TOUR_MESSAGES, ...LEARNING_MESSAGES, ...PROGRESS_MESSAGES, ...AUTHORING_MESSAGES, ...PACK_MESSAGES, ...PROBLEM_MESSAGES, ...KNOWLEDGE_MESSAGES };
export type BackgroundMessages = typeof BACKGROUND_MESSAGES;
export type BackgroundMessageName = keyof BackgroundMessages;
export type BackgroundProtocol = ProtocolOf<BackgroundMessages>;
