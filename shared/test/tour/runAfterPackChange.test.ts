import { describe, expect, it } from 'vitest';
import { ContentPack } from '../../src/schema/contentPack.ts';
import { startTour, type TourRun } from '../../src/tour/tourMachine.ts';
import { runAfterPackChange } from '../../src/tour/runAfterPackChange.ts';
import { demoPack } from '../packFixtures.ts';

const v1 = ContentPack.parse(demoPack());
const tour = v1.tours[0]!;
const runAt = (stepIndex: number, status: TourRun['status'] = 'running'): TourRun => ({
  ...startTour(tour, v1, 'reg-1', 0).run,
  stepIndex,
  status,
  pageReachedUpTo: stepIndex,
});
function version(version: string, steps: typeof tour.steps): ContentPack {
  return { ...v1, version, tours: [{ ...tour, steps }] };
}

describe('a replaced pack ends or remaps the running tour', () => {
  it('leaves a run alone when its tour is as the run knows it', () => {
    expect(runAfterPackChange(runAt(1), [v1], [v1])).toEqual({ kind: 'unchanged' });
    expect(runAfterPackChange(runAt(1), [v1], [v1, { ...v1, id: 'other' }])).toEqual({ kind: 'unchanged' });
  });

  it('ends the run when the pack or the tour is removed', () => {
    expect(runAfterPackChange(runAt(1), [v1], [])).toEqual({ kind: 'ended', reason: 'tour-removed' });
    expect(runAfterPackChange(runAt(1), [v1], [{ ...v1, tours: [] }])).toEqual({ kind: 'ended', reason: 'tour-removed' });
    expect(runAfterPackChange(runAt(0, 'completed'), [v1], [])).toEqual({ kind: 'ended', reason: 'tour-removed' });
  });

  it('goes on from the same step id in a new version', () => {
    const [first, second, ...others] = tour.steps;
    const inserted = { ...first!, id: 'new-intro' };
    const v2 = version('2.0.0', [inserted, first!, second!, ...others]);
    const change = runAfterPackChange(runAt(1), [v1], [v2]);
    expect(change.kind).toBe('remapped');
    if (change.kind !== 'remapped') return;
    expect(change.run).toMatchObject({ stepIndex: 2, stepCount: tour.steps.length + 1, packVersion: '2.0.0', registration: 'reg-1', status: 'running' });
    expect(v2.tours[0]!.steps[change.run.stepIndex]!.id).toBe(second!.id);
    expect(change.run.pageReachedUpTo).toBeUndefined();
    // a paused run too
    expect(runAfterPackChange(runAt(1, 'paused'), [v1], [v2]).kind).toBe('remapped');
  });

  it('ends the run when the step the learner is on is gone', () => {
    const v2 = version('2.0.0', tour.steps.filter((_, i) => i !== 1));
    expect(runAfterPackChange(runAt(1), [v1], [v2])).toEqual({ kind: 'ended', reason: 'step-removed' });
    // without the old version the step cannot be known: ended, never guessed
    expect(runAfterPackChange(runAt(1), [], [version('2.0.0', tour.steps)])).toEqual({ kind: 'ended', reason: 'step-removed' });
  });

  it('keeps a completed run whose tour still exists (its card only says well done)', () => {
    expect(runAfterPackChange(runAt(tour.steps.length - 1, 'completed'), [v1], [version('2.0.0', tour.steps.slice(0, 1))])).toEqual({ kind: 'unchanged' });
  });
});
