import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { SANDBOX_URL } from '../fixtures/extension.ts';
import { screenshot } from '../pages/screenshots.ts';
import { HeapSampler } from '../../bench/merge/run.ts';
import { bombBatch, type BombFile } from '../../shared/test/trainer/bundleBombs.ts';

// A trainer imports one batch where good bundles sit beside bundle bombs (500 MB of blank lines,
// a 1 GB entry, a lying header, a zip in a zip, 10,000 entries, a path out of the folder) and a
// bundle squatting a victim's statement ids under the attacker's own key, FIRST in the batch,
// before the victim's own bundle: the tab survives, the good files are imported, every bad file
// is named with its reason, the victim's records are exactly those of the victim imported alone
// (ids are scoped per learner key, whatever the order), the squatter's statements count for the
// squatter, and the JS heap (page + workers) stays far below 1 GB.

const MB = 1024 * 1024;
let dir = '';
let victim: BombFile & { learnerId: string; statements: number };
let squatterId = '';
let batch: BombFile[] = [];

test.beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'preceptor-import-bombs-'));
  const made = await bombBatch();
  victim = made.victim;
  squatterId = made.squatterId;
  batch = made.batch;
  for (const file of batch) await writeFile(path.join(dir, file.name), file.bytes);
});

/** The victim's readiness cells, `item=status`, on a trainer page showing the matrix. */
async function victimCells(page: Page): Promise<string[]> {
  const row = page.locator(`[data-table="readiness"] tbody tr[data-learner="${victim.learnerId}"]`);
  await expect(row).toHaveCount(1);
  return row.locator('td.tr-cell').evaluateAll((tds) => tds.map((td) => `${td.closest('table')!.querySelectorAll('thead th')[[...td.parentElement!.children].indexOf(td)]?.getAttribute('data-item')}=${td.getAttribute('data-status')}`));
}

test('a batch of bundle bombs beside good files, the id squatter first: the tab survives, good files land, bad ones are named, the victim is untouched', async ({ page, browser }) => {
  test.setTimeout(3 * test.info().timeout); // 90 s at time scale 1, scaled like every other timeout
  const zhFirst = () => {
    if (!sessionStorage.getItem('lang-set')) {
      localStorage.setItem('preceptor.sandbox.lang', 'zh-CN');
      sessionStorage.setItem('lang-set', '1');
    }
  };

  // the reference: the victim's own export alone, in a trainer store of its own
  const aloneContext = await browser.newContext();
  const alone = await aloneContext.newPage();
  await alone.addInitScript(zhFirst);
  await alone.goto(`${SANDBOX_URL}/trainer`);
  await alone.locator('[data-region="totals"]').filter({ hasText: /\d/ }).waitFor();
  await alone.locator('input[data-action="import-files"]').setInputFiles(path.join(dir, victim.name));
  await expect(alone.locator('[data-region="import-summary"][data-imported]')).toHaveAttribute('data-imported', '1');
  await alone.getByRole('link', { name: '就绪矩阵' }).click();
  const before = await victimCells(alone);
  const completedBefore = before.filter((c) => c.endsWith('=completed')).length;
  expect(completedBefore).toBeGreaterThan(0);
  await aloneContext.close();

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.addInitScript(zhFirst);
  let crashed = false;
  page.on('crash', () => (crashed = true));
  await page.goto(`${SANDBOX_URL}/trainer`);
  await page.locator('[data-region="totals"]').filter({ hasText: /\d/ }).waitFor();
  const input = page.locator('input[data-action="import-files"]');
  expect(batch.slice(0, 2).map((f) => f.name)).toEqual(['id-squatter.zip', victim.name]);

  // the hostile batch, heap sampled (page and workers) throughout
  await page.getByRole('link', { name: '导入' }).click();
  const browserSession = await page.context().browser()!.newBrowserCDPSession();
  const sampler = new HeapSampler(browserSession, await page.context().newCDPSession(page));
  const heapBefore = await sampler.sample();
  sampler.start(100);
  const started = Date.now();
  await input.setInputFiles(batch.map((f) => path.join(dir, f.name)));
  const summary = page.locator('[data-region="import-summary"][data-imported]');
  const imported = batch.filter((f) => f.expected === 'imported').length;
  await expect(summary).toHaveAttribute('data-imported', String(imported), { timeout: 30_000 });
  const seconds = (Date.now() - started) / 1000;
  await sampler.sample();
  sampler.stop();
  const peakMb = sampler.peakBytes / MB;
  console.log(`[import-bombs e2e] ${batch.length} files in ${seconds.toFixed(1)} s; JS heap (page + ${sampler.workerCount} workers) before ${(heapBefore / MB).toFixed(1)} MB, peak ${peakMb.toFixed(1)} MB`);
  expect(crashed).toBe(false);
  expect(peakMb).toBeLessThan(1024);
  await expect(summary).toHaveAttribute('data-rejected', String(batch.length - imported));

  // every bad file named with its reason; the victim, imported after the squatter, told which ids it shares
  const errors = page.locator('[data-region="import-errors"]');
  const reasons: Record<string, RegExp> = {
    'too-large': /文件过大，未解压即拒绝/,
    'size-mismatch': /实际大小与声明不符/,
    'nested-archive': /嵌套了压缩包/,
    'too-many-entries': /文件过多，未解压即拒绝/,
    'unsafe-path': /不安全的路径/,
  };
  for (const file of batch.filter((f) => reasons[f.expected])) await expect(errors.locator(`li[data-file="${file.name}"]`)).toContainText(reasons[file.expected]!);
  await expect(page.locator(`[data-region="import-warnings"] li[data-file="${victim.name}"]`)).toContainText(`${victim.statements} 条记录与另一位学员的记录编号相同（${squatterId.slice(0, 8)}，首条在第 1 行）：已分别保存在各自学员名下`);
  await expect(page.locator('[data-region="import-warnings"] li')).toHaveCount(1);
  for (const file of batch.filter((f) => f.expected === 'imported')) await expect(page.locator(`tr[data-file="${file.name}"]`)).toHaveAttribute('data-result', 'imported');
  await expect(page.locator('[data-region="chain-notices"]')).toContainText('第 2 次导出（chain-2-bogus-predecessor.zip）声明的上一份导出与已导入的文件不符');
  await screenshot(page, 'trainer-import-bombs-zh-CN');
  await page.locator('[data-region="chain-notices"]').scrollIntoViewIfNeeded();
  await screenshot(page, 'trainer-import-bombs-notices-zh-CN');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(errors.locator('li[data-file="one-gb-entry.zip"]')).toContainText('Too large, refused before unpacking: statements.ndjson 1024.0 MB > 64.0 MB');
  await expect(page.locator(`[data-region="import-warnings"] li[data-file="${victim.name}"]`)).toContainText('share ids with another learner’s records');
  await expect(page.locator(`[data-region="import-warnings"] li[data-file="${victim.name}"]`)).toContainText('kept for each learner separately');
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'trainer-import-bombs-en');
  await page.locator('[data-region="chain-notices"]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-region="chain-notices"]')).toContainText('Export no. 2 (chain-2-bogus-predecessor.zip) names a previous export that does not match the imported one');
  await screenshot(page, 'trainer-import-bombs-notices-en');

  // the victim's records are those of the victim alone, nothing quarantined
  await page.getByRole('link', { name: 'Readiness' }).click();
  // each item the victim had keeps its status (other learners may add columns, never change these)
  const afterCells = await victimCells(page);
  const after = new Set(afterCells);
  expect(before.filter((cell) => !after.has(cell))).toEqual([]);
  expect(afterCells.filter((c) => c.endsWith('=completed')).length).toBe(completedBefore);
  // the squatter's statements count for the squatter, under its own learner id
  await expect(page.locator(`[data-table="readiness"] tbody tr[data-learner="${squatterId}"]`)).toHaveCount(1);
  await expect(page.locator('[data-region="totals"]')).toContainText('0 quarantined');
  await page.getByRole('button', { name: '中文' }).click();
});
