import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { SANDBOX_URL } from '../fixtures/extension.ts';
import { screenshot } from '../pages/screenshots.ts';
import { HeapSampler } from '../../bench/merge/run.ts';
import { bombBatch, type BombFile } from '../../shared/test/record/bundleBombs.ts';

// A trainer imports one batch where good bundles sit beside bundle bombs (500 MB of blank lines,
// a 1 GB entry, a lying header, a zip in a zip, 10,000 entries, a path out of the folder) and a
// bundle squatting a victim's statement ids: the tab survives, the good files are imported,
// every bad file is named with its reason, the victim's records do not change, and the JS heap
// (page + workers) stays far below 1 GB.

const MB = 1024 * 1024;
let dir = '';
let victim: BombFile & { learnerId: string };
let batch: BombFile[] = [];

test.beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'preceptor-import-bombs-'));
  const made = await bombBatch();
  victim = made.victim;
  batch = made.batch;
  for (const file of [victim, ...batch]) await writeFile(path.join(dir, file.name), file.bytes);
});

test('a batch of bundle bombs beside good files: the tab survives, good files land, bad ones are named, the victim is untouched', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('lang-set')) {
      localStorage.setItem('preceptor.sandbox.lang', 'zh-CN');
      sessionStorage.setItem('lang-set', '1');
    }
  });
  let crashed = false;
  page.on('crash', () => (crashed = true));
  await page.goto(`${SANDBOX_URL}/trainer`);
  await page.locator('[data-region="totals"]').filter({ hasText: /\d/ }).waitFor();
  const input = page.locator('input[data-action="import-files"]');

  // the victim's own export first
  await input.setInputFiles(path.join(dir, victim.name));
  await expect(page.locator('[data-region="import-summary"][data-imported]')).toHaveAttribute('data-imported', '1');
  await page.getByRole('link', { name: '学员与密钥' }).click();
  const victimRow = page.locator(`[data-table="learners"] tbody tr[data-learner="${victim.learnerId}"]`);
  await expect(victimRow).toHaveCount(1);
  await page.getByRole('link', { name: '就绪矩阵' }).click();
  const victimMatrix = page.locator(`[data-table="readiness"] tbody tr[data-learner="${victim.learnerId}"]`);
  const cellsOf = () => victimMatrix.locator('td.tr-cell').evaluateAll((tds) => tds.map((td) => `${td.closest('table')!.querySelectorAll('thead th')[[...td.parentElement!.children].indexOf(td)]?.getAttribute('data-item')}=${td.getAttribute('data-status')}`));
  const before = await cellsOf();
  expect(before.filter((c) => c.endsWith('=completed')).length).toBeGreaterThan(0);

  // the hostile batch, heap sampled (page and workers) throughout
  await page.getByRole('link', { name: '导入' }).click();
  const browserSession = await page.context().browser()!.newBrowserCDPSession();
  const sampler = new HeapSampler(browserSession, await page.context().newCDPSession(page));
  const heapBefore = await sampler.sample();
  sampler.start(100);
  const started = Date.now();
  await input.setInputFiles(batch.map((f) => path.join(dir, f.name)));
  const summary = page.locator('[data-region="import-summary"][data-imported]');
  const imported = batch.filter((f) => f.expected === 'imported' || f.expected === 'partial').length;
  await expect(summary).toHaveAttribute('data-imported', String(imported), { timeout: 30_000 });
  const seconds = (Date.now() - started) / 1000;
  await sampler.sample();
  sampler.stop();
  const peakMb = sampler.peakBytes / MB;
  console.log(`[import-bombs e2e] ${batch.length} files in ${seconds.toFixed(1)} s; JS heap (page + ${sampler.workerCount} workers) before ${(heapBefore / MB).toFixed(1)} MB, peak ${peakMb.toFixed(1)} MB`);
  expect(crashed).toBe(false);
  expect(peakMb).toBeLessThan(1024);
  await expect(summary).toHaveAttribute('data-rejected', String(batch.length - imported));

  // every bad file named with its reason; the squatter listed with what was skipped
  const errors = page.locator('[data-region="import-errors"]');
  const reasons: Record<string, RegExp> = {
    'too-large': /文件过大，未解压即拒绝/,
    'size-mismatch': /实际大小与声明不符/,
    'nested-archive': /嵌套了压缩包/,
    'too-many-entries': /文件过多，未解压即拒绝/,
    'unsafe-path': /不安全的路径/,
  };
  for (const file of batch.filter((f) => reasons[f.expected])) await expect(errors.locator(`li[data-file="${file.name}"]`)).toContainText(reasons[file.expected]!);
  await expect(page.locator('[data-region="import-warnings"] li[data-file="id-squatter.zip"]')).toContainText('已属于另一位学员');
  for (const file of batch.filter((f) => f.expected === 'imported')) await expect(page.locator(`tr[data-file="${file.name}"]`)).toHaveAttribute('data-result', 'imported');
  await expect(page.locator('[data-region="chain-notices"]')).toContainText('第 2 次导出（chain-2-bogus-predecessor.zip）声明的上一份导出与已导入的文件不符');
  await screenshot(page, 'trainer-import-bombs-zh-CN');
  await page.locator('[data-region="chain-notices"]').scrollIntoViewIfNeeded();
  await screenshot(page, 'trainer-import-bombs-notices-zh-CN');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(errors.locator('li[data-file="one-gb-entry.zip"]')).toContainText('Too large, refused before unpacking: statements.ndjson 1024.0 MB > 64.0 MB');
  await expect(page.locator('[data-region="import-warnings"] li[data-file="id-squatter.zip"]')).toContainText('already belong to another learner');
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'trainer-import-bombs-en');
  await page.locator('[data-region="chain-notices"]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-region="chain-notices"]')).toContainText('Export no. 2 (chain-2-bogus-predecessor.zip) names a previous export that does not match the imported one');
  await screenshot(page, 'trainer-import-bombs-notices-en');

  // the victim's records are unchanged, nothing quarantined
  await page.getByRole('link', { name: 'Readiness' }).click();
  await expect(victimMatrix).toHaveCount(1);
  // each item the victim had keeps its status (other learners may add columns, never change these)
  const after = new Set(await cellsOf());
  expect(before.filter((cell) => !after.has(cell))).toEqual([]);
  await expect(page.locator('[data-region="totals"]')).toContainText('0 quarantined');
  await page.getByRole('button', { name: '中文' }).click();
});
