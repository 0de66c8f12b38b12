/**
 * `pnpm bench popup`: how long the popup's first screen takes with a realistic pack set installed
 * (12 modules × 50 tours = 600 tours, ~8 MB). Launches the built extension in Chromium
 * (`extension/.output/chrome-mv3`), stores the packs, opens an EMR page the packs cover, then
 * opens the popup (as a tab, whose target is that page) several times and times from navigation to
 * the first screen: the tours for this page listed, the search box and the modules shown.
 * Prints one JSON line; `referenceParseMs` (Node parsing the same JSON) tells how busy the machine
 * was, as the figures scale with it.
 *   --runs=N        popup openings (default 5)
 *   --cold          also N openings each with the service worker stopped first (it starts on the popup's first message)
 *   --profile       one warm and one cold opening profiled (bench/popup/profile.ts), printed to stderr as JSON
 *   --against=DIR   a second built extension (e.g. main's), opened alternately with this one, figures for both
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, extensionArgs, findChromium } from '../../tests/fixtures/browser.ts';
import { ContentPack } from '../../shared/src/schema/contentPack.ts';
import { packOutline } from '../../shared/src/schema/packOutline.ts';
import demoPackJson from '../../shared/packs/registration-demo.pack.json';
import { median, round } from '../lib/stats.ts';
import { addProfileProbe, profileOpening, stopServiceWorker } from './profile.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXTENSION_DIR = process.env.PRECEPTOR_EXTENSION_DIR ?? path.join(repoRoot, 'extension', '.output', 'chrome-mv3');

/** 12 modules of 50 tours, each tour the demo's tour with its steps five times over (25 steps). */
export function realisticPacks(): ContentPack[] {
  const demo = ContentPack.parse(demoPackJson);
  const base = demo.tours[0]!;
  return Array.from({ length: 12 }, (_, p) =>
    ContentPack.parse({
      ...demoPackJson,
      id: `module-${p}`,
      title: { 'zh-CN': `模块${p} 门诊与病区`, en: `Module ${p} outpatient and ward` },
      tours: Array.from({ length: 50 }, (_, i) => ({
        ...base,
        id: i === 0 ? base.id : `tour-${i}`, // the checklist and quiz name the first
        autoStart: false,
        title: { 'zh-CN': `第${i}课 门诊挂号与收费结算`, en: `Lesson ${i} registration and billing` },
        steps: Array.from({ length: 5 }, (_, copy) => base.steps.map((step) => ({ ...step, id: `${step.id}-${copy}` }))).flat(),
      })),
    }),
  );
}

async function waitForInstall(worker: Worker): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const ready = await worker.evaluate(`chrome.storage.local.get(['installedPacks','learnerProfile']).then((v) => Boolean(v.installedPacks && v.learnerProfile))`);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the extension did not install its bundled packs');
}

interface Browser {
  label: string;
  context: BrowserContext;
  popupUrl: string;
  emr: import('playwright-core').Page;
  userDir: string;
}

/** One Chromium with this built extension, the packs stored, the EMR page open. */
async function launch(label: string, extensionDir: string, packs: ContentPack[], origin: string, probe: boolean): Promise<Browser> {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error(`no built extension at ${extensionDir}: run pnpm --filter @preceptor/extension build`);
  const userDir = mkdtempSync(path.join(os.tmpdir(), 'preceptor-bench-popup-'));
  const context = await chromium.launchPersistentContext(userDir, { executablePath: findChromium(), headless: true, viewport: { width: 1366, height: 768 }, args: [...CHROMIUM_ARGS, ...extensionArgs(extensionDir)] });
  if (probe) await addProfileProbe(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  await waitForInstall(worker);
  await worker.evaluate(`(async () => {
    const { learnerProfile } = await chrome.storage.local.get('learnerProfile');
    await chrome.storage.local.set({ installedPacks: ${JSON.stringify(packs)}, installedPackOutlines: ${JSON.stringify(packs.map(packOutline))}, learnerProfile: { ...learnerProfile, role: 'registrar', language: 'zh-CN' } });
  })()`);
  const emr = await context.newPage();
  await emr.goto(`${origin}/registration`);
  return { label, context, popupUrl: `chrome-extension://${extensionId}/popup.html`, emr, userDir };
}

/** Open the popup (as a tab, whose target is the EMR page) and time its first screen. */
async function openPopup(browser: Browser, cold: boolean): Promise<number> {
  await browser.emr.bringToFront();
  if (cold) {
    await stopServiceWorker(browser.context, browser.emr);
    await new Promise((r) => setTimeout(r, 500));
  }
  const popup = await browser.context.newPage();
  try {
    const started = performance.now();
    await popup.goto(browser.popupUrl);
    await popup.locator('[data-region="page-tours"] li[data-tour]').first().waitFor({ timeout: 120_000 });
    await popup.locator('input[name="tourSearch"]').waitFor({ timeout: 120_000 });
    return performance.now() - started;
  } finally {
    await popup.close();
  }
}

async function profile(browser: Browser, cold: boolean): Promise<void> {
  await browser.emr.bringToFront();
  if (cold) await stopServiceWorker(browser.context, browser.emr);
  const popup = await browser.context.newPage();
  try {
    const found = await profileOpening(browser.context, popup, browser.popupUrl);
    console.error(`[${browser.label}] ${cold ? 'cold' : 'warm'} profile: ${JSON.stringify(found, null, 1)}`);
  } finally {
    await popup.close();
  }
}

export default async function run(args: string[]): Promise<void> {
  const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const runs = Number(option('runs') ?? 5);
  const cold = args.includes('--cold');
  const profiling = args.includes('--profile');
  const against = option('against');
  const packs = realisticPacks();
  const json = JSON.stringify(packs);
  const tours = packs.reduce((n, p) => n + p.tours.length, 0);

  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="zh-CN"><title>门诊挂号</title><main><h1>门诊挂号</h1><input id="patient-query" name="patientQuery"></main></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browsers: Browser[] = [];
  try {
    browsers.push(await launch('this', EXTENSION_DIR, packs, origin, profiling));
    if (against) browsers.push(await launch('against', path.resolve(against), packs, origin, profiling));
    await new Promise((r) => setTimeout(r, 1500)); // the player's content script settles in
    await new Promise((r) => setTimeout(r, 3000)); // the 8 MB write settles
    const warm = browsers.map(() => [] as number[]);
    const coldTimes = browsers.map(() => [] as number[]);
    const reference: number[] = [];
    for (let i = 0; i < runs; i++) {
      // how busy the machine is now: Node parsing the same packs (~50 ms on a quiet machine)
      const parseStarted = performance.now();
      JSON.parse(json);
      reference.push(performance.now() - parseStarted);
      // alternate the builds (and which goes first) so both see the same load
      const order = i % 2 === 0 ? browsers.map((_, b) => b) : browsers.map((_, b) => b).reverse();
      for (const b of order) warm[b]!.push(await openPopup(browsers[b]!, false));
      if (cold) for (const b of order) coldTimes[b]!.push(await openPopup(browsers[b]!, true));
    }
    if (profiling) for (const browser of browsers) for (const c of [false, true]) await profile(browser, c);
    browsers.forEach((browser, b) => {
      const times = warm[b]!;
      const result = {
        bench: 'popup',
        build: browser.label === 'this' ? EXTENSION_DIR : path.resolve(against!),
        tours,
        packBytes: Buffer.byteLength(json),
        runs,
        firstMs: round(times[0]!, 0),
        medianMs: round(median(times), 0),
        maxMs: round(Math.max(...times), 0),
        ...(cold ? { coldMedianMs: round(median(coldTimes[b]!), 0), coldMaxMs: round(Math.max(...coldTimes[b]!), 0) } : {}),
        goalMs: 1000,
        referenceParseMs: round(median(reference), 0),
      };
      console.error(`[${browser.label}] popup first screen with ${tours} tours (${(result.packBytes / 1e6).toFixed(1)} MB): ${times.map((t) => round(t, 0)).join(', ')} ms${cold ? `; service worker stopped: ${coldTimes[b]!.map((t) => round(t, 0)).join(', ')} ms` : ''}`);
      console.log(JSON.stringify(result));
    });
  } finally {
    for (const browser of browsers) {
      await browser.context.close().catch(() => undefined);
      rmSync(browser.userDir, { recursive: true, force: true });
    }
    server.close();
  }
}
