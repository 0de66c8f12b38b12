import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../fixtures/axe.ts';
import { SANDBOX_URL } from '../fixtures/extension.ts';
import { screenshot } from '../pages/screenshots.ts';
import { learnerBundle } from '../../shared/test/record/bundleHelpers.ts';
import { syntheticLearner, syntheticLearnerStatements } from '../../shared/test/trainer/syntheticLearners.ts';
import { startLoopbackLrs, type LoopbackLrs } from '../../shared/test/trainer/loopbackLrs.ts';
import { basicAuth } from '../../shared/src/trainer/lrsForwarding.ts';

// Forwarding from the dashboard to a real (loopback, in-memory) LRS started for this file:
// everything arrives once, sending again is harmless, a conflicting statement is reported.

let lrs: LoopbackLrs;

test.beforeAll(async () => {
  lrs = await startLoopbackLrs();
});
test.afterAll(async () => {
  await lrs?.stop();
});

const lrsHeaders = { Authorization: basicAuth('trainer', 'secret'), 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' };

/** The LRS view's settings form, filled as a trainer does (the loopback LRS's credentials). */
async function saveLrsSettings(page: Page, endpoint: string): Promise<void> {
  await page.getByLabel('LRS endpoint').fill(endpoint);
  await page.getByLabel('Username (key)').fill('trainer');
  await page.getByLabel('Password (secret)').fill('secret');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
}

test('forwards every statement to the LRS, idempotently, and reports the conflict', async ({ page }) => {
  test.setTimeout(3 * test.info().timeout); // 90 s at time scale 1, scaled like every other timeout
  const dir = await mkdtemp(path.join(os.tmpdir(), 'preceptor-trainer-lrs-'));
  const bundles = await Promise.all([201, 202, 203].map((seed) => learnerBundle({ seed, count: 60 })));
  const files: string[] = [];
  for (const b of bundles) {
    const file = path.join(dir, b.fileName);
    await writeFile(file, b.bytes);
    files.push(file);
  }
  const total = bundles.reduce((sum, b) => sum + b.statements.length, 0);
  // the LRS already holds one of these ids with other content
  const clash = bundles[1]!.statements[5]!;
  const seeded = await fetch(`${lrs.endpoint}statements`, { method: 'POST', headers: lrsHeaders, body: JSON.stringify([{ ...clash, timestamp: '2025-01-01T00:00:00.000Z' }]) });
  expect(seeded.status).toBe(200);

  await page.addInitScript(() => localStorage.setItem('preceptor.sandbox.lang', 'en'));
  await page.goto(`${SANDBOX_URL}/trainer`);
  await page.locator('input[data-action="import-files"]').setInputFiles(files);
  await expect(page.locator('[data-region="import-summary"][data-imported]')).toHaveAttribute('data-imported', '3');

  await page.getByRole('link', { name: 'LRS (read & forward)' }).click();
  // a wrong address is refused before anything is sent
  await page.getByLabel('LRS endpoint').fill('lrs.example.cn');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Enter an address starting with http:// or https://.')).toBeVisible();
  await saveLrsSettings(page, lrs.endpoint);

  const send = page.locator('[data-action="forward"]');
  await expect(send).toHaveText(`Send all statements (${total})`);
  const result = page.locator('[data-region="lrs-result"]');
  for (const round of [1, 2]) {
    await send.click();
    await expect(result).toHaveText(`Done: the LRS accepted ${total - 1}, 1 conflicts, 0 rejected.`);
    await expect(page.locator('[data-table="lrs-conflicts"]')).toContainText(clash.id);
    await expect(page.getByRole('progressbar', { name: 'Forwarding progress' })).toHaveAttribute('aria-valuenow', String(total));
    if (round === 1) {
      await screenshot(page, 'trainer-lrs-forwarded-en');
      await expectNoSeriousA11yViolations(page, '.trainer');
    }
  }

  // the LRS holds each statement once, and kept its own version of the clashing one
  const check = bundles[2]!.statements[0]!;
  const stored = await (await fetch(`${lrs.endpoint}statements?statementId=${check.id}`, { headers: lrsHeaders })).json();
  expect(stored.verb.id).toBe(check.verb.id);
  const kept = await (await fetch(`${lrs.endpoint}statements?statementId=${clash.id}`, { headers: lrsHeaders })).json();
  expect(kept.timestamp).toBe('2025-01-01T00:00:00.000Z');
  // one page: the loopback LRS's `more` cursor compares its internal ids, which do not follow its
  // own sort order, so paging skipped a statement now and then (1 of 3 runs here)
  let count = 0;
  let next: string | undefined = `${lrs.endpoint}statements?limit=${total + 100}`;
  while (next) {
    const body = (await (await fetch(next, { headers: lrsHeaders })).json()) as { statements: unknown[]; more?: string };
    count += body.statements.length;
    next = body.more ? new URL(body.more, lrs.endpoint).toString() : undefined;
  }
  expect(count).toBe(total);

  await test.step('reads the statements back from the LRS: those of the files count once, a learner only in the LRS is added, unsigned', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const newcomer = syntheticLearner(204);
    const fresh = syntheticLearnerStatements(newcomer, 20, 204);
    const posted = await fetch(`${lrs.endpoint}statements`, { method: 'POST', headers: lrsHeaders, body: JSON.stringify(fresh) });
    expect(posted.status).toBe(200);
    await page.locator('[data-action="lrs-read"]').click();
    const read = page.locator('[data-region="lrs-read-result"]');
    // the clashing statement: the LRS's version differs from the signed file's, so it is quarantined
    await expect(read).toHaveText(`Done: ${total + fresh.length} statements read for 4 learners; ${fresh.length} added, ${total - 1} duplicates, 1 conflicts (quarantined), 0 refused.`);
    await expect(page.getByRole('progressbar', { name: 'Reading progress' })).toHaveAttribute('aria-valuenow', String(total + fresh.length));
    await screenshot(page, 'trainer-lrs-read-en');
    await page.locator('[data-action="lrs-read"]').click();
    await expect(read).toHaveText('Done: nothing new in the LRS.');
    await page.getByRole('link', { name: 'Learners & keys' }).click();
    const row = page.locator(`[data-learner="${newcomer.learnerId}"]`);
    await expect(row.locator('[data-source="lrs"]')).toHaveText('⚠ From the LRS (unsigned)');
    await expect(page.locator('[data-region="totals"]')).toContainText(`4 learners · ${total + fresh.length} statements · 3 files`);
    await screenshot(page, 'trainer-lrs-learners-en');
    await page.getByRole('button', { name: '中文' }).click();
    await expect(row.locator('[data-source="lrs"]')).toHaveText('⚠ 来自 LRS（无签名）');
    await screenshot(page, 'trainer-lrs-learners-zh');
    const more = syntheticLearnerStatements(newcomer, 3, 205, Date.parse('2026-11-20T01:00:00Z'));
    expect((await fetch(`${lrs.endpoint}statements`, { method: 'POST', headers: lrsHeaders, body: JSON.stringify(more) })).status).toBe(200);
    await page.getByRole('link', { name: 'LRS（读取与转发）' }).click();
    await page.locator('[data-action="lrs-read"]').click();
    await expect(read).toHaveText(`完成：读取 ${more.length} 条记录，涉及 1 名学员；新增 ${more.length} 条，重复 0 条，冲突（已隔离）0 条，拒收 0 条。`);
    await screenshot(page, 'trainer-lrs-read-zh');
    await expectNoSeriousA11yViolations(page, '.trainer');
  });
});

test('an unreachable LRS is retried with backoff, and the trainer can stop', async ({ page }) => {
  const bundle = await learnerBundle({ seed: 210, count: 20 });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'preceptor-trainer-lrs-'));
  const file = path.join(dir, bundle.fileName);
  await writeFile(file, bundle.bytes);
  const closedPort = await new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
  await page.addInitScript(() => localStorage.setItem('preceptor.sandbox.lang', 'zh-CN'));
  await page.goto(`${SANDBOX_URL}/trainer`);
  await page.locator('input[data-action="import-files"]').setInputFiles([file]);
  await expect(page.locator('[data-region="import-summary"][data-imported="1"]')).toBeVisible();
  await page.getByRole('link', { name: 'LRS（读取与转发）' }).click();
  await page.getByLabel('LRS 地址').fill(`http://127.0.0.1:${closedPort}/xAPI/`);
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByText('设置已保存。')).toBeVisible();
  await page.locator('[data-action="forward"]').click();
  const progress = page.getByRole('progressbar', { name: '转发进度' });
  await expect(progress).toHaveAttribute('aria-valuetext', /重试 [1-9]/);
  await page.getByRole('button', { name: '停止' }).click();
  await expect(page.locator('[data-region="lrs-result"]')).toHaveText('已按要求停止。已发送的记录不受影响。');
  await screenshot(page, 'trainer-lrs-stopped-zh-CN');
});

test('an id two learners hold is kept for each, and sent to the LRS for neither: counted and listed (en, zh-CN)', async ({ page }) => {
  test.setTimeout(2 * test.info().timeout); // 60 s at time scale 1, scaled like every other timeout
  const victim = await learnerBundle({ seed: 220, count: 20 });
  const attacker = syntheticLearner(221);
  // the attacker's own key and learner, the victim's statement ids, other content; imported first
  const squatted = victim.statements.map((s) => ({ ...structuredClone(s), actor: { ...s.actor, account: { homePage: attacker.homePage, name: attacker.learnerId } } }));
  const squatter = await learnerBundle({ learner: attacker, statements: [...squatted, ...syntheticLearnerStatements(attacker, 5, 221)] });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'preceptor-trainer-lrs-'));
  const files = [path.join(dir, 'squatter.zip'), path.join(dir, 'victim.zip')];
  await writeFile(files[0]!, squatter.bytes);
  await writeFile(files[1]!, victim.bytes);
  const shared = victim.statements.length;
  const total = shared + squatter.statements.length;

  await page.addInitScript(() => localStorage.setItem('preceptor.sandbox.lang', 'en'));
  await page.goto(`${SANDBOX_URL}/trainer`);
  await page.locator('input[data-action="import-files"]').setInputFiles(files);
  await expect(page.locator('[data-region="import-summary"][data-imported]')).toHaveAttribute('data-imported', '2');
  await page.getByRole('link', { name: 'LRS (read & forward)' }).click();
  await saveLrsSettings(page, lrs.endpoint);

  const send = page.locator('[data-action="forward"]');
  await expect(send).toHaveText(`Send all statements (${total})`);
  await send.click();
  const result = page.locator('[data-region="lrs-result"]');
  await expect(result).toHaveText(
    `Done: the LRS accepted ${total - 2 * shared}, 0 conflicts, 0 rejected. ${2 * shared} statements not sent: their ids (${shared}) are held by more than one learner, and an LRS needs unique ids. They stay kept for each learner here.`,
  );
  await expect(page.locator('[data-table="lrs-shared"] tbody tr')).toHaveCount(shared);
  await expect(page.locator('[data-table="lrs-shared"]')).toContainText(victim.statements[0]!.id);
  await expect(page.getByRole('progressbar', { name: 'Forwarding progress' })).toHaveAttribute('aria-valuenow', String(total));
  await screenshot(page, 'trainer-lrs-shared-en');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(result).toContainText(`另有 ${2 * shared} 条记录未发送：它们的编号（${shared} 个）同时属于多位学员`);
  await expect(page.locator('[data-table="lrs-shared"] caption')).toHaveText('未发送的记录（编号同时属于多位学员）');

  // neither learner's copy reached the LRS; the squatter's own statements did
  const missing = await fetch(`${lrs.endpoint}statements?statementId=${victim.statements[0]!.id}`, { headers: lrsHeaders });
  expect(missing.status).toBe(404);
  const own = squatter.statements.at(-1)!;
  expect((await fetch(`${lrs.endpoint}statements?statementId=${own.id}`, { headers: lrsHeaders })).status).toBe(200);
});
