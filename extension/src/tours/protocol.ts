// Tours' runtime messages (popup and content player -> background) and the shapes they carry.
// A contract: imports no implementation (extension/test/importGraph.test.ts).

import { z } from 'zod';
import type { ContentPack, FieldTip, Tour } from '@preceptor/shared/schema/contentPack.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import type { TourRun } from '@preceptor/shared/tour/tourMachine.ts';
import type { HealthCheckInput } from '@preceptor/shared/tour/healthCheck.ts';
import type { TourState } from '@preceptor/shared/learning/tourStates.ts';
import { TourEventMessage } from '@preceptor/shared/tour/tourEventMessage.ts';
import { MAX_PATTERN_CHARS, MAX_PLACE_COORDINATE, type LauncherPlace, type Point } from '@preceptor/shared/tour/guidePlaces.ts';
import { message } from '../messaging/messageSpec.ts';
import { Id, Nothing, PageUrl, TabId } from '../messaging/fields.ts';
import type { ChecklistSummary } from '../learning/protocol.ts';

export type { HealthCheckInput as HealthCheckTour, HealthCheckRow } from '@preceptor/shared/tour/healthCheck.ts';
export type { TourState };

/** Each tour this learner has started, by its activity id (shared/src/xapi/vocabulary.ts tourActivityId); absent = not started. */
export type MyTourStates = Record<string, TourState>;

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

/**
 * A tour for this page as the popup asks for it: which one, and the run in this tab. The popup has
 * every tour's title, module and step count in the pack outlines it reads; with 600 tours for one
 * page the full rows were ~190 KB per opening.
 */
export type PageTourRef = Pick<PageTour, 'packId' | 'tourId' | 'run'>;

/** What a page needs when it loads: a running (or auto-started) tour, the launcher list, checklists, field tips. */
export interface PageSetup {
  player: PlayerState | null;
  tours: PageTour[];
  checklists: ChecklistSummary[];
  tips: FieldTip[];
  /** FAQ entries written for this page (issue 16): the launcher says how many */
  pageAnswers: number;
  language: Language;
}

/** A content script's report that a step could not be placed: ids only. */
export const TargetMissingReport = z
  .object({ url: z.string().url().max(8192), stepId: z.string().min(1).max(80), resolution: z.enum(['missing', 'ambiguous', 'page-moved']) })
  .strict();
export type TargetMissingReport = z.infer<typeof TargetMissingReport>;

/** a place in the viewport as the page guide reports it: whole CSS pixels, bounded */
const Coordinate = z.number().int().min(-MAX_PLACE_COORDINATE).max(MAX_PLACE_COORDINATE);
const PlacePoint = z.object({ x: Coordinate, y: Coordinate }).strict();
/** a page pattern (shared/src/tour/guidePlaces.ts pagePattern); the background also checks it is the sender page's */
const PagePattern = z.string().min(1).max(MAX_PATTERN_CHARS);
/** the place messages are small: nothing larger is taken */
const PLACE_MESSAGE_CHARS = 600;

export const TOUR_MESSAGES = {
  listPageTours: message<PageTourRef[]>()({ from: ['popup'], data: z.object({ tabId: TabId, url: PageUrl }).strict() }),
  /** the popup's tour rows: not started, 3/5, done — derived from the learner's own log */
  myTourStates: message<MyTourStates>()({ from: ['popup'], data: Nothing }),
  startTour: message<PlayerState | null>()({ from: ['popup'], data: z.object({ tabId: TabId, packId: Id, tourId: Id }).strict() }),
  resumeTour: message<PlayerState | null>()({ from: ['popup'], data: z.object({ tabId: TabId }).strict() }),
  getPageSetup: message<PageSetup>()({ from: ['content'], data: z.object({ url: PageUrl }).strict() }),
  /** `url` is the content script's location.href, trusted only on the sender frame's own origin (see samePageOrigin) */
  startTourHere: message<PlayerState | null>()({ from: ['content'], data: z.object({ packId: Id, tourId: Id, url: PageUrl }).strict() }),
  reportTargetMissing: message<void>()({ from: ['content'], data: TargetMissingReport }),
  healthCheckTours: message<HealthCheckInput[]>()({ from: ['content'], data: z.object({ url: PageUrl }).strict() }),
  tourEvent: message<PlayerState | null>()({ from: ['content'], data: TourEventMessage }),
  dismissTour: message<void>()({ from: ['content'], data: Nothing }),
  /** where the learner put the card on pages of this pattern (null: beside the target); stored by the background (tours/guidePlaceStore.ts) */
  cardPlace: message<Point | null>()({ from: ['content'], data: z.object({ pattern: PagePattern }).strict(), maxChars: PLACE_MESSAGE_CHARS }),
  /** the learner moved the card on pages of this pattern (`at`), or put it back beside the target (null) */
  saveCardPlace: message<void>()({ from: ['content'], data: z.object({ pattern: PagePattern, at: PlacePoint.nullable() }).strict(), maxChars: PLACE_MESSAGE_CHARS }),
  /** the launcher: collapsed to an edge tab or not, and where the learner moved it */
  launcherPlace: message<LauncherPlace>()({ from: ['content'], data: Nothing }),
  saveLauncherPlace: message<void>()({ from: ['content'], data: z.object({ collapsed: z.boolean(), at: PlacePoint.optional() }).strict(), maxChars: PLACE_MESSAGE_CHARS }),
};
