// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, createElement, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { learnerBundle } from '../../../shared/test/record/bundleHelpers.ts';
import { syntheticLearnerStatements, type SyntheticLearner } from '../../../shared/test/trainer/syntheticLearners.ts';
import { I18nProvider, LANG_STORAGE_KEY, type Lang } from '../../src/i18n.ts';
import { DepartmentReportView } from '../../src/trainer/DepartmentReportView.tsx';
import { GoLiveView } from '../../src/trainer/GoLiveView.tsx';
import { LearnersView } from '../../src/trainer/LearnersView.tsx';
import { PrintView } from '../../src/trainer/PrintView.tsx';
import { buildDashboardModel, type DashboardModel } from '../../src/trainer/dashboardModel.ts';
import { importBundles } from '../../src/trainer/importBundles.ts';
import { TrainerDb, writeSettings } from '../../src/trainer/trainerDb.ts';
import { DashboardContext, type Dashboard } from '../../src/trainer/useDashboard.ts';

// Where the trainer sees a learner's role or department: a role id reads as our title in the
// screen's language (the go-live pack's own roles by its titles), an id we have no title for is
// shown as given and marked as data; departments are the hospital's words, always data.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const people: { role: string; department: string }[] = [
  { role: 'physician', department: '心内科' },
  { role: 'ward-clerk', department: '急诊科' },
  { role: 'porter', department: 'ICU' },
];

let db: TrainerDb;
let model: DashboardModel;

beforeAll(async () => {
  db = new TrainerDb(`role-words-${crypto.randomUUID()}`);
  const files = [];
  for (const [i, p] of people.entries()) {
    const learner: SyntheticLearner = { learnerId: `00000000-0000-4000-8000-00000000000${i + 1}`, homePage: 'https://hospital.example.cn', role: p.role, department: p.department, ability: 0, diligence: 1 };
    const b = await learnerBundle({ learner, statements: syntheticLearnerStatements(learner, 6, i + 1) });
    files.push({ name: `${i}.zip`, size: b.bytes.length, bytes: async () => b.bytes });
  }
  expect((await importBundles(db, files)).map((o) => o.status)).toEqual(['imported', 'imported', 'imported']);
  await writeSettings(db, {
    goLivePack: {
      fileName: 'ward.json',
      packId: 'ward-pack',
      version: '1.0.0',
      rules: { 'ward-clerk': { toursDone: true, quizMinPercent: null, scenariosPassed: false, mentorSignOff: false } },
      roles: [{ id: 'ward-clerk', title: { 'zh-CN': '病区文员', en: 'Ward clerk' } }],
    },
  });
  model = await buildDashboardModel(db);
});

let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  document.body.replaceChildren();
});

/** One dashboard view in the given language, after its stored settings have been read. */
async function show(view: () => ReactNode, lang: Lang, ready: (host: HTMLElement) => boolean = (host) => /病区文员|Ward clerk/.test(host.textContent ?? '')): Promise<HTMLElement> {
  localStorage.setItem(LANG_STORAGE_KEY, lang);
  const dashboard: Dashboard = {
    db,
    model,
    loading: false,
    analysing: undefined,
    error: undefined,
    refresh: async () => {},
    includeReported: true,
    setIncludeReported: () => {},
    importState: { running: false, outcomes: [] },
    importFiles: async () => {},
    cancelImport: () => {},
  };
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  unmount = () => act(() => root.unmount());
  await act(async () => root.render(createElement(I18nProvider, null, createElement(DashboardContext.Provider, { value: dashboard }, createElement(view)))));
  // useLiveQuery reads the settings (the go-live pack's roles) after the first paint
  for (let i = 0; i < 100 && !ready(host); i++) await act(() => new Promise((r) => setTimeout(r, 20)));
  expect(ready(host)).toBe(true);
  return host;
}

const isData = (el: Element | null | undefined) => el?.closest('[translate="no"]') !== null && el !== null && el !== undefined;
const texts = (els: Iterable<Element>) => [...els].map((e) => e.textContent?.trim());

describe("a learner's role and department on the trainer's screens", () => {
  for (const [lang, physician, clerk] of [
    ['zh-CN', '医生', '病区文员'],
    ['en', 'Physician', 'Ward clerk'],
  ] as const) {
    it(`learners list (${lang}): role ids as our titles, an unknown one as data; the role filter too`, async () => {
      const host = await show(LearnersView, lang);
      const rows = [...host.querySelectorAll('[data-table="learners"] tbody tr')];
      expect(rows.length).toBe(3);
      // columns: name (th), the trainer's label, role, department, …
      const roleCells = rows.map((tr) => tr.querySelectorAll('td')[1]!);
      const shown = texts(roleCells);
      expect(shown).toEqual(expect.arrayContaining([physician, clerk, 'porter']));
      expect(shown).not.toContain('physician');
      expect(shown).not.toContain('ward-clerk');
      const porter = roleCells.find((td) => td.textContent === 'porter')!;
      expect(isData(porter.querySelector('span'))).toBe(true);
      expect(isData(roleCells.find((td) => td.textContent === physician)!.querySelector('span'))).toBe(false);
      // departments in their own column, as data
      const departments = rows.map((tr) => tr.querySelectorAll('td')[2]!).filter((td) => td.textContent === '心内科');
      expect(departments.length).toBe(1);
      expect(isData(departments[0]!.firstElementChild)).toBe(true);

      const roleOptions = [...host.querySelectorAll<HTMLOptionElement>('select[data-filter="role"] option')].filter((o) => o.value);
      expect(roleOptions.map((o) => [o.value, o.textContent, o.getAttribute('translate')])).toEqual([
        ['physician', physician, null],
        ['porter', 'porter', 'no'],
        ['ward-clerk', clerk, null],
      ]);
    });

    it(`department report (${lang}): the department picker's options, the heading and the rows mark departments as data`, async () => {
      const host = await show(DepartmentReportView, lang, (h) => h.querySelector('[data-table="report-counts"]') !== null);
      const options = [...host.querySelectorAll<HTMLOptionElement>('select[data-filter="report-department"] option')];
      const departmentOptions = options.filter((o) => people.some((p) => p.department === o.value));
      expect(departmentOptions.map((o) => o.value).sort()).toEqual(['ICU', '心内科', '急诊科']);
      for (const o of departmentOptions) expect(o.getAttribute('translate')).toBe('no');
      // "all" is our word: left for a translator
      expect(options[0]!.getAttribute('translate')).toBeNull();
      const rows = [...host.querySelectorAll('[data-table="report-counts"] tbody tr')];
      expect(rows.length).toBe(3);
      for (const row of rows) expect(isData(row.querySelector('th')!.firstElementChild)).toBe(true);

      // one department picked: its name in the heading and the summary is data
      const select = host.querySelector<HTMLSelectElement>('select[data-filter="report-department"]')!;
      await act(async () => {
        select.value = '心内科';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      const heading = host.querySelector('h2')!;
      expect(heading.textContent).toContain('心内科');
      expect(isData([...heading.querySelectorAll('span')].find((s) => s.textContent === '心内科'))).toBe(true);
      const summary = host.querySelector('[data-region="report-summary"]')!;
      expect(isData([...summary.querySelectorAll('span')].find((s) => s.textContent === '心内科'))).toBe(true);
    });

    it(`printed report (${lang}): each table's caption names the role in our words and the department as data`, async () => {
      const host = await show(PrintView, lang);
      const captions = [...host.querySelectorAll('caption')];
      expect(texts(captions).sort()).toEqual([`${clerk} · 急诊科`, `${physician} · 心内科`, 'porter · ICU'].sort());
      for (const caption of captions) {
        const department = [...caption.querySelectorAll('span')].at(-1)!;
        expect(isData(department)).toBe(true);
      }
      const porter = captions.find((c) => c.textContent?.startsWith('porter'))!;
      expect(isData(porter.querySelector('span'))).toBe(true);
    });

    it(`go-live rules (${lang}): the pack's role by its title, the rule rows by our titles, an unknown role as data`, async () => {
      const host = await show(GoLiveView, lang);
      const packLine = host.querySelector('[data-pack="ward-pack"]')!;
      expect(packLine.textContent).toContain(clerk);
      expect(packLine.textContent).not.toContain('ward-clerk');
      const row = (role: string) => host.querySelector(`tr[data-role="${role}"] th`)!;
      expect(row('physician').textContent).toBe(physician);
      expect(row('ward-clerk').textContent).toContain(clerk);
      expect(row('porter').textContent).toBe('porter');
      expect(isData(row('porter').querySelector('span'))).toBe(true);
      expect(isData(row('physician').querySelector('span'))).toBe(false);
    });
  }
});
