// Screenshots of the cmi5 launcher AU (quiz/tour) for people to look at, 1366×768, zh-CN and en:
// `npx tsx sandbox/test/lms/launcherScreens.ts` → artifacts/screens/lms-cmi5-launcher-{zh,en}.png.
// The page (bundled with esbuild) is launched by the test LMS against the real loopback LRS, in
// Debian's Chromium, and checked with axe-core.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { startLoopbackLrs } from '../../../shared/test/trainer/loopbackLrs.ts';
import { tourActivityId } from '../../../shared/src/xapi/vocabulary.ts';
import demoPack from '../../../shared/packs/registration-demo.pack.json' with { type: 'json' };
import { startCmi5Lms } from './loopbackCmi5Lms.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const out = path.join(os.tmpdir(), `cmi5-launcher-${process.pid}`);
mkdirSync(out, { recursive: true });
await build({ entryPoints: [path.join(repo, 'sandbox/src/lms/cmi5LauncherMain.ts')], bundle: true, format: 'esm', outfile: path.join(out, 'launcher.js'), minify: true, logLevel: 'silent' });
const html = readFileSync(path.join(repo, 'sandbox/lms-launcher.html'), 'utf8').replace('/src/lms/cmi5LauncherMain.ts', './launcher.js');
writeFileSync(path.join(out, 'lms-launcher.html'), html);
const tour = demoPack.tours[0]!;
writeFileSync(path.join(out, 'lms-course.json'), JSON.stringify([{ kind: 'tour', packId: demoPack.id, contentId: tour.id, role: 'registrar', roleTitle: { 'zh-CN': '挂号员', en: 'Registrar' }, title: tour.title }]));
const bundleBytes = readFileSync(path.join(out, 'launcher.js')).length;

const files = createServer((request, response) => {
  const name = new URL(request.url ?? '/', 'http://x').pathname.slice(1);
  try {
    const body = readFileSync(path.join(out, path.basename(name)));
    response.writeHead(200, { 'Content-Type': name.endsWith('.js') ? 'text/javascript' : name.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8' });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
const pageBase = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;

const lrs = await startLoopbackLrs();
const lms = await startCmi5Lms(lrs.endpoint, tourActivityId(demoPack.id, tour.id));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const screens = path.join(repo, 'artifacts', 'screens');
  mkdirSync(screens, { recursive: true });
  for (const [lang, preference] of [['zh', 'zh-CN'], ['en', 'en-US']] as const) {
    const launched = await lms.launch({ languagePreference: preference, moveOn: 'Completed' });
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${pageBase}/lms-launcher.html${launched.search.replace('?', `?kind=tour&pack=${demoPack.id}&id=${tour.id}&`)}`);
    await page.locator('#launcher-check').waitFor();
    await page.keyboard.press('Tab');
    await page.screenshot({ path: path.join(screens, `lms-cmi5-launcher-${lang}.png`) });
    await page.addScriptTag({ path: path.join(repo, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => (await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string }[] }> } }).axe.run()).violations.map((v) => v.id));
    console.log(JSON.stringify({ lang, status: await page.locator('#launcher-status').textContent(), axeViolations: violations }));
    await page.close();
  }
  console.log(JSON.stringify({ launcherBundleBytes: bundleBytes }));
} finally {
  await browser.close();
  await lms.stop();
  await lrs.stop();
  files.close();
}
