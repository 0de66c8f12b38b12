// The types that messages carry back and forth: the contract between the extension's parts.
// Implementations import these; this file imports no implementation (no import circles).

import type { ContentPack, FieldTip, Tour } from '@preceptor/shared/schema/contentPack.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import type { TargetFingerprint } from '@preceptor/shared/schema/targetFingerprint.ts';
import type { TourRun } from '@preceptor/shared/tour/tourMachine.ts';
import type { QuizResult } from '@preceptor/shared/learning/quizScoring.ts';

export type { HealthCheckInput as HealthCheckTour, HealthCheckRow } from '@preceptor/shared/tour/healthCheck.ts';
export type { ChecklistProgress } from '@preceptor/shared/learning/checklistProgress.ts';

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

export interface OnScreenQuestion {
  prompt: string;
  target: TargetFingerprint;
  language: Language;
}

export interface QuizStatus {
  attemptsUsed: number;
  attemptsLimit: number | null;
  passed: boolean;
}

export type SubmitQuizReply = { result: QuizResult; attempt: number } | { refused: 'unknown-quiz' | 'no-attempts-left' };

export type TickChecklistReply = 'ok' | 'unknown-item' | 'wrong-code' | 'locked' | 'no-mentors';

/** How many stored records of each kind an export left out (the trainer's import would refuse them). */
export type SkippedCounts = Partial<Record<'invalid' | 'too-large' | 'other-learner', number>>;

/**
 * What the options page needs to save the signed bundle. The bytes come in chunks
 * (`progressBundleChunk`, base64: messages are JSON and one holds at most 64 MiB; a long log does not).
 */
export interface ProgressBundleDownload {
  exportId: string;
  fileName: string;
  byteLength: number;
  chunkCount: number;
  statementCount: number;
  skipped: SkippedCounts;
  sequence: number;
  keyFingerprint: string;
}

export type ProgressBundleChunkReply = { base64: string } | { refused: 'unknown-export' };

export interface ExportRecord {
  sequence: number;
  manifestSha256: string;
  exportedAt: string;
  statementCount: number;
  fileName: string;
}

export interface SigningKeyInfo {
  fingerprint: string;
  createdAt: string;
  lastExport: ExportRecord | null;
}

/** How many statements a relayed scenario attempt added (0 when refused or already recorded). */
export type RelayReply = number;
