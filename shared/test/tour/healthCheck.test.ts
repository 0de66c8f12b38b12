// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ContentPack } from '../../src/schema/contentPack.ts';
import { healthCheckRows, healthCheckSummary } from '../../src/tour/healthCheck.ts';
import { demoPack } from '../packFixtures.ts';

const pack = ContentPack.parse(demoPack());
const tours = [{ packId: pack.id, packVersion: pack.version, tour: pack.tours[0]! }];

describe('health check', () => {
  it('reports each step as found, missing or without target, with confidence', () => {
    document.body.innerHTML = `<label for="patient-query">患者检索</label><input id="patient-query" name="patientQuery">
      <section data-panel="today-queue" aria-label="今日挂号队列"></section>
      <button type="button" data-action="new-patient">新建患者</button>`;
    const rows = healthCheckRows(tours, 'http://localhost:4173/registration', document);
    expect(rows.map((r) => [r.stepId, r.status])).toEqual([
      ['welcome', 'no-target'],
      ['patient-search', 'found'],
      ['today-queue', 'found'],
      ['new-patient', 'found'],
      ['id-number', 'missing'], // the dialog is closed
    ]);
    expect(rows[1]!.confidence).toBeGreaterThan(0.7);
    expect(healthCheckSummary(rows)).toEqual({ found: 3, ambiguous: 0, missing: 1, 'no-target': 1, 'other-page': 0 });
  });

  it('reports a duplicated target as ambiguous, never as found', () => {
    document.body.innerHTML = `<button type="button" data-action="new-patient">新建患者</button><button type="button" data-action="new-patient">新建患者</button>`;
    const row = healthCheckRows(tours, 'http://localhost:4173/registration', document).find((r) => r.stepId === 'new-patient')!;
    expect(row.status).toBe('ambiguous');
  });

  it('holds no page content: only ids, statuses and figures', () => {
    document.body.innerHTML = `<input id="patient-query" name="patientQuery" value="王伟 11010519491231002X">`;
    const text = JSON.stringify(healthCheckRows(tours, 'http://localhost:4173/registration?patient=P000012', document));
    expect(text).not.toContain('王伟');
    expect(text).not.toContain('P000012');
  });
});
