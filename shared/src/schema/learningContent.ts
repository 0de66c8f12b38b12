import { z } from 'zod';
import { LocalizedText } from './localizedText.ts';
import { TargetFingerprint } from './targetFingerprint.ts';

import { ContentId, UrlPattern } from './contentIds.ts';
import { issueWords } from '../i18n/schemaIssues.ts';

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
      if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `duplicate question id "${q.id}"`, params: issueWords('duplicateIdAgain', { what: 'question', id: q.id }) });
      seen.add(q.id);
      if (q.type === 'single-choice' || q.type === 'multiple-choice') {
        const optionIds = new Set(q.options.map((o) => o.id));
        if (optionIds.size !== q.options.length) ctx.addIssue({ code: 'custom', path: [...path, 'options'], message: 'option ids must be unique', params: issueWords('optionIdsUnique') });
        const correct = q.type === 'single-choice' ? [q.correct] : q.correct;
        correct.forEach((id, c) => {
          if (!optionIds.has(id)) {
            ctx.addIssue({ code: 'custom', path: q.type === 'single-choice' ? [...path, 'correct'] : [...path, 'correct', c], message: `the correct answer "${id}" is not among the options`, params: issueWords('correctNotAnOption', { id }) });
          }
        });
      }
      if (q.type === 'ordering') {
        const itemIds = q.items.map((o) => o.id);
        const isPermutation = q.correctOrder.length === itemIds.length && itemIds.every((id) => q.correctOrder.includes(id));
        if (!isPermutation) ctx.addIssue({ code: 'custom', path: [...path, 'correctOrder'], message: 'the correct order must list every item exactly once', params: issueWords('correctOrderEveryItem') });
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

/** The schemes a reading link may use: a manual page on the intranet, nothing that runs or reads local files. */
const READING_PROTOCOLS = new Set(['http:', 'https:']);

/** Whether a reading link may be opened: an absolute http(s) URL (checked again at click time). */
export function isReadingLink(url: string): boolean {
  try {
    return READING_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** A reading item's link: http(s) only — never javascript:, data:, file:, chrome: or the like. */
export const ReadingUrl = z
  .string()
  .max(2000)
  // the pattern lets JSON Schema editors warn early; the refine below decides
  .regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\//, 'a reading link must be an http:// or https:// address')
  .refine(isReadingLink, { message: 'a reading link must be an http:// or https:// address (javascript:, data:, file: and browser pages are refused)', params: issueWords('formatReadingLink') });

/** A micro-lesson's link (微课, issue 16): http(s) only — never javascript:, data:, file:, blob: or a relative path. */
export const LessonUrl = z
  .string()
  .max(2000)
  // the pattern lets JSON Schema editors warn early; the refine below decides
  .regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\/./, 'a lesson link must be an http:// or https:// address')
  .refine(isReadingLink, { message: 'a lesson link must be an http:// or https:// address (javascript:, data:, file: and browser pages are refused)', params: issueWords('formatLessonLink') });

/**
 * A short video or document on the intranet that a checklist item or a field tip links to. A video
 * that is a file the browser plays itself (.mp4, .webm) is watched in the extension's lesson page,
 * which can tell it was watched to the end; anything else is only known to have been opened.
 */
export const LessonLink = z
  .object({
    url: LessonUrl,
    title: LocalizedText,
    kind: z.enum(['video', 'document']),
  })
  .strict();
export type LessonLink = z.infer<typeof LessonLink>;

/** What a learner must do; ticks are derived from the statement log, never stored. */
export const ChecklistItem = z.discriminatedUnion('kind', [
  z.object({ ...itemBase, kind: z.literal('tour'), tourId: ContentId }).strict(),
  z.object({ ...itemBase, kind: z.literal('quiz'), quizId: ContentId }).strict(),
  z.object({ ...itemBase, kind: z.literal('scenario'), scenarioId: ContentId, title: LocalizedText }).strict(),
  /** read a field tip or a manual page (操作手册) */
  z.object({ ...itemBase, kind: z.literal('read'), title: LocalizedText, tipId: ContentId.optional(), url: ReadingUrl.optional() }).strict(),
  /** watch or read a micro-lesson (微课); ticked once opened, a playable video once watched to the end */
  z.object({ ...itemBase, kind: z.literal('lesson'), lesson: LessonLink }).strict(),
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

/**
 * SHA-256 (hex) of a mentor code, the unsalted format of packs before issue 12. Still read so old
 * packs parse, but never used to sign off: a learner reverses it in seconds.
 */
export const MentorCodeHash = z.string().regex(/^[0-9a-f]{64}$/, 'a lower-case hex SHA-256 of the mentor code');

// ---------------------------------------------------------------- mentor sign-off

/** The one key derivation packs use for mentor codes (Web Crypto, in browsers and Node ≥ 20). */
export const MENTOR_CODE_KDF = 'PBKDF2-SHA-256';
/**
 * Fewest PBKDF2 iterations a pack may ask for: about 0.2–0.5 s per check in the extension's service
 * worker on the project's 2-core machines (README, `pnpm bench mentor-code`). The most keeps a
 * hostile pack from holding the service worker for long.
 */
export const MENTOR_CODE_MIN_ITERATIONS = 1_000_000;
export const MENTOR_CODE_MAX_ITERATIONS = 5_000_000;
/** Codes are letters and digits, compared case-insensitively: 36^6 ≈ 2.2e9 at the shortest. */
export const MENTOR_CODE_MIN_LENGTH = 6;
export const MENTOR_CODE_MAX_LENGTH = 64;

/** A mentor's staff number (工号): staff, not patient data. Compared case-insensitively. */
export const StaffNumber = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/, 'a staff number is 1-20 letters, digits or "-"');

export const SignOffMentor = z
  .object({
    staffNumber: StaffNumber,
    /** the mentor's role (built-in or the pack's), e.g. nurse */
    role: ContentId,
    /** PBKDF2-SHA-256 of the mentor's code, salted with the pack salt and the staff number (hex) */
    codeHash: z.string().regex(/^[0-9a-f]{64}$/, 'a lower-case hex PBKDF2-SHA-256 hash (set the code in the editor)'),
  })
  .strict();
export type SignOffMentor = z.infer<typeof SignOffMentor>;

/** Who may sign a learner off, and how their codes are hashed. Packs carry hashes, never codes. */
export const MentorSignOff = z
  .object({
    kdf: z.literal(MENTOR_CODE_KDF),
    iterations: z
      .number()
      .int()
      .min(MENTOR_CODE_MIN_ITERATIONS, `at least ${MENTOR_CODE_MIN_ITERATIONS} iterations`)
      .max(MENTOR_CODE_MAX_ITERATIONS, `at most ${MENTOR_CODE_MAX_ITERATIONS} iterations`),
    /** random per pack, at least 16 bytes, lower-case hex */
    salt: z.string().regex(/^(?:[0-9a-f]{2}){16,64}$/, 'a random salt of 16-64 bytes in lower-case hex'),
    mentors: z.array(SignOffMentor).min(1, 'add at least one mentor').max(500),
  })
  .strict()
  .superRefine((signOff, ctx) => {
    const seen = new Map<string, number>();
    signOff.mentors.forEach((mentor, m) => {
      const key = mentor.staffNumber.toUpperCase();
      const first = seen.get(key);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['mentors', m, 'staffNumber'], message: `staff number "${mentor.staffNumber}" is already listed (index ${first})`, params: issueWords('staffNumberListed', { id: mentor.staffNumber, first }) });
      else seen.set(key, m);
    });
  });
export type MentorSignOff = z.infer<typeof MentorSignOff>;
