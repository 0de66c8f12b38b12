// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ContentPack } from '../../src/schema/contentPack.ts';
import { CSV_BOM } from '../../src/record/csvCells.ts';
import {
  confirmRow,
  elementChanges,
  doubtfulRows,
  pageAddress,
  pageRequest,
  readinessCsv,
  readinessJson,
  readinessReport,
  rehearsalPlan,
  unreachedPatterns,
  reportBaseUrl,
  whatChangedTour,
  type ReadinessReport,
} from '../../src/authoring/rehearsal.ts';
import { rehearseSteps, type RehearsalPageOutcome } from '../../src/tour/rehearseSteps.ts';
import { demoPack } from '../packFixtures.ts';

/** The demo pack as a mentor records it on the current system: each target also keeps its label. */
function recordedDemoPack(): ContentPack {
  const raw = demoPack();
  const names: Record<string, string> = { 'patient-search': '患者检索', 'today-queue': '今日挂号队列', 'new-patient': '新建患者 (F2)', 'id-number': '证件号码' };
  for (const step of raw.tours[0].steps) if (step.target && names[step.id]) step.target.accessibleName = names[step.id];
  return ContentPack.parse(raw);
}

const V1 = `
  <form role="search"><label for="patient-query">患者检索</label><input id="patient-query" name="patientQuery" type="text">
  <button type="button" class="btn" data-action="new-patient">新建患者 (F2)</button></form>
  <section data-panel="today-queue" aria-labelledby="q-h"><h2 id="q-h">今日挂号队列</h2><table><tr><td>王伟</td></tr></table></section>`;

/** What the vendor upgrade does to the page (sandbox ?ui=v2): new ids, reworded labels, a new wrapper. */
const V2 = `
  <div class="v2-region--queue"><section class="v2-card" data-panel="today-queue" aria-labelledby="q2"><h2 id="q2">当日挂号</h2><table><tr><td>王伟 13812345678</td></tr></table></section></div>
  <form role="search"><label for="txtPatKeyword">患者查询</label><input id="txtPatKeyword" name="patientQuery" type="text">
  <button type="button" class="btn" data-action="new-patient">建档 (F2)</button></form>`;

const BASE = new URL('http://localhost:4196/?ui=v2');

function rehearse(pack: ContentPack, html: string, base = BASE): ReadinessReport {
  const plan = rehearsalPlan(pack, base);
  const outcomes: Record<string, RehearsalPageOutcome[]> = {};
  for (const page of plan.pages) {
    document.body.innerHTML = html;
    outcomes[page.url] = rehearseSteps(pageRequest(page), document);
  }
  return readinessReport({ pack, plan, outcomes, baseUrl: reportBaseUrl(base), ranAt: Date.UTC(2026, 11, 6, 12) });
}

describe('upgrade rehearsal: the pages to open', () => {
  it('turns a step page pattern into an address on the upgraded system, keeping the base query', () => {
    expect(pageAddress('http://localhost:*/registration*', BASE)).toBe('http://localhost:4196/registration?ui=v2');
    expect(pageAddress('https://his.example.cn/adt/beds?patient=*', new URL('https://test-his.example.cn/'))).toBe('https://test-his.example.cn/adt/beds');
    // a whole-site pattern: the address the mentor gave
    expect(pageAddress('https://his.example.cn/*', new URL('https://test.example.cn/app/home?v=2'))).toBe('https://test.example.cn/app/home?v=2');
    // a route with a record id in it cannot be guessed: the mentor is asked for it
    expect(pageAddress('https://his.example.cn/patients/*/orders', BASE)).toBeUndefined();
    expect(pageAddress('https://his.example.cn/patients/P000123/orders', BASE)).toBeUndefined();
    expect(pageAddress('https://his.example.cn/#/orders/list*', BASE)).toBe('http://localhost:4196/?ui=v2#/orders/list');
  });

  it('opens each page once for all the steps on it, and lists steps it cannot reach and centred steps', () => {
    const pack = recordedDemoPack();
    pack.tours.push({
      ...pack.tours[0]!,
      id: 'orders',
      urlPatterns: [],
      steps: [{ ...pack.tours[0]!.steps[1]!, id: 'chart', page: 'http://localhost:*/patients/*/chart' }],
    });
    const plan = rehearsalPlan(pack, BASE);
    expect(plan.pages.map((p) => [p.url, p.steps.map((s) => s.stepId)])).toEqual([
      ['http://localhost:4196/registration?ui=v2', ['patient-search', 'today-queue', 'new-patient', 'id-number']],
    ]);
    expect(plan.unreached.map((s) => [s.tourId, s.stepId, s.page])).toEqual([['orders', 'chart', 'http://localhost:*/patients/*/chart']]);
    expect(plan.noTarget.map((s) => s.stepId)).toEqual(['welcome']);
  });

  it('opens a page it could not guess at the address the mentor gives (on the upgraded system only); the report names the pattern', () => {
    const pack = recordedDemoPack();
    pack.tours[0]!.steps[2] = { ...pack.tours[0]!.steps[2]!, page: 'http://localhost:*/registration/*/queue' };
    const pattern = 'http://localhost:*/registration/*/queue';
    expect(rehearsalPlan(pack, BASE).unreached.map((s) => s.stepId)).toEqual(['today-queue']);
    const report = readinessReport({ pack, plan: rehearsalPlan(pack, BASE), outcomes: {}, baseUrl: 'x', ranAt: 0 });
    expect(unreachedPatterns(report)).toEqual(['http://localhost:*/registration*', pattern]);
    expect(rehearsalPlan(pack, BASE, { [pattern]: 'https://elsewhere.example.cn/registration/7/queue' }).unreached.map((s) => s.stepId)).toEqual(['today-queue']);
    const plan = rehearsalPlan(pack, BASE, { [pattern]: 'http://localhost:4196/registration/D01/queue?ui=v2' });
    expect(plan.unreached).toEqual([]);
    expect(plan.pages.map((p) => p.url)).toEqual(['http://localhost:4196/registration?ui=v2', 'http://localhost:4196/registration/D01/queue?ui=v2']);
    expect(plan.pages[1]!.steps.map((s) => [s.stepId, s.page])).toEqual([['today-queue', pattern]]);
  });
});

describe('upgrade rehearsal: the readiness report', () => {
  it('on the unchanged system every step is found with its label, the dialog step is not checked, nothing is doubtful', () => {
    const report = rehearse(recordedDemoPack(), V1, new URL('http://localhost:4196/'));
    expect(report.rows.map((r) => [r.stepId, r.status])).toEqual([
      ['welcome', 'no-target'],
      ['patient-search', 'found'],
      ['today-queue', 'found'],
      ['new-patient', 'found'],
      ['id-number', 'dialog'],
    ]);
    expect(doubtfulRows(report)).toEqual([]);
  });

  it('after the upgrade lists every step whose label changed, with old and new side by side and uncapped figures', () => {
    const report = rehearse(recordedDemoPack(), V2);
    expect(report.rows.map((r) => [r.stepId, r.status])).toEqual([
      ['welcome', 'no-target'],
      ['patient-search', 'missing'], // reworded and its id regenerated: only its name attribute is left, not enough to be sure
      ['today-queue', 'changed'],
      ['new-patient', 'changed'],
      ['id-number', 'dialog'], // in a dialog closed on load: not checked, never "missing"
    ]);
    expect(report.counts).toEqual({ found: 0, changed: 2, missing: 1, ambiguous: 0, dialog: 1, 'not-reached': 0, 'no-target': 1 });
    expect(report.tours).toEqual([{ tourId: 'registration-basics', counts: report.counts }]);
    const search = report.rows.find((r) => r.stepId === 'patient-search')!;
    expect(search.old).toEqual({ name: '患者检索', kind: 'textbox', page: 'http://localhost:*/registration*' });
    expect(search.now).toBeNull();
    const queue = report.rows.find((r) => r.stepId === 'today-queue')!;
    expect(queue.old).toMatchObject({ name: '今日挂号队列', kind: 'region' });
    expect(queue.now).toMatchObject({ name: '当日挂号', kind: 'region' });
    expect(queue.confidence).toBeGreaterThan(0.5);
    expect(queue.runnerUp).not.toBeNull();
    const button = report.rows.find((r) => r.stepId === 'new-patient')!;
    expect(button.changes).toEqual(['name']); // data-action kept
    expect(button.now?.name).toBe('建档 (F2)');
    expect(doubtfulRows(report).map((r) => [r.stepId, r.doubt])).toEqual([
      ['today-queue', 'changed'],
      ['new-patient', 'changed'],
    ]);
    expect(report).toMatchObject({ packId: 'demo-registration', packVersion: '1.0.0', baseUrl: 'http://localhost:4196/?ui=v2', pagesChecked: 1, pagesPlanned: 1 });
  });

  it('a target recorded without a name is found but left to the mentor to confirm ("unnamed"), and not a change for learners', () => {
    const pack = ContentPack.parse(demoPack()); // the bundled demo pack was written by hand: anchors only
    let report = rehearse(pack, V2);
    const button = report.rows.find((r) => r.stepId === 'new-patient')!;
    expect(button).toMatchObject({ status: 'found', changes: [] });
    expect(button.doubt).toMatch(/^(unnamed|weak)$/); // on the data-* anchor alone its lead is thin, too
    expect(button.old?.name).toBeUndefined();
    expect(button.now?.name).toBe('建档 (F2)');
    report = confirmRow(report, 'registration-basics', 'new-patient');
    expect(whatChangedTour(report, pack)).toBeUndefined();
  });

  it('compares old and new by label, kind, section and the recorded anchors (a shortcut hint aside)', () => {
    const old = { anchors: { id: 'patient-query', data: { panel: 'q' } }, tag: 'input', role: 'textbox', css: [], accessibleName: '患者检索 (F3)', context: { ancestorLabel: '患者信息' } };
    expect(elementChanges(old, { ...old, accessibleName: '患者检索' })).toEqual([]);
    expect(elementChanges(old, { ...old, anchors: { id: 'txtPatKeyword', data: { panel: 'q' } } })).toEqual(['anchor']);
    expect(elementChanges(old, { ...old, anchors: { id: 'patient-query' } })).toEqual(['anchor']);
    expect(elementChanges(old, { ...old, tag: 'select', role: 'combobox', context: { ancestorLabel: '就诊信息' } })).toEqual(['kind', 'section']);
    expect(elementChanges(old, { ...old, accessibleName: '患者查询' })).toEqual(['name']);
    // nothing recorded to compare: not a change
    expect(elementChanges({ tag: 'button', anchors: {}, css: [] }, { tag: 'button', anchors: {}, css: [], text: '建档' })).toEqual([]);
  });

  it('a removed element is missing and a duplicated one ambiguous (with both figures); a page never answered is "not reached"', () => {
    const pack = recordedDemoPack();
    const removed = rehearse(pack, `<section data-panel="today-queue" aria-label="今日挂号队列"></section>
      <button data-action="new-patient">新建患者 (F2)</button><button data-action="new-patient">新建患者 (F2)</button>`);
    expect(removed.rows.find((r) => r.stepId === 'patient-search')!.status).toBe('missing');
    const twin = removed.rows.find((r) => r.stepId === 'new-patient')!;
    expect(twin).toMatchObject({ status: 'ambiguous', doubt: 'ambiguous' });
    expect(twin.confidence).toBeGreaterThan(0);
    expect(twin.runnerUp).toBeGreaterThan(0);

    const plan = rehearsalPlan(pack, BASE);
    const unanswered = readinessReport({ pack, plan, outcomes: {}, baseUrl: 'x', ranAt: 0, cancelled: true });
    expect(unanswered.rows.filter((r) => r.status === 'not-reached').map((r) => r.stepId)).toEqual(['patient-search', 'today-queue', 'new-patient', 'id-number']);
    expect(unanswered).toMatchObject({ cancelled: true, pagesChecked: 0, pagesPlanned: 1 });
  });

  it('holds no page data: the table cells on the page and the ids in the address stay out', () => {
    const report = rehearse(recordedDemoPack(), V2, new URL('http://localhost:4196/?ui=v2&patient=P000123'));
    const text = readinessJson(report) + readinessCsv(report);
    expect(text).not.toContain('王伟');
    expect(text).not.toContain('13812345678');
    expect(text).not.toContain('P000123');
    expect(report.baseUrl).toBe('http://localhost:4196/?ui=v2');
  });

  it('exports an Excel-safe CSV with the pack id and version on every row', () => {
    const report = rehearse(recordedDemoPack(), V2);
    const injected: ReadinessReport = { ...report, rows: report.rows.map((r) => (r.stepId === 'new-patient' ? { ...r, now: { ...r.now!, name: '=HYPERLINK("x")' } } : r)) };
    const csv = readinessCsv(injected);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(1 + report.rows.length);
    expect(lines[0]).toMatch(/^pack_id,pack_version,base_url,/);
    for (const line of lines.slice(1)) expect(line.startsWith('demo-registration,1.0.0,http://localhost:4196/?ui=v2,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).not.toMatch(/,=HYPERLINK/);
    expect(JSON.parse(readinessJson(report))).toMatchObject({ kind: 'preceptor-readiness-report', packId: 'demo-registration', packVersion: '1.0.0' });
  });
});

describe('upgrade rehearsal: the "what changed" tour', () => {
  it('has one step per confirmed change, attached to the new element, and is a valid tour of the pack', () => {
    const pack = recordedDemoPack();
    let report = rehearse(pack, V2);
    expect(whatChangedTour(report, pack)).toBeUndefined(); // nothing confirmed yet
    report = confirmRow(report, 'registration-basics', 'new-patient');
    report = confirmRow(report, 'registration-basics', 'today-queue');
    report = confirmRow(report, 'registration-basics', 'patient-search'); // missing: cannot be confirmed
    const tour = whatChangedTour(report, pack)!;
    expect(tour.id).toBe('what-changed-1.0.0');
    expect(tour.steps.map((s) => s.title['zh-CN'])).toEqual(['「今日挂号队列」现在是「当日挂号」', '「新建患者 (F2)」现在是「建档 (F2)」']);
    expect(tour.steps[1]!.title.en).toBe('“新建患者 (F2)” is now “建档 (F2)”');
    expect(tour.steps[1]!.body['zh-CN']).toBe('升级后请认准「建档 (F2)」。');
    expect(tour.steps[0]!.body.en).toBe('After the upgrade, look for “当日挂号”.');
    expect(tour.steps[0]!.target?.accessibleName).toBe('当日挂号'); // the element as it is now
    expect(tour.steps.every((s) => s.page === 'http://localhost:*/registration*')).toBe(true);

    // it resolves on the upgraded page, and the pack with it still validates
    document.body.innerHTML = V2;
    const outcomes = rehearseSteps(tour.steps.map((s) => ({ tourId: tour.id, stepId: s.id, target: s.target! })), document);
    expect(outcomes.map((o) => o.status)).toEqual(['found', 'found']);
    const withTour = ContentPack.safeParse({ ...pack, tours: [...pack.tours, tour] });
    expect(withTour.success).toBe(true);
    // a second generation gets its own id
    expect(whatChangedTour(report, { tours: [...pack.tours, tour] })!.id).toBe('what-changed-1.0.0-2');
  });

  it('unconfirming takes a change out again', () => {
    const pack = recordedDemoPack();
    let report = confirmRow(rehearse(pack, V2), 'registration-basics', 'today-queue');
    expect(whatChangedTour(report, pack)!.steps).toHaveLength(1);
    report = confirmRow(report, 'registration-basics', 'today-queue', false);
    expect(whatChangedTour(report, pack)).toBeUndefined();
  });
});
