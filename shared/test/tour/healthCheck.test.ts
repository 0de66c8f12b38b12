// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ContentPack } from '../../src/schema/contentPack.ts';
import { healthCheckRows, healthCheckSummary, missingBecauseDialogClosed, pageHasOpenDialog } from '../../src/tour/healthCheck.ts';
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
      ['id-number', 'in-closed-dialog'], // recorded in the new-patient dialog, which is closed on page load
    ]);
    expect(rows[1]!.confidence).toBeGreaterThan(0.7);
    expect(healthCheckSummary(rows)).toEqual({ found: 3, ambiguous: 0, missing: 0, 'in-closed-dialog': 1, 'no-target': 1, 'other-page': 0 });
  });

  it('names each row by the tour and step titles as well as their ids', () => {
    document.body.innerHTML = '';
    const rows = healthCheckRows(tours, 'http://localhost:4173/registration', document);
    expect(rows[1]).toMatchObject({ tourId: 'registration-basics', tourTitle: pack.tours[0]!.title, stepId: 'patient-search', stepTitle: pack.tours[0]!.steps[1]!.title });
  });

  it('a step recorded in a dialog is missing when a dialog is open and it is not there', () => {
    document.body.innerHTML = `<dialog open aria-label="新建患者"><input name="fullName"></dialog>`;
    const row = healthCheckRows(tours, 'http://localhost:4173/registration', document).find((r) => r.stepId === 'id-number')!;
    expect(row.status).toBe('missing');
    // and a step recorded outside any dialog is missing whatever the page shows
    document.body.innerHTML = '';
    expect(healthCheckRows(tours, 'http://localhost:4173/registration', document).find((r) => r.stepId === 'patient-search')!.status).toBe('missing');
  });

  it('the closed-dialog rule: recorded in a dialog (dialog or alertdialog role) and no dialog open', () => {
    const inDialog = { anchors: {}, tag: 'input', css: [], context: { ancestorRole: 'dialog' } };
    expect(missingBecauseDialogClosed(inDialog, false)).toBe(true);
    expect(missingBecauseDialogClosed(inDialog, true)).toBe(false);
    expect(missingBecauseDialogClosed({ ...inDialog, context: { ancestorRole: 'alertdialog' } }, false)).toBe(true);
    expect(missingBecauseDialogClosed({ ...inDialog, context: { ancestorRole: 'region', ancestorLabel: '今日挂号队列' } }, false)).toBe(false);
    expect(missingBecauseDialogClosed({ anchors: {}, tag: 'input', css: [] }, false)).toBe(false);
    // a step whose target is the dialog itself (the rehearsal's rule too)
    expect(missingBecauseDialogClosed({ anchors: {}, tag: 'dialog', css: [] }, false)).toBe(true);
    expect(missingBecauseDialogClosed({ anchors: {}, tag: 'dialog', css: [] }, true)).toBe(false);
  });

  it('knows an open dialog: an open <dialog>, or a shown dialog role or aria-modal', () => {
    const shown = (el: Element) => !el.closest('[hidden]');
    document.body.innerHTML = `<dialog><input></dialog><div role="dialog" hidden></div><div aria-modal="true" hidden></div>`;
    expect(pageHasOpenDialog(document, shown)).toBe(false);
    document.body.innerHTML = `<dialog open><input></dialog>`;
    expect(pageHasOpenDialog(document, shown)).toBe(true);
    document.body.innerHTML = `<div class="el-overlay"><div role="dialog" aria-label="新建患者"></div></div>`;
    expect(pageHasOpenDialog(document, shown)).toBe(true);
    document.body.innerHTML = `<div class="ant-modal-wrap" hidden><div role="alertdialog"></div></div><div aria-modal="true"></div>`;
    expect(pageHasOpenDialog(document, shown)).toBe(true);
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
