// `pnpm bench merge [--bundles 1000] [--statements 500] [--roster 5000] [--no-build]` (or `tsx bench/merge/run.ts …`):
// generate signed learner bundles whose manifests carry staff identity and an HR roster CSV
// (Chinese headers) that lists them among `--roster` people; in Chromium, import the roster
// through the dashboard's roster view, then the bundles through its file input and import
// worker; report time, peak JS heap (page + workers) and throughput, then the readiness
// matrix's first paint for everyone on the roster after the aggregation.
// Last line: {"bench":"merge","bundles":N,"statements":N,"seconds":x,"peakHeapMB":x,"statementsPerSecond":x,
//   "rosterPeople":N,"rosterSeconds":x,"matrixRows":N,"matrixFirstPaintMs":x,"matrixRowsInDom":N}
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type CDPSession } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../tests/fixtures/browser.ts';
import { writeFile } from 'node:fs/promises';
import { SCREENS_DIR } from '../../tests/pages/screenshots.ts';
import { generateBundles, rosterCsv } from './generateBundles.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const distDir = path.join(repoRoot, 'sandbox', 'dist');

function arg(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

const MIME: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.map': 'application/json' };

/** The built sandbox, with the SPA fallback vite preview gives. */
function serveDist(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = path.join(distDir, decodeURIComponent(url.pathname));
    if (!file.startsWith(distDir) || !existsSync(file) || statSync(file).isDirectory()) file = path.join(distDir, 'index.html');
    res.setHeader('Content-Type', MIME[path.extname(file)] ?? 'application/octet-stream');
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** JS heap of the page and of every dedicated worker, via the browser's DevTools protocol. */
export class HeapSampler {
  private readonly workers = new Map<string, string>();
  private pending = new Map<number, (used: number) => void>();
  private nextId = 1;
  peakBytes = 0;
  get workerCount(): number {
    return this.workers.size;
  }
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly browserSession: CDPSession, private readonly pageSession: CDPSession) {
    browserSession.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      const message = JSON.parse(event.message) as { id?: number; result?: { usedSize: number } };
      if (message.id !== undefined) this.pending.get(message.id)?.(message.result?.usedSize ?? 0);
    });
  }

  private async attachWorkers(): Promise<void> {
    const { targetInfos } = (await this.browserSession.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string }[] };
    for (const target of targetInfos) {
      if (target.type !== 'worker' || this.workers.has(target.targetId)) continue;
      const { sessionId } = (await this.browserSession.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
      this.workers.set(target.targetId, sessionId);
    }
  }

  private workerHeap(sessionId: string): Promise<number> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timeout = setTimeout(() => (this.pending.delete(id), resolve(0)), 2000);
      this.pending.set(id, (used) => (clearTimeout(timeout), this.pending.delete(id), resolve(used)));
      void this.browserSession.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) }).catch(() => resolve(0));
    });
  }

  async sample(): Promise<number> {
    await this.attachWorkers().catch(() => undefined);
    const page = ((await this.pageSession.send('Runtime.getHeapUsage').catch(() => ({ usedSize: 0 }))) as { usedSize: number }).usedSize;
    const workers = await Promise.all([...this.workers.values()].map((s) => this.workerHeap(s)));
    const total = page + workers.reduce((a, b) => a + b, 0);
    this.peakBytes = Math.max(this.peakBytes, total);
    return total;
  }

  start(everyMs = 250): void {
    const tick = async () => {
      await this.sample();
      // a sample still under way at stop() must not start another round (the process would not exit)
      if (!this.stopped) this.timer = setTimeout(tick, everyMs);
    };
    void tick();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}

export default async function run(args: string[]): Promise<void> {
  const bundles = arg(args, 'bundles', 1000);
  const perBundle = arg(args, 'statements', 500);
  const rosterPeople = arg(args, 'roster', 5000);
  if (rosterPeople < bundles) throw new Error('--roster must list at least as many people as --bundles');
  if (!args.includes('--no-build') || !existsSync(path.join(distDir, 'index.html'))) {
    console.log('building the sandbox…');
    const built = spawnSync('pnpm', ['--filter', '@preceptor/sandbox', 'build'], { cwd: repoRoot, stdio: 'ignore' });
    if (built.status !== 0) throw new Error('sandbox build failed: run `pnpm --filter @preceptor/sandbox build` to see why');
  }

  const dir = path.join(os.tmpdir(), `preceptor-bench-merge-${bundles}x${perBundle}`);
  const generated = await generateBundles(dir, bundles, perBundle);
  console.log(
    `${generated.reused ? 'reused' : 'generated'} ${generated.files.length} signed bundles, ${generated.statements} statements, ` +
      `${(generated.bytes / 1e6).toFixed(1)} MB zipped${generated.reused ? '' : ` in ${generated.seconds.toFixed(1)} s`} (${dir})`,
  );

  const rosterFile = path.join(os.tmpdir(), `preceptor-bench-merge-花名册-${rosterPeople}.csv`);
  await writeFile(rosterFile, rosterCsv(rosterPeople, bundles));

  const server = await serveDist();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ headless: true, executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('[page error]', error.message));
    page.on('console', (m) => m.type() === 'error' && console.error('[page]', m.text()));
    page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && console.error('[worker]', m.text())));
    await page.addInitScript(() => localStorage.setItem('preceptor.sandbox.lang', 'en'));
    await page.goto(`${origin}/trainer`);
    await page.locator('input[data-action="import-files"]').waitFor({ state: 'attached' });
    await page.locator('[data-region="totals"]').filter({ hasText: 'learners' }).waitFor();

    const sampler = new HeapSampler(await browser.newBrowserCDPSession(), await context.newCDPSession(page));
    await sampler.sample();
    sampler.start();

    // the hospital's staff list first, as a trainer would: choose the file, accept the mapping
    await page.getByRole('link', { name: 'Roster', exact: true }).click();
    const rosterStarted = performance.now();
    await page.locator('input[data-action="roster-file"]').setInputFiles(rosterFile);
    await page.locator('dialog[data-region="roster-dialog"] [data-action="roster-accept"]').click({ timeout: 5 * 60_000 });
    await page.locator(`[data-region="roster-counts"][data-missing="${rosterPeople}"]`).waitFor({ timeout: 5 * 60_000 });
    const rosterSeconds = (performance.now() - rosterStarted) / 1000;
    console.log(`roster of ${rosterPeople} people (UTF-8 CSV, Chinese headers) imported in ${rosterSeconds.toFixed(1)} s`);
    await page.getByRole('link', { name: 'Import', exact: true }).click();

    const started = performance.now();
    await page.locator('input[data-action="import-files"]').setInputFiles(generated.files);
    const summary = page.locator('[data-region="import-summary"][data-imported]');
    await summary.waitFor({ timeout: 15 * 60_000 });
    const seconds = (performance.now() - started) / 1000;
    await sampler.sample();
    const importPeakMB = sampler.peakBytes / 1024 / 1024;
    const result = await summary.evaluate((el) => ({ imported: Number(el.getAttribute('data-imported')), rejected: Number(el.getAttribute('data-rejected')), added: Number(el.getAttribute('data-added')), workerSeconds: Number(el.getAttribute('data-seconds')) }));
    // not part of the figure: the dashboard then summarises everything (in the worker) for its views
    const summarising = performance.now();
    await page.locator('[data-region="totals"]').filter({ hasText: `${result.added} statements` }).waitFor({ timeout: 5 * 60_000 });
    const summarySeconds = (performance.now() - summarising) / 1000;
    // everyone on the roster in the readiness matrix: from the click on its tab to the frame
    // that shows its first rows (a task queued from that frame's rAF runs after its paint)
    await page.locator(`[data-region="totals"]`).filter({ hasText: `${result.added} statements` }).waitFor();
    // (a string: tsx would wrap named functions in a helper the page does not have)
    const matrix = (await page.evaluate(`(async () => {
      const link = [...document.querySelectorAll('a')].find((a) => a.textContent.trim() === 'Readiness');
      if (!link) throw new Error('no Readiness tab');
      const t0 = performance.now();
      link.click();
      await new Promise((resolve) => {
        const check = () => (document.querySelector('[data-table="readiness"] tbody tr[aria-rowindex]') ? requestAnimationFrame(() => setTimeout(resolve, 0)) : requestAnimationFrame(check));
        check();
      });
      const ms = performance.now() - t0;
      const table = document.querySelector('[data-table="readiness"]');
      return { ms, rows: Number(table.getAttribute('data-rows')), ariaRowCount: Number(table.getAttribute('aria-rowcount')), inDom: table.querySelectorAll('tbody tr[aria-rowindex]').length };
    })()`)) as { ms: number; rows: number; ariaRowCount: number; inDom: number };
    // the last person is reachable by scrolling (the rows are virtualised, not cut off)
    await page.locator('[data-table="readiness"]').evaluate((t) => t.closest('.tr-scroll')!.scrollTo(0, 1e9));
    await page.locator(`[data-table="readiness"] tbody tr[aria-rowindex="${matrix.rows + 1}"]`).waitFor({ timeout: 30_000 });
    // to look at: the end of the virtualised matrix in both languages
    await page.screenshot({ path: path.join(SCREENS_DIR, 'bench-matrix-roster-en.png') });
    await page.getByRole('button', { name: '中文', exact: true }).click();
    await page.locator('[data-table="readiness"] caption').filter({ hasText: '学员' }).waitFor();
    await page.screenshot({ path: path.join(SCREENS_DIR, 'bench-matrix-roster-zh.png') });
    console.log(`readiness matrix: ${matrix.rows} rows (aria-rowcount ${matrix.ariaRowCount}), first paint ${matrix.ms.toFixed(0)} ms after the click, ${matrix.inDom} rows in the DOM`);
    if (matrix.rows !== rosterPeople + result.imported - bundles || matrix.ariaRowCount !== matrix.rows + 1) process.exitCode = 1;

    sampler.stop();
    await sampler.sample();
    // the peak over the roster, the import, the summary after it and the matrix
    const peakHeapMB = sampler.peakBytes / 1024 / 1024;
    console.log(
      `imported ${result.imported} bundles (${result.rejected} rejected), ${result.added} statements in ${seconds.toFixed(1)} s ` +
        `(worker ${result.workerSeconds.toFixed(1)} s), ${(result.added / seconds).toFixed(0)} statements/s; peak JS heap (page + workers) ` +
        `${importPeakMB.toFixed(0)} MB during the import, ${peakHeapMB.toFixed(0)} MB with the views' summary (${summarySeconds.toFixed(1)} s) after it`,
    );
    if (result.rejected > 0 || result.imported !== bundles) process.exitCode = 1;
    console.log(
      JSON.stringify({
        bench: 'merge',
        bundles: result.imported,
        statements: result.added,
        seconds: Number(seconds.toFixed(2)),
        peakHeapMB: Number(peakHeapMB.toFixed(1)),
        statementsPerSecond: Math.round(result.added / seconds),
        rosterPeople,
        rosterSeconds: Number(rosterSeconds.toFixed(2)),
        matrixRows: matrix.rows,
        matrixFirstPaintMs: Math.round(matrix.ms),
        matrixRowsInDom: matrix.inDom,
      }),
    );
  } finally {
    await browser.close();
    server.close();
  }
}

// also runnable on its own: tsx bench/merge/run.ts [args]
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await run(process.argv.slice(2));
