// The shapes of the pilot problem list (problemList.ts builds them; problemAnswers.ts reads them),
// in a file of their own so the two never import each other.

export type ProblemStatusValue = 'new' | 'answered' | 'fixed';
export const PROBLEM_STATUSES: readonly ProblemStatusValue[] = ['new', 'answered', 'fixed'];

/** One report inside a group. */
export interface ReportedProblem {
  at: number;
  learner: string;
  severity: string;
  text: string;
  elementRole?: string;
  elementLabel?: string;
  /** the tour step it is about, when one was open */
  stepId?: string;
  /** the tour activity (the statement's parent), '' when none */
  tour: string;
}

export interface ProblemGroup {
  /** page and category: the key the trainer's handling is stored under */
  key: string;
  page: string;
  category: string;
  /** the worst severity reported in the group */
  severity: string;
  severityCounts: Record<string, number>;
  count: number;
  firstAt: number;
  lastAt: number;
  /** opaque learner ids, sorted */
  reporters: string[];
  /** oldest first */
  reports: ReportedProblem[];
}

/** What the trainer recorded about a group (sandbox/src/trainer/problemStore.ts owns the rows). */
export interface ProblemHandling {
  key: string;
  status: ProblemStatusValue;
  owner: string;
  answer: string;
  /** the answer is published as help for the group's page (problemAnswers.ts) */
  publish?: boolean;
  /** when the group was first answered or fixed (the first response) */
  respondedAt?: number;
  updatedAt: number;
}

/** Responded the same day as the first report: yes, no (later, or the day is over), or still open today. */
export type SameDay = 'yes' | 'no' | 'open';

export interface ProblemListRow extends ProblemGroup {
  status: ProblemStatusValue;
  owner: string;
  answer: string;
  publish: boolean;
  respondedAt?: number;
  sameDay: SameDay;
}
