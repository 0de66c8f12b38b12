import { describe, expect, it } from 'vitest';
import { ContentPack } from '../../src/schema/contentPack.ts';
import { advanceTour, startTour, type TourEvent, type TourRun } from '../../src/tour/tourMachine.ts';
import { toursForPage } from '../../src/tour/toursForPage.ts';
import { urlMatches } from '../../src/site/urlPattern.ts';
import { demoPack } from '../packFixtures.ts';

const pack = ContentPack.parse(demoPack());
const tour = pack.tours[0]!;

function play(events: TourEvent[], start = 1000): { run: TourRun; kinds: string[] } {
  let { run, effects } = startTour(tour, pack, 'reg-1', start);
  const kinds = effects.map((e) => e.kind);
  events.forEach((event, i) => {
    const t = advanceTour(run, tour, event, start + (i + 1) * 1000);
    run = t.run;
    kinds.push(...t.effects.map((e) => e.kind));
  });
  return { run, kinds };
}

describe('tour machine', () => {
  it('walks through next steps, waits for the click, and completes with a duration', () => {
    let { run } = startTour(tour, pack, 'reg-1', 0);
    run = advanceTour(run, tour, { type: 'next' }, 10).run;
    run = advanceTour(run, tour, { type: 'next' }, 20).run;
    run = advanceTour(run, tour, { type: 'next' }, 30).run;
    expect(run.stepIndex).toBe(3);
    // the click step ignores Next: the learner must click the real button
    expect(advanceTour(run, tour, { type: 'next' }, 40)).toEqual({ run, effects: [] });
    // a click reported for another step is ignored too
    expect(advanceTour(run, tour, { type: 'target-clicked', stepId: 'welcome' }, 40).effects).toEqual([]);
    const clicked = advanceTour(run, tour, { type: 'target-clicked', stepId: 'new-patient' }, 50);
    expect(clicked.run.stepIndex).toBe(4);
    expect(clicked.effects).toEqual([{ kind: 'progressed', stepId: 'new-patient', stepIndex: 3, skipped: false }]);
    const done = advanceTour(clicked.run, tour, { type: 'next' }, 7050);
    expect(done.run.status).toBe('completed');
    expect(done.effects).toEqual([
      { kind: 'progressed', stepId: 'id-number', stepIndex: 4, skipped: false },
      { kind: 'completed', durationMs: 7050 },
    ]);
    expect(advanceTour(done.run, tour, { type: 'next' }, 8000).effects).toEqual([]);
  });

  it('emits one progressed per step and exactly one launched and completed', () => {
    const { kinds, run } = play([{ type: 'next' }, { type: 'next' }, { type: 'next' }, { type: 'target-clicked', stepId: 'new-patient' }, { type: 'next' }]);
    expect(run.status).toBe('completed');
    expect(kinds).toEqual(['launched', 'progressed', 'progressed', 'progressed', 'progressed', 'progressed', 'completed']);
  });

  it('goes back without recording progress, and never before the first step', () => {
    const { run, kinds } = play([{ type: 'back' }, { type: 'next' }, { type: 'back' }]);
    expect(run.stepIndex).toBe(0);
    expect(kinds).toEqual(['launched', 'progressed']);
  });

  it('close pauses and resume continues at the same step with the same registration', () => {
    const { run, kinds } = play([{ type: 'next' }, { type: 'close' }, { type: 'next' }, { type: 'resume' }, { type: 'next' }]);
    expect(kinds).toEqual(['launched', 'progressed', 'suspended', 'resumed', 'progressed']);
    expect(run).toMatchObject({ stepIndex: 2, status: 'running', registration: 'reg-1' });
  });

  it('skip is only for steps with a target, and is recorded as skipped', () => {
    let { run } = startTour(tour, pack, 'reg-1', 0);
    expect(advanceTour(run, tour, { type: 'skip' }, 1).effects).toEqual([]);
    run = advanceTour(run, tour, { type: 'next' }, 1).run;
    expect(advanceTour(run, tour, { type: 'skip' }, 2).effects).toEqual([{ kind: 'progressed', stepId: 'patient-search', stepIndex: 1, skipped: true }]);
  });

  it('a step tied to a page may be skipped (its page may have moved); reaching a page is remembered without a statement', () => {
    const paged = { ...tour, steps: tour.steps.map((s, i) => (i === 0 ? { ...s, page: 'http://emr.test/ward/orders*' } : s)) };
    const { run } = startTour(paged, pack, 'reg-1', 0);
    const reached = advanceTour(run, paged, { type: 'page-reached', stepId: paged.steps[0]!.id }, 1);
    expect(reached).toEqual({ run: { ...run, pageReachedUpTo: 0 }, effects: [] });
    expect(advanceTour(reached.run, paged, { type: 'page-reached', stepId: paged.steps[0]!.id }, 2).run).toBe(reached.run);
    expect(advanceTour(run, paged, { type: 'page-reached', stepId: 'another-step' }, 2).run).toBe(run);
    expect(advanceTour(reached.run, paged, { type: 'skip' }, 3).effects).toEqual([{ kind: 'progressed', stepId: paged.steps[0]!.id, stepIndex: 0, skipped: true }]);
  });
});

describe('which tours a page offers', () => {
  it('matches url patterns with * and ignores the hash', () => {
    expect(urlMatches('http://localhost:4173/registration?x=1#top', ['http://localhost:*/registration*'])).toBe(true);
    expect(urlMatches('http://localhost:4173/pharmacy', ['http://localhost:*/registration*'])).toBe(false);
    expect(urlMatches('http://evil.example/?http://localhost:1/registration', ['http://localhost:*/registration*'])).toBe(false);
    // dots are literal, not "any character"
    expect(urlMatches('https://emrxhospital.cn/a', ['https://emr.hospital.cn/*'])).toBe(false);
  });

  it('filters by role: the registration tour is for registrars and cashiers', () => {
    const url = 'http://localhost:4173/registration';
    expect(toursForPage([pack], url, 'registrar').map((o) => o.tour.id)).toEqual(['registration-basics']);
    expect(toursForPage([pack], url, 'cashier')).toHaveLength(1);
    expect(toursForPage([pack], url, 'nurse')).toHaveLength(0);
    expect(toursForPage([pack], url, undefined)).toHaveLength(0);
    expect(toursForPage([pack], 'https://emr.hospital.cn/registration', 'registrar')).toHaveLength(0);
  });
});
