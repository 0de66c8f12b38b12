import type { ItemProgress } from '../record/itemProgress.ts';
import { csvDocument, csvUtcTime } from '../record/csvCells.ts';
import type { LearnerReadiness, ReadinessItem } from './readiness.ts';
import type { RosterEntry } from './roster.ts';
import { rosterRoleId, type RoleIndex, type RoleTitle } from './rosterMatching.ts';
import { learnerDepartment } from './learnerDepartment.ts';

/**
 * The go-live gate: per role, what "ready for system access" takes, and who meets it. The
 * readiness matrix says which tours, quizzes and scenarios are required of whom; the rule says
 * which of them count and how: every required tour done, each required quiz's best score at
 * least N %, every required scenario passed, and a mentor's sign-off on the learner's machine.
 */

export interface GoLiveRule {
  /** every required tour completed */
  toursDone: boolean;
  /** each required quiz's best score at least this (0–100); null: quizzes do not count */
  quizMinPercent: number | null;
  /** every required scenario passed */
  scenariosPassed: boolean;
  /** at least one mentor sign-off recorded for the learner */
  mentorSignOff: boolean;
}

/** Per role id; '' is the rule for every role without its own. */
export type GoLiveRules = Record<string, GoLiveRule>;

export const DEFAULT_GO_LIVE_RULE: GoLiveRule = { toursDone: true, quizMinPercent: 80, scenariosPassed: true, mentorSignOff: false };

export function ruleFor(rules: GoLiveRules, role: string): GoLiveRule {
  return rules[role] ?? rules[''] ?? DEFAULT_GO_LIVE_RULE;
}

/** One unmet part of the rule, with what the views need to say it in words. */
export type GateGap =
  | { part: 'nothing-handed-in' }
  | { part: 'nothing-required' }
  | { part: 'tours'; missing: number; required: number }
  | { part: 'quiz'; /** the lowest best score among required quizzes, 0–100; null: one not taken */ best: number | null; min: number }
  | { part: 'scenarios'; missing: number; required: number }
  | { part: 'sign-off' };

export interface GateLearner {
  /** the opaque learner id; '' for a roster entry with nothing handed in */
  learner: string;
  staffNumber: string;
  name: string;
  department: string;
  /** the role as shown: the roster's words, else the learner's role id */
  role: string;
  /** the role id whose rule applied ('' when none is known: the default rule) */
  roleId: string;
  ready: boolean;
  gaps: GateGap[];
  /** when the last required item was completed (ready learners) */
  readyAt?: number;
}

export interface GateInput {
  items: readonly ReadinessItem[];
  learners: readonly (LearnerReadiness & { staffNumber?: string; rosterEntry?: RosterEntry; staff?: { department?: string }; label?: string })[];
  progress: readonly ItemProgress[];
  /** learners with at least one mentor sign-off */
  signedOff: ReadonlySet<string>;
  /** roster entries with no learner data: never ready */
  notHandedIn?: readonly RosterEntry[];
  rules: GoLiveRules;
  /**
   * roster role words → role id (see rosterMatching.ts): with it, a person on the roster is ruled
   * by the role HR gives them when those words name a role; otherwise by the learner's own role
   */
  roleIndex?: RoleIndex;
}

export function evaluateGoLive(input: GateInput): GateLearner[] {
  const progress = new Map<string, ItemProgress>();
  for (const p of input.progress) progress.set(`${p.learner}\u0000${p.item}`, p);
  const out: GateLearner[] = [];
  const rosterRole = (entry: RosterEntry | undefined) => (entry && input.roleIndex ? rosterRoleId(entry.role, input.roleIndex) : undefined);
  for (const l of input.learners) {
    const roleId = rosterRole(l.rosterEntry) ?? l.role;
    const rule = ruleFor(input.rules, roleId);
    const gaps: GateGap[] = [];
    let tours = 0;
    let toursDone = 0;
    let scenarios = 0;
    let scenariosPassed = 0;
    let quizzes = 0;
    let lowest: number | null = Infinity;
    input.items.forEach((item, index) => {
      const cell = l.cells[index] ?? '-';
      if (cell === '-') return;
      if (item.kind === 'tour') {
        tours++;
        if (cell === 'c') toursDone++;
      } else if (item.kind === 'scenario') {
        scenarios++;
        if (cell === 'c') scenariosPassed++;
      } else if (item.kind === 'quiz') {
        quizzes++;
        const best = progress.get(`${l.learner}\u0000${item.id}`)?.bestScaled;
        const score = best === undefined ? null : Math.round(best * 1000) / 10;
        if (score === null || lowest === null) lowest = null;
        else lowest = Math.min(lowest, score);
      }
    });
    const counted = (rule.toursDone ? tours : 0) + (rule.quizMinPercent !== null ? quizzes : 0) + (rule.scenariosPassed ? scenarios : 0);
    if (counted === 0 && !rule.mentorSignOff) gaps.push({ part: 'nothing-required' });
    if (rule.toursDone && toursDone < tours) gaps.push({ part: 'tours', missing: tours - toursDone, required: tours });
    if (rule.quizMinPercent !== null && quizzes > 0 && (lowest === null || lowest < rule.quizMinPercent)) gaps.push({ part: 'quiz', best: lowest, min: rule.quizMinPercent });
    if (rule.scenariosPassed && scenariosPassed < scenarios) gaps.push({ part: 'scenarios', missing: scenarios - scenariosPassed, required: scenarios });
    if (rule.mentorSignOff && !input.signedOff.has(l.learner)) gaps.push({ part: 'sign-off' });
    const entry = l.rosterEntry;
    const row: GateLearner = {
      learner: l.learner,
      staffNumber: entry?.staffNumber ?? l.staffNumber ?? '',
      name: entry?.name || l.label || '',
      department: learnerDepartment(l),
      role: entry?.role || l.role,
      roleId,
      ready: gaps.length === 0,
      gaps,
    };
    if (row.ready && l.readyAt !== undefined) row.readyAt = l.readyAt;
    out.push(row);
  }
  for (const e of input.notHandedIn ?? []) out.push({ learner: '', staffNumber: e.staffNumber, name: e.name, department: e.department, role: e.role, roleId: rosterRole(e) ?? '', ready: false, gaps: [{ part: 'nothing-handed-in' }] });
  return out.sort((a, b) => a.department.localeCompare(b.department) || Number(b.ready) - Number(a.ready) || a.staffNumber.localeCompare(b.staffNumber) || a.learner.localeCompare(b.learner));
}

/** Learners by department (departments in order, '' last). */
export function byDepartment(rows: readonly GateLearner[]): [string, GateLearner[]][] {
  const groups = new Map<string, GateLearner[]>();
  for (const r of rows) {
    let list = groups.get(r.department);
    if (!list) groups.set(r.department, (list = []));
    list.push(r);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
}

/**
 * The ready list for 信息科 to switch accounts on: Excel-safe CSV (BOM, CRLF, formula
 * prefixes) of the ready learners only. `header` is in the trainer's language.
 */
export function goLiveReadyCsv(rows: readonly GateLearner[], header: readonly [string, string, string, string, string, string]): string {
  return csvDocument(
    header,
    rows.filter((r) => r.ready).map((r) => [r.staffNumber, r.name, r.department, r.role, r.learner, csvUtcTime(r.readyAt)]),
  );
}

/** What a content pack states for the gate: its go-live date and, per role with a checklist, the rule its required items make. */
export interface PackGoLive {
  fileName: string;
  packId: string;
  version: string;
  goLiveDate?: string;
  rules: GoLiveRules;
  /** the pack's own roles and their titles, to read a roster's role words (absent in settings stored before) */
  roles?: RoleTitle[];
}

interface PackLike {
  id: string;
  version: string;
  goLiveDate?: string | undefined;
  roles?: readonly RoleTitle[];
  quizzes: readonly { id: string; passMark: number }[];
  checklists: readonly { role: string; items: readonly { kind: string; required: boolean; quizId?: string }[] }[];
}

/**
 * The rule a pack's checklists state, per role: a required tour item → tours must be done; a
 * required quiz item → that quiz's pass mark (the highest, if several); a required scenario
 * item → scenarios passed; a required sign-off item → a mentor's sign-off. Roles without a
 * checklist are left to the trainer.
 */
export function packGoLive(fileName: string, pack: PackLike): PackGoLive {
  const rules: GoLiveRules = {};
  const passMark = new Map(pack.quizzes.map((q) => [q.id, q.passMark]));
  for (const checklist of pack.checklists) {
    const required = checklist.items.filter((i) => i.required);
    const rule = rules[checklist.role] ?? { toursDone: false, quizMinPercent: null, scenariosPassed: false, mentorSignOff: false };
    if (required.some((i) => i.kind === 'tour')) rule.toursDone = true;
    if (required.some((i) => i.kind === 'scenario')) rule.scenariosPassed = true;
    if (required.some((i) => i.kind === 'sign-off')) rule.mentorSignOff = true;
    for (const item of required) {
      if (item.kind !== 'quiz' || item.quizId === undefined) continue;
      const percent = Math.round((passMark.get(item.quizId) ?? 0.8) * 100);
      rule.quizMinPercent = Math.max(rule.quizMinPercent ?? 0, percent);
    }
    rules[checklist.role] = rule;
  }
  return { fileName, packId: pack.id, version: pack.version, ...(pack.goLiveDate ? { goLiveDate: pack.goLiveDate } : {}), rules, roles: (pack.roles ?? []).map((r) => ({ id: r.id, title: { 'zh-CN': r.title['zh-CN'], en: r.title.en } })) };
}

/** The rules in force: the pack's for the roles it states, the trainer's for the rest. */
export function effectiveRules(trainer: GoLiveRules, pack: PackGoLive | undefined): GoLiveRules {
  return { ...trainer, ...pack?.rules };
}
