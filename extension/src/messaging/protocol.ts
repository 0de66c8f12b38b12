import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ContentPack, Tour } from '@preceptor/shared/schema/contentPack.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import type { TourEvent, TourRun } from '@preceptor/shared/tour/tourMachine.ts';
import type { ProgressExport } from '@preceptor/shared/record/progressExport.ts';

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

/** Typed messages between the extension's parts; the background parses what content scripts send. */
interface ProtocolMap {
  /** popup -> background */
  listPageTours(data: { tabId: number; url: string }): PageTour[];
  startTour(data: { tabId: number; packId: string; tourId: string }): PlayerState | null;
  resumeTour(data: { tabId: number }): PlayerState | null;
  /** content player -> background (tab id from the sender) */
  getPlayerState(data: { url: string }): PlayerState | null;
  tourEvent(data: unknown): PlayerState | null;
  dismissTour(): void;
  /** options -> background */
  exportProgress(): ProgressExport;
  countStatements(): number;
  /** background -> content player of one tab */
  showPlayer(data: PlayerState | null): void;
  /** popup -> content player: which page is this? (no "tabs" permission needed) */
  getPageUrl(): string;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
