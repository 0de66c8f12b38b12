import { VERB } from '../xapi/vocabulary.ts';
import { activityKind, isTargetMissing, type ActivityKind, type StatementFact } from './statementFacts.ts';

/**
 * Where one learner stands on one training item (a tour, scenario or quiz), derived from the
 * statements alone. Recomputed on every view; nothing here is stored.
 */
export type ItemStatus = 'completed' | 'failed' | 'in-progress' | 'not-started';

export interface ItemProgress {
  learner: string;
  item: string;
  kind: ActivityKind;
  pack: string;
  status: ItemStatus;
  /** distinct registrations (attempts) */
  attempts: number;
  firstAt: number;
  lastAt: number;
  /** first completion (or pass) */
  completedAt?: number;
  /** shortest completed duration */
  durationMs?: number;
  /** best scaled score (quizzes, scenarios) */
  bestScaled?: number;
}

/** Tours, scenarios and quizzes are training items; questions and packs are not. */
export function isTrainingItem(kind: ActivityKind): boolean {
  return kind === 'tour' || kind === 'scenario' || kind === 'quiz';
}

const COMPLETING = new Set<string>([VERB.completed, VERB.passed]);

class ItemAccumulator {
  readonly registrations = new Set<string>();
  firstAt = Infinity;
  lastAt = -Infinity;
  completedAt: number | undefined;
  failedAt: number | undefined;
  durationMs: number | undefined;
  bestScaled: number | undefined;

  constructor(
    readonly learner: string,
    readonly item: string,
    readonly kind: ActivityKind,
    public pack: string,
  ) {}

  add(fact: StatementFact): void {
    if (fact.registration) this.registrations.add(fact.registration);
    if (fact.t < this.firstAt) this.firstAt = fact.t;
    if (fact.t > this.lastAt) this.lastAt = fact.t;
    if (!this.pack && fact.pack) this.pack = fact.pack;
    if (fact.scaled !== undefined && (this.bestScaled === undefined || fact.scaled > this.bestScaled)) this.bestScaled = fact.scaled;
    // a quiz or scenario counts when passed (a scenario says completed, then passed or failed);
    // a tour when completed
    const assessed = this.kind === 'quiz' || this.kind === 'scenario';
    const done = assessed
      ? fact.verb === VERB.passed || (COMPLETING.has(fact.verb) && fact.success === true)
      : COMPLETING.has(fact.verb) || fact.completion === true;
    if (done) {
      if (this.completedAt === undefined || fact.t < this.completedAt) this.completedAt = fact.t;
      if (fact.durationMs !== undefined && (this.durationMs === undefined || fact.durationMs < this.durationMs)) this.durationMs = fact.durationMs;
    } else if (fact.verb === VERB.failed || (assessed && fact.success === false)) {
      this.failedAt = Math.max(this.failedAt ?? -Infinity, fact.t);
    }
  }

  result(): ItemProgress {
    const status: ItemStatus = this.completedAt !== undefined ? 'completed' : this.failedAt !== undefined ? 'failed' : 'in-progress';
    const out: ItemProgress = {
      learner: this.learner,
      item: this.item,
      kind: this.kind,
      pack: this.pack,
      status,
      attempts: Math.max(1, this.registrations.size),
      firstAt: this.firstAt,
      lastAt: this.lastAt,
    };
    if (this.completedAt !== undefined) out.completedAt = this.completedAt;
    if (this.durationMs !== undefined) out.durationMs = this.durationMs;
    if (this.bestScaled !== undefined) out.bestScaled = this.bestScaled;
    return out;
  }
}

/** Streams facts in any order; `result()` gives progress on every (learner, item) pair seen. */
export class ItemProgressAccumulator {
  private readonly byKey = new Map<string, ItemAccumulator>();

  add(fact: StatementFact): void {
    if (isTargetMissing(fact)) return; // a mentor's signal, not learner progress
    const kind = activityKind(fact.type);
    if (!isTrainingItem(kind)) return;
    const key = `${fact.learner}\u0000${fact.object}`;
    let acc = this.byKey.get(key);
    if (!acc) this.byKey.set(key, (acc = new ItemAccumulator(fact.learner, fact.object, kind, fact.pack)));
    acc.add(fact);
  }

  result(): ItemProgress[] {
    return [...this.byKey.values()].map((acc) => acc.result());
  }
}

export function itemProgress(facts: Iterable<StatementFact>): ItemProgress[] {
  const acc = new ItemProgressAccumulator();
  for (const fact of facts) acc.add(fact);
  return acc.result();
}
