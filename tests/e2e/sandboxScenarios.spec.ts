// Scenarios played end to end in the sandbox: one in practice mode, one assessment, one that
// trips a safety trap. Results are graded, recorded as xAPI, relayed and exported.

import { readFile } from 'node:fs/promises';
import * as xapiValidation from '@learninglocker/xapi-validation';
import { expect, test, type Page } from '@playwright/test';
import { SandboxRelayMessage } from '../../shared/src/scenario/relayMessage.ts';
import { screenshot } from '../pages/screenshots.ts';
import { SANDBOX_URL } from '../fixtures/extension.ts';

// the package is CommonJS: its default export may arrive nested under ESM interop
const validateStatement: (statement: unknown) => unknown[] = (xapiValidation as any).default?.default ?? (xapiValidation as any).default;

const BASE = SANDBOX_URL;
const VERB = {
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
};

/** Opens the scenario list with the relay recorder installed (what the extension would hear). */
async function openScenarios(page: Page, lang: 'zh-CN' | 'en'): Promise<void> {
  await page.addInitScript((l) => {
    localStorage.setItem('preceptor.sandbox.lang', l);
    const relayed: unknown[] = [];
    (window as unknown as { __relayed: unknown[] }).__relayed = relayed;
    window.addEventListener('message', (e) => {
      if (e.origin === window.location.origin && (e.data as { source?: string })?.source === 'preceptor-sandbox') relayed.push(e.data);
    });
  }, lang);
  await page.goto(`${BASE}/scenarios`);
  await expect(page.locator('li[data-scenario]').first()).toBeVisible();
}

async function start(page: Page, scenarioId: string, mode: 'practice' | 'assessment'): Promise<void> {
  await page.locator(`li[data-scenario="${scenarioId}"] button[data-action="start-${mode}"]`).click();
  await expect(page.locator('[data-dialog="start-scenario"]')).toBeVisible();
  await page.locator('button[data-action="confirm-start-scenario"]').click();
  await expect(page.locator('[data-panel="scenario-bar"]')).toHaveAttribute('data-scenario-id', scenarioId);
  await expect(page.locator('[data-panel="scenario-bar"]')).toHaveAttribute('data-mode', mode);
}

async function submit(page: Page): Promise<void> {
  await page.locator('button[data-action="submit-scenario"]').click();
  await page.locator('button[data-action="confirm-submit-scenario"]').click();
  await expect(page.locator('[data-dialog="scenario-result"]')).toBeVisible();
  await expect(page.locator('[data-panel="scenario-bar"]')).toHaveCount(0);
}

async function relayed(page: Page): Promise<SandboxRelayMessage[]> {
  const raw = await page.evaluate(() => (window as unknown as { __relayed: unknown[] }).__relayed);
  return raw.map((m) => SandboxRelayMessage.parse(m));
}

test('practice: a pharmacist returns the warfarin + NSAID prescription, with the hint at hand (en)', async ({ page }) => {
  await openScenarios(page, 'en');
  await start(page, 'pharm-warfarin-nsaid', 'practice');
  await expect(page).toHaveURL(/\/pharmacy$/);

  await page.locator('button[data-action="show-hint"]').click();
  await expect(page.locator('[data-panel="scenario-hint"]')).toContainText('warfarin');
  await expect(page.locator('button[data-action="play-hint-tour"]')).toHaveAttribute('data-hint-tour', 'pharmacy-review');
  await screenshot(page, 'sandbox-scenario-practice-en');

  await page.locator('tr[data-rx-id="RX900000000001"] button[data-action="open-prescription"]').click();
  await expect(page.locator('[data-panel="review-alerts"] [data-alert-code="interaction"]').first()).toBeVisible();
  await page.locator('input[name="reviewReason"][value="interaction"]').check();
  await page.locator('input[name="reviewReason"][value="supply-days"]').check();
  await page.locator('button[data-action="return-prescription"]').click();
  await expect(page.locator('tr[data-rx-id="RX900000000001"]')).toHaveCount(0);

  await submit(page);
  await expect(page.locator('[data-dialog="scenario-result"] [data-result]')).toHaveAttribute('data-result', 'passed');
  await expect(page.locator('[data-dialog="scenario-result"] [data-result]')).toHaveAttribute('data-score', '100');
  await screenshot(page, 'sandbox-scenario-result-passed-en');

  // The extension would have received the attempt's result (not statements), relayed to this window's origin.
  const messages = await relayed(page);
  expect(messages.map((m) => [m.attempt.scenarioId, m.attempt.mode, m.attempt.outcome, m.attempt.score])).toEqual([['pharm-warfarin-nsaid', 'practice', 'passed', 100]]);

  // The learner exports the sandbox log, as the extension's export does.
  await page.locator('button[data-action="back-to-scenarios"]').click();
  await expect(page.locator('[data-panel="scenario-results"] tbody tr')).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-action="export-results"]').click()]);
  expect(download.suggestedFilename()).toMatch(/^preceptor-progress-\d{8}-\d{4}\.json$/);
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(exported.format).toBe('preceptor.progress-export/1');
  const statements: any[] = exported.statements;
  expect(statements.map((s) => s.verb.id)).toEqual([VERB.attempted, VERB.completed, VERB.passed]);
  for (const s of statements) {
    expect(validateStatement(s), JSON.stringify(s)).toEqual([]);
    expect(s).not.toHaveProperty('version');
    expect(s.actor.account.name).toBe(exported.learnerId);
  }
  expect(new Set(statements.map((s) => s.context.registration)).size).toBe(1);
  expect(statements[2].result).toMatchObject({ success: true, score: { raw: 100, scaled: 1 } });
});

test('assessment: a nurse returns the KCl push order; no hints, one attempt (zh-CN)', async ({ page }) => {
  await openScenarios(page, 'zh-CN');
  await start(page, 'nurse-kcl-push-order', 'assessment');
  await expect(page).toHaveURL(/\/nurse$/);
  await expect(page.locator('button[data-action="show-hint"]')).toHaveCount(0);

  await page.locator('tr[data-order-id="O9000051"] button[data-action="return-order"]').click();
  await page.locator('select[name="returnReason"]').selectOption('route-unsafe');
  await page.locator('button[data-action="confirm-return-order"]').click();
  await expect(page.locator('tr[data-order-id="O9000051"]')).toHaveCount(0);
  for (const id of ['O9000052', 'O9000053', 'O9000054']) await page.locator(`input[name="verifyOrder"][value="${id}"]`).check();
  await screenshot(page, 'sandbox-scenario-assessment-zh-CN');
  await page.locator('button[data-action="verify-orders"]').click();
  await expect(page.locator('tr[data-order-id="O9000052"]')).toHaveCount(0);

  await submit(page);
  await expect(page.locator('[data-dialog="scenario-result"] [data-result]')).toHaveAttribute('data-result', 'passed');
  await page.locator('button[data-action="back-to-scenarios"]').click();
  await expect(page.locator('li[data-scenario="nurse-kcl-push-order"] button[data-action="start-assessment"]')).toBeDisabled();
  await expect(page.locator('li[data-scenario="nurse-kcl-push-order"] button[data-action="start-practice"]')).toBeEnabled();

  await test.step('an assessment submitted with no work avoided no trap; results read as people speak', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const card = page.locator('li[data-scenario="rx-penicillin-allergy"]');
    // Practise leads; the assessment says it has one attempt
    await expect(card.locator('button[data-action="start-practice"]')).toHaveClass(/btn--primary/);
    await expect(card.locator('button[data-action="start-assessment"]')).not.toHaveClass(/btn--primary/);
    await expect(card.locator('button[data-action="start-assessment"]')).toHaveAccessibleDescription('先练习；考核只有一次机会。');
    await screenshot(page, 'sandbox-scenarios-buttons-zh-CN');
    await start(page, 'rx-penicillin-allergy', 'assessment');
    await submit(page);
    const trap = page.locator('[data-dialog="scenario-result"] [data-trap="penicillin-prescribed"]');
    await expect(trap).toHaveAttribute('data-sprung', 'false');
    await expect(trap).toHaveAttribute('data-avoided', 'false');
    await expect(trap).toContainText('未涉及');
    await expect(trap).not.toContainText('已避免');
    await screenshot(page, 'sandbox-scenario-result-untouched-zh-CN');
    await page.locator('button[data-action="back-to-scenarios"]').click();
    // 我的演练记录: the time taken as the dialog said it (00:12), never the ISO form (PT12.71S)
    const times = await page.locator('[data-panel="scenario-results"] tbody tr td:last-child').allTextContents();
    expect(times).toHaveLength(2);
    for (const time of times) expect(time).toMatch(/^\d{2}:\d{2}$/);
    await screenshot(page, 'sandbox-scenario-records-zh-CN');
  });
});

test('safety trap: a doctor follows the template to amoxicillin for a penicillin-allergic patient (zh-CN)', async ({ page }) => {
  await openScenarios(page, 'zh-CN');
  await start(page, 'rx-penicillin-allergy', 'practice');
  await expect(page).toHaveURL(/\/physician\?patient=P000023$/);
  await expect(page.locator('[data-panel="current-patient"] [data-allergy="yes"]')).toContainText('青霉素');

  await page.locator('select[name="noteTemplate"]').selectOption('opd-pharyngitis');
  await page.locator('button[data-action="apply-template"]').click();
  await page.locator('button[data-action="use-template-prescription"]').click();
  await expect(page.locator('[data-panel="prescription"] tr[data-drug="amoxicillin"]')).toBeVisible();
  await expect(page.locator('[data-panel="rx-alerts"] [data-alert-code="allergy"]')).toBeVisible();
  await screenshot(page, 'sandbox-scenario-allergy-alert-zh-CN');
  // Signing is refused until the allergy block is answered…
  await page.locator('button[data-action="sign-prescription"]').click();
  await expect(page.locator('[role="alert"]').filter({ hasText: '合理用药' })).toBeVisible();
  // …and the trainee overrides it anyway.
  await page.locator('input[name="overrideReason"]').fill('模板推荐');
  await page.locator('button[data-action="sign-prescription"]').click();
  await expect(page.locator('[data-panel="prescription"] tr[data-rx-id]')).toHaveCount(1);

  await submit(page);
  const result = page.locator('[data-dialog="scenario-result"]');
  await expect(result.locator('[data-result]')).toHaveAttribute('data-result', 'failed');
  await expect(result.locator('[data-trap="penicillin-prescribed"]')).toHaveAttribute('data-sprung', 'true');
  await expect(result.locator('[data-trap="penicillin-prescribed"]')).toContainText('过敏性休克');
  await screenshot(page, 'sandbox-scenario-trap-zh-CN');

  const [graded] = (await relayed(page)).map((m) => m.attempt);
  expect(graded?.outcome).toBe('failed');
  expect(graded?.trapsHit).toEqual(['penicillin-prescribed']);
});
