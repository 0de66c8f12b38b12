import type { ContentPack } from '../schema/contentPack.ts';
import type { TourRun } from './tourMachine.ts';

/**
 * What becomes of a tour run when the installed packs change (re-import, new version, removal):
 * - unchanged: its tour is still there as the run knows it (same pack version, same step count),
 *   or the run is already completed and its tour still exists;
 * - remapped: the tour changed but still has the step the learner is on: the run goes on from that
 *   step id in the new version (same attempt);
 * - ended: the tour, or the step the learner is on, is gone. Nothing is recorded for it: the
 *   learner did not finish or leave it, the pack changed under them.
 * A run is never left "running" on a tour that no longer exists.
 */
export type RunAfterPackChange = { kind: 'unchanged' } | { kind: 'remapped'; run: TourRun } | { kind: 'ended'; reason: 'tour-removed' | 'step-removed' };

export function runAfterPackChange(run: TourRun, before: readonly ContentPack[], after: readonly ContentPack[]): RunAfterPackChange {
  const pack = after.find((p) => p.id === run.packId);
  const tour = pack?.tours.find((t) => t.id === run.tourId);
  if (!pack || !tour || tour.steps.length === 0) return { kind: 'ended', reason: 'tour-removed' };
  if (run.status === 'completed') return { kind: 'unchanged' };
  if (run.packVersion === pack.version && run.stepCount === tour.steps.length) return { kind: 'unchanged' };
  const oldTour = before.find((p) => p.id === run.packId)?.tours.find((t) => t.id === run.tourId);
  const stepId = oldTour?.steps[run.stepIndex]?.id;
  const stepIndex = stepId === undefined ? -1 : tour.steps.findIndex((s) => s.id === stepId);
  if (stepIndex < 0) return { kind: 'ended', reason: 'step-removed' };
  const { pageReachedUpTo: _pagesOfTheOldVersion, ...rest } = run;
  return { kind: 'remapped', run: { ...rest, packVersion: pack.version, stepIndex, stepCount: tour.steps.length } };
}
