import { csvDocument, csvUtcTime } from '../record/csvCells.ts';
import { answerPublishedAsHelp } from './problemAnswers.ts';
import { PROBLEM_SEVERITIES, type ProblemSeverity } from '../record/problemReport.ts';
import type { StatementFact } from '../record/statementFacts.ts';

/**
 * The 试运行问题清单 (pilot problem list, issue 16): learners' problem reports grouped by page
 * (route template) and category, with the worst severity, how many and who, first and last
 * reported; joined with the trainer's own handling (status, owner, answer) and whether the
 * first response came the same day, as the source text asks (当日响应).
 */

export { PROBLEM_STATUSES, type ProblemGroup, type ProblemHandling, type ProblemListRow, type ProblemStatusValue, type ReportedProblem, type SameDay } from './problemRows.ts';
import { type ProblemGroup, type ProblemHandling, type ProblemListRow, type ProblemStatusValue, type ReportedProblem, type SameDay } from './problemRows.ts';

export function problemKey(page: string, category: string): string {
  return `${page}\u0000${category}`;
}

function severityRank(severity: string): number {
  const i = PROBLEM_SEVERITIES.indexOf(severity as ProblemSeverity);
  return i < 0 ? PROBLEM_SEVERITIES.length : i;
}

export class ProblemListAccumulator {
  private readonly groups = new Map<string, ProblemGroup & { learnerSet: Set<string> }>();

  add(fact: StatementFact): void {
    const problem = fact.problem;
    if (!problem) return;
    const page = fact.pagePattern ?? '';
    const key = problemKey(page, problem.category);
    let group = this.groups.get(key);
    if (!group) {
      group = { key, page, category: problem.category, severity: problem.severity, severityCounts: {}, count: 0, firstAt: fact.t, lastAt: fact.t, reporters: [], reports: [], learnerSet: new Set() };
      this.groups.set(key, group);
    }
    group.count++;
    group.severityCounts[problem.severity] = (group.severityCounts[problem.severity] ?? 0) + 1;
    if (severityRank(problem.severity) < severityRank(group.severity)) group.severity = problem.severity;
    if (fact.t < group.firstAt) group.firstAt = fact.t;
    if (fact.t > group.lastAt) group.lastAt = fact.t;
    group.learnerSet.add(fact.learner);
    const report: ReportedProblem = { at: fact.t, learner: fact.learner, severity: problem.severity, text: problem.text, tour: fact.parent };
    if (problem.elementRole) report.elementRole = problem.elementRole;
    if (problem.elementLabel) report.elementLabel = problem.elementLabel;
    if (fact.stepId) report.stepId = fact.stepId;
    group.reports.push(report);
  }

  result(): ProblemGroup[] {
    return [...this.groups.values()].map(({ learnerSet, ...group }) => ({ ...group, reporters: [...learnerSet].sort(), reports: [...group.reports].sort((a, b) => a.at - b.at) }));
  }
}

export function problemGroups(facts: Iterable<StatementFact>): ProblemGroup[] {
  const acc = new ProblemListAccumulator();
  for (const fact of facts) acc.add(fact);
  return acc.result();
}

/** The calendar day of a time in the trainer's local time zone, YYYY-MM-DD. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function sameDayResponse(firstAt: number, respondedAt: number | undefined, now: number, dayOf: (ms: number) => string = localDay): SameDay {
  if (respondedAt !== undefined) return dayOf(respondedAt) === dayOf(firstAt) ? 'yes' : 'no';
  return dayOf(now) === dayOf(firstAt) ? 'open' : 'no';
}

const STATUS_ORDER: Record<ProblemStatusValue, number> = { new: 0, answered: 1, fixed: 2 };

/**
 * The list as the trainer sees it: each group with its handling (a group nobody handled is new),
 * open ones first, then the worst severity, the most reports, the latest.
 */
export function problemListRows(groups: readonly ProblemGroup[], handling: readonly ProblemHandling[], now: number, dayOf: (ms: number) => string = localDay): ProblemListRow[] {
  const byKey = new Map(handling.map((h) => [h.key, h]));
  return groups
    .map((group) => {
      const h = byKey.get(group.key);
      const row: ProblemListRow = { ...group, status: h?.status ?? 'new', owner: h?.owner ?? '', answer: h?.answer ?? '', publish: h?.publish ?? false, sameDay: sameDayResponse(group.firstAt, h?.respondedAt, now, dayOf) };
      if (h?.respondedAt !== undefined) row.respondedAt = h.respondedAt;
      return row;
    })
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || severityRank(a.severity) - severityRank(b.severity) || b.count - a.count || b.lastAt - a.lastAt || a.key.localeCompare(b.key));
}

/** The words a CSV needs, in the reader's language (the dashboard's dictionary supplies them). */
export interface ProblemCsvWords {
  headers: readonly string[];
  category: (category: string) => string;
  severity: (severity: string) => string;
  status: (status: ProblemStatusValue) => string;
  sameDay: (sameDay: SameDay) => string;
  /** yes or no: the answer is published as help for the group's page */
  published: (published: boolean) => string;
  /** a reporter's display name (staff name when the learner handed it in), else the opaque id */
  reporter: (learner: string) => string;
  /** a report's element, as shown: role and label */
  element: (report: ReportedProblem) => string;
}

/** The header of problemListCsv, column by column (the words come from the caller). */
export const PROBLEM_CSV_COLUMNS = ['page', 'category', 'severity', 'count', 'reporters', 'firstAt', 'lastAt', 'status', 'owner', 'answer', 'published', 'respondedAt', 'sameDay', 'elements', 'texts'] as const;

/** Excel-safe CSV (BOM, CRLF, no formulas): one line per group, its reports' words joined. */
export function problemListCsv(rows: readonly ProblemListRow[], words: ProblemCsvWords): string {
  return csvDocument(
    words.headers,
    rows.map((r) => [
      r.page,
      words.category(r.category),
      words.severity(r.severity),
      r.count,
      r.reporters.map(words.reporter).join('; '),
      csvUtcTime(r.firstAt),
      csvUtcTime(r.lastAt),
      words.status(r.status),
      r.owner,
      r.answer,
      words.published(answerPublishedAsHelp(r)),
      csvUtcTime(r.respondedAt),
      words.sameDay(r.sameDay),
      [...new Set(r.reports.map(words.element).filter(Boolean))].join('; '),
      r.reports.map((p) => p.text).join('\n'),
    ]),
  );
}
