import { PROBLEM_CSV_COLUMNS } from '@preceptor/shared/trainer/problemList.ts';
import { PROBLEM_LIST_MESSAGES } from './problemListMessages.ts';
import type { TrainerKey, TrainerT } from './trainerMessages.ts';

/** Words the pilot problem list and the suggestions view share (issue 16). */

/** A category, severity or role in words when the dictionary knows it; a value from a newer extension as it is. */
export function known(t: TrainerT, prefix: string, value: string): string {
  const key = `${prefix}${value}`;
  return key in PROBLEM_LIST_MESSAGES ? t(key as TrainerKey) : value;
}

/** A control as a report or suggestion named it: its role in words and its own label. */
export function controlText(t: TrainerT, element: { role?: string; label?: string } | undefined): string {
  if (!element?.role) return '';
  const role = known(t, 'problems.role.', element.role);
  return element.label ? `${role} “${element.label}”` : role;
}

/** The page pattern without the origin: the route is what a trainer reads. */
export function pageText(page: string): string {
  return page.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '') || page;
}

/** The problem list CSV's header words, column by column: every column of PROBLEM_CSV_COLUMNS has one. */
const CSV_HEADER_KEYS: Record<(typeof PROBLEM_CSV_COLUMNS)[number], TrainerKey> = {
  page: 'problems.page',
  category: 'problems.category',
  severity: 'problems.severity',
  count: 'problems.count',
  reporters: 'problems.reporters',
  firstAt: 'problems.first',
  lastAt: 'problems.last',
  status: 'problems.status',
  owner: 'problems.owner',
  answer: 'problems.answer',
  published: 'problems.published',
  respondedAt: 'problems.responded',
  sameDay: 'problems.sameDay',
  elements: 'problems.elements',
  texts: 'problems.texts',
};

/** The problem list CSV's header in the trainer's language. */
export function problemCsvHeader(t: TrainerT): string[] {
  return PROBLEM_CSV_COLUMNS.map((column) => t(CSV_HEADER_KEYS[column]));
}
