import type { XapiStatement } from '../record/xapiStatement.ts';
import { EXTENSION, VERB } from '../xapi/vocabulary.ts';

/** Where a learner stands on one tour, from the log alone: absent from the map = not started. */
export type TourState = { status: 'in-progress'; stepsDone: number } | { status: 'completed' };

interface Attempt {
  startedAt: string;
  stepsDone: number;
  completed: boolean;
}

/**
 * Each tour's state for one learner, keyed by the tour's activity id. The latest attempt decides:
 * finished -> completed; started again after a finish and not finished -> in progress with its
 * steps; a tour once completed stays completed when its latest attempt has not moved yet.
 */
export function tourStates(statements: Iterable<XapiStatement>, learnerId: string): Map<string, TourState> {
  const attempts = new Map<string, Map<string, Attempt>>();
  const everCompleted = new Set<string>();
  for (const s of statements) {
    if (s.actor.account.name !== learnerId) continue;
    const verb = s.verb.id;
    if (verb !== VERB.launched && verb !== VERB.progressed && verb !== VERB.completed) continue;
    const tour = s.object.id;
    const registration = s.context.registration;
    let byRegistration = attempts.get(tour);
    if (!byRegistration) attempts.set(tour, (byRegistration = new Map()));
    let attempt = byRegistration.get(registration);
    if (!attempt) byRegistration.set(registration, (attempt = { startedAt: s.timestamp, stepsDone: 0, completed: false }));
    if (s.timestamp < attempt.startedAt) attempt.startedAt = s.timestamp;
    if (verb === VERB.progressed) {
      const index = s.result?.extensions?.[EXTENSION.stepIndex];
      if (typeof index === 'number') attempt.stepsDone = Math.max(attempt.stepsDone, index + 1);
    } else if (verb === VERB.completed) {
      attempt.completed = true;
      everCompleted.add(tour);
    }
  }
  const states = new Map<string, TourState>();
  for (const [tour, byRegistration] of attempts) {
    const latest = [...byRegistration.values()].reduce((a, b) => (b.startedAt > a.startedAt ? b : a));
    if (latest.completed || (everCompleted.has(tour) && latest.stepsDone === 0)) states.set(tour, { status: 'completed' });
    else states.set(tour, { status: 'in-progress', stepsDone: latest.stepsDone });
  }
  return states;
}
