import type { ItemProgress, ItemStatus } from '../record/itemProgress.ts';
import type { ActivityKind, StatementFact } from '../record/statementFacts.ts';

/**
 * Go-live readiness: learner × required training item.
 *
 * Until role checklists say what is required, the rule is: a tour, scenario or quiz seen in the
 * imported statements of a pack (for scenarios: the sandbox course) is required of every learner
 * who has started anything in that pack and whose role has been seen doing that item. Role and
 * department are the learner's latest statement's.
 */

export interface LearnerInfo {
  learner: string;
  role: string;
  department: string;
  firstAt: number;
  lastAt: number;
  statements: number;
}

/** Streams facts; keeps each learner's latest role and department. */
export class LearnerRosterAccumulator {
  private readonly learners = new Map<string, LearnerInfo & { roleAt: number; departmentAt: number }>();

  add(fact: StatementFact): void {
    let info = this.learners.get(fact.learner);
    if (!info) {
      info = { learner: fact.learner, role: '', department: '', firstAt: fact.t, lastAt: fact.t, statements: 0, roleAt: -Infinity, departmentAt: -Infinity };
      this.learners.set(fact.learner, info);
    }
    info.statements++;
    if (fact.t < info.firstAt) info.firstAt = fact.t;
    if (fact.t > info.lastAt) info.lastAt = fact.t;
    if (fact.role && fact.t >= info.roleAt) {
      info.role = fact.role;
      info.roleAt = fact.t;
    }
    if (fact.department && fact.t >= info.departmentAt) {
      info.department = fact.department;
      info.departmentAt = fact.t;
    }
  }

  result(): Map<string, LearnerInfo> {
    const out = new Map<string, LearnerInfo>();
    for (const [key, { roleAt: _r, departmentAt: _d, ...info }] of this.learners) out.set(key, info);
    return out;
  }
}

export interface ReadinessItem {
  id: string;
  kind: ActivityKind;
  pack: string;
}

/** One character per item column, so a thousand learners' rows stay small. */
export const CELL = { completed: 'c', failed: 'f', 'in-progress': 'i', 'not-started': 'n', notRequired: '-' } as const;
export type CellCode = (typeof CELL)[keyof typeof CELL];

export function cellStatus(code: string): ItemStatus | 'not-required' {
  switch (code) {
    case 'c':
      return 'completed';
    case 'f':
      return 'failed';
    case 'i':
      return 'in-progress';
    case 'n':
      return 'not-started';
    default:
      return 'not-required';
  }
}

export interface LearnerReadiness extends LearnerInfo {
  required: number;
  completed: number;
  /** completed / required, 0..1 */
  ratio: number;
  ready: boolean;
  /** when the last required item was completed, if all are */
  readyAt?: number;
  /** per item column (same order as `items`): see CELL */
  cells: string;
}

export interface ReadinessMatrix {
  items: ReadinessItem[];
  learners: LearnerReadiness[];
}

const KIND_ORDER: Record<string, number> = { tour: 0, scenario: 1, quiz: 2 };

export function readinessMatrix(progress: readonly ItemProgress[], roster: ReadonlyMap<string, LearnerInfo>): ReadinessMatrix {
  const itemMap = new Map<string, ReadinessItem & { firstAt: number }>();
  const packsOf = new Map<string, Set<string>>();
  const byLearner = new Map<string, Map<string, ItemProgress>>();
  for (const p of progress) {
    const item = itemMap.get(p.item);
    if (!item) itemMap.set(p.item, { id: p.item, kind: p.kind, pack: p.pack, firstAt: p.firstAt });
    else if (p.firstAt < item.firstAt) item.firstAt = p.firstAt;
    let packs = packsOf.get(p.learner);
    if (!packs) packsOf.set(p.learner, (packs = new Set()));
    packs.add(p.pack);
    let mine = byLearner.get(p.learner);
    if (!mine) byLearner.set(p.learner, (mine = new Map()));
    mine.set(p.item, p);
  }
  // which roles each item was seen with: an item is required only of learners in those roles
  const itemRoles = new Map<string, Set<string>>();
  for (const p of progress) {
    const role = roster.get(p.learner)?.role ?? '';
    let roles = itemRoles.get(p.item);
    if (!roles) itemRoles.set(p.item, (roles = new Set()));
    roles.add(role);
  }
  const items = [...itemMap.values()]
    .sort((a, b) => a.pack.localeCompare(b.pack) || (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) || a.firstAt - b.firstAt || a.id.localeCompare(b.id))
    .map(({ firstAt: _f, ...item }) => item);

  const learners: LearnerReadiness[] = [];
  for (const info of roster.values()) {
    const packs = packsOf.get(info.learner) ?? new Set<string>();
    const mine = byLearner.get(info.learner) ?? new Map<string, ItemProgress>();
    let required = 0;
    let completed = 0;
    let readyAt = -Infinity;
    let cells = '';
    for (const item of items) {
      if (!packs.has(item.pack) || !itemRoles.get(item.id)?.has(info.role)) {
        cells += CELL.notRequired;
        continue;
      }
      required++;
      const p = mine.get(item.id);
      const status: ItemStatus = p?.status ?? 'not-started';
      cells += CELL[status];
      if (status === 'completed') {
        completed++;
        readyAt = Math.max(readyAt, p!.completedAt ?? p!.lastAt);
      }
    }
    const ready = required > 0 && completed === required;
    const row: LearnerReadiness = { ...info, required, completed, ratio: required ? completed / required : 0, ready, cells };
    if (ready) row.readyAt = readyAt;
    learners.push(row);
  }
  learners.sort((a, b) => a.role.localeCompare(b.role) || a.department.localeCompare(b.department) || a.learner.localeCompare(b.learner));
  return { items, learners };
}

export interface ReadinessRollup {
  group: string;
  learners: number;
  ready: number;
  /** started something, not all done */
  partial: number;
  /** nothing completed yet */
  none: number;
  meanRatio: number;
}

export function readinessRollup(learners: readonly LearnerReadiness[], by: 'role' | 'department'): ReadinessRollup[] {
  const groups = new Map<string, ReadinessRollup & { sum: number }>();
  for (const l of learners) {
    const key = l[by];
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { group: key, learners: 0, ready: 0, partial: 0, none: 0, meanRatio: 0, sum: 0 }));
    g.learners++;
    g.sum += l.ratio;
    if (l.ready) g.ready++;
    else if (l.completed > 0) g.partial++;
    else g.none++;
  }
  return [...groups.values()]
    .map(({ sum, ...g }) => ({ ...g, meanRatio: g.learners ? sum / g.learners : 0 }))
    .sort((a, b) => b.learners - a.learners || a.group.localeCompare(b.group));
}

export type DeadlineStatus = 'overdue' | 'due-soon' | 'on-track';

export interface OverdueRow<T extends LearnerReadiness = LearnerReadiness> {
  learner: T;
  missing: number;
  status: DeadlineStatus;
}

/**
 * Learners not ready, against a deadline (the go-live date minus the lead time the hospital
 * wants, computed by the caller in the hospital's time zone). Past the deadline: overdue;
 * within `soonDays`: due soon. Least complete first.
 */
export function overdueLearners<T extends LearnerReadiness>(learners: readonly T[], deadlineMs: number, nowMs: number, soonDays = 7): { daysLeft: number; rows: OverdueRow<T>[] } {
  const daysLeft = Math.ceil((deadlineMs - nowMs) / 86_400_000);
  const status: DeadlineStatus = nowMs >= deadlineMs ? 'overdue' : daysLeft <= soonDays ? 'due-soon' : 'on-track';
  const rows = learners
    .filter((l) => !l.ready)
    .map((learner) => ({ learner, missing: learner.required - learner.completed, status }))
    .sort((a, b) => a.learner.ratio - b.learner.ratio || b.missing - a.missing || a.learner.learner.localeCompare(b.learner.learner));
  return { daysLeft, rows };
}

/** Completions (first completion of a required item) per UTC day, for a timeline chart. */
export function completionsPerDay(progress: readonly ItemProgress[]): { day: string; count: number }[] {
  const days = new Map<string, number>();
  for (const p of progress) {
    if (p.completedAt === undefined) continue;
    const day = new Date(p.completedAt).toISOString().slice(0, 10);
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, count]) => ({ day, count }));
}
