// Every module of the simulated hospital in both languages: it opens on its main screen with
// its anchors and leaves a screenshot to look at; axe audits each module once, the languages
// taking turns (fixtures/axe.ts auditsInLanguage). The tests are independent and run in parallel.

import { expect, test, type Page } from '@playwright/test';
import { auditsInLanguage, expectNoSeriousA11yViolations } from '../fixtures/axe.ts';
import { horizontalOverflow } from '../pages/horizontalOverflow.ts';
import { screenshot } from '../pages/screenshots.ts';
import { SANDBOX_URL } from '../fixtures/extension.ts';
import { findLanguageLeaks } from '../fixtures/languageLeakRules.ts';

const BASE = SANDBOX_URL;
type Lang = 'zh-CN' | 'en';

async function openModule(page: Page, path: string, lang: Lang): Promise<void> {
  await page.addInitScript((l) => {
    localStorage.setItem('preceptor.sandbox.lang', l);
  }, lang);
  await page.goto(`${BASE}${path}`);
}

/**
 * a form a module opens from its main screen, checked for words of the other language (its staff
 * lists included); `narrow`: a panel that must also fit when squeezed to 400 px (a side panel, a small window)
 */
type Form = { name: string; open: (page: Page) => Promise<void>; narrow?: string };

const MODULES: { path: string; anchor: string; prepare?: (page: Page) => Promise<void>; forms?: Form[] }[] = [
  { path: '/registration', anchor: 'section[data-panel="today-queue"]' },
  {
    path: '/physician',
    anchor: 'section[data-panel="patient-list"]',
    prepare: async (page) => {
      await page.locator('section[data-panel="patient-list"] tr[data-patient-id] button[data-action="open-patient"]').first().click();
      await expect(page.locator('[data-panel="emr-note"]')).toBeVisible();
    },
  },
  {
    path: '/nurse',
    anchor: 'section[data-panel="bed-board"]',
    prepare: async (page) => {
      await page.locator('button.bed-card[data-bed="07"]').click();
      await page.locator('[data-tab="execute"]').click();
      await expect(page.locator('[data-panel="order-execution"]')).toBeVisible();
    },
    forms: [
      {
        name: 'nursing record (doctor told)',
        open: async (page) => {
          await page.locator('[data-tab="records"]').click();
          await expect(page.locator('[data-panel="nursing-records"] select[name="doctorNotified"] option').nth(1)).toBeAttached();
        },
      },
      {
        name: 'critical value acknowledgement (doctor told)',
        // the list's caption and headers stay in view: it wraps, never scrolls sideways
        narrow: '[data-panel="critical-values"]',
        // the demo hospital's one critical value is acknowledged: the potassium drill phones in an open one
        open: async (page) => {
          await page.goto(`${BASE}/scenarios`);
          await page.locator('li[data-scenario="nurse-critical-potassium"] button[data-action="start-practice"]').click();
          await page.locator('button[data-action="confirm-start-scenario"]').click();
          await expect(page.locator('[data-panel="scenario-bar"]')).toHaveAttribute('data-scenario-id', 'nurse-critical-potassium');
          await page.locator('[data-tab="critical"]').click();
          await page.locator('[data-panel="critical-values"] button[data-action="open-critical"]').first().click();
          await expect(page.locator('[data-panel="critical-ack"] select[name="notifiedDoctor"] option').nth(1)).toBeAttached();
        },
      },
    ],
  },
  { path: '/pharmacy', anchor: '[data-panel="rx-review"]' },
  { path: '/lab', anchor: '[data-panel="specimen-receipt"]' },
  {
    path: '/imaging',
    anchor: '[data-panel="exam-requests"]',
    forms: [
      {
        name: 'escalation (radiologists)',
        open: async (page) => {
          await page.locator('button[data-action="escalate-exam"]').click();
          await expect(page.locator('select[name="escalateStaff"] option').nth(1)).toBeAttached();
        },
      },
    ],
  },
  { path: '/billing', anchor: 'section[data-panel="discharge-list"]' },
  { path: '/reports', anchor: 'section[data-panel="department-kpis"]' },
  { path: '/it', anchor: '[data-panel="users"]' },
  { path: '/scenarios', anchor: 'li[data-scenario]' },
];

test.describe.configure({ mode: 'parallel' });
// the common hospital monitor: every module must fit it in both languages
test.use({ viewport: { width: 1366, height: 768 } });

// One page per language walks every module (a step each): after the first load the app's code is
// in the page's cache, so a module costs its own work, not a new browser context and a cold load.
for (const lang of ['zh-CN', 'en'] as const) {
  test(`every module opens on its main screen, half of them axe-audited in this language (${lang})`, async ({ page }) => {
    await page.addInitScript((l) => localStorage.setItem('preceptor.sandbox.lang', l), lang);
    for (const [n, m] of MODULES.entries()) {
      const audited = auditsInLanguage(n, lang);
      await test.step(`${m.path}${audited ? ', axe-clean' : ''}`, async () => {
        // each module from the demo hospital's first state, as if opened alone
        if (n > 0) await page.evaluate(() => localStorage.clear()); // (the init script sets the language again)
        await page.goto(`${BASE}${m.path}`);
        await expect(page.locator(m.anchor).first()).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        if (m.prepare) await m.prepare(page);
        if (audited) await expectNoSeriousA11yViolations(page);
        await screenshot(page, `sandbox${m.path.replace('/', '-')}-${lang}`);
        // nothing scrolls or is cut sideways at 1366 px: not the page, not a panel, not a badge
        expect.soft(await horizontalOverflow(page), `${m.path} (${lang}) at 1366 px`).toEqual([]);
        // one language at a time: no English words on zh-CN screens, no Chinese on English ones
        // except data (people's names, allergies as recorded: ui/Data.tsx)
        expect(await page.evaluate(findLanguageLeaks, { language: lang }), `words not in ${lang} on ${m.path}`).toEqual([]);
        // its forms too: a person's name in a list of staff is data, the words around it are ours
        for (const form of m.forms ?? []) {
          await form.open(page);
          expect(await page.evaluate(findLanguageLeaks, { language: lang }), `words not in ${lang} on ${m.path}, ${form.name}`).toEqual([]);
          if (form.narrow) {
            expect.soft(await horizontalOverflow(page), `${m.path}, ${form.name} (${lang}) at 1366 px`).toEqual([]);
            await page.locator(form.narrow).evaluate((panel: HTMLElement) => (panel.style.width = '400px'));
            expect.soft(await horizontalOverflow(page), `${m.path}, ${form.name} (${lang}) in a 400 px panel`).toEqual([]);
          }
        }
      });
    }
  });
}

test('the LIS and PACS viewers run in same-origin iframes that write back to the HIS', async ({ page }) => {
  await openModule(page, '/lab', 'zh-CN');
  await page.locator('[data-tab="reports"]').click();
  const frame = page.frameLocator('iframe[data-panel="report-viewer"]');
  await expect(frame.locator('main[data-panel="lab-report"] table tbody tr').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'sandbox-lab-report-viewer-zh-CN');
  // the audit reaches into the viewer's iframe: a nameless button there must fail it
  await frame.locator('body').evaluate((body) => body.append(Object.assign(document.createElement('button'), { className: 'unnamed' })));
  await expect(expectNoSeriousA11yViolations(page)).rejects.toThrow(/button-name[\s\S]*iframe/);
  await frame.locator('button.unnamed').evaluate((b) => b.remove());

  // A physician reads an imaging report in the PACS viewer; the HIS sees it as read.
  await page.goto(`${BASE}/imaging`);
  await page.locator('[data-tab="reports"]').click();
  const exam = await page.locator('[data-panel="imaging-reports"] tr[data-report-id]').first().getAttribute('data-report-id');
  const pacs = page.frameLocator('iframe[data-panel="report-viewer"]');
  await expect(pacs.locator('main[data-panel="imaging-report"]')).toContainText('诊断意见');
  await pacs.locator('button[data-action="mark-report-read"]').click();
  await expect(pacs.locator('.tag--ok')).toBeVisible();
  const read = await page.evaluate((id) => JSON.parse(localStorage.getItem('preceptor.sandbox.state.v1')!).imagingExams.find((e: { examId: string }) => e.examId === id).reportRead, exam);
  expect(read.by).toBe('R6001');
});
