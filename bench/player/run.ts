/**
 * `pnpm bench player`: what the extension costs an EMR page.
 *   1. gzip size of the content script injected on every page (goal <= 30 KB)
 *   2. resolveTarget time, p50/p95, on generated EMR pages of 2,000 / 20,000 / 100,000 elements
 *      (goal p95 <= 5 ms at 20,000), timed in Chromium the way the player calls it
 *   3. page-load overhead: median ratio of paired `load` times of a heavy page with and without the
 *      extension, in two Chromium instances started side by side, loads alternating (goal <= 1.03)
 * Last line: one JSON object with the figures.
 *
 *   pnpm bench player [--no-build] [--pairs=N] [--skip-load] [--extension-dir=DIR] [--detail]
 *   (--extension-dir measures another unpacked extension's load overhead, e.g. an empty one for reference)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants as zlib } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, extensionArgs, findChromium } from '../../tests/fixtures/browser.ts';
import { bundleForPage } from '../lib/bundle.ts';
import { serveDirectory } from '../lib/staticServer.ts';
import { median, percentile, round } from '../lib/stats.ts';
import { emrPageDocument } from './emrPage.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const EXTENSION_DIR = path.join(repoRoot, 'extension', '.output', 'chrome-mv3');
const CONTENT_SCRIPT = path.join(EXTENSION_DIR, 'content-scripts', 'player.js');
const SIZES = [2_000, 20_000, 100_000] as const;
const REPEAT: Record<number, number> = { 2000: 20, 20000: 10, 100000: 3 };
const HEAVY_PAGE = 50_000;

interface Timing {
  elements: number;
  targets: number;
  found: number;
  presentMs: number[];
  missingMs: number[];
  slowest: { what: string; ms: number; status: string }[];
}

function buildExtension(): void {
  console.log('[bench player] building the extension (pnpm --filter @preceptor/extension build)');
  const result = spawnSync('pnpm', ['--filter', '@preceptor/extension', 'build'], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error('the extension build failed');
  }
}

function contentScriptGzipKB(): number {
  if (!existsSync(CONTENT_SCRIPT)) throw new Error(`no content script at ${CONTENT_SCRIPT}: build the extension first`);
  const raw = readFileSync(CONTENT_SCRIPT);
  const gz = gzipSync(raw, { level: zlib.Z_BEST_COMPRESSION });
  console.log(`[bench player] content script: ${(raw.length / 1024).toFixed(1)} KB raw, ${(gz.length / 1024).toFixed(1)} KB gzip`);
  return round(gz.length / 1024, 1);
}

async function resolveTimes(origin: string): Promise<Record<string, { elements: number; p50: number; p95: number; missingP95: number; found: number; targets: number }>> {
  const script = await bundleForPage(path.join(here, 'pagePerf.ts'));
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS] });
  const out: Record<string, { elements: number; p50: number; p95: number; missingP95: number; found: number; targets: number }> = {};
  try {
    for (const size of SIZES) {
      const page = await browser.newPage();
      await page.goto(`${origin}/emr-${size}.html`, { waitUntil: 'load', timeout: 120_000 });
      await page.addScriptTag({ content: script });
      const isolated = await page.evaluate(() => crossOriginIsolated);
      const t = await page.evaluate((repeat) => (globalThis as any).__preceptorPerf.run(repeat) as Timing, REPEAT[size]!);
      out[String(size)] = {
        elements: t.elements,
        p50: round(percentile(t.presentMs, 50)),
        p95: round(percentile(t.presentMs, 95)),
        missingP95: round(percentile(t.missingMs, 95)),
        found: t.found,
        targets: t.targets,
      };
      console.log(
        `[bench player] ${String(t.elements).padStart(6)} elements: resolve p50 ${out[String(size)]!.p50} ms, p95 ${out[String(size)]!.p95} ms ` +
          `(${t.targets} targets x ${REPEAT[size]}, ${t.found} found, rest are grid-row twins: ambiguous); missing targets p95 ${out[String(size)]!.missingP95} ms` +
          `${isolated ? '' : ' [timer 0.1 ms: page not cross-origin isolated]'}`,
      );
      if (process.argv.includes('--detail')) for (const s of t.slowest) console.log(`    slowest: ${s.ms.toFixed(2)} ms ${s.what} (${s.status})`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

async function loadTime(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  });
}

async function loadOverhead(origin: string, pairs: number, extensionDir: string): Promise<{ ratio: number; withMs: number; withoutMs: number }> {
  const dirs = [mkdtempSync(path.join(os.tmpdir(), 'preceptor-bench-ext-')), mkdtempSync(path.join(os.tmpdir(), 'preceptor-bench-plain-'))];
  const contexts: BrowserContext[] = [];
  try {
    const withExtension = await chromium.launchPersistentContext(dirs[0]!, {
      executablePath: findChromium(),
      headless: true,
      args: [...CHROMIUM_ARGS, ...extensionArgs(extensionDir)],
    });
    contexts.push(withExtension);
    if (extensionDir === EXTENSION_DIR && withExtension.serviceWorkers().length === 0) await withExtension.waitForEvent('serviceworker', { timeout: 30_000 });
    const without = await chromium.launchPersistentContext(dirs[1]!, { executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS] });
    contexts.push(without);
    const pageWith = withExtension.pages()[0] ?? (await withExtension.newPage());
    const pageWithout = without.pages()[0] ?? (await without.newPage());
    const url = (i: number) => `${origin}/emr-${HEAVY_PAGE}.html?load=${i}`;
    // warm both up (first loads pay for cold caches and, with the extension, the service worker)
    for (let i = 0; i < 2; i++) {
      await loadTime(pageWith, url(-1 - i));
      await loadTime(pageWithout, url(-1 - i));
    }
    const ratios: number[] = [];
    const withMs: number[] = [];
    const withoutMs: number[] = [];
    for (let i = 0; i < pairs; i++) {
      // alternate which goes first, so drift on a busy machine does not favour one side
      let a: number;
      let b: number;
      if (i % 2 === 0) {
        a = await loadTime(pageWith, url(i));
        b = await loadTime(pageWithout, url(i));
      } else {
        b = await loadTime(pageWithout, url(i));
        a = await loadTime(pageWith, url(i));
      }
      withMs.push(a);
      withoutMs.push(b);
      ratios.push(a / b);
    }
    const result = { ratio: round(median(ratios)), withMs: round(median(withMs), 1), withoutMs: round(median(withoutMs), 1) };
    console.log(`[bench player] load of a ${HEAVY_PAGE}-element page: median ${result.withMs} ms with the extension, ${result.withoutMs} ms without; median paired ratio ${result.ratio} (${pairs} pairs)`);
    return result;
  } finally {
    for (const context of contexts) await context.close().catch(() => undefined);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

export default async function main(args: string[]): Promise<void> {
  const pairsArg = args.find((a) => a.startsWith('--pairs='));
  const pairs = pairsArg ? Number(pairsArg.slice('--pairs='.length)) : 15;
  if (!args.includes('--no-build')) buildExtension();
  const gzipKB = contentScriptGzipKB();

  const pages: Record<string, () => string> = {};
  const cache = new Map<number, string>();
  for (const size of [...SIZES, HEAVY_PAGE]) {
    pages[`/emr-${size}.html`] = () => {
      if (!cache.has(size)) cache.set(size, emrPageDocument(size));
      return cache.get(size)!;
    };
  }
  const server = await serveDirectory(here, pages);
  try {
    const resolveMs = await resolveTimes(server.origin);
    const dirArg = args.find((a) => a.startsWith('--extension-dir='));
    const extensionDir = dirArg ? path.resolve(dirArg.slice('--extension-dir='.length)) : EXTENSION_DIR;
    const overhead = args.includes('--skip-load') ? { ratio: NaN, withMs: NaN, withoutMs: NaN } : await loadOverhead(server.origin, pairs, extensionDir);
    const summary = {
      bench: 'player',
      contentScriptGzipKB: gzipKB,
      resolveMs: Object.fromEntries(Object.entries(resolveMs).map(([k, v]) => [k, { p50: v.p50, p95: v.p95 }])),
      loadOverheadRatio: overhead.ratio,
      missingTargetResolveP95Ms: Object.fromEntries(Object.entries(resolveMs).map(([k, v]) => [k, v.missingP95])),
      loadMs: { withExtension: overhead.withMs, without: overhead.withoutMs, pairs, pageElements: HEAVY_PAGE },
    };
    console.log('');
    console.log(JSON.stringify(summary));
  } finally {
    await server.close();
  }
}
