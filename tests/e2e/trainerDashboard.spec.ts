import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { auditsInLanguage, expectNoSeriousA11yViolations } from '../fixtures/axe.ts';
import { SANDBOX_URL } from '../fixtures/extension.ts';
import { screenshot } from '../pages/screenshots.ts';
import { learnerBundle } from '../../shared/test/record/bundleHelpers.ts';
import { ACTIVITY_TYPE, EXTENSION, VERB } from '../../shared/src/xapi/vocabulary.ts';
import { findLanguageLeaks } from '../fixtures/languageLeakRules.ts';

// Every view of the trainer dashboard, in both languages, over synthetic learners' signed
// bundles: screenshots to look at, axe on each view once (the languages take turns, see
// fixtures/axe.ts auditsInLanguage), and the numbers the views must show. One test per language,
// each opening the dashboard and importing the bundles once (four tests had done it four times).

type Lang = 'zh-CN' | 'en';

const VIEWS: { path: string; name: Record<Lang, string> }[] = [
  { path: '', name: { 'zh-CN': '导入', en: 'Import' } },
  { path: 'matrix', name: { 'zh-CN': '就绪矩阵', en: 'Readiness' } },
  { path: 'rollups', name: { 'zh-CN': '汇总图表', en: 'Rollups' } },
  { path: 'overdue', name: { 'zh-CN': '逾期名单', en: 'Overdue' } },
  { path: 'quiz', name: { 'zh-CN': '测验分析', en: 'Quiz items' } },
  { path: 'funnels', name: { 'zh-CN': '导览漏斗', en: 'Tour funnels' } },
  { path: 'missing', name: { 'zh-CN': '目标缺失', en: 'Target missing' } },
  { path: 'learners', name: { 'zh-CN': '学员与密钥', en: 'Learners & keys' } },
  { path: 'exports', name: { 'zh-CN': '导出', en: 'Exports' } },
  { path: 'lrs', name: { 'zh-CN': 'LRS（读取与转发）', en: 'LRS (read & forward)' } },
  { path: 'backup', name: { 'zh-CN': '备份与恢复', en: 'Backup & restore' } },
];

let files: string[] = [];
let statementCount = 0;
/** every bundle's statements, for the go-live expectation */
let bundleStatements: unknown[][] = [];
/** the HR roster (GBK CSV, Chinese headers): the 12 staff numbers the first 12 bundles carry, and 8 people with nothing handed in */
let rosterFile = '';
const ROSTER_MATCHED = 12;
const ROSTER_MISSING = 8;

test.beforeAll(async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'preceptor-trainer-views-'));
  const bundles = await Promise.all(
    Array.from({ length: 24 }, (_, i) => learnerBundle({ seed: 100 + i, count: 40 + (i % 5) * 30, ...(i < ROSTER_MATCHED ? { staff: { staffNumber: `H${1000 + i}`, consentedAt: '2026-11-20T08:00:00.000Z' } } : {}) })),
  );
  // the last person's role is HR's own word (规培生, resident in training): no role has that title
  const people = Array.from({ length: ROSTER_MATCHED + ROSTER_MISSING }, (_, i) => `H${1000 + i},员工${i + 1},${i % 2 ? '门诊部' : '急诊科'},${i === ROSTER_MATCHED + ROSTER_MISSING - 1 ? '规培生' : '挂号员'}`);
  rosterFile = path.join(dir, '花名册.csv');
  await writeFile(rosterFile, gbk(`职工号,姓名,科室,岗位\r\n${people.join('\r\n')}\r\n`));
  files = [];
  statementCount = 0;
  bundleStatements = bundles.map((b) => b.statements);
  for (const bundle of bundles) {
    const file = path.join(dir, bundle.fileName);
    await writeFile(file, bundle.bytes);
    files.push(file);
    statementCount += bundle.statements.length;
  }
});

/** GBK bytes (what Excel on Chinese Windows saves): the reverse of TextDecoder('gbk'), ASCII as is. */
function gbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) table.set(decoder.decode(new Uint8Array([a, b])), [a, b]);
  return new Uint8Array([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!)));
}

/**
 * Who meets the dashboard's default go-live rule (every required tour completed, each required
 * quiz's best score at least 80 %, every required scenario passed), worked out here from the
 * statements themselves: an item is required of a learner when a learner of the same role has a
 * statement about it (each synthetic role practises one pack).
 */
function expectedReady(statementsPerLearner: unknown[][]): string[] {
  type S = { actor: { account: { name: string } }; verb: { id: string }; object: { id: string; definition?: { type?: string } }; context?: { extensions?: Record<string, unknown> }; result?: { score?: { scaled?: number } } };
  const kinds: Record<string, 'tour' | 'quiz' | 'scenario'> = { [ACTIVITY_TYPE.tour]: 'tour', [ACTIVITY_TYPE.quiz]: 'quiz', [ACTIVITY_TYPE.scenario]: 'scenario' };
  const learners = new Map<string, { role: string; done: Set<string>; best: Map<string, number> }>();
  const itemsOfRole = new Map<string, Map<string, string>>();
  for (const list of statementsPerLearner) {
    for (const s of list as S[]) {
      const kind = kinds[s.object.definition?.type ?? ''];
      if (!kind) continue;
      const name = s.actor.account.name;
      const role = String(s.context?.extensions?.[EXTENSION.role] ?? '');
      const l = learners.get(name) ?? { role, done: new Set<string>(), best: new Map<string, number>() };
      learners.set(name, l);
      const items = itemsOfRole.get(role) ?? new Map<string, string>();
      itemsOfRole.set(role, items.set(s.object.id, kind));
      if ((kind === 'tour' && s.verb.id === VERB.completed) || (kind === 'scenario' && s.verb.id === VERB.passed)) l.done.add(s.object.id);
      const scaled = s.result?.score?.scaled;
      if (kind === 'quiz' && scaled !== undefined) l.best.set(s.object.id, Math.max(l.best.get(s.object.id) ?? 0, scaled));
    }
  }
  return [...learners]
    .filter(([, l]) => [...itemsOfRole.get(l.role)!].every(([id, kind]) => (kind === 'quiz' ? Math.round((l.best.get(id) ?? -1) * 1000) / 10 >= 80 : l.done.has(id))))
    .map(([name]) => name)
    .sort();
}

async function openDashboard(page: Page, lang: Lang, view = ''): Promise<void> {
  await page.addInitScript((l) => localStorage.setItem('preceptor.sandbox.lang', l), lang);
  await page.goto(`${SANDBOX_URL}/trainer${view ? `/${view}` : ''}`);
  await page.locator('[data-region="totals"]').filter({ hasText: /\d/ }).waitFor();
}

async function importAll(page: Page): Promise<void> {
  await page.locator('input[data-action="import-files"]').setInputFiles(files);
  await expect(page.locator('[data-region="import-summary"][data-imported]')).toHaveAttribute('data-imported', String(files.length));
}

/** names the trainer's screens keep in Latin letters: a product, a browser store, an LRS path (POST /statements) */
const TECHNICAL_NAMES = ['SuccessFactors', 'IndexedDB', 'statements'];

for (const lang of ['zh-CN', 'en'] as Lang[]) {
  test(`every dashboard view, with screenshots; half of them axe-audited; then the views' figures (en) or the CSV downloads (zh-CN) (${lang})`, async ({ page }) => {
    test.setTimeout(3 * test.info().timeout); // 90 s at time scale 1, scaled like every other timeout
    await page.setViewportSize({ width: 1366, height: 768 }); // the hospital desktop the team screenshots at
    await openDashboard(page, lang);
    // empty state first
    await page.getByRole('link', { name: VIEWS[1]!.name[lang] }).click();
    await expect(page.locator('[data-region="empty"]')).toBeVisible();
    await page.getByRole('link', { name: VIEWS[0]!.name[lang] }).click();
    await importAll(page);
    await expect(page.locator('[data-region="totals"]')).toContainText(String(statementCount));

    // a go-live date, so the overdue view has a deadline (far ahead: everyone "on track")
    await page.getByRole('link', { name: VIEWS[3]!.name[lang] }).click();
    await page.locator('input[name="goLiveDate"]').fill('2027-03-01');
    await page.locator('input[name="leadDays"]').fill('14');
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('[data-region="deadline"]')).toBeVisible();

    // the tab row is one row at this width, in both languages
    expect(await page.locator('.tr-tabs li').evaluateAll((tabs) => new Set(tabs.map((tab) => Math.round(tab.getBoundingClientRect().top))).size)).toBe(1);
    for (const [n, view] of VIEWS.entries()) {
      await page.getByRole('link', { name: view.name[lang], exact: true }).click();
      await expect(page.getByRole('link', { name: view.name[lang], exact: true })).toHaveAttribute('aria-current', 'page');
      await expect(page.locator('.trainer')).toHaveAttribute('data-view', view.path || 'import');
      await page.waitForTimeout(150); // charts draw on the next frame
      await screenshot(page, `trainer-${view.path || 'import'}-${lang}`);
      if (auditsInLanguage(n, lang)) await expectNoSeriousA11yViolations(page, '.trainer');
      // one language at a time: learners' names and departments (their own words) are marked as data
      expect(await page.evaluate(findLanguageLeaks, { language: lang, allow: TECHNICAL_NAMES }), `words not in ${lang} on the ${view.path || 'import'} view`).toEqual([]);
    }

    // the print view, as it prints
    await page.getByRole('link', { name: VIEWS[8]!.name[lang] }).click();
    await page.locator('[data-action="open-print"]').click();
    await expect(page.locator('.tr-print h1')).toBeVisible();
    await screenshot(page, `trainer-print-${lang}`);
    if (auditsInLanguage(VIEWS.length, lang)) await expectNoSeriousA11yViolations(page, '.trainer');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, `trainer-print-media-${lang}`);
    await expect(page.locator('.tr-print__actions')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await page.locator('.tr-print__actions a[href="/trainer/exports"]').click();
    await expect(page.locator('.trainer')).toHaveAttribute('data-view', 'exports');

    // The checks below reuse this test's import of 24 signed bundles (one import per language,
    // not one per test).
    if (lang === 'en') {
      await test.step('the views agree with the data: matrix, quiz items, funnels, target missing, overdue', async () => {
        await page.getByRole('link', { name: 'Readiness' }).click();
        await expect(page.locator('[data-table="readiness"] caption')).toContainText(`${files.length} learners`);
        // role filter narrows the rows and the columns
        const before = await page.locator('[data-table="readiness"] thead th.tr-matrix__item').count();
        await page.locator('select[data-filter="role"]').selectOption('nurse');
        const rows = page.locator('[data-table="readiness"] tbody tr');
        expect(await rows.count()).toBeGreaterThan(0);
        for (const text of await rows.allTextContents()) expect(text).toContain('Nurse');
        expect(await page.locator('[data-table="readiness"] thead th.tr-matrix__item').count()).toBeLessThan(before);

        await page.getByRole('link', { name: 'Quiz items' }).click();
        const quizTables = page.locator('[data-table="quiz"]');
        expect(await quizTables.count()).toBeGreaterThan(0);
        await expect(quizTables.first().locator('tbody tr').first()).toBeVisible();

        await page.getByRole('link', { name: 'Tour funnels' }).click();
        expect(await page.locator('[data-table="funnel"]').count()).toBeGreaterThan(0);

        await page.getByRole('link', { name: 'Target missing' }).click();
        await expect(page.locator('[data-table="target-missing"] tbody tr').first()).toBeVisible();

        await page.getByRole('link', { name: 'Overdue' }).click();
        await page.locator('input[name="goLiveDate"]').fill('2026-01-10');
        await page.locator('form button[type="submit"]').click();
        await expect(page.locator('[data-table="overdue"] tbody tr').first()).toHaveAttribute('data-status', 'overdue');
      });
    } else {
      await test.step('LMS CSV downloads open cleanly in Excel (BOM, CRLF, neutralised cells)', async () => {
        await page.getByRole('link', { name: '导出', exact: true }).click();
        for (const action of ['export-generic', 'export-external']) {
          const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-action="${action}"]`).click()]);
          expect(download.suggestedFilename()).toMatch(/^preceptor-(generic-completion|external-training)-\d{8}T\d{6}Z\.csv$/);
          const text = await readFile((await download.path())!, 'utf8');
          expect(text.charCodeAt(0)).toBe(0xfeff);
          expect(text.endsWith('\r\n')).toBe(true);
          expect(text.replace(/\r\n/g, '')).not.toMatch(/\r|\n/);
          expect(text.split('\r\n').length).toBeGreaterThan(2);
        }
        await expect(page.getByRole('status').filter({ hasText: '已下载' })).toBeVisible();
      });
    }

    await test.step('a GBK roster: mapping dialog, then everyone on it in the matrix (nothing handed in, not on the roster)', async () => {
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.getByRole('link', { name: lang === 'en' ? 'Roster' : '花名册', exact: true }).click();
      await page.locator('input[data-action="roster-file"]').setInputFiles(rosterFile);
      const dialog = page.locator('dialog[data-region="roster-dialog"]');
      await expect(dialog).toBeVisible();
      await expect(dialog.locator('select[data-field="staffNumber"] option:checked')).toHaveText('职工号');
      await expect(dialog.locator('select[data-field="department"] option:checked')).toHaveText('科室');
      await expect(dialog.locator('[data-table="roster-preview"] tbody tr').first()).toContainText('员工1');
      await screenshot(page, `trainer-roster-dialog-${lang}`);
      // the file's own words (its column names, its cells) are data; the dialog's words are ours
      expect(await page.evaluate(findLanguageLeaks, { language: lang, allow: TECHNICAL_NAMES }), `words not in ${lang} in the roster dialog`).toEqual([]);
      if (lang === 'zh-CN') await expectNoSeriousA11yViolations(page, 'dialog');
      await dialog.locator('[data-action="roster-accept"]').click();
      await expect(dialog).toBeHidden();
      await expect(page.locator('[data-region="roster-counts"]')).toHaveAttribute('data-missing', String(ROSTER_MISSING));
      await expect(page.locator('[data-region="roster-counts"]')).toHaveAttribute('data-unknown', String(files.length - ROSTER_MATCHED));

      await page.getByRole('link', { name: VIEWS[1]!.name[lang], exact: true }).click();
      await expect(page.locator('[data-table="readiness"] tbody tr[data-roster-only]')).toHaveCount(ROSTER_MISSING);
      await expect(page.locator('[data-table="readiness"] tbody [data-flag="not-on-roster"]')).toHaveCount(files.length - ROSTER_MATCHED);
      await expect(page.locator('[data-table="readiness"] tbody tr[data-learner] span[data-staff]')).toHaveCount(ROSTER_MATCHED);
      await page.locator('[data-table="readiness"] tbody tr[data-roster-only]').first().scrollIntoViewIfNeeded();
      await screenshot(page, `trainer-matrix-roster-${lang}`);
      // HR's role words: 挂号员 names a role the app knows (our words, in the screen's language); 规培生 names none (the hospital's words, data)
      await expect(page.locator('[data-table="readiness"] tr[data-roster-only="H1012"] td').first()).toHaveText(lang === 'en' ? 'Registrar' : '挂号员');
      await expect(page.locator('[data-table="readiness"] tr[data-roster-only="H1019"] td:nth-of-type(1) [translate="no"]')).toHaveText('规培生');
      expect(await page.evaluate(findLanguageLeaks, { language: lang, allow: TECHNICAL_NAMES }), `words not in ${lang} on the matrix with a roster`).toEqual([]);
      await page.getByRole('link', { name: lang === 'en' ? 'Go-live gate' : '上线准入', exact: true }).click();
      await expect(page.locator('[data-table="gate"] tr[data-staff="H1012"]')).toHaveAttribute('data-ready', 'false');
      await screenshot(page, `trainer-gate-${lang}`);
      expect(await page.evaluate(findLanguageLeaks, { language: lang, allow: TECHNICAL_NAMES }), `words not in ${lang} on the go-live gate with a roster`).toEqual([]);

      await test.step('the ready list for IT: exactly the learners who meet the rule, worked out from the statements', async () => {
        const expected = expectedReady(bundleStatements);
        expect(expected.length).toBeGreaterThan(0); // the fixture has some ready learners and some not
        expect(expected.length).toBeLessThan(files.length);
        await expect(page.locator('[data-region="gate-summary"]')).toHaveAttribute('data-ready', String(expected.length));
        const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="gate-export"]').click()]);
        const text = await readFile((await download.path())!, 'utf8');
        expect(text.charCodeAt(0)).toBe(0xfeff);
        const rows = text.slice(1).split('\r\n').slice(1, -1).map((line) => line.split(','));
        expect(rows.map((cells) => cells[4]).sort()).toEqual(expected);
        // a matched learner's row carries the roster's staff number and name
        for (const cells of rows.filter((c) => c[0])) expect(cells[1]).toMatch(/^员工\d+$/);
        // the roster's role word that names no role is shown as a problem, not silently ruled
        await page.getByRole('link', { name: lang === 'en' ? 'Roster' : '花名册', exact: true }).click();
        await expect(page.locator('[data-region="roster-role-problems"] li[data-role="规培生"]')).toContainText('1');
        await screenshot(page, `trainer-roster-roles-${lang}`);
        expect(await page.evaluate(findLanguageLeaks, { language: lang, allow: TECHNICAL_NAMES }), `words not in ${lang} on the roster view`).toEqual([]);
      });
    });

    await test.step('words, not ids: funnels name tours and steps, the quiz view its questions; the department report shows its chart and counts, and prints', async () => {
      const en = lang === 'en';
      await page.getByRole('link', { name: VIEWS[5]!.name[lang], exact: true }).click();
      const funnel = page.locator('[data-table="funnel"]').first();
      // the second step of every synthetic tour is called "Find the patient" (its id: step-2)
      await expect(funnel.locator('th[data-step-id="step-2"]')).toHaveText(en ? '2. Find the patient' : '2. 查找患者');
      await expect(funnel.locator('caption')).not.toContainText('/');
      await page.getByRole('link', { name: VIEWS[4]!.name[lang], exact: true }).click();
      await expect(page.locator('[data-table="quiz"] tbody th').first()).toHaveText(en ? /^Question q-/ : /^题目 q-/);

      await page.getByRole('link', { name: en ? 'Department report' : '科室报告', exact: true }).click();
      const report = page.locator('[data-region="report"]');
      await expect(report.locator('svg[data-chart="readiness"] [data-series="ready"]')).toBeVisible();
      await expect(report.locator('svg[data-chart="readiness"] [data-mark="go-live"]')).toBeVisible();
      // everyone: 24 learners handed in, 20 on the roster, 8 of whom handed nothing in
      const total = report.locator('[data-table="report-counts"] tfoot tr');
      await expect(total).toHaveAttribute('data-handed-in', String(files.length));
      await expect(total).toHaveAttribute('data-on-roster', String(ROSTER_MATCHED + ROSTER_MISSING));
      const ready = Number(await total.getAttribute('data-ready'));
      expect(ready + Number(await total.getAttribute('data-not-ready'))).toBe(files.length + ROSTER_MISSING);
      await expect(report.locator('[data-region="report-summary"]')).toHaveAttribute('data-total', String(files.length + ROSTER_MISSING));
      // the chart's numbers, for screen readers
      await expect(report.locator('[data-table="report-timeline"] tbody tr').first()).toBeAttached();
      expect(await report.locator('[data-table="report-counts"] tbody tr').count()).toBeGreaterThan(1);
      await screenshot(page, `trainer-report-${lang}`);
      if (en) await expectNoSeriousA11yViolations(page, '.tr-report');
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(page.locator('[data-action="print-report"]')).toBeHidden();
      await expect(page.locator('.tr-tabs')).toBeHidden();
      await screenshot(page, `trainer-report-print-${lang}`);
      await page.emulateMedia({ media: 'screen' });
    });
  });
}
