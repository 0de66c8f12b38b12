import { describe, expect, it } from 'vitest';
import { ContentPack } from '../../src/schema/contentPack.ts';
import { advanceTour, startTour, type TourEvent } from '../../src/tour/tourMachine.ts';
import { tourStatement, type StatementLearner } from '../../src/record/tourStatements.ts';
import type { XapiStatement } from '../../src/record/xapiStatement.ts';
import { tourActivityId } from '../../src/xapi/vocabulary.ts';
import { tourStates } from '../../src/learning/tourStates.ts';
import { demoPack } from '../packFixtures.ts';

const pack = ContentPack.parse(demoPack());
const tour = pack.tours[0]!; // 5 steps: next, next, next, click new-patient, next
const id = tourActivityId(pack.id, tour.id);
const learner: StatementLearner = { learnerId: '3f1c2a9e-8d4b-4c61-9a53-2e7b1d0c5f44', homePage: 'https://hospital.example.cn', role: 'registrar', language: 'zh-CN' };
const other: StatementLearner = { ...learner, learnerId: '9a9a2a9e-8d4b-4c61-9a53-2e7b1d0c5f44' };
const ALL: TourEvent[] = [{ type: 'next' }, { type: 'next' }, { type: 'next' }, { type: 'target-clicked', stepId: 'new-patient' }, { type: 'next' }];

/** The statements of one attempt that went through `events`, starting at `start` (ms). */
function attempt(events: TourEvent[], start: number, who = learner): XapiStatement[] {
  let t = startTour(tour, pack, crypto.randomUUID(), start);
  const out = t.effects.map((effect) => ({ effect, run: t.run }));
  events.forEach((event, i) => {
    t = advanceTour(t.run, tour, event, start + (i + 1) * 1000);
    out.push(...t.effects.map((effect) => ({ effect, run: t.run })));
  });
  return out.map(({ effect, run }, i) => tourStatement({ effect, run, pack, tour, learner: who, now: new Date(start + i * 1000), newId: () => crypto.randomUUID() }));
}

const DAY = Date.parse('2026-11-26T08:00:00Z');

describe('tour states from the log', () => {
  it('no statements: not started (absent)', () => {
    expect(tourStates([], learner.learnerId).has(id)).toBe(false);
  });

  it('started and three steps done: in progress 3/5', () => {
    expect(tourStates(attempt(ALL.slice(0, 3), DAY), learner.learnerId).get(id)).toEqual({ status: 'in-progress', stepsDone: 3 });
    expect(tourStates(attempt([], DAY), learner.learnerId).get(id)).toEqual({ status: 'in-progress', stepsDone: 0 });
  });

  it('finished: completed, whatever order the statements come in', () => {
    const log = attempt(ALL, DAY);
    expect(tourStates(log, learner.learnerId).get(id)).toEqual({ status: 'completed' });
    expect(tourStates([...log].reverse(), learner.learnerId).get(id)).toEqual({ status: 'completed' });
  });

  it('the latest attempt decides: started again after a finish and two steps in, it is in progress', () => {
    const log = [...attempt(ALL, DAY), ...attempt(ALL.slice(0, 2), DAY + 3_600_000)];
    expect(tourStates(log, learner.learnerId).get(id)).toEqual({ status: 'in-progress', stepsDone: 2 });
    // only launched again (no step yet): still shown as completed
    expect(tourStates([...attempt(ALL, DAY), ...attempt([], DAY + 3_600_000)], learner.learnerId).get(id)).toEqual({ status: 'completed' });
    // an older unfinished attempt does not undo a later finish
    expect(tourStates([...attempt(ALL.slice(0, 1), DAY), ...attempt(ALL, DAY + 3_600_000)], learner.learnerId).get(id)).toEqual({ status: 'completed' });
  });

  it("only this learner's statements count", () => {
    expect(tourStates(attempt(ALL, DAY, other), learner.learnerId).has(id)).toBe(false);
  });
});
