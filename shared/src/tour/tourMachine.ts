import type { Tour } from '../schema/contentPack.ts';

/**
 * One learner's attempt at one tour, as the background keeps it per tab.
 * Pure data: survives a service-worker restart by being stored as-is.
 */
export interface TourRun {
  packId: string;
  packVersion: string;
  tourId: string;
  /** xAPI registration: one per attempt */
  registration: string;
  startedAt: number;
  stepIndex: number;
  stepCount: number;
  status: 'running' | 'paused' | 'completed';
  /**
   * The furthest step whose page the learner has been on in this attempt. Off that step's page
   * later, the learner went elsewhere on purpose (or back): the player does not take it for a
   * moved page. Bookkeeping only: no statement.
   */
  pageReachedUpTo?: number;
}

export type TourEvent =
  | { type: 'next' }
  | { type: 'back' }
  /** the learner clicked the highlighted element of a click step */
  | { type: 'target-clicked'; stepId: string }
  /** the field of an enter step now satisfies its rule (checked in the page) */
  | { type: 'field-satisfied'; stepId: string }
  /** the page reached the URL a navigate step waits for */
  | { type: 'url-matched'; stepId: string }
  /** the step's target or page cannot be found, or the learner chooses not to do it: move on without it */
  | { type: 'skip' }
  /** the player showed this step on its own page */
  | { type: 'page-reached'; stepId: string }
  | { type: 'close' }
  | { type: 'resume' };

/** What happened, for the statement log. Ids of content only, never page content. */
export type TourEffect =
  | { kind: 'launched' }
  | { kind: 'progressed'; stepId: string; stepIndex: number; skipped: boolean }
  | { kind: 'completed'; durationMs: number }
  | { kind: 'suspended'; stepIndex: number }
  | { kind: 'resumed'; stepIndex: number }
  /** not from the reducer: the player could not place a step, logged for mentors */
  | { kind: 'target-missing'; stepId: string; stepIndex: number; resolution: TargetMissingResolution; pagePattern: string };

/** Why a step could not be placed: no confident match, two alike, or its page never came (moved by an upgrade?). */
export type TargetMissingResolution = 'missing' | 'ambiguous' | 'page-moved';

export interface TourTransition {
  run: TourRun;
  effects: TourEffect[];
}

export function startTour(
  tour: Tour,
  pack: { id: string; version: string },
  registration: string,
  now: number,
): TourTransition {
  return {
    run: {
      packId: pack.id,
      packVersion: pack.version,
      tourId: tour.id,
      registration,
      startedAt: now,
      stepIndex: 0,
      stepCount: tour.steps.length,
      status: 'running',
    },
    effects: [{ kind: 'launched' }],
  };
}

/** The tour reducer. Events that do not fit the current step change nothing. */
export function advanceTour(run: TourRun, tour: Tour, event: TourEvent, now: number): TourTransition {
  const unchanged: TourTransition = { run, effects: [] };
  if (run.status === 'completed') return unchanged;
  if (event.type === 'resume') {
    return run.status === 'paused'
      ? { run: { ...run, status: 'running' }, effects: [{ kind: 'resumed', stepIndex: run.stepIndex }] }
      : unchanged;
  }
  if (run.status !== 'running') return unchanged;
  const step = tour.steps[run.stepIndex];
  if (!step) return unchanged;

  switch (event.type) {
    case 'close':
      return { run: { ...run, status: 'paused' }, effects: [{ kind: 'suspended', stepIndex: run.stepIndex }] };
    case 'back':
      return run.stepIndex > 0 ? { run: { ...run, stepIndex: run.stepIndex - 1 }, effects: [] } : unchanged;
    case 'next':
      return step.advance.on === 'next' ? moveOn(run, step.id, false, now) : unchanged;
    case 'target-clicked':
      return step.advance.on === 'click' && event.stepId === step.id ? moveOn(run, step.id, false, now) : unchanged;
    case 'field-satisfied':
      return step.advance.on === 'enter' && event.stepId === step.id ? moveOn(run, step.id, false, now) : unchanged;
    case 'url-matched':
      return step.advance.on === 'navigate' && event.stepId === step.id ? moveOn(run, step.id, false, now) : unchanged;
    case 'skip':
      // a step that waits for the learner (a target to use, a page to reach) may be skipped; a plain explanation has Next
      return step.target !== undefined || step.advance.on === 'navigate' || step.page !== undefined ? moveOn(run, step.id, true, now) : unchanged;
    case 'page-reached':
      return event.stepId === step.id && (run.pageReachedUpTo ?? -1) < run.stepIndex ? { run: { ...run, pageReachedUpTo: run.stepIndex }, effects: [] } : unchanged;
  }
}

function moveOn(run: TourRun, stepId: string, skipped: boolean, now: number): TourTransition {
  const progressed: TourEffect = { kind: 'progressed', stepId, stepIndex: run.stepIndex, skipped };
  const nextIndex = run.stepIndex + 1;
  if (nextIndex >= run.stepCount) {
    return {
      run: { ...run, stepIndex: run.stepIndex, status: 'completed' },
      effects: [progressed, { kind: 'completed', durationMs: Math.max(0, now - run.startedAt) }],
    };
  }
  return { run: { ...run, stepIndex: nextIndex }, effects: [progressed] };
}
