// A SCORM 1.2 package in an LMS: the zip `pnpm lms:package` writes, unpacked under a deep path of a
// plain loopback server, its SCOs opened in a frame under a page whose `window.API` is scorm-again's
// real SCORM 1.2 runtime. One drill suspended mid-way, resumed from the suspend data alone (the
// browser's storage wiped between), and passed; another submitted at once and failed. The runtime's
// CMI data is what is checked.

import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { lmsCourse, lmsCourseProblemText } from '../../shared/src/lms/lmsCourse.ts';
import { SCORM12_SCHEMA_FILES, manifestFileHrefs } from '../../shared/src/lms/scorm12Manifest.ts';
import { scorm12Package } from '../../shared/src/lms/scorm12Package.ts';
import { SANDBOX_LMS_BUILD, SCORM12_SCHEMA_DIR, readScenarios, readTree } from '../../scripts/lmsPackage.ts';
import { screenshot } from '../pages/screenshots.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const scormAgain = path.join(repo, 'node_modules', 'scorm-again', 'dist', 'scorm12.min.js');
const CONTENT = '/lms/content/course-4711/sco-files';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.xml': 'application/xml', '.xsd': 'application/xml', '.svg': 'image/svg+xml' };

/** The LMS's player page: scorm-again's SCORM 1.2 runtime as window.API (with the CMI it resumes), the SCO in a frame. */
const PLAYER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hospital LMS</title>
<script src="/lms/vendor/scorm12.min.js"></script></head>
<body style="margin:0"><iframe id="sco" title="Course" style="display:block;width:100vw;height:100vh;border:0"></iframe>
<script>
const q = new URLSearchParams(location.search);
window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
if (q.get('cmi')) window.API.loadFromJSON(JSON.parse(q.get('cmi')));
document.getElementById('sco').src = q.get('sco');
</script></body></html>`;

type Cmi = { core: { lesson_status: string; exit: string; entry: string; session_time: string; score: { raw: string; min: string; max: string } }; suspend_data: string };

test('a SCORM 1.2 package in an LMS frame: suspend, resume from suspend data, pass; another drill failed', async ({ page }) => {
  if (!existsSync(path.join(SANDBOX_LMS_BUILD, 'lms.html'))) throw new Error(`The sandbox LMS build is missing (${SANDBOX_LMS_BUILD}); run \`pnpm build\` first.`);
  const outcome = lmsCourse({ scenarios: readScenarios(), packs: [], selection: { scenarios: ['pharm-warfarin-nsaid', 'nurse-kcl-push-order'] } });
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => lmsCourseProblemText(p, 'en')).join('\n'));
  const schemaFiles = SCORM12_SCHEMA_FILES.map((name) => ({ path: name, data: new Uint8Array(readFileSync(path.join(SCORM12_SCHEMA_DIR, name))) }));
  const built = scorm12Package({ course: outcome.course, sandboxBuild: readTree(SANDBOX_LMS_BUILD), schemaFiles });

  // the LMS unpacks the zip: it holds exactly the manifest's files, the manifest and the schemas
  const entries = unzipSync(built.zip);
  expect(Object.keys(entries).sort()).toEqual([...manifestFileHrefs(built.manifest), 'imsmanifest.xml', ...SCORM12_SCHEMA_FILES].sort());
  const unpacked = mkdtempSync(path.join(os.tmpdir(), 'preceptor-scorm-'));
  for (const [name, data] of Object.entries(entries)) {
    mkdirSync(path.dirname(path.join(unpacked, name)), { recursive: true });
    writeFileSync(path.join(unpacked, name), data);
  }
  const hrefs = [...built.manifest.matchAll(/adlcp:scormtype="sco" href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (pathname === '/lms/player.html') return void response.writeHead(200, { 'content-type': TYPES['.html']! }).end(PLAYER);
    if (pathname === '/lms/vendor/scorm12.min.js') return void createReadStream(scormAgain).pipe(response.writeHead(200, { 'content-type': TYPES['.js']! }));
    const file = pathname.startsWith(`${CONTENT}/`) ? path.join(unpacked, pathname.slice(CONTENT.length + 1)) : '';
    if (!file.startsWith(`${unpacked}${path.sep}`) || !existsSync(file) || !statSync(file).isFile()) return void response.writeHead(404).end('not found');
    createReadStream(file).pipe(response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const launch = async (href: string, lang: 'en' | 'zh-CN', cmi?: object): Promise<FrameLocator> => {
    const url = new URL('/lms/player.html', origin);
    url.searchParams.set('sco', `${CONTENT}/${href}&lang=${lang}`);
    if (cmi) url.searchParams.set('cmi', JSON.stringify(cmi));
    await page.goto(url.href);
    const sco = page.frameLocator('#sco');
    await expect(sco.locator('[data-panel="lms-bar"]')).toHaveAttribute('data-lms-kind', 'scorm12');
    return sco;
  };
  const cmi = (p: Page): Promise<Cmi> => p.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { API: { cmi: unknown } }).API.cmi)) as Cmi);
  const submit = async (sco: FrameLocator): Promise<void> => {
    await sco.locator('button[data-action="submit-scenario"]').click();
    await sco.locator('button[data-action="confirm-submit-scenario"]').click();
    await expect(sco.locator('[data-dialog="scenario-result"]')).toBeVisible();
  };
  const warfarin = hrefs.find((h) => h.includes('pharm-warfarin-nsaid'))!;
  const kcl = hrefs.find((h) => h.includes('nurse-kcl-push-order'))!;
  await page.setViewportSize({ width: 1366, height: 768 });

  try {
    let saved = '';
    await test.step('warfarin drill: the pharmacist returns the prescription, then saves and leaves', async () => {
      const sco = await launch(warfarin, 'en');
      await expect(sco.locator('[data-panel="scenario-bar"]')).toHaveAttribute('data-mode', 'assessment');
      expect((await cmi(page)).core.lesson_status).toBe('incomplete');
      await sco.locator('tr[data-rx-id="RX900000000001"] button[data-action="open-prescription"]').click();
      await sco.locator('input[name="reviewReason"][value="interaction"]').check();
      await sco.locator('input[name="reviewReason"][value="supply-days"]').check();
      await sco.locator('button[data-action="return-prescription"]').click();
      await expect(sco.locator('tr[data-rx-id="RX900000000001"]')).toHaveCount(0);
      await sco.locator('button[data-action="lms-suspend"]').click();
      await expect(sco.locator('[data-lms-status="lms.suspended"]')).toBeVisible();
      const data = await cmi(page);
      expect(data.core).toMatchObject({ lesson_status: 'incomplete', exit: 'suspend' });
      expect(data.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
      expect(data.suspend_data.length).toBeLessThanOrEqual(4096);
      const suspended = JSON.parse(data.suspend_data) as { scenarioId: string; mode: string; actions: [{ type: string; rxId: string }, string][] };
      expect(suspended).toMatchObject({ v: 1, scenarioId: 'pharm-warfarin-nsaid', mode: 'assessment' });
      expect(suspended.actions.map(([a]) => [a.type, a.rxId])).toEqual([['prescription/review', 'RX900000000001']]);
      saved = data.suspend_data;
      expect(await page.evaluate(() => (window as unknown as { API: { isTerminated(): boolean } }).API.isTerminated())).toBe(true);
    });

    await test.step('relaunched with entry=resume on a wiped browser: the attempt continues from the suspend data and passes', async () => {
      await page.evaluate(() => localStorage.clear());
      const sco = await launch(warfarin, 'en', { core: { entry: 'resume', lesson_status: 'incomplete' }, suspend_data: saved });
      await expect(sco.locator('[data-lms-status="lms.resumed"]')).toBeVisible();
      await expect(sco.locator('[data-panel="scenario-bar"]')).toHaveAttribute('data-scenario-id', 'pharm-warfarin-nsaid');
      await expect(sco.locator('tr[data-rx-id="RX900000000001"]')).toHaveCount(0);
      await submit(sco);
      await expect(sco.locator('[data-dialog="scenario-result"] [data-result]')).toHaveAttribute('data-result', 'passed');
      await expect(sco.locator('[data-lms-status="lms.reported.passed"]')).toBeAttached();
      const data = await cmi(page);
      expect(data.core).toMatchObject({ lesson_status: 'passed', exit: '', score: { raw: '100', min: '0', max: '100' } });
      expect(data.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
      expect(data.suspend_data).toBe('');
      await screenshot(page, 'lms-scorm-sco-en');
    });

    await test.step('KCl drill submitted at once (zh-CN): failed, with its score', async () => {
      const sco = await launch(kcl, 'zh-CN');
      await expect(sco.locator('[data-panel="scenario-bar"]')).toHaveAttribute('data-scenario-id', 'nurse-kcl-push-order');
      await screenshot(page, 'lms-scorm-sco-zh');
      await submit(sco);
      await expect(sco.locator('[data-dialog="scenario-result"] [data-result]')).toHaveAttribute('data-result', 'failed');
      const score = await sco.locator('[data-dialog="scenario-result"] [data-result]').getAttribute('data-score');
      await expect(sco.locator('[data-lms-status="lms.reported.failed"]')).toBeAttached();
      const data = await cmi(page);
      expect(data.core).toMatchObject({ lesson_status: 'failed', exit: '', score: { raw: score, min: '0', max: '100' } });
      expect(data.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
      await screenshot(page, 'lms-scorm-result-zh');
    });
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(unpacked, { recursive: true, force: true });
  }
});
