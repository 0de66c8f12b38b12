/**
 * `pnpm bench player`: what the extension costs an EMR page.
 *   1. gzip size of the content script injected on every page (goal <= 30 KB), and of the two
 *      bundles it imports only when needed (tour-guide.js, authoring.js)
 *   2. resolveTarget time, p50/p95, on generated EMR pages of 2,000 / 20,000 / 100,000 elements
 *      (goal p95 <= 5 ms at 20,000), timed in Chromium the way the player calls it
 *   3. page-load overhead: median ratio of paired `load` times of a heavy page with and without the
 *      extension (goal <= 1.03), in Chromium instances started side by side, the order rotating;
 *      a third instance with an empty reference extension shows what any extension costs
 * Last line: one JSON object with the figures.
 *
 *   pnpm bench player [--no-build] [--pairs=N] [--skip-load] [--skip-resolve] [--extension-dir=DIR] [--detail]
 *   (--extension-dir measures another unpacked extension's load overhead, e.g. an empty one for reference)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants as zlib } from 'node:zlib';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
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

/** gzip KB of one built file of the extension, logged with its raw size. */
function gzipKB(file: string, what: string): number {
  if (!existsSync(file)) throw new Error(`no ${what} at ${file}: build the extension first`);
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: zlib.Z_BEST_COMPRESSION });
  console.log(`[bench player] ${what}: ${(raw.length / 1024).toFixed(1)} KB raw, ${(gz.length / 1024).toFixed(1)} KB gzip`);
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

/** Pause between loads, on a blank page: the last 50,000-element page's teardown is not timed into the next load. */
const SETTLE_MS = 300;

interface LoadTiming {
  /** navigation start to the end of the load event */
  wallMs: number;
  /** main-thread task time of the page's renderer over the same load (CDP Performance.TaskDuration) */
  mainThreadMs: number;
}

const cdpSessions = new WeakMap<Page, CDPSession>();
async function taskSeconds(page: Page): Promise<number> {
  let session = cdpSessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    await session.send('Performance.enable');
    cdpSessions.set(page, session);
  }
  const { metrics } = await session.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? NaN;
}

async function loadTime(page: Page, url: string): Promise<LoadTiming> {
  // a blank page of the same origin: the renderer process stays, so its task time can be diffed
  await page.goto(new URL('/blank.html', url).href);
  await page.waitForTimeout(SETTLE_MS);
  const before = await taskSeconds(page);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const after = await taskSeconds(page);
  const wallMs = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  });
  return { wallMs, mainThreadMs: (after - before) * 1000 };
}

/** An unpacked extension that injects an empty content script on every page: what any extension costs. */
function referenceExtension(dir: string): string {
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'empty reference',
      version: '1.0',
      content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['empty.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(path.join(dir, 'empty.js'), 'void 0;\n');
  return dir;
}

interface LoadOverhead {
  /** median of paired ratios, ours / no extension: the goal */
  ratio: number;
  /** median of paired ratios, empty reference extension / no extension: the floor any extension pays */
  referenceRatio: number;
  /** the same ratios for the renderer's main-thread task time during the load: less sensitive to a busy machine */
  mainThreadRatio: number;
  referenceMainThreadRatio: number;
  mainThreadMs: { preceptor: number; reference: number; none: number };
  /** 25th and 75th percentiles of the paired ratios (ours, reference): how noisy the machine was */
  ratioIqr: [number, number];
  referenceRatioIqr: [number, number];
  withMs: number;
  withoutMs: number;
  referenceMs: number;
}

/**
 * Three Chromium instances side by side: with our extension, with an empty reference extension,
 * and with none. Each round loads the heavy page once in each, the order reversing every round so
 * neither drift nor going first favours any of them.
 */
async function loadOverhead(origin: string, pairs: number, extensionDir: string): Promise<LoadOverhead> {
  const dirs = ['ext', 'ref', 'plain', 'refext'].map((name) => mkdtempSync(path.join(os.tmpdir(), `preceptor-bench-${name}-`)));
  const contexts: BrowserContext[] = [];
  try {
    const launch = async (userDir: string, extra: string[]) => {
      const context = await chromium.launchPersistentContext(userDir, { executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS, ...extra] });
      contexts.push(context);
      return context;
    };
    const withExtension = await launch(dirs[0]!, extensionArgs(extensionDir));
    if (extensionDir === EXTENSION_DIR && withExtension.serviceWorkers().length === 0) await withExtension.waitForEvent('serviceworker', { timeout: 30_000 });
    const reference = await launch(dirs[1]!, extensionArgs(referenceExtension(dirs[3]!)));
    const without = await launch(dirs[2]!, []);
    const sides = await Promise.all([withExtension, reference, without].map(async (context) => context.pages()[0] ?? (await context.newPage())));
    const url = (i: number) => `${origin}/emr-${HEAVY_PAGE}.html?load=${i}`;
    // warm all up (first loads pay for cold caches and, with the extension, the service worker)
    for (let i = 0; i < 2; i++) for (const page of sides) await loadTime(page, url(-1 - i));
    const times: number[][] = [[], [], []];
    const cpu: number[][] = [[], [], []];
    for (let i = 0; i < pairs; i++) {
      // palindromic order (0 1 2, then 2 1 0): every side goes before and after every other equally often
      const order = i % 2 === 0 ? [0, 1, 2] : [2, 1, 0];
      for (const side of order) {
        const timing = await loadTime(sides[side]!, url(i));
        times[side]!.push(timing.wallMs);
        cpu[side]!.push(timing.mainThreadMs);
      }
    }
    const [ours, ref, none] = times as [number[], number[], number[]];
    const [oursCpu, refCpu, noneCpu] = cpu as [number[], number[], number[]];
    const oursRatios = ours.map((ms, i) => ms / none[i]!);
    const refRatios = ref.map((ms, i) => ms / none[i]!);
    const iqr = (values: number[]): [number, number] => [round(percentile(values, 25)), round(percentile(values, 75))];
    const result: LoadOverhead = {
      ratio: round(median(oursRatios)),
      referenceRatio: round(median(refRatios)),
      mainThreadRatio: round(median(oursCpu.map((ms, i) => ms / noneCpu[i]!))),
      referenceMainThreadRatio: round(median(refCpu.map((ms, i) => ms / noneCpu[i]!))),
      mainThreadMs: { preceptor: round(median(oursCpu), 1), reference: round(median(refCpu), 1), none: round(median(noneCpu), 1) },
      ratioIqr: iqr(oursRatios),
      referenceRatioIqr: iqr(refRatios),
      withMs: round(median(ours), 1),
      withoutMs: round(median(none), 1),
      referenceMs: round(median(ref), 1),
    };
    console.log(
      `[bench player] load of a ${HEAVY_PAGE}-element page (median of ${pairs} rounds): ${result.withMs} ms with Preceptor, ` +
        `${result.referenceMs} ms with an empty reference extension, ${result.withoutMs} ms with none; ` +
        `paired ratio Preceptor/none ${result.ratio} (IQR ${result.ratioIqr.join('–')}), reference/none ${result.referenceRatio} (IQR ${result.referenceRatioIqr.join('–')}); ` +
        `main-thread task time ${result.mainThreadMs.preceptor} / ${result.mainThreadMs.reference} / ${result.mainThreadMs.none} ms, ` +
        `paired ratio Preceptor/none ${result.mainThreadRatio}, reference/none ${result.referenceMainThreadRatio}`,
    );
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
  const contentScriptKB = gzipKB(CONTENT_SCRIPT, 'content script on every page (player.js)');
  // imported by the content script only when the page needs them (see extension/src/player/tourGuideBundle.ts)
  const onDemandKB = {
    tourGuide: gzipKB(path.join(EXTENSION_DIR, 'tour-guide.js'), 'on demand: tour player, tips, health check (tour-guide.js)'),
    authoring: gzipKB(path.join(EXTENSION_DIR, 'authoring.js'), 'on demand: mentor authoring (authoring.js)'),
  };

  const pages: Record<string, () => string> = {};
  const cache = new Map<number, string>();
  pages['/blank.html'] = () => '<!doctype html><title>between loads</title>';
  for (const size of [...SIZES, HEAVY_PAGE]) {
    pages[`/emr-${size}.html`] = () => {
      if (!cache.has(size)) cache.set(size, emrPageDocument(size));
      return cache.get(size)!;
    };
  }
  const server = await serveDirectory(here, pages);
  try {
    const resolveMs = args.includes('--skip-resolve') ? {} : await resolveTimes(server.origin);
    const dirArg = args.find((a) => a.startsWith('--extension-dir='));
    const extensionDir = dirArg ? path.resolve(dirArg.slice('--extension-dir='.length)) : EXTENSION_DIR;
    const overhead = args.includes('--skip-load') ? { ratio: NaN, referenceRatio: NaN, mainThreadRatio: NaN, referenceMainThreadRatio: NaN, mainThreadMs: { preceptor: NaN, reference: NaN, none: NaN }, ratioIqr: [NaN, NaN] as [number, number], referenceRatioIqr: [NaN, NaN] as [number, number], withMs: NaN, withoutMs: NaN, referenceMs: NaN } : await loadOverhead(server.origin, pairs, extensionDir);
    const summary = {
      bench: 'player',
      contentScriptGzipKB: contentScriptKB,
      onDemandGzipKB: onDemandKB,
      resolveMs: Object.fromEntries(Object.entries(resolveMs).map(([k, v]) => [k, { p50: v.p50, p95: v.p95 }])),
      loadOverheadRatio: overhead.ratio,
      referenceExtensionLoadRatio: overhead.referenceRatio,
      loadRatioIqr: { preceptor: overhead.ratioIqr, reference: overhead.referenceRatioIqr },
      mainThreadLoadRatio: overhead.mainThreadRatio,
      referenceMainThreadLoadRatio: overhead.referenceMainThreadRatio,
      missingTargetResolveP95Ms: Object.fromEntries(Object.entries(resolveMs).map(([k, v]) => [k, v.missingP95])),
      loadMs: { withExtension: overhead.withMs, emptyReferenceExtension: overhead.referenceMs, without: overhead.withoutMs, pairs, pageElements: HEAVY_PAGE },
    };
    console.log('');
    console.log(JSON.stringify(summary));
  } finally {
    await server.close();
  }
}
