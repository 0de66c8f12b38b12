// Learning's runtime messages (popup and quiz page -> background: checklists, sign-off, quizzes)
// and the shapes they carry. A contract: imports no implementation (extension/test/importGraph.test.ts).

import { z } from 'zod';
import type { Tour } from '@preceptor/shared/schema/contentPack.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import type { TargetFingerprint } from '@preceptor/shared/schema/targetFingerprint.ts';
import type { QuizResult } from '@preceptor/shared/learning/quizScoring.ts';
import type { ChecklistProgress } from '@preceptor/shared/learning/checklistProgress.ts';
import { QuizSubmission } from '@preceptor/shared/learning/quizAnswerMessage.ts';
import { message } from '../messaging/messageSpec.ts';
import { Id, Nothing } from '../messaging/fields.ts';

export type { ChecklistProgress };

/** A checklist as the in-page panel shows it: progress and the next item. */
export interface ChecklistSummary {
  checklistId: string;
  title: Tour['title'];
  requiredDone: number;
  requiredTotal: number;
  next?: { itemId: string; kind: string; title: Tour['title']; tourId?: string; packId: string };
}

/** An on-screen quiz question the quiz page asks the content player of the EMR tab to put to the learner. */
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

/** A checklist tick from the popup: ids, and a mentor's staff number and code for a sign-off. */
export const ChecklistTick = z
  .object({
    packId: z.string().max(80),
    checklistId: z.string().max(80),
    itemId: z.string().max(80),
    mentor: z.object({ staffNumber: z.string().min(1).max(20), code: z.string().min(1).max(64) }).strict().optional(),
  })
  .strict();
export type ChecklistTick = z.infer<typeof ChecklistTick>;

/** How a micro-lesson went, as the popup (a link opened) or the lesson page (a video watched) reports it. */
export const LessonReportData = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('opened') }).strict(),
  z.object({ outcome: z.literal('watched'), playedSeconds: z.number().finite().min(0).max(86_400), durationSeconds: z.number().finite().positive().max(86_400) }).strict(),
]);
/** A lesson item's progress: ids only, the background finds the lesson in the installed pack. */
export const LessonProgress = z.object({ packId: Id, checklistId: Id, itemId: Id, report: LessonReportData }).strict();
export type LessonProgress = z.infer<typeof LessonProgress>;
/** 'ticked': recorded; 'not-yet': a playable video not watched to the end; 'unknown-item': no such lesson item installed. */
export type RecordLessonReply = 'ticked' | 'not-yet' | 'unknown-item';

export const LEARNING_MESSAGES = {
  myChecklists: message<ChecklistProgress[]>()({ from: ['popup'], data: Nothing }),
  quizStatus: message<QuizStatus | null>()({ from: ['quiz'], data: z.object({ packId: Id, quizId: Id }).strict() }),
  submitQuiz: message<SubmitQuizReply>()({ from: ['quiz'], data: QuizSubmission }),
  tickChecklistItem: message<TickChecklistReply>()({ from: ['popup'], data: ChecklistTick }),
  recordLesson: message<RecordLessonReply>()({ from: ['popup', 'lesson'], data: LessonProgress }),
};
