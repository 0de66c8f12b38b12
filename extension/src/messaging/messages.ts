// Every runtime message the background handles, declared once: who may send it (checked on the
// sender by messaging/gate.ts), the zod schema of its payload, and the reply type. The contexts:
// `content` (our content script in a web page's tab), `popup`, `options`, `editor`, `quiz`
// (extension pages, by URL), `background` (the service worker). Messages that go to a content
// script are in tabMessages.ts.

import { z } from 'zod';
import { QuizSubmission } from '@preceptor/shared/learning/quizAnswerMessage.ts';
import { SandboxRelayMessage } from '@preceptor/shared/scenario/relayMessage.ts';
import { TourEventMessage } from '@preceptor/shared/tour/tourEventMessage.ts';
import { AUTHORING_MESSAGES } from '../authoring/protocol.ts';
import type {
  ChecklistProgress,
  HealthCheckTour,
  PageSetup,
  PageTour,
  PlayerState,
  ProgressBundleChunkReply,
  ProgressBundleDownload,
  QuizStatus,
  RelayReply,
  SigningKeyInfo,
  SubmitQuizReply,
  TickChecklistReply,
} from './contracts.ts';
import { message, type ProtocolOf } from './messageSpec.ts';

const TabId = z.number().int().nonnegative();
/** a page URL as a script or the popup read it (EMR URLs can be long; the pattern keeps it http(s)) */
const PageUrl = z.string().max(8192).regex(/^https?:\/\//i);
const Id = z.string().min(1).max(80);
const Nothing = z.undefined();

/** A checklist tick from the popup: ids, and a mentor's staff number and code for a sign-off. */
export const ChecklistTick = z
  .object({
    packId: z.string().max(80),
    checklistId: z.string().max(80),
    itemId: z.string().max(80),
    mentor: z.object({ staffNumber: z.string().min(1).max(20), code: z.string().min(1).max(64) }).strict().optional(),
  })
  .strict();

/** A content script's report that a step could not be placed: ids only. */
export const TargetMissingReport = z
  .object({ url: z.string().url().max(8192), stepId: z.string().min(1).max(80), resolution: z.enum(['missing', 'ambiguous', 'page-moved']) })
  .strict();

/** A relayed attempt is small; anything near this size is not one. */
export const MAX_RELAY_MESSAGE_CHARS = 64 * 1024;

export const TOUR_MESSAGES = {
  listPageTours: message<PageTour[]>()({ from: ['popup'], data: z.object({ tabId: TabId, url: PageUrl }).strict() }),
  startTour: message<PlayerState | null>()({ from: ['popup'], data: z.object({ tabId: TabId, packId: Id, tourId: Id }).strict() }),
  resumeTour: message<PlayerState | null>()({ from: ['popup'], data: z.object({ tabId: TabId }).strict() }),
  getPageSetup: message<PageSetup>()({ from: ['content'], data: z.object({ url: PageUrl }).strict() }),
  /** `url` is the content script's location.href, trusted only on the sender frame's own origin (see samePageOrigin) */
  startTourHere: message<PlayerState | null>()({ from: ['content'], data: z.object({ packId: Id, tourId: Id, url: PageUrl }).strict() }),
  reportTargetMissing: message<void>()({ from: ['content'], data: TargetMissingReport }),
  healthCheckTours: message<HealthCheckTour[]>()({ from: ['content'], data: z.object({ url: PageUrl }).strict() }),
  tourEvent: message<PlayerState | null>()({ from: ['content'], data: TourEventMessage }),
  dismissTour: message<void>()({ from: ['content'], data: Nothing }),
};

export const LEARNING_MESSAGES = {
  myChecklists: message<ChecklistProgress[]>()({ from: ['popup'], data: Nothing }),
  quizStatus: message<QuizStatus | null>()({ from: ['quiz'], data: z.object({ packId: Id, quizId: Id }).strict() }),
  submitQuiz: message<SubmitQuizReply>()({ from: ['quiz'], data: QuizSubmission }),
  tickChecklistItem: message<TickChecklistReply>()({ from: ['popup'], data: ChecklistTick }),
  /**
   * content script -> background: an attempt result the page posted. The sender's page must be a
   * configured training sandbox origin (background/sandboxRelay.ts), checked on the sender URL.
   */
  relayScenarioAttempt: message<RelayReply>()({ from: ['content'], data: SandboxRelayMessage, maxChars: MAX_RELAY_MESSAGE_CHARS }),
};

export const PROGRESS_MESSAGES = {
  countStatements: message<number>()({ from: ['options'], data: Nothing }),
  exportProgressBundle: message<ProgressBundleDownload>()({ from: ['options'], data: Nothing }),
  /** one chunk of the bundle just built; the last one handed over enters the export chain */
  progressBundleChunk: message<ProgressBundleChunkReply>()({ from: ['options'], data: z.object({ exportId: z.uuid(), index: z.number().int().min(0).max(10_000) }).strict() }),
  signingKeyInfo: message<SigningKeyInfo>()({ from: ['options'], data: Nothing }),
};

export const BACKGROUND_MESSAGES = { ...TOUR_MESSAGES, ...LEARNING_MESSAGES, ...PROGRESS_MESSAGES, ...AUTHORING_MESSAGES };
export type BackgroundMessages = typeof BACKGROUND_MESSAGES;
export type BackgroundMessageName = keyof BackgroundMessages;
export type BackgroundProtocol = ProtocolOf<BackgroundMessages>;
