import type { GateGap, GateLearner } from './goLiveGate.ts';
import type { RosterEntry } from './roster.ts';

/**
 * What the monthly review meeting reads (issue 15, item 7): how the share of ready people grew
 * over time toward the go-live date, and per department who is on the roster, who handed
 * anything in, who meets the go-live gate, who does not and why. Pure: the dashboard passes the
 * gate's verdicts (goLiveGate.ts) and the times people became ready (their statements' times).
 * Days are UTC calendar days, like the rest of the dashboard's day counts.
 */

export type PeriodUnit = 'day' | 'week';

export interface ReadinessPoint {
  /** first day of the period, YYYY-MM-DD (UTC) */
  start: string;
  /** the period's end, ms since the epoch (exclusive) */
  end: number;
  /** people ready by the period's end; null for periods still to come */
  ready: number | null;
  total: number;
  /** ready / total, 0–1; null for periods still to come (or nobody to count) */
  share: number | null;
  /** the goal's share for this period: rising in a straight line from 0 to `goal` at go-live, then flat; null without a go-live date */
  target: number | null;
}

export interface ReadinessTimeline {
  unit: PeriodUnit;
  points: ReadinessPoint[];
  /** the period holding the go-live date; null without one */
  goLiveIndex: number | null;
  /** the period holding `now` */
  nowIndex: number;
}

const DAY = 86_400_000;

/** ms at UTC midnight of a YYYY-MM-DD date; undefined when it is not one. */
export function utcDay(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().slice(0, 10) === date ? ms : undefined;
}

function floorDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

/** Monday of the week holding `ms` (ISO weeks, UTC). */
function floorWeek(ms: number): number {
  const day = floorDay(ms);
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return day - weekday * DAY;
}

export interface TimelineOptions {
  /** the earliest activity to show (e.g. the first statement's time) */
  from: number;
  now: number;
  /** the pack's (or the trainer's) go-live date, YYYY-MM-DD */
  goLiveDate?: string | undefined;
  /** 0–1, default 1: everyone ready by go-live */
  goal?: number;
  /** default: days up to 62 periods, else weeks */
  unit?: PeriodUnit;
}

/**
 * The share of `people` ready at the end of each day (or week), from the period holding `from`
 * to the one holding the later of `now` and the go-live date. Everyone counts in the total
 * (roster people with nothing handed in too); a person counts as ready from `readyAt` on.
 */
export function readinessOverTime(people: readonly { readyAt?: number | undefined }[], options: TimelineOptions): ReadinessTimeline {
  const goLive = options.goLiveDate === undefined ? undefined : utcDay(options.goLiveDate);
  const goal = Math.min(1, Math.max(0, options.goal ?? 1));
  const lastMs = Math.max(options.now, goLive ?? -Infinity);
  // a go-live date before the first record still shows: the chart then starts on go-live day
  const firstMs = Math.min(options.from, options.now, goLive ?? Infinity);
  const unit = options.unit ?? (floorDay(lastMs) - floorDay(firstMs) > 61 * DAY ? 'week' : 'day');
  const floor = unit === 'day' ? floorDay : floorWeek;
  const step = unit === 'day' ? DAY : 7 * DAY;
  const first = floor(firstMs);
  const last = floor(lastMs);
  const readyTimes = people.map((p) => p.readyAt).filter((t): t is number => t !== undefined && Number.isFinite(t)).sort((a, b) => a - b);
  const total = people.length;
  const nowIndex = Math.round((floor(options.now) - first) / step);
  const goLiveIndex = goLive === undefined ? null : Math.round((floor(goLive) - first) / step);
  const points: ReadinessPoint[] = [];
  let readyCount = 0;
  for (let start = first, i = 0; start <= last; start += step, i++) {
    const end = start + step;
    while (readyCount < readyTimes.length && readyTimes[readyCount]! < end) readyCount++;
    const future = i > nowIndex;
    const ready = future ? null : readyCount;
    let target: number | null = null;
    if (goLiveIndex !== null) target = goLiveIndex === 0 ? goal : Math.min(goal, (goal * i) / goLiveIndex);
    points.push({ start: new Date(start).toISOString().slice(0, 10), end, ready, total, share: ready === null || total === 0 ? null : ready / total, target });
  }
  return { unit, points, goLiveIndex, nowIndex };
}

export type GapPart = GateGap['part'];

export interface DepartmentReadiness {
  /** '' for people with no department */
  department: string;
  /** roster entries in the department; null without a roster */
  onRoster: number | null;
  /** people with anything handed in (bundles or LRS) */
  handedIn: number;
  ready: number;
  notReady: number;
  /** why people are not ready: each unmet part once per person, most frequent first */
  reasons: { part: GapPart; count: number }[];
}

const REASON_ORDER: GapPart[] = ['nothing-handed-in', 'tours', 'quiz', 'scenarios', 'sign-off', 'nothing-required'];

function summarise(department: string, rows: readonly GateLearner[], onRoster: number | null): DepartmentReadiness {
  const reasons = new Map<GapPart, number>();
  let ready = 0;
  let handedIn = 0;
  for (const r of rows) {
    if (r.learner !== '') handedIn++;
    if (r.ready) {
      ready++;
      continue;
    }
    for (const part of new Set(r.gaps.map((g) => g.part))) reasons.set(part, (reasons.get(part) ?? 0) + 1);
  }
  return {
    department,
    onRoster,
    handedIn,
    ready,
    notReady: rows.length - ready,
    reasons: [...reasons].map(([part, count]) => ({ part, count })).sort((a, b) => b.count - a.count || REASON_ORDER.indexOf(a.part) - REASON_ORDER.indexOf(b.part)),
  };
}

/**
 * Per department (in name order, no department last) and for everyone: on the roster, handed
 * in, ready per the gate, not ready and why. `roster`: the whole roster, or undefined without one.
 */
export function departmentReadiness(gate: readonly GateLearner[], roster: readonly RosterEntry[] | undefined): { departments: DepartmentReadiness[]; total: DepartmentReadiness } {
  const groups = new Map<string, GateLearner[]>();
  for (const r of gate) {
    let list = groups.get(r.department);
    if (!list) groups.set(r.department, (list = []));
    list.push(r);
  }
  const rosterCount = new Map<string, number>();
  for (const e of roster ?? []) {
    rosterCount.set(e.department, (rosterCount.get(e.department) ?? 0) + 1);
    if (!groups.has(e.department)) groups.set(e.department, []);
  }
  const departments = [...groups.keys()]
    .sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map((d) => summarise(d, groups.get(d)!, roster ? (rosterCount.get(d) ?? 0) : null));
  return { departments, total: summarise('', gate, roster ? roster.length : null) };
}
