// The pilot problem channel's runtime message (content script -> background): a learner's report
// from the EMR page (issue 16). A contract: imports no implementation (extension/test/importGraph.test.ts).

import { ProblemReportInput } from '@preceptor/shared/record/problemReport.ts';
import type { FieldProblem } from '@preceptor/shared/schema/fieldProblems.ts';
import { message } from '../messaging/messageSpec.ts';

/** Recorded, or refused with the fields that were wrong (the form shows them inline). */
export type ProblemReportReply = { recorded: true } | { recorded: false; problems: FieldProblem[] };

/** A report is a few hundred characters; anything near this size is not one. */
export const MAX_PROBLEM_REPORT_CHARS = 8 * 1024;

export const PROBLEM_MESSAGES = {
  /**
   * Only Preceptor's own content script may send it (web pages cannot: the gate checks the
   * sender). The page is taken from the sender's URL, never from the payload.
   */
  reportProblem: message<ProblemReportReply>()({ from: ['content'], data: ProblemReportInput, maxChars: MAX_PROBLEM_REPORT_CHARS }),
};
