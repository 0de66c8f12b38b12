import { isTargetMissing, type StatementFact } from '../record/statementFacts.ts';

/**
 * Steps whose target the player could not place (missing, or not unique), grouped so a mentor
 * sees what broke after a vendor upgrade: per tour, pack version, step and kind of miss.
 * Matched loosely: the target-missing verb, any verb ending in /target-missing, or a
 * `resolution` result extension.
 */

export interface TargetMissingRow {
  tour: string;
  pack: string;
  packVersion: string;
  stepId: string;
  stepIndex: number | null;
  resolution: string;
  pagePatterns: string[];
  count: number;
  learners: number;
  firstAt: number;
  lastAt: number;
}

export class TargetMissingAccumulator {
  private readonly rows = new Map<string, Omit<TargetMissingRow, 'learners' | 'pagePatterns'> & { learnerSet: Set<string>; patterns: Set<string> }>();

  add(fact: StatementFact): void {
    if (!isTargetMissing(fact)) return;
    const packVersion = fact.packVersion ?? '';
    const stepId = fact.stepId ?? '';
    const resolution = fact.resolution ?? 'missing';
    const key = [fact.object, packVersion, stepId, fact.stepIndex ?? '', resolution].join('\u0000');
    let row = this.rows.get(key);
    if (!row) {
      row = { tour: fact.object, pack: fact.pack, packVersion, stepId, stepIndex: fact.stepIndex ?? null, resolution, count: 0, firstAt: fact.t, lastAt: fact.t, learnerSet: new Set(), patterns: new Set() };
      this.rows.set(key, row);
    }
    row.count++;
    row.learnerSet.add(fact.learner);
    if (fact.pagePattern) row.patterns.add(fact.pagePattern);
    if (fact.t < row.firstAt) row.firstAt = fact.t;
    if (fact.t > row.lastAt) row.lastAt = fact.t;
  }

  result(): TargetMissingRow[] {
    return [...this.rows.values()]
      .map(({ learnerSet, patterns, ...row }) => ({ ...row, learners: learnerSet.size, pagePatterns: [...patterns].sort() }))
      .sort((a, b) => b.count - a.count || b.lastAt - a.lastAt);
  }
}

export function targetMissingReport(facts: Iterable<StatementFact>): TargetMissingRow[] {
  const acc = new TargetMissingAccumulator();
  for (const fact of facts) acc.add(fact);
  return acc.result();
}
