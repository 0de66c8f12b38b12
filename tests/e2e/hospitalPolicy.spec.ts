import { createHash } from 'node:crypto';
import { access, constants, cp, mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test, expect, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { CHROMIUM_ARGS, extensionArgs, findChromium } from '../fixtures/browser.ts';
import { EXTENSION_DIR } from '../fixtures/extension.ts';
import { EMR_ORIGIN, serveEmrPages } from '../fixtures/emrPages.ts';
import { e2eTimeScale } from '../fixtures/timing.ts';
import { expectNoSeriousA11yViolations } from '../fixtures/axe.ts';
import { verifyExportBundle } from '../../shared/src/record/exportBundle.ts';

// A real managed policy, as 信息科 deploys it on Linux: Chromium reads every JSON file in
// /etc/chromium/policies/managed/, and the "3rdparty" part for an extension shows up in that
// extension's chrome.storage.managed (its manifest names a managed_schema). The policy is keyed to
// the id of a fresh copy of the built extension (an unpacked extension's id comes from its path),
// so the other workers' browsers never see it. Writing there needs root (CI runs as root).

/** where the browser under test reads managed policy on Linux (Google Chrome: /etc/opt/chrome/…); PRECEPTOR_POLICY_DIR overrides */
const POLICY_DIR = process.env.PRECEPTOR_POLICY_DIR ?? (/google-chrome/.test(findChromium()) ? '/etc/opt/chrome/policies/managed' : '/etc/chromium/policies/managed');
const HOME_PAGE = 'https://www.shili-hospital.example.cn';
const LRS_PASSWORD = 's3cret-pw-not-shown';

const POLICY = {
  organisation: { homePage: HOME_PAGE, name: '示例医院' },
  emrOrigins: [EMR_ORIGIN],
  sandboxOrigins: ['http://train.test'],
  // a refused port on loopback: nothing leaves the machine if the LRS sender tries it
  lrs: { endpoint: 'http://127.0.0.1:9/xAPI/', username: 'preceptor', password: LRS_PASSWORD },
  authoringAllowed: false,
  departments: [
    { id: 'cardiology-ward-1', name: { 'zh-CN': '心内一病区', en: 'Cardiology ward 1' } },
    { id: 'emergency', name: { 'zh-CN': '急诊科', en: 'Emergency department' } },
  ],
  language: 'en',
  lockedSettings: ['language'],
  // right type, wrong content: Chrome passes it on, the extension refuses it and says where
  packFeeds: ['ftp://feeds.shili-hospital.example.cn/index.json'],
};

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, first 32 hex digits written a–p. */
function unpackedExtensionId(dir: string): string {
  return [...createHash('sha256').update(dir).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** Can this process write Chromium's managed policy directory? Otherwise why not. */
async function policyDirProblem(): Promise<string | undefined> {
  try {
    await access(POLICY_DIR, constants.W_OK).catch(() => mkdir(POLICY_DIR, { recursive: true }));
    await access(POLICY_DIR, constants.W_OK);
    return undefined;
  } catch (error) {
    return `cannot write Chromium's managed policy directory ${POLICY_DIR} (${(error as Error).message}); run as root (CI does) to test a real hospital policy`;
  }
}

declare const chrome: {
  storage: { managed: { get(keys: null): Promise<Record<string, unknown>> }; local: { set(items: Record<string, unknown>): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[]; runAt?: string; allFrames?: boolean }[]> };
};

async function extensionWorker(context: BrowserContext, id: string): Promise<Worker> {
  const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${id}/`);
  return context.serviceWorkers().find(ours) ?? context.waitForEvent('serviceworker', { predicate: ours, timeout: 15_000 * e2eTimeScale() });
}

/** Open `url` in a new tab and count the JavaScript worlds our extension's content scripts made in it. */
async function contentScriptWorlds(context: BrowserContext, id: string, url: string): Promise<{ page: Page; worlds: number }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let worlds = 0;
  cdp.on('Runtime.executionContextCreated', ({ context: created }) => {
    if (created.origin === `chrome-extension://${id}` || created.name.startsWith('Preceptor')) worlds += 1;
  });
  await cdp.send('Runtime.enable');
  await page.goto(url);
  await page.waitForLoadState('load');
  await cdp.detach();
  return { page, worlds };
}

test('a real hospital policy: player only on the EMR, organisation in every statement, authoring refused, managed settings shown', async () => {
  const problem = await policyDirProblem();
  if (problem) console.log(`[hospitalPolicy.spec] skipped: ${problem}`);
  test.skip(problem !== undefined, problem);

  const copyDir = await realpath(await mkdtemp(path.join(os.tmpdir(), 'preceptor-policy-ext-')));
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'preceptor-policy-profile-'));
  await cp(EXTENSION_DIR, copyDir, { recursive: true });
  const id = unpackedExtensionId(copyDir);
  const policyFile = path.join(POLICY_DIR, `preceptor-e2e-${id}.json`);
  let context: BrowserContext | undefined;
  try {
    await writeFile(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: POLICY } } }));

    await test.step('the build has no static content script and ships its managed schema', async () => {
      const manifest = JSON.parse(await readFile(path.join(copyDir, 'manifest.json'), 'utf8'));
      expect(manifest.content_scripts ?? []).toEqual([]);
      expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
      expect(manifest.permissions).toContain('scripting');
    });

    context = await chromium.launchPersistentContext(userDataDir, { headless: true, executablePath: findChromium(), args: [...CHROMIUM_ARGS, ...extensionArgs(copyDir)] });
    const worker = await extensionWorker(context, id);

    await test.step("Chromium hands the policy to the extension's managed storage", async () => {
      expect(await worker.evaluate(() => chrome.storage.managed.get(null))).toEqual(POLICY);
    });

    await test.step('the player is registered for the EMR and the training sandbox only', async () => {
      await expect
        .poll(() => worker.evaluate(() => chrome.scripting.getRegisteredContentScripts()), { timeout: 10_000 * e2eTimeScale() })
        .toEqual([expect.objectContaining({ id: 'player', matches: ['http://emr.test/*', 'http://train.test/*'], runAt: 'document_start', allFrames: false })]);
    });

    await test.step('an EMR page gets the content script; a page of another site loads none of our code', async () => {
      await serveEmrPages(context!);
      await context!.route('http://other.test/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>Other</title><p>Another site</p>' }));
      const emr = await contentScriptWorlds(context!, id, `${EMR_ORIGIN}/ward/orders`);
      expect(emr.worlds).toBe(1);
      const other = await contentScriptWorlds(context!, id, 'http://other.test/page');
      expect(other.worlds).toBe(0);
      await other.page.close();
    });

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);

    await test.step("the learner's profile: the hospital's language, locked; its departments to pick from", async () => {
      await expect(popup.locator('select[name="language"]')).toHaveValue('en');
      await expect(popup.locator('select[name="language"]')).toBeDisabled();
      await expect(popup.locator('[data-region="locked-note"]')).toHaveText('Set by your hospital');
      await expect(popup.locator('select[name="department"] option')).toHaveText(['Choose a department', 'Cardiology ward 1', 'Emergency department']);
      await popup.locator('select[name="role"]').selectOption('nurse');
      await popup.locator('select[name="department"]').selectOption('cardiology-ward-1');
      await popup.locator('form:has(select[name="language"]) button[type="submit"]').click();
      await expect(popup.locator('form:has(select[name="language"]) [role="status"]')).toHaveText('Saved');
      await expectNoSeriousA11yViolations(popup);
    });

    await test.step('authoring is refused, even with the local switch on', async () => {
      await worker.evaluate(() => chrome.storage.local.set({ authoringAllowed: true }));
      await popup.reload();
      await expect(popup.locator('select[name="role"]')).toHaveValue('nurse'); // the popup has rendered
      await expect(popup.locator('[data-region="mentor-tools"]')).toHaveCount(0);
    });

    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);

    await test.step('the options page shows what the hospital manages, the password masked, and the bad entry by path', async () => {
      const managed = options.locator('[data-panel="managed-settings"]');
      await expect(managed.getByRole('heading', { name: 'Managed by your hospital' })).toBeVisible();
      await expect(managed.locator('tr[data-managed-key]')).toHaveCount(8);
      await expect(managed.locator('tr[data-managed-key="organisation"] td')).toHaveText(`示例医院 ${HOME_PAGE}`);
      await expect(managed.locator('tr[data-managed-key="lrs"] [data-region="masked-secret"]')).toHaveText('•••• (hidden)');
      await expect(managed.locator('tr[data-managed-key="authoringAllowed"] td')).toHaveText('No');
      expect(await options.content()).not.toContain(LRS_PASSWORD);
      await expect(managed.locator('[data-region="policy-problems"] li')).toHaveCount(1);
      await expect(managed.locator('[data-region="policy-problems"] li code')).toHaveText('packFeeds[0]');
      await expect(options.locator('input[name="mentorTools"]')).toBeDisabled();
      await expect(options.locator('input[name="mentorTools"]')).not.toBeChecked();
      await expect(options.locator('[data-region="sandbox-origins-managed"]')).toBeVisible();
      await expect(options.locator('[data-action="add-sandbox-origin"]')).toHaveCount(0);
      await expectNoSeriousA11yViolations(options);
    });

    await test.step("the export and its statements carry the hospital's organisation", async () => {
      const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export-progress"]').click()]);
      expect(download.suggestedFilename()).toMatch(/^preceptor_www\.shili-hospital\.example\.cn_/);
      const verified = await verifyExportBundle(new Uint8Array(await readFile((await download.path())!)));
      if (!verified.ok) throw new Error(`the export does not verify: ${JSON.stringify(verified.problem)}`);
      expect(verified.manifest.learner.homePage).toBe(HOME_PAGE);
      expect(verified.statements.length).toBeGreaterThan(0); // the profile change
      for (const { statement } of verified.statements) expect(statement.actor.account.homePage).toBe(HOME_PAGE);
    });
  } finally {
    await context?.close().catch(() => undefined);
    await rm(policyFile, { force: true });
    await rm(copyDir, { recursive: true, force: true });
    await rm(userDataDir, { recursive: true, force: true });
  }
});
