import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openExtensionPage } from '../fixtures/extension.ts';
import { expectNoSeriousA11yViolations } from '../fixtures/axe.ts';
import { PopupPage, TourPlayer, openSandbox } from '../pages/extensionPages.ts';
import { screenshot } from '../pages/screenshots.ts';
import { serveTrainerApp } from '../fixtures/trainerApp.ts';
import { tamper, unzipParts } from '../../shared/test/record/bundleHelpers.ts';
import { sha256Hex } from '../../shared/src/record/bundleSigning.ts';

// A learner exports from the extension; the trainer imports that file together with a tampered
// and a corrupt copy: the good file lands in the readiness matrix, the two bad ones are named
// with their reasons, and the learner's key can be registered from the fingerprint.

async function followRegistrationTour(emr: Page, popup: PopupPage): Promise<void> {
  await popup.tour('registration-basics').getByRole('button', { name: '开始' }).click();
  await emr.bringToFront();
  const player = new TourPlayer(emr);
  await expect.poll(() => player.title.text()).toBe('欢迎使用门诊挂号');
  await player.button('下一步').click();
  await expect.poll(() => player.title.text()).toBe('先查找，再建档');
  await player.button('下一步').click();
  await expect(player.highlighted).toHaveAttribute('data-panel', 'today-queue');
  await player.button('下一步').click();
  await expect(player.highlighted).toHaveAttribute('data-action', 'new-patient');
  await emr.locator('button[data-action="new-patient"]').click();
  await expect.poll(() => player.title.text()).toBe('核对证件号码');
  await player.button('完成').click();
  await expect.poll(() => player.title.text()).toContain('导览已完成');
  await player.button('关闭').first().click();
}

let dashboard: Awaited<ReturnType<typeof serveTrainerApp>>;
test.beforeAll(async () => {
  dashboard = await serveTrainerApp();
});
test.afterAll(async () => {
  await dashboard?.close();
});

test('trainer imports a learner’s export plus a tampered and a corrupt copy', async ({ context, extensionId, sandboxUrl }) => {
  test.setTimeout(3 * test.info().timeout); // 90 s at time scale 1, scaled like every other timeout
  // the learner
  const emr = await openSandbox(context, sandboxUrl, 'zh-CN');
  const popup = await PopupPage.open(context, extensionId);
  await popup.saveProfile({ role: 'registrar', department: '门诊部', language: 'zh-CN' });
  await test.step('the learner says who she is and agrees to hand it in', async () => {
    const form = popup.page.locator('form:has([name="identityConsent"])');
    await form.getByLabel('我同意把姓名、工号、科室和岗位随进度文件交给培训老师').check();
    await form.getByRole('button', { name: '保存' }).click();
    // consent without a name: not saved, the error next to the field
    await expect(form.locator('[data-error="displayName"]')).toHaveText('同意交给培训老师时，请填写姓名。');
    await expect(form.getByLabel('姓名', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByRole('status')).toHaveText('未保存：请先改正标出的项目。');
    await form.getByLabel('姓名', { exact: true }).fill('王晓红');
    await form.getByLabel('工号', { exact: true }).fill('H02468');
    await form.getByRole('button', { name: '保存' }).click();
    await expect(form.getByRole('status')).toHaveText('已保存');
    await expect(form.locator('[data-consented]')).toContainText('已于');
  });
  await followRegistrationTour(emr, popup);
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const fingerprint = options.locator('[data-region="key-fingerprint"]');
  await expect(fingerprint).toHaveText(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/);
  const learnerFingerprint = (await fingerprint.textContent())!;
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: '导出进度（签名压缩包）' }).click()]);
  await expect(options.locator('[data-region="last-export"]')).toContainText('第 1 次');
  await screenshot(options, 'options-signed-export-zh-CN');

  // the files the trainer receives
  const dir = await mkdtemp(path.join(os.tmpdir(), 'preceptor-trainer-e2e-'));
  const good = path.join(dir, download.suggestedFilename());
  await download.saveAs(good);
  const bytes = new Uint8Array(await readFile(good));
  const tampered = path.join(dir, 'tampered.zip');
  await writeFile(tampered, await tamper(bytes, { statements: (t) => t.replace('"completion":true', '"completion":false') }));
  const corrupt = path.join(dir, 'corrupt.zip');
  await writeFile(corrupt, bytes.slice(0, Math.floor(bytes.length / 3)));

  // the trainer, on the dashboard as the hospital serves it: static files on an intranet server
  const dashboardUrl = dashboard.url;
  const trainer = await context.newPage();
  await trainer.addInitScript(() => localStorage.setItem('preceptor.sandbox.lang', 'zh-CN'));
  await trainer.goto(`${dashboardUrl}/matrix`); // a deep link: the server's fallback answers index.html
  await expect(trainer.getByRole('link', { name: '就绪矩阵' })).toHaveAttribute('aria-current', 'page');
  await expect(trainer.locator('.his-app')).toHaveCount(0); // the dashboard alone, no simulated HIS around it
  await trainer.getByRole('link', { name: '导入' }).click();
  await expect(trainer.getByRole('heading', { level: 1, name: '培训管理 · 学员进度' })).toBeVisible();
  await trainer.locator('input[data-action="import-files"]').setInputFiles([tampered, good, corrupt]);
  const summary = trainer.locator('[data-region="import-summary"][data-imported]');
  await expect(summary).toHaveAttribute('data-imported', '1');
  await expect(summary).toHaveAttribute('data-rejected', '2');
  const errors = trainer.locator('[data-region="import-errors"]');
  await expect(errors).toBeVisible();
  await expect(errors.locator('li[data-file="tampered.zip"]')).toContainText('statements.ndjson 与清单中的哈希不符');
  await expect(errors.locator('li[data-file="corrupt.zip"]')).toContainText('不是有效的 zip 压缩包');
  const goodRow = trainer.locator(`tr[data-file="${download.suggestedFilename()}"]`);
  await expect(goodRow).toHaveAttribute('data-result', 'imported');
  await expect(goodRow).toContainText(learnerFingerprint);
  await expect(goodRow).toContainText('未登记的密钥');
  await expect(trainer.getByRole('progressbar', { name: '导入进度' })).toHaveAttribute('aria-valuenow', '3');
  await screenshot(trainer, 'trainer-import-errors-zh-CN');
  await expectNoSeriousA11yViolations(trainer, '.trainer');

  // the readiness matrix: the registrar completed the registration tour
  await trainer.getByRole('link', { name: '就绪矩阵' }).click();
  const row = trainer.locator('[data-table="readiness"] tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('挂号员');
  await expect(row).toContainText('门诊部');
  await test.step('the trainer sees her name, staff number and department, and finds her by each', async () => {
    await expect(row.locator('th')).toContainText('王晓红');
    await expect(row.locator('th')).toContainText('H02468');
    const search = trainer.getByLabel('查找学员');
    for (const wanted of ['晓红', 'h02468', '门诊']) {
      await search.fill(wanted);
      await expect(row).toHaveCount(1);
    }
    await search.fill('H99999');
    await expect(row).toHaveCount(0);
    await search.fill('');
    await expect(row).toHaveCount(1);
  });
  const tourCell = row.locator('td.tr-cell').nth(await trainer.locator('[data-table="readiness"] thead th.tr-matrix__item').evaluateAll((ths) => ths.findIndex((th) => th.getAttribute('data-item') === 'registration-basics')));
  await expect(tourCell).toHaveAttribute('data-status', 'completed');
  await expect(trainer.locator('[data-table="readiness"] thead')).toContainText('门诊挂号入门');
  await screenshot(trainer, 'trainer-matrix-learner-export-zh-CN');

  // register the learner's key from the fingerprint the learner read out
  await trainer.getByRole('link', { name: '学员与密钥' }).click();
  const learnerRow = trainer.locator('[data-table="learners"] tbody tr');
  await expect(learnerRow).toHaveAttribute('data-key-status', 'unknown');
  await trainer.getByLabel('密钥指纹').fill(learnerFingerprint.toLowerCase().replace(/-/g, ' '));
  await trainer.getByLabel('备注（如工号）').fill('H0001');
  await trainer.getByRole('button', { name: '登记', exact: true }).click();
  await expect(trainer.locator('form[data-form="register-key"]')).toContainText(`已登记密钥 ${learnerFingerprint}`);
  await expect(learnerRow).toHaveAttribute('data-key-status', 'trusted');
  await expect(learnerRow).toContainText('H0001');

  // importing the same file again changes nothing
  await trainer.getByRole('link', { name: '导入' }).click();
  await trainer.locator('input[data-action="import-files"]').setInputFiles([good]);
  await expect(trainer.locator('[data-region="import-summary"][data-imported="0"]')).toBeVisible();
  await expect(trainer.locator('[data-region="import-errors"]')).toContainText('该文件已导入过');

  // the learner's next export chains to the first; importing it adds nothing new
  await options.bringToFront();
  const [second] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: '导出进度（签名压缩包）' }).click()]);
  await expect(options.locator('[data-region="last-export"]')).toContainText('第 2 次');
  const secondFile = path.join(dir, second.suggestedFilename());
  await second.saveAs(secondFile);
  const firstManifest = unzipParts(bytes)['manifest.json']!;
  const secondManifest = JSON.parse(unzipParts(new Uint8Array(await readFile(secondFile)))['manifest.json']!);
  expect(secondManifest).toMatchObject({ sequence: 2, previousExportSha256: await sha256Hex(new TextEncoder().encode(firstManifest)) });
  await trainer.bringToFront();
  await trainer.locator('input[data-action="import-files"]').setInputFiles([secondFile]);
  const again = trainer.locator('[data-region="import-summary"][data-imported="1"]');
  await expect(again).toHaveAttribute('data-added', '0');
  await expect(trainer.locator(`tr[data-file="${second.suggestedFilename()}"]`)).toContainText('已登记');
  await trainer.getByRole('link', { name: '学员与密钥' }).click();
  await expect(learnerRow).toContainText('第 2 次导出');

  // back up the dashboard, then restore that backup: the current data is saved first, and the
  // restored dashboard shows the same learners, keys and figures
  const totals = await trainer.locator('[data-region="totals"]').textContent();
  await trainer.getByRole('link', { name: '备份与恢复' }).click();
  const [backup] = await Promise.all([trainer.waitForEvent('download'), trainer.getByRole('button', { name: '下载备份' }).click()]);
  expect(backup.suggestedFilename()).toMatch(/^preceptor-dashboard-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backupFile = path.join(dir, backup.suggestedFilename());
  await backup.saveAs(backupFile);
  await trainer.getByLabel('备份文件（.json）').setInputFiles(good); // a progress zip is not a backup: refused, nothing changed
  await expect(trainer.getByRole('alert')).toContainText('当前数据未改动');
  await trainer.getByLabel('备份文件（.json）').setInputFiles(backupFile);
  await expect(trainer.getByRole('group', { name: /^preceptor-dashboard-backup-/ })).toContainText('含 2 个进度文件');
  await screenshot(trainer, 'trainer-restore-confirm-zh-CN');
  const [safetyCopy] = await Promise.all([trainer.waitForEvent('download'), trainer.getByRole('button', { name: '恢复', exact: true }).click()]);
  expect(safetyCopy.suggestedFilename()).toMatch(/^preceptor-dashboard-backup-/);
  await expect(trainer.getByRole('status').filter({ hasText: '已从' })).toContainText('2 个进度文件');
  await expect(trainer.locator('[data-region="totals"]')).toHaveText(totals!);
  await trainer.getByRole('link', { name: '学员与密钥' }).click();
  await expect(learnerRow).toHaveAttribute('data-key-status', 'trusted');
  await expect(learnerRow).toContainText('H0001');
});
