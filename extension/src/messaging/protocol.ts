import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ContentPack, FieldTip, Tour } from '@preceptor/shared/schema/contentPack.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import type { TourEvent, TourRun } from '@preceptor/shared/tour/tourMachine.ts';

/** What the in-page player needs to draw the current step. */
export interface PlayerState {
  run: TourRun;
  tour: Tour;
  packTitle: ContentPack['title'];
  language: Language;
}

export interface PageTour {
  packId: string;
  tourId: string;
  title: Tour['title'];
  description?: Tour['description'];
  stepCount: number;
  /** the attempt in progress in this tab, if any */
  run?: TourRun;
}

/** A checklist as the in-page panel shows it: progress and the next item. */
export interface ChecklistSummary {
  checklistId: string;
  title: Tour['title'];
  requiredDone: number;
  requiredTotal: number;
  next?: { itemId: string; kind: string; title: Tour['title']; tourId?: string; packId: string };
}

/** What a page needs when it loads: a running (or auto-started) tour, the launcher list, checklists, field tips. */
export interface PageSetup {
  player: PlayerState | null;
  tours: PageTour[];
  checklists: ChecklistSummary[];
  tips: FieldTip[];
  language: Language;
}

export type { HealthCheckInput as HealthCheckTour, HealthCheckRow } from '@preceptor/shared/tour/healthCheck.ts';
import type { HealthCheckInput as HealthCheckTour, HealthCheckRow } from '@preceptor/shared/tour/healthCheck.ts';

export interface OnScreenQuestion {
  prompt: string;
  target: import('@preceptor/shared/schema/targetFingerprint.ts').TargetFingerprint;
  language: Language;
}

/** Typed messages between the extension's parts; the background parses what content scripts send. */
interface ProtocolMap {
  /** popup -> background */
  listPageTours(data: { tabId: number; url: string }): PageTour[];
  startTour(data: { tabId: number; packId: string; tourId: string }): PlayerState | null;
  resumeTour(data: { tabId: number }): PlayerState | null;
  /** content player -> background (tab id from the sender) */
  getPageSetup(data: { url: string }): PageSetup;
  startTourHere(data: { packId: string; tourId: string }): PlayerState | null;
  reportTargetMissing(data: unknown): void;
  healthCheckTours(data: { url: string }): HealthCheckTour[];
  /** content player -> background: scenario results the sandbox posted on its own page */
  relaySandboxStatements(data: { url: string; message: unknown }): number;
  tourEvent(data: unknown): PlayerState | null;
  dismissTour(): void;
  /** popup, quiz page -> background: learning (checklists and quizzes) */
  myChecklists(): import('@preceptor/shared/learning/checklistProgress.ts').ChecklistProgress[];
  quizStatus(data: { packId: string; quizId: string }): import('../background/learningRecords.ts').QuizStatus | null;
  submitQuiz(data: unknown): Awaited<ReturnType<typeof import('../background/learningRecords.ts').submitQuiz>> | { refused: 'invalid' };
  tickChecklistItem(data: unknown): 'ok' | 'unknown-item' | 'wrong-code' | 'locked' | 'no-mentors' | 'invalid';
  /** quiz page -> content player of the EMR tab: the learner answers by clicking the real screen */
  answerOnScreen(data: OnScreenQuestion): { hit: boolean } | { cancelled: true };
  /** options -> background */
  countStatements(): number;
  /** background -> content player of one tab */
  showPlayer(data: PlayerState | null): void;
  /** popup -> content player: which page is this? (no "tabs" permission needed) */
  getPageUrl(): string;
  /** popup -> content player: resolve every step of every tour for this page */
  runHealthCheck(): HealthCheckRow[];
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

// ---- mentor authoring (issue 7): declaration merging adds these to ProtocolMap above -----------
// Commands from the in-page panel are zod-parsed in the background (authoring/authoringProtocol.ts).
interface ProtocolMap {
  /** popup -> background: switch authoring on in a tab (false when not allowed) */
  startAuthoring(data: { tabId: number; url: string }): boolean;
  /** content player -> background: is authoring on in this tab? (loads the bundle on demand) */
  authoringHere(): boolean;
  /** background -> content player and authoring bundle: load / refresh the authoring panel */
  openAuthoring(): void;
  /** authoring panel -> background */
  authoringCommand(data: unknown): import('../authoring/authoringProtocol.ts').AuthoringView | null;
  /** editor page -> background: pick an element on the EMR tab where authoring is on */
  requestPick(data: import('../authoring/authoringProtocol.ts').PickRequest): import('../authoring/authoringProtocol.ts').PickRequestResult;
}

// ---- signed progress bundles (issue 6): declaration merging adds these to ProtocolMap above ----
interface ProtocolMap {
  /** options -> background: the signed progress bundle (zip as base64) */
  exportProgressBundle(): import('../background/progressLog.ts').ProgressBundleDownload;
  /** options -> background: this install's key fingerprint and last export */
  signingKeyInfo(): import('../background/signingKey.ts').SigningKeyInfo;
}
