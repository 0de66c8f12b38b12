import { VERB } from '../xapi/vocabulary.ts';
import { activityKind, isTargetMissing, type StatementFact } from '../record/statementFacts.ts';

/**
 * Where learners drop out of a tour: for each step, how many learners got past it
 * (a `progressed` statement with that step index or a later one, in any attempt), how often
 * it was skipped, and how often its target could not be found.
 */

export interface FunnelStep {
  index: number;
  stepId: string;
  /** learners who passed this step */
  passed: number;
  skipped: number;
  targetMissing: number;
}

export interface TourFunnel {
  tour: string;
  pack: string;
  launched: number;
  completed: number;
  /** the median of each finisher's shortest completed run (ms); absent when no run says how long it took */
  medianCompletionMs?: number;
  steps: FunnelStep[];
}

interface TourAcc {
  pack: string;
  /** learner -> highest step index passed (-1: launched only) */
  furthest: Map<string, number>;
  completed: Set<string>;
  /** learner -> shortest completed run */
  fastest: Map<string, number>;
  stepIds: Map<number, string>;
  skipped: Map<number, number>;
  missing: Map<number, number>;
}

export class TourFunnelAccumulator {
  private readonly tours = new Map<string, TourAcc>();

  add(fact: StatementFact): void {
    if (activityKind(fact.type) !== 'tour') return;
    let tour = this.tours.get(fact.object);
    if (!tour) this.tours.set(fact.object, (tour = { pack: fact.pack, furthest: new Map(), completed: new Set(), fastest: new Map(), stepIds: new Map(), skipped: new Map(), missing: new Map() }));
    const index = fact.stepIndex;
    if (index !== undefined && fact.stepId) tour.stepIds.set(index, fact.stepId);
    if (isTargetMissing(fact)) {
      if (index !== undefined) tour.missing.set(index, (tour.missing.get(index) ?? 0) + 1);
      return;
    }
    if (!tour.furthest.has(fact.learner)) tour.furthest.set(fact.learner, -1);
    if (fact.verb === VERB.progressed && index !== undefined) {
      if (index > tour.furthest.get(fact.learner)!) tour.furthest.set(fact.learner, index);
      if (fact.skipped) tour.skipped.set(index, (tour.skipped.get(index) ?? 0) + 1);
    }
    if (fact.verb === VERB.completed || fact.completion === true) {
      tour.completed.add(fact.learner);
      const fastest = tour.fastest.get(fact.learner);
      if (fact.durationMs !== undefined && (fastest === undefined || fact.durationMs < fastest)) tour.fastest.set(fact.learner, fact.durationMs);
    }
  }

  result(): TourFunnel[] {
    return [...this.tours.entries()]
      .map(([id, t]) => {
        const lastIndex = Math.max(-1, ...t.stepIds.keys(), ...t.furthest.values());
        const reached = new Array<number>(lastIndex + 1).fill(0);
        for (const furthest of t.furthest.values()) for (let i = 0; i <= furthest; i++) reached[i]!++;
        const median = medianOf([...t.fastest.values()]);
        return {
          tour: id,
          pack: t.pack,
          launched: t.furthest.size,
          completed: t.completed.size,
          ...(median === undefined ? {} : { medianCompletionMs: median }),
          steps: reached.map((passed, index) => ({
            index,
            stepId: t.stepIds.get(index) ?? '',
            passed,
            skipped: t.skipped.get(index) ?? 0,
            targetMissing: t.missing.get(index) ?? 0,
          })),
        };
      })
      .sort((a, b) => a.pack.localeCompare(b.pack) || a.tour.localeCompare(b.tour));
  }
}

function medianOf(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = values.sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function tourFunnels(facts: Iterable<StatementFact>): TourFunnel[] {
  const acc = new TourFunnelAccumulator();
  for (const fact of facts) acc.add(fact);
  return acc.result();
}
