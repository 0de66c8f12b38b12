import { z } from 'zod';
import { patientDataInProse } from '../authoring/packDataScan.ts';
import { holdsPatientData, type PatientDataMatch } from '../authoring/patientDataPatterns.ts';
import { formatPath, type FieldProblem } from '../schema/fieldProblems.ts';
import { ACTIVITY_TYPE, EXTENSION, problemReportActivityId, tourActivityId, xapiVerb } from '../xapi/vocabulary.ts';
import { learnerActor, learnerContext, type StatementLearner } from './statementParts.ts';
import type { XapiStatement } from './xapiStatement.ts';

/**
 * The pilot problem channel (issue 16, item 2): a learner reports, from the EMR page, that
 * something cannot be found, fails, does not fit the work, or that the training is wrong. A report
 * is a record like the others (an xAPI statement in the learner's log, export and LRS stream) and
 * holds what the learner typed and chose, never a screenshot or text read from the page: the
 * page's route template, and at most the role and own label of the control it is about. The text
 * is checked by the data rule the pack import uses (DESIGN.md safety rule 3).
 */

export const PROBLEM_CATEGORIES = ['cannot-find', 'system-error', 'workflow-mismatch', 'training-content-wrong'] as const;
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];
/** most severe first */
export const PROBLEM_SEVERITIES = ['blocks-work', 'slows-work', 'minor'] as const;
export type ProblemSeverity = (typeof PROBLEM_SEVERITIES)[number];

export const PROBLEM_TEXT_MAX = 500;
export const ELEMENT_LABEL_MAX = 60;

/** The control a report is about: its ARIA role, and its own label only when that is a control's label. */
export const ReportedElement = z
  .object({
    role: z.string().regex(/^[a-z]{1,30}$/, 'not an ARIA role'),
    label: z.string().trim().min(1).max(ELEMENT_LABEL_MAX).optional(),
  })
  .strict();
export type ReportedElement = z.infer<typeof ReportedElement>;

/** What the content script sends: the learner's choices and words; the page comes from the sender. */
export const ProblemReportInput = z
  .object({
    category: z.enum(PROBLEM_CATEGORIES),
    severity: z.enum(PROBLEM_SEVERITIES),
    text: z.string().trim().min(1, 'describe the problem').max(PROBLEM_TEXT_MAX),
    element: ReportedElement.optional(),
    /** about the tour step open in this tab (the background looks the step up itself) */
    aboutCurrentStep: z.boolean().optional(),
  })
  .strict();
export type ProblemReportInput = z.infer<typeof ProblemReportInput>;

/** The step a report is about, as the background found it in the tab's running tour. */
export interface ReportedStep {
  pack: { id: string; version: string };
  tourId: string;
  stepId: string;
  stepIndex: number;
}

/** Patient data in what the learner typed, if any (the same patterns and quoted names as a pack's prose). */
export function problemTextPatientData(text: string): PatientDataMatch | undefined {
  return patientDataInProse(text);
}

export type ProblemReportCheck = { ok: true; report: ProblemReportInput } | { ok: false; problems: FieldProblem[] };

/**
 * The trust boundary for a report (the background, on the content script's message): the schema,
 * then the data rule on the text and on the control's label (a bare name there counts).
 */
export function checkProblemReport(value: unknown): ProblemReportCheck {
  const parsed = ProblemReportInput.safeParse(value);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
  const report = parsed.data;
  const problems: FieldProblem[] = [];
  const inText = problemTextPatientData(report.text);
  if (inText) problems.push({ path: 'text', message: `looks like patient data (${inText.kind})`, patientData: inText });
  if (report.element?.label !== undefined && holdsPatientData(report.element.label, { bareNames: true })) {
    problems.push({ path: 'element.label', message: 'the control label looks like patient data' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, report };
}

export interface ProblemStatementInput {
  report: ProblemReportInput;
  /** the page's route template (pagePatternOf the sender's URL): never the URL itself */
  pagePattern: string;
  step?: ReportedStep;
  learner: StatementLearner;
  now: Date;
  newId: () => string;
}

/** One report as an xAPI statement: `reported` a problem-report activity, the details in result extensions. */
export function problemReportStatement({ report, pagePattern, step, learner, now, newId }: ProblemStatementInput): XapiStatement {
  const id = newId();
  const extensions: Record<string, unknown> = {
    [EXTENSION.problemCategory]: report.category,
    [EXTENSION.problemSeverity]: report.severity,
    [EXTENSION.pagePattern]: pagePattern,
  };
  if (report.element) {
    extensions[EXTENSION.elementRole] = report.element.role;
    if (report.element.label !== undefined) extensions[EXTENSION.elementLabel] = report.element.label;
  }
  if (step) {
    extensions[EXTENSION.stepId] = step.stepId;
    extensions[EXTENSION.stepIndex] = step.stepIndex;
  }
  const context = learnerContext(learner, newId(), step?.pack);
  if (step) context.contextActivities = { ...context.contextActivities, parent: [{ objectType: 'Activity', id: tourActivityId(step.pack.id, step.tourId) }] };
  return {
    id,
    actor: learnerActor(learner),
    verb: xapiVerb('reported'),
    object: {
      objectType: 'Activity',
      id: problemReportActivityId(id),
      definition: { type: ACTIVITY_TYPE.problemReport, name: { 'zh-CN': '试运行问题', en: 'Pilot problem' } },
    },
    result: { response: report.text, extensions },
    context,
    timestamp: now.toISOString(),
  };
}
