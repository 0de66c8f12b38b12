import { z } from 'zod';
import { LocalizedText } from './localizedText.ts';
import { TargetFingerprint } from './targetFingerprint.ts';

import { ContentId, UrlPattern } from './contentIds.ts';

// ---------------------------------------------------------------- quizzes

export const QuizOption = z.object({ id: ContentId, text: LocalizedText }).strict();
export type QuizOption = z.infer<typeof QuizOption>;

const questionBase = {
  id: ContentId,
  prompt: LocalizedText,
  /** shown after submission, whatever the answer */
  explanation: LocalizedText.optional(),
  points: z.number().positive().max(100).default(1),
};

/** The question types; `on-screen` is answered by clicking the real element on the EMR page. */
export const QuizQuestion = z.discriminatedUnion('type', [
  z.object({ ...questionBase, type: z.literal('single-choice'), options: z.array(QuizOption).min(2), correct: ContentId }).strict(),
  z.object({ ...questionBase, type: z.literal('multiple-choice'), options: z.array(QuizOption).min(2), correct: z.array(ContentId).min(1) }).strict(),
  z.object({ ...questionBase, type: z.literal('true-false'), correct: z.boolean() }).strict(),
  z.object({ ...questionBase, type: z.literal('ordering'), items: z.array(QuizOption).min(2), correctOrder: z.array(ContentId).min(2) }).strict(),
  z.object({
    ...questionBase,
    type: z.literal('fill-in'),
    /** accepted answers; compared trimmed, and case-insensitively unless caseSensitive */
    accepted: z.array(z.string().trim().min(1)).min(1),
    caseSensitive: z.boolean().default(false),
  }).strict(),
  z.object({
    ...questionBase,
    type: z.literal('on-screen'),
    /** the element the learner should click, graded with the targeting resolver */
    target: TargetFingerprint,
    /** the page where the question is asked */
    page: UrlPattern.optional(),
  }).strict(),
]);
export type QuizQuestion = z.infer<typeof QuizQuestion>;
export type QuestionType = QuizQuestion['type'];

export const Quiz = z
  .object({
    id: ContentId,
    title: LocalizedText,
    description: LocalizedText.optional(),
    roles: z.array(ContentId).default([]),
    questions: z.array(QuizQuestion).min(1, 'a quiz needs at least one question'),
    /** scaled score (0-1) needed to pass */
    passMark: z.number().min(0).max(1).default(0.8),
    /** attempts allowed; absent = unlimited */
    attemptsLimit: z.number().int().min(1).optional(),
    /** shuffle questions and options, with the seed recorded in the attempt */
    shuffle: z.boolean().default(true),
  })
  .strict()
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    quiz.questions.forEach((q, i) => {
      const path = ['questions', i];
      if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `duplicate question id "${q.id}"` });
      seen.add(q.id);
      if (q.type === 'single-choice' || q.type === 'multiple-choice') {
        const optionIds = new Set(q.options.map((o) => o.id));
        if (optionIds.size !== q.options.length) ctx.addIssue({ code: 'custom', path: [...path, 'options'], message: 'option ids must be unique' });
        const correct = q.type === 'single-choice' ? [q.correct] : q.correct;
        correct.forEach((id, c) => {
          if (!optionIds.has(id)) {
            ctx.addIssue({ code: 'custom', path: q.type === 'single-choice' ? [...path, 'correct'] : [...path, 'correct', c], message: `the correct answer "${id}" is not among the options` });
          }
        });
      }
      if (q.type === 'ordering') {
        const itemIds = q.items.map((o) => o.id);
        const isPermutation = q.correctOrder.length === itemIds.length && itemIds.every((id) => q.correctOrder.includes(id));
        if (!isPermutation) ctx.addIssue({ code: 'custom', path: [...path, 'correctOrder'], message: 'the correct order must list every item exactly once' });
      }
    });
  });
export type Quiz = z.infer<typeof Quiz>;

// ---------------------------------------------------------------- checklists

const itemBase = {
  id: ContentId,
  required: z.boolean().default(true),
  /** days relative to go-live (negative: before go-live) */
  dueDays: z.number().int().min(-365).max(365).optional(),
};

/** What a learner must do; ticks are derived from the statement log, never stored. */
export const ChecklistItem = z.discriminatedUnion('kind', [
  z.object({ ...itemBase, kind: z.literal('tour'), tourId: ContentId }).strict(),
  z.object({ ...itemBase, kind: z.literal('quiz'), quizId: ContentId }).strict(),
  z.object({ ...itemBase, kind: z.literal('scenario'), scenarioId: ContentId, title: LocalizedText }).strict(),
  /** read a field tip or a manual page (操作手册) */
  z.object({ ...itemBase, kind: z.literal('read'), title: LocalizedText, tipId: ContentId.optional(), url: z.url().optional() }).strict(),
  /** a mentor confirms on the learner's machine with a mentor code */
  z.object({ ...itemBase, kind: z.literal('sign-off'), title: LocalizedText, description: LocalizedText.optional() }).strict(),
]);
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const Checklist = z
  .object({
    id: ContentId,
    role: ContentId,
    /** narrows the checklist to one department (e.g. 心内一病区); absent = every department */
    department: z.string().min(1).max(60).optional(),
    title: LocalizedText,
    items: z.array(ChecklistItem).min(1, 'a checklist needs at least one item'),
  })
  .strict();
export type Checklist = z.infer<typeof Checklist>;

/** SHA-256 (hex) of a mentor code: packs never carry the code itself. */
export const MentorCodeHash = z.string().regex(/^[0-9a-f]{64}$/, 'a lower-case hex SHA-256 of the mentor code');
