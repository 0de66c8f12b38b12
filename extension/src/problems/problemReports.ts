import { pagePatternOf } from '@preceptor/shared/authoring/urlGeneraliser.ts';
import { checkProblemReport, problemReportStatement, type ProblemReportInput, type ReportedStep } from '@preceptor/shared/record/problemReport.ts';
import { installedPacks } from '../packs/installedPacks.ts';
import { statementLearner } from '../progress/learnerProfile.ts';
import { recordStatements } from '../progress/progressLog.ts';
import { tourRuns } from '../tours/tourRunner.ts';
import type { ProblemReportReply } from './protocol.ts';

/**
 * A learner's problem report becomes a statement in their own log (progress/progressLog.ts, the
 * one writer), and so travels in the signed export and to the hospital's LRS like every record.
 * The page is the sender frame's route template (ids and query gone), the step the one this tab's
 * running tour is on: neither is taken from the payload.
 */
export async function recordProblemReport(data: ProblemReportInput, tabId: number | undefined, senderUrl: string | undefined): Promise<ProblemReportReply> {
  const checked = checkProblemReport(data);
  if (!checked.ok) return { recorded: false, problems: checked.problems };
  if (!senderUrl || !/^https?:/i.test(senderUrl)) return { recorded: false, problems: [{ path: '', message: 'a report comes from a web page' }] };
  const step = checked.report.aboutCurrentStep && tabId !== undefined ? await currentStep(tabId) : undefined;
  const statement = problemReportStatement({
    report: checked.report,
    pagePattern: pagePatternOf(senderUrl),
    ...(step ? { step } : {}),
    learner: await statementLearner(),
    now: new Date(),
    newId: () => crypto.randomUUID(),
  });
  const added = await recordStatements([statement]);
  return added === 1 ? { recorded: true } : { recorded: false, problems: [{ path: '', message: 'the report could not be recorded' }] };
}

async function currentStep(tabId: number): Promise<ReportedStep | undefined> {
  const run = (await tourRuns.getValue())[String(tabId)];
  if (!run || run.status !== 'running') return undefined;
  const pack = (await installedPacks.getValue()).find((p) => p.id === run.packId);
  const step = pack?.tours.find((t) => t.id === run.tourId)?.steps[run.stepIndex];
  return pack && step ? { pack: { id: pack.id, version: pack.version }, tourId: run.tourId, stepId: step.id, stepIndex: run.stepIndex } : undefined;
}
