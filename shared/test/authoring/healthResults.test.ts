import { describe, expect, it } from 'vitest';
import { forgetStepHealth, recordPageHealth, stepHealth, type HealthStore } from '../../src/authoring/healthResults.ts';
import type { HealthCheckRow } from '../../src/tour/healthCheck.ts';

const row = (stepId: string, stepIndex: number, status: HealthCheckRow['status'], confidence: number | null = null): HealthCheckRow => ({
  packId: 'adt', packVersion: '1.0.0', tourId: 'admission', tourTitle: { 'zh-CN': '入院', en: 'Admission' }, stepTitle: { 'zh-CN': stepId, en: stepId },
  stepId, stepIndex, status, confidence, reason: status,
});

describe('health results per page pattern', () => {
  it('the best result across pages wins; other-page and no-target rows say nothing', () => {
    let store: HealthStore = {};
    store = recordPageHealth(store, 'k', 'http://emr.test/adt/admission*', [row('a', 0, 'found', 0.9), row('b', 1, 'missing'), row('c', 2, 'other-page'), row('d', 3, 'no-target')], 1);
    store = recordPageHealth(store, 'k', 'http://emr.test/adt/beds*', [row('a', 0, 'missing'), row('b', 1, 'ambiguous', 0.6), row('c', 2, 'missing')], 2);
    const health = stepHealth(store.k);
    expect(health.map((h) => [h.stepId, h.status, h.pages.length])).toEqual([['a', 'found', 2], ['b', 'ambiguous', 2], ['c', 'missing', 1]]);
  });

  it('a step in a dialog closed at check time says nothing (it is not missing)', () => {
    const store = recordPageHealth({}, 'k', 'p*', [row('a', 0, 'in-closed-dialog'), row('b', 1, 'missing')], 1);
    expect(stepHealth(store.k).map((h) => [h.stepId, h.status])).toEqual([['b', 'missing']]);
  });

  it('a newer check of the same page replaces the older one', () => {
    let store: HealthStore = recordPageHealth({}, 'k', 'p*', [row('a', 0, 'missing')], 1);
    store = recordPageHealth(store, 'k', 'p*', [row('a', 0, 'found', 0.95)], 5);
    expect(stepHealth(store.k)).toMatchObject([{ stepId: 'a', status: 'found', checkedAt: 5 }]);
    expect(stepHealth(forgetStepHealth(store, 'k', 'admission', 'a').k)).toEqual([]);
  });
});
