import { describe, expect, it } from 'vitest';
import type { PlayerState } from '../src/tours/protocol.ts';
import type { TourStep } from '@preceptor/shared/schema/contentPack.ts';
import { pageAwaitedHere, type StepBeginning } from '../src/tours/page/pageAwaited.ts';

const text = { 'zh-CN': 'x', en: 'x' };
const PATIENTS = 'http://emr.test/clinic/patients';
const MOVED = 'http://emr.test/clinic/v2/orders';
const step = (id: string, extra: Partial<TourStep> = {}): TourStep => ({ id, title: text, body: text, placement: 'auto', advance: { on: 'next' }, ...extra }) as TourStep;

/** patients page: click Orders; orders page (recorded at v1): a field; then an ending that shows anywhere */
const steps = [
  step('open-orders', { page: 'http://emr.test/clinic/patients*', advance: { on: 'click' } }),
  step('order-drug', { page: 'http://emr.test/clinic/orders*' }),
  step('end'),
];

function state(stepIndex: number, extra: Partial<PlayerState['run']> = {}, tourPatterns: string[] = []): PlayerState {
  return {
    run: { packId: 'p', packVersion: '1.0.0', tourId: 't', registration: 'r1', startedAt: 0, stepIndex, stepCount: steps.length, status: 'running', ...extra },
    tour: { id: 't', title: text, roles: [], urlPatterns: tourPatterns, steps, autoStart: false },
    packTitle: text,
    language: 'en',
  };
}
const arrived: StepBeginning = { registration: 'r1', stepIndex: 1, url: undefined };
const begunAt = (url: string, stepIndex = 1): StepBeginning => ({ registration: 'r1', stepIndex, url });

describe('is the tour waiting for this step\'s page here?', () => {
  it('yes: the learner arrived on another page of the site and the step has not found its page', () => {
    expect(pageAwaitedHere(steps[1]!, state(1, { pageReachedUpTo: 0 }), MOVED, arrived)).toBe(true);
    expect(pageAwaitedHere(steps[1]!, state(1), MOVED, begunAt(PATIENTS))).toBe(true); // SPA: the route changed since
  });

  it('no: the step is on this page, or on every page', () => {
    expect(pageAwaitedHere(steps[1]!, state(1), 'http://emr.test/clinic/orders?patient=1', arrived)).toBe(false);
    expect(pageAwaitedHere(steps[2]!, state(2), MOVED, arrived)).toBe(false);
  });

  it('no: mid-navigation, the learner is still where the previous step was, or where this step began', () => {
    expect(pageAwaitedHere(steps[1]!, state(1, { pageReachedUpTo: 0 }), `${PATIENTS}?reloaded=1`, arrived)).toBe(false);
    const other = 'http://emr.test/clinic/lab';
    expect(pageAwaitedHere(steps[1]!, state(1), other, begunAt(other))).toBe(false);
  });

  it('no: the learner was on this step\'s page already and went elsewhere, or pressed Back', () => {
    expect(pageAwaitedHere(steps[1]!, state(1, { pageReachedUpTo: 1 }), MOVED, arrived)).toBe(false);
    expect(pageAwaitedHere(steps[0]!, state(0, { pageReachedUpTo: 1 }), MOVED, begunAt(MOVED, 0))).toBe(false);
  });

  it('a navigate step seen on its page waits for its destination once the learner left', () => {
    const navigate = step('go', { page: 'http://emr.test/clinic/patients*', advance: { on: 'navigate', urlPattern: 'http://emr.test/clinic/orders*' } });
    const s = { ...state(0, { pageReachedUpTo: 0 }), tour: { ...state(0).tour, steps: [navigate, ...steps.slice(1)] } };
    expect(pageAwaitedHere(navigate, s, MOVED, { registration: 'r1', stepIndex: 0, url: PATIENTS })).toBe(true);
    expect(pageAwaitedHere(navigate, s, PATIENTS, { registration: 'r1', stepIndex: 0, url: PATIENTS })).toBe(false);
  });

  it('a first step is waited for where the tour was started only if the tour names this page', () => {
    const startedHere: StepBeginning = { registration: 'r1', stepIndex: 0, url: MOVED };
    expect(pageAwaitedHere(steps[0]!, state(0), MOVED, startedHere)).toBe(false); // a tour offered everywhere starts elsewhere
    expect(pageAwaitedHere(steps[0]!, state(0, {}, ['http://emr.test/clinic/*/orders*']), MOVED, startedHere)).toBe(true);
  });
});
