// Why an LMS package could not be built, in both languages, as lmsCourse reports what is wrong
// with a pick ({id, message}): the editor's LMS tab shows a mentor the words of their language;
// the command line and the tests read the English, which is the error's message.

import type { LocalizedText } from '../schema/localizedText.ts';
import type { LmsCourseProblem } from './lmsCourse.ts';

export class LmsBuildError extends Error {
  /** `id`: what is at fault (a file's path in the package, an item, the course) */
  readonly problem: LmsCourseProblem;

  constructor(id: string, message: LocalizedText) {
    super(message.en);
    this.name = 'LmsBuildError';
    this.problem = { id, message };
  }
}

/** A build's failure as the editor lists it: the builder's problem in both languages, else (a bug, not the mentor's doing) the error's own words. */
export function lmsBuildProblem(error: unknown): LmsCourseProblem | string {
  if (error instanceof LmsBuildError) return error.problem;
  return error instanceof Error ? error.message : String(error);
}

/** An item kind in the mentor's words. */
export const LMS_ITEM_KIND_WORDS: Record<'scenario' | 'quiz' | 'tour', LocalizedText> = {
  scenario: { 'zh-CN': '情景', en: 'scenario' },
  quiz: { 'zh-CN': '测验', en: 'quiz' },
  tour: { 'zh-CN': '导览', en: 'tour' },
};
