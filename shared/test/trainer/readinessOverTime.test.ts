import { describe, expect, it } from 'vitest';
import type { GateLearner } from '../../src/trainer/goLiveGate.ts';
import { departmentReadiness, readinessOverTime, utcDay } from '../../src/trainer/readinessOverTime.ts';

const at = (iso: string) => Date.parse(iso);

describe('readiness over time toward go-live', () => {
  // four people: two became ready (Nov 3 and Nov 5, late evening UTC), two are not ready
  const people = [{ readyAt: at('2026-11-03T22:00:00Z') }, { readyAt: at('2026-11-05T08:00:00Z') }, {}, { readyAt: undefined }];

  it('counts, per day, everyone ready by the end of that day, out of everyone; future days are blank', () => {
    const timeline = readinessOverTime(people, { from: at('2026-11-02T09:00:00Z'), now: at('2026-11-06T12:00:00Z'), goLiveDate: '2026-11-09' });
    expect(timeline.unit).toBe('day');
    expect(timeline.points.map((p) => p.start)).toEqual(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08', '2026-11-09']);
    expect(timeline.points.map((p) => p.ready)).toEqual([0, 1, 1, 2, 2, null, null, null]);
    expect(timeline.points.map((p) => p.share)).toEqual([0, 0.25, 0.25, 0.5, 0.5, null, null, null]);
    expect(timeline.points.every((p) => p.total === 4)).toBe(true);
    expect(timeline.nowIndex).toBe(4);
    expect(timeline.goLiveIndex).toBe(7);
    // the goal line rises straight from 0 to 100 % on go-live day
    expect(timeline.points[0]!.target).toBe(0);
    expect(timeline.points[7]!.target).toBe(1);
    expect(timeline.points[3]!.target).toBeCloseTo(3 / 7);
  });

  it('runs to today when go-live has passed, with the go-live day marked and the goal flat after it', () => {
    const timeline = readinessOverTime(people, { from: at('2026-11-02T09:00:00Z'), now: at('2026-11-08T12:00:00Z'), goLiveDate: '2026-11-04', goal: 0.9 });
    expect(timeline.points.at(-1)!.start).toBe('2026-11-08');
    expect(timeline.goLiveIndex).toBe(2);
    expect(timeline.points.map((p) => p.target)).toEqual([0, 0.45, 0.9, 0.9, 0.9, 0.9, 0.9]);
    expect(timeline.points.at(-1)!.ready).toBe(2);
  });

  it('a go-live date before the first record starts the chart on go-live day, the goal already reached there', () => {
    const timeline = readinessOverTime(people, { from: at('2026-11-02T09:00:00Z'), now: at('2026-11-06T12:00:00Z'), goLiveDate: '2026-10-30' });
    expect(timeline.points[0]!.start).toBe('2026-10-30');
    expect(timeline.goLiveIndex).toBe(0);
    expect(timeline.points.every((p) => p.target === 1)).toBe(true);
    expect(timeline.points.at(-1)).toMatchObject({ start: '2026-11-06', ready: 2 });
  });

  it('switches to ISO weeks (Mondays) over long spans; without a go-live date there is no goal line', () => {
    const timeline = readinessOverTime(people, { from: at('2026-09-02T09:00:00Z'), now: at('2026-11-06T12:00:00Z') });
    expect(timeline.unit).toBe('week');
    expect(timeline.points[0]!.start).toBe('2026-08-31'); // the Monday before 2 Sep 2026
    for (const p of timeline.points) expect(new Date(`${p.start}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(timeline.goLiveIndex).toBeNull();
    expect(timeline.points.every((p) => p.target === null)).toBe(true);
    // the week of 2 Nov holds both readiness times
    expect(timeline.points.at(-1)).toMatchObject({ start: '2026-11-02', ready: 2, share: 0.5 });
    expect(timeline.points.at(-2)).toMatchObject({ ready: 0 });
  });

  it('no people: shares are null, not NaN; a malformed go-live date is ignored', () => {
    const timeline = readinessOverTime([], { from: at('2026-11-02T09:00:00Z'), now: at('2026-11-03T09:00:00Z'), goLiveDate: '2026-02-30' });
    expect(timeline.points.map((p) => p.share)).toEqual([null, null]);
    expect(timeline.goLiveIndex).toBeNull();
    expect(utcDay('2026-02-30')).toBeUndefined();
    expect(utcDay('2026-03-01')).toBe(Date.UTC(2026, 2, 1));
  });
});

describe('per-department counts for the report', () => {
  const person = (department: string, ready: boolean, gaps: GateLearner['gaps'], learner = `l-${Math.random()}`): GateLearner => ({ learner, staffNumber: '', name: '', department, role: 'nurse', roleId: 'nurse', ready, gaps });
  const gate: GateLearner[] = [
    person('急诊科', true, []),
    person('急诊科', false, [{ part: 'quiz', best: 60, min: 80 }, { part: 'tours', missing: 1, required: 3 }]),
    person('急诊科', false, [{ part: 'quiz', best: null, min: 80 }]),
    person('急诊科', false, [{ part: 'nothing-handed-in' }], ''),
    person('门诊部', true, []),
    person('', false, [{ part: 'tours', missing: 2, required: 2 }]),
  ];
  const roster = [
    { staffNumber: 'H1', name: 'a', department: '急诊科', role: 'nurse' },
    { staffNumber: 'H2', name: 'b', department: '急诊科', role: 'nurse' },
    { staffNumber: 'H3', name: 'c', department: '门诊部', role: 'nurse' },
    { staffNumber: 'H4', name: 'd', department: '药剂科', role: 'pharmacist' },
  ];

  it('on roster, handed in, ready, not ready and the reasons, most frequent first; no department last', () => {
    const { departments, total } = departmentReadiness(gate, roster);
    expect(departments.map((d) => d.department)).toEqual(['急诊科', '药剂科', '门诊部', '']);
    expect(departments[0]).toEqual({
      department: '急诊科',
      onRoster: 2,
      handedIn: 3,
      ready: 1,
      notReady: 3,
      reasons: [
        { part: 'quiz', count: 2 },
        { part: 'nothing-handed-in', count: 1 },
        { part: 'tours', count: 1 },
      ],
    });
    // a department only the roster names: on the roster, nobody counted yet
    expect(departments[1]).toMatchObject({ department: '药剂科', onRoster: 1, handedIn: 0, ready: 0, notReady: 0 });
    expect(total).toMatchObject({ onRoster: 4, handedIn: 5, ready: 2, notReady: 4 });
    // a tie keeps the gate's own order (tours before quiz)
    expect(total.reasons).toEqual([
      { part: 'tours', count: 2 },
      { part: 'quiz', count: 2 },
      { part: 'nothing-handed-in', count: 1 },
    ]);
  });

  it('without a roster the roster column is null, not 0', () => {
    const { departments, total } = departmentReadiness(gate, undefined);
    expect(departments.every((d) => d.onRoster === null)).toBe(true);
    expect(total.onRoster).toBeNull();
    expect(departments.map((d) => d.department)).toEqual(['急诊科', '门诊部', '']);
  });
});
