// Scenarios played end to end in the sandbox: one in practice mode, one assessment, one that
// trips a safety trap. Results are graded, recorded as xAPI, relayed and exported as the signed
// bundle the trainer dashboard imports (a trainee without the extension: a plain page).

import { readFile } from 'node:fs/promises';
import * as xapiValidation from '@learninglocker/xapi-validation';
import { expect, test, type Page } from '@playwright/test';
import { SandboxRelayMessage } from '../../shared/src/scenario/relayMessage.ts';
import { screenshot } from '../pages/screenshots.ts';
import { SANDBOX_URL } from '../fixtures/extension.ts';
import { serveTrainerApp } from '../fixtures/trainerApp.ts';
import { verifyExportBundle } from '../../shared/src/record/exportBundle.ts';

// the package is CommonJS: its default export may arrive nested under ESM interop
const validateStatement: (statement: unknown) => unknown[] = (xapiValidation as any).default?.default ?? (xapiValidation as any).default;

const BASE = SANDBOX_URL;
const VERB = {
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
};
const ROLE_EXTENSION = 'https://preceptor.dev/xapi/extensions/role';

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

/**
 * The relayed messages once at least `count` arrived: window.postMessage is delivered as a later
 * task, so the result dialog can be on screen before the page's listener has heard of it.
 */
async function relayed(page: Page, count = 1): Promise<SandboxRelayMessage[]> {
  const read = () => page.evaluate(() => (window as unknown as { __relayed: unknown[] }).__relayed.length);
  await expect.poll(read).toBeGreaterThanOrEqual(count);
  const raw = await page.evaluate(() => (window as unknown as { __relayed: unknown[] }).__relayed);
  return raw.map((m) => SandboxRelayMessage.parse(m));
}

test('practice: a nurse (no extension) returns the warfarin + NSAID prescription, with the hint at hand, and hands in a signed bundle (en)', async ({ page }) => {
  await openScenarios(page, 'en');
  // who she is: a nurse practising a pharmacist scenario, who agrees to hand in her identity
  const who = page.locator('[data-panel="who-i-am"]');
  await who.getByLabel('I agree that my name, staff number, department and role go to my trainer with my results.').check();
  await who.getByRole('button', { name: 'Save' }).click();
  await expect(who.locator('[data-error="displayName"]')).toHaveText('Enter your name to hand it in.');
  await expect(who.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(who.getByLabel('Name', { exact: true })).toBeFocused();
  await who.getByLabel('Name', { exact: true }).fill('Li Jing');
  await who.getByLabel('Staff number', { exact: true }).fill('N20931');
  await who.getByLabel('Department', { exact: true }).selectOption('心血管内科');
  await who.getByLabel('My role', { exact: true }).selectOption('nurse');
  await who.getByRole('button', { name: 'Save' }).click();
  await expect(who.getByRole('status')).toHaveText('Saved.');
  await page.setViewportSize({ width: 1366, height: 768 });
  await screenshot(page, 'sandbox-who-i-am-en');
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

  // She exports the sandbox log as the same signed bundle the extension makes.
  await page.locator('button[data-action="back-to-scenarios"]').click();
  await expect(page.locator('[data-panel="scenario-results"] tbody tr')).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-action="export-results"]').click()]);
  expect(download.suggestedFilename()).toMatch(/^preceptor_localhost_[0-9a-f-]{36}_\d{8}T\d{6}Z_[0-9a-f]{8}\.zip$/);
  const bundlePath = (await download.path())!;
  const verified = await verifyExportBundle(new Uint8Array(await readFile(bundlePath)));
  if (!verified.ok) throw new Error(`the sandbox bundle does not verify: ${JSON.stringify(verified.problem)}`);
  expect(verified.manifest.exporter.name).toBe('Preceptor training sandbox');
  expect(verified.manifest.staff).toMatchObject({ displayName: 'Li Jing', staffNumber: 'N20931', department: '心血管内科', role: 'nurse' });
  expect(verified.manifest).toMatchObject({ sequence: 1, previousExportSha256: null });
  const statements: any[] = verified.statements.map((v) => v.statement);
  expect(statements.map((s) => s.verb.id)).toEqual([VERB.attempted, VERB.completed, VERB.passed]);
  for (const s of statements) {
    expect(validateStatement(s), JSON.stringify(s)).toEqual([]);
    expect(s).not.toHaveProperty('version');
    expect(s.actor.account.name).toBe(verified.manifest.learner.name);
    // her own role, not the scenario's (pharmacist); her name stays in the manifest only
    expect(s.context.extensions[ROLE_EXTENSION]).toBe('nurse');
    expect(JSON.stringify(s)).not.toContain('N20931');
  }
  expect(new Set(statements.map((s) => s.context.registration)).size).toBe(1);
  expect(statements[2].result).toMatchObject({ success: true, score: { raw: 100, scaled: 1 } });
  await expect(page.locator('[data-key-fingerprint]')).toHaveAttribute('data-key-fingerprint', verified.keyFingerprint);

  await test.step('the trainer dashboard imports the sandbox-only trainee’s bundle and shows her name and staff number', async () => {
    const dashboard = await serveTrainerApp();
    try {
      const trainer = await page.context().newPage();
      await trainer.setViewportSize({ width: 1366, height: 768 });
      await trainer.addInitScript(() => localStorage.setItem('preceptor.sandbox.lang', 'en'));
      await trainer.goto(dashboard.url);
      await trainer.locator('input[data-action="import-files"]').setInputFiles(bundlePath);
      await expect(trainer.locator('[data-region="import-summary"][data-imported]')).toHaveAttribute('data-imported', '1');
      await trainer.getByRole('link', { name: 'Readiness', exact: true }).click();
      const row = trainer.locator('[data-table="readiness"] tbody tr');
      await expect(row).toHaveCount(1);
      await expect(row.locator('th')).toContainText('Li Jing');
      await expect(row.locator('th')).toContainText('N20931');
      await expect(row).toContainText('心血管内科');
      await trainer.getByRole('link', { name: 'Learners & keys' }).click();
      const learner = trainer.locator('[data-table="learners"] tbody tr');
      await expect(learner).toContainText(verified.keyFingerprint);
      await expect(learner.locator('[data-exporter="sandbox"]')).toHaveText('From the training sandbox');
      await screenshot(trainer, 'trainer-learner-from-sandbox-en');
      await trainer.close();
    } finally {
      await dashboard.close();
    }
  });
});

test('assessment: a nurse returns the KCl push order; no hints, one attempt (zh-CN)', async ({ page }) => {
  await openScenarios(page, 'zh-CN');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.locator('[data-panel="who-i-am"]').getByRole('button', { name: '保存' }).click();
  await expect(page.locator('[data-panel="who-i-am"] [data-error="role"]')).toHaveText('请选择你的岗位。');
  await screenshot(page, 'sandbox-who-i-am-zh');
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

  // The drill through the real screens twice: one back-entry of the paper slip passes; the same
  // slip back-entered twice fails (the duplicate a real reconciliation must catch).
  await test.step('downtime drill (应急预案): registration on paper, back-entered once passes, twice fails', async () => {
    const panel = page.locator('[data-panel="downtime"]');
    const slip = panel.locator('tr[data-paper-no="M-001"]');
    for (const [backEntries, outcome] of [[1, 'passed'], [2, 'failed']] as const) {
      if (await page.locator('button[data-action="back-to-scenarios"]').isVisible()) await page.locator('button[data-action="back-to-scenarios"]').click();
      else await page.goto(`${SANDBOX_URL}/scenarios`);
      await start(page, 'reg-downtime-registration', 'practice');
      // the module is down: an alert, and its screen cannot be used
      await expect(panel.getByRole('alert')).toContainText('系统停机');
      await expect(page.locator('#his-main')).toHaveAttribute('inert', '');
      await panel.locator('input[name="cardNo"]').fill('P000921');
      await panel.locator('select[name="subject"]').selectOption('cardiology');
      await panel.locator('[data-action="downtime-record"]').click();
      await expect(slip).toHaveAttribute('data-entries', '0');
      await panel.locator('[data-action="downtime-restore"]').click();
      await expect(page.locator('#his-main')).not.toHaveAttribute('inert', '');
      for (let entries = 1; entries <= backEntries; entries++) {
        await slip.locator('[data-action="back-enter"]').click();
        await expect(panel.locator('[data-back-entry="M-001"]')).toBeVisible();
        await page.locator('input[name="patientQuery"]').fill('P000921');
        await page.getByRole('button', { name: /赵建国 P000921/ }).click();
        await page.locator('input[name="slot"][value="am"]').check();
        await page.locator('select[name="department"]').selectOption('cardiology');
        await page.locator('select[name="registrationType"]').selectOption('chief');
        await page.locator('select[name="paymentMethod"]').selectOption('insurance');
        await page.locator('button[data-action="register"]').click();
        await expect(slip).toHaveAttribute('data-entries', String(entries));
      }
      if (backEntries === 2) await expect(slip).toContainText('已补录 2 次');
      await submit(page);
      const result = page.locator('[data-dialog="scenario-result"]');
      await expect(result.locator('[data-result]')).toHaveAttribute('data-result', outcome);
      await expect(result.locator('[data-trap="duplicate-back-entry"]')).toHaveAttribute('data-sprung', String(outcome === 'failed'));
      // graded: the drill's outage ended with it, so its panel is gone and the system is up
      await expect(panel).toHaveCount(0);
      await expect(page.locator('#his-main')).not.toHaveAttribute('inert', '');
    }
  });
});
