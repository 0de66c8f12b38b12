import { z } from 'zod';
import { PROBLEM_CATEGORIES, PROBLEM_TEXT_MAX, problemTextPatientData, ReportedElement } from '../record/problemReport.ts';
import { stableHash } from '../record/stableHash.ts';
import type { PatientDataMatch } from '../authoring/patientDataPatterns.ts';
import { Language } from '../schema/localizedText.ts';
import type { ProblemListRow } from './problemRows.ts';

/**
 * "A mentor can answer with a tip that then appears to everyone on that page" (issue 16): the
 * trainer marks an answer in the 试运行问题清单 as help for the problem's page; it travels to the
 * editor in the suggestions file beside learners' suggestions (suggestionList.ts), where the
 * mentor accepts it as an FAQ entry for that page (authoring/suggestionReview.ts) or rejects it.
 * The answer leaves the dashboard, so it passes the data rule learners' words pass.
 */

/** The trainer's answer (problemStore.ts keeps it to this length). */
export const PROBLEM_ANSWER_MAX = 2000;

/** One published answer in the suggestions file. */
export const AnsweredProblemEntry = z
  .object({
    kind: z.literal('answeredProblem'),
    /** stable per page and category, so the editor remembers it was accepted or rejected */
    id: z.string().min(1).max(80),
    /** when the trainer answered */
    at: z.iso.datetime({ offset: true }),
    pagePattern: z.string().min(1).max(2048),
    category: z.enum(PROBLEM_CATEGORIES),
    /** the control the reports named, when one did */
    element: ReportedElement.optional(),
    /** what the learner asked: the group's first report */
    question: z.string().trim().min(1).max(PROBLEM_TEXT_MAX),
    answer: z.string().trim().min(1).max(PROBLEM_ANSWER_MAX),
    /** the dashboard's language when it was exported (the answer is in the trainer's words) */
    language: Language,
  })
  .strict();
export type AnsweredProblemEntry = z.infer<typeof AnsweredProblemEntry>;

/** The id of a problem group's published answer: its page and category, hashed (a page pattern can be 2 KB). */
export function answeredProblemId(key: string): string {
  const category = key.slice(key.lastIndexOf('\u0000') + 1).replace(/[^a-z-]/g, '');
  return `problem-${category}-${stableHash(key)}`;
}

/** Patient data in a trainer's answer, if any (the rule learners' words pass). */
export function answerPatientData(answer: string): PatientDataMatch | undefined {
  return problemTextPatientData(answer);
}

/**
 * A group's answer as a file entry when it is published as help for its page: marked "publish",
 * with an answer, a known category and no patient data in the answer or the question (a row that
 * would fail is left out; the dashboard refuses to mark it in the first place).
 */
export function publishedAnswer(row: ProblemListRow, language: Language): AnsweredProblemEntry | undefined {
  const answer = row.answer.trim();
  const first = row.reports[0];
  if (!row.publish || !answer || !first || answerPatientData(answer)) return undefined;
  const named = row.reports.find((r) => r.elementRole && r.elementLabel) ?? row.reports.find((r) => r.elementRole);
  const entry = AnsweredProblemEntry.safeParse({
    kind: 'answeredProblem',
    id: answeredProblemId(row.key),
    at: new Date(row.respondedAt ?? row.lastAt).toISOString(),
    pagePattern: row.page,
    category: row.category,
    ...(named?.elementRole ? { element: { role: named.elementRole, ...(named.elementLabel ? { label: named.elementLabel } : {}) } } : {}),
    question: first.text,
    answer,
    language,
  });
  return entry.success && !problemTextPatientData(entry.data.question) ? entry.data : undefined;
}

/** Whether a group's answer goes out as page help (the suggestions file carries it): what the problem list CSV says. */
export function answerPublishedAsHelp(row: ProblemListRow): boolean {
  return publishedAnswer(row, 'zh-CN') !== undefined;
}

/** The answers published as help for their pages, as file entries (see publishedAnswer). */
export function publishedAnswers(rows: readonly ProblemListRow[], language: Language): AnsweredProblemEntry[] {
  return rows.flatMap((row) => publishedAnswer(row, language) ?? []);
}
