#!/usr/bin/env node
// `pnpm demo`: build the extension and the sandbox EMR, serve the sandbox (port 4173 unless told
// otherwise), and open it in Chromium with the Preceptor extension loaded.
//
//   pnpm demo                         headed if $DISPLAY is set (runs until the browser closes / Ctrl-C)
//   pnpm demo --screenshot [file]     headless; writes screenshots and exits (also when no $DISPLAY)
//   pnpm demo --no-build              skip `pnpm build` (use the existing build output)
//   pnpm demo --port 4185             serve (or reuse) the sandbox on another port
//
// Env: PRECEPTOR_DEMO_SCREENSHOT=file (same as --screenshot file), PRECEPTOR_SANDBOX_PORT=port (same
// as --port; the flag wins), CHROMIUM_PATH=/path/to/chromium.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// playwright-core and the tests' browser helpers (TypeScript, run by tsx) are imported in main(),
// after the arguments and the port are checked: a wrong port is reported at once.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_DIR = path.join(repoRoot, 'extension', '.output', 'chrome-mv3');
const SANDBOX_DIST = path.join(repoRoot, 'sandbox', 'dist');
const DEFAULT_PORT = 4173;
/** marks our sandbox's pages (sandbox/index.html), so a server we reuse is known to be ours */
const SANDBOX_MARKER = '<meta name="application-name" content="preceptor-sandbox"';
let ORIGIN = `http://localhost:${DEFAULT_PORT}`;
let REGISTRATION_URL = `${ORIGIN}/registration`;
const pnpm = process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm';


const log = (msg) => console.log(`[demo] ${msg}`);

function usage() {
  console.log(`Usage: pnpm demo [--no-build] [--screenshot [file]] [--port N]

  --no-build            use the existing build in extension/.output and sandbox/dist
  --port N              serve the sandbox on port N (default ${DEFAULT_PORT}); a server already
                        answering there is reused only if it is the Preceptor sandbox
  --screenshot [file]   run headless, save screenshots and exit
                        (default artifacts/demo-registration.png + artifacts/demo-popup.png;
                         with a file: <file> and <file-name>-popup.<ext>)
Env: PRECEPTOR_DEMO_SCREENSHOT=file, PRECEPTOR_SANDBOX_PORT=N (as --port), CHROMIUM_PATH=/path/to/chromium,
     DISPLAY (headed mode)`);
}

function parseArgs(argv) {
  const opts = { build: true, screenshot: false, screenshotFile: undefined, port: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') continue;
    if (arg === '--no-build') opts.build = false;
    else if (arg === '--screenshot' || arg.startsWith('--screenshot=')) {
      opts.screenshot = true;
      if (arg.includes('=')) opts.screenshotFile = arg.slice(arg.indexOf('=') + 1) || undefined;
      else if (argv[i + 1] && !argv[i + 1].startsWith('-')) opts.screenshotFile = argv[++i];
    } else if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      opts.port = parsePort(value, '--port');
    } else if (arg === '-h' || arg === '--help') {
      usage();
      process.exit(0);
    } else {
      console.error(`[demo] unknown argument: ${arg}\n`);
      usage();
      process.exit(2);
    }
  }
  if (opts.port === undefined && process.env.PRECEPTOR_SANDBOX_PORT) opts.port = parsePort(process.env.PRECEPTOR_SANDBOX_PORT, 'PRECEPTOR_SANDBOX_PORT');
  opts.port ??= DEFAULT_PORT;
  const envFile = process.env.PRECEPTOR_DEMO_SCREENSHOT;
  if (envFile) {
    opts.screenshot = true;
    opts.screenshotFile ??= envFile;
  }
  return opts;
}

function parsePort(value, from) {
  const port = Number(value);
  if (!/^\d+$/.test(value ?? '') || port < 1 || port > 65535) {
    console.error(`[demo] ${from} must be a port number from 1 to 65535, got ${value === undefined ? 'nothing' : `"${value}"`}\n`);
    usage();
    process.exit(2);
  }
  return port;
}

function runInherit(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: repoRoot, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/**
 * What answers at `url`: nothing, our sandbox, or something else (with what it said, for the
 * message). Any HTTP answer counts as something: a server that answers 404 still holds the port.
 */
async function probe(url) {
  let res;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(5000), redirect: 'manual' });
  } catch (err) {
    // a refused connection is a free port; one that never answers is held by something
    if (err?.name === 'TimeoutError') return { kind: 'other', slow: true, said: 'no answer within 5 s' };
    return { kind: 'nothing' };
  }
  const type = res.headers.get('content-type') ?? '';
  const body = type.includes('text/html') ? await res.text().catch(() => '') : '';
  await res.body?.cancel().catch(() => undefined);
  if (res.ok && body.includes(SANDBOX_MARKER)) return { kind: 'sandbox', html: body };
  return { kind: 'other', said: `HTTP ${res.status}${type ? `, ${type.split(';')[0]}` : ''}` };
}

// ---- cleanup: the preview server (own process group), the browser, the temp profile ----
let server; // ChildProcess we started, if any
let context; // BrowserContext
let profileDir;
let cleanupPromise;

function killServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  try {
    if (process.platform === 'win32') server.kill();
    else process.kill(-server.pid, 'SIGTERM'); // the whole group: pnpm and the vite process under it
  } catch {
    /* already gone */
  }
}

function removeProfile() {
  if (!profileDir) return;
  try {
    rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
  } catch {
    /* a temp dir; the OS will clean it */
  }
}

/** Idempotent; every caller awaits the same shutdown. */
function cleanup() {
  cleanupPromise ??= (async () => {
    if (context) await context.close().catch(() => undefined);
    killServer();
    removeProfile();
  })();
  return cleanupPromise;
}

process.on('exit', () => {
  killServer(); // last resort, synchronous
  removeProfile();
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    log(`${sig}: shutting down`);
    setTimeout(() => process.exit(1), 5000).unref(); // never hang on shutdown
    cleanup().finally(() => process.exit(sig === 'SIGINT' ? 0 : 1));
  });
}

function foreignServer(port, found) {
  return new Error(
    `another server answers on port ${port} (${REGISTRATION_URL}: ${found.said}) and it is not the Preceptor sandbox.\n` +
      `  Stop it, or choose a free port: pnpm demo --port ${port === DEFAULT_PORT ? 4174 : port + 1}  (or PRECEPTOR_SANDBOX_PORT=...)`,
  );
}

async function startServer(port) {
  const found = await probe(REGISTRATION_URL);
  if (found.kind === 'sandbox') {
    log(`the Preceptor sandbox is already served at ${ORIGIN}: reusing it`);
    const built = path.join(SANDBOX_DIST, 'index.html');
    if (existsSync(built) && readFileSync(built, 'utf8') !== found.html) {
      log(`note: it serves another build than ${path.relative(repoRoot, built)} (another checkout, or built before your last change); stop it to serve this one`);
    }
    return;
  }
  if (found.kind === 'other') throw foreignServer(port, found);
  if (!existsSync(path.join(SANDBOX_DIST, 'index.html'))) {
    throw new Error(`sandbox build missing (${SANDBOX_DIST}/index.html). Run \`pnpm build\` or drop --no-build.`);
  }
  log(`starting sandbox preview server on ${ORIGIN} ...`);
  server = spawn(pnpm, ['--filter', '@preceptor/sandbox', 'preview', '--port', String(port), '--strictPort'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: process.platform !== 'win32',
    shell: process.platform === 'win32',
  });
  let stderr = '';
  server.stderr.on('data', (d) => (stderr += d));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`preview server exited (code ${server.exitCode}):\n${stderr}`);
    const now = await probe(REGISTRATION_URL);
    if (now.kind === 'sandbox') {
      log(`sandbox is up at ${REGISTRATION_URL}`);
      return;
    }
    if (now.kind === 'other' && !now.slow) throw new Error(`port ${port} answers, but not with the Preceptor sandbox (${now.said}); is another server starting there?`);
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`preview server did not answer at ${REGISTRATION_URL} within 30 s:\n${stderr}`);
}

/**
 * The extension's id, once it is ready for the page: its player is registered at run time
 * (extension/src/deployment/), and a page loaded before that would get no content script.
 */
async function extensionIdOf(ctx) {
  const isExt = (w) => w.url().startsWith('chrome-extension://');
  const worker =
    ctx.serviceWorkers().find(isExt) ??
    (await ctx.waitForEvent('serviceworker', { predicate: isExt, timeout: 15_000 }).catch(() => undefined));
  if (!worker) throw new Error(`the extension's service worker did not start (loaded from ${EXTENSION_DIR})`);
  const deadline = Date.now() + 15_000;
  // eslint-disable-next-line no-undef -- runs in the extension's service worker
  while ((await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts({ ids: ['player'] })).length).catch(() => 0)) === 0) {
    if (Date.now() > deadline) throw new Error('the extension did not register its player within 15 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return new URL(worker.url()).host;
}

function screenshotPaths(file) {
  if (!file) {
    return {
      registration: path.join(repoRoot, 'artifacts', 'demo-registration.png'),
      popup: path.join(repoRoot, 'artifacts', 'demo-popup.png'),
    };
  }
  const registration = path.resolve(process.cwd(), file);
  const ext = path.extname(registration) || '.png';
  const base = registration.slice(0, registration.length - path.extname(registration).length);
  return { registration: path.extname(registration) ? registration : base + ext, popup: `${base}-popup${ext}` };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  ORIGIN = `http://localhost:${opts.port}`;
  REGISTRATION_URL = `${ORIGIN}/registration`;
  // before a minute of building: a port held by some other server is a mistake to report now
  const early = await probe(REGISTRATION_URL);
  if (early.kind === 'other') throw foreignServer(opts.port, early);
  const headless = opts.screenshot || !process.env.DISPLAY;
  if (!opts.screenshot && !process.env.DISPLAY) {
    log('no $DISPLAY: running headless and saving screenshots (use `xvfb-run -a pnpm demo` for a headed browser)');
  }

  if (opts.build) {
    log('building extension and sandbox (pnpm build) ...');
    await runInherit(pnpm, ['build']);
  } else {
    log('--no-build: using existing build output');
  }
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`extension build missing (${EXTENSION_DIR}/manifest.json). Run \`pnpm build\` or drop --no-build.`);
  }

  await startServer(opts.port);
  if (opts.port !== DEFAULT_PORT) {
    log(`port ${opts.port}: tours work as on ${DEFAULT_PORT}; for scenario results to reach the extension's record, add ${ORIGIN} to the training sandbox origins on its options page`);
  }

  const { chromium } = await import('playwright-core');
  // run by tsx, so the browser lookup and flags are the tests' own
  const { CHROMIUM_ARGS, extensionArgs, findChromium } = await import('../tests/fixtures/browser.ts');
  const { closedRoot } = await import('../tests/fixtures/closedShadow.ts');
  const executablePath = findChromium();
  profileDir = mkdtempSync(path.join(os.tmpdir(), 'preceptor-demo-profile-'));
  log(`launching ${headless ? 'headless' : 'headed'} Chromium (${executablePath}) with the extension from ${path.relative(repoRoot, EXTENSION_DIR)}`);
  context = await chromium.launchPersistentContext(profileDir, {
    headless,
    executablePath,
    args: [...CHROMIUM_ARGS, ...extensionArgs(EXTENSION_DIR)],
    viewport: headless ? { width: 1280, height: 800 } : null,
    // Our own signal handlers close the browser and then stop the preview server.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const extensionId = await extensionIdOf(context);
  log(`extension loaded, id ${extensionId}`);

  const page = context.pages()[0] ?? (await context.newPage());
  log(`opening ${REGISTRATION_URL}`);
  await page.goto(REGISTRATION_URL, { waitUntil: 'load' });

  if (!headless) {
    log('ready. Close the browser window or press Ctrl-C to stop.');
    await new Promise((resolve) => context.on('close', resolve));
    log('browser closed');
    await cleanup();
    return;
  }

  const out = screenshotPaths(opts.screenshotFile);
  await page.waitForLoadState('networkidle').catch(() => undefined);

  // Play the learner's first minute: choose the registrar role in the popup and start the demo tour.
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 640 });
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  log(`opening ${popupUrl}, choosing the registrar role and starting the demo tour`);
  await popup.goto(popupUrl, { waitUntil: 'load' });
  await popup.locator('select[name="role"]').selectOption('registrar');
  await popup.locator('form button[type="submit"]').click();
  const tour = popup.locator('li[data-tour="registration-basics"]');
  await tour.waitFor({ timeout: 10_000 });
  mkdirSync(path.dirname(out.popup), { recursive: true });
  await popup.screenshot({ path: out.popup, fullPage: true });
  log(`screenshot: ${out.popup}`);
  await tour.getByRole('button').first().click();

  await page.bringToFront();
  // the card's shadow root is closed: reach it through the DevTools protocol, click for real
  const card = closedRoot(page, '[data-preceptor-player]').locator('.card');
  for (const deadline = Date.now() + 10_000; !(await card.isVisible()); ) {
    if (Date.now() > deadline) throw new Error('the tour card did not appear within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await card.locator('button.primary').click(); // past the welcome step
  await page.locator('.driver-active-element').waitFor({ timeout: 10_000 });
  mkdirSync(path.dirname(out.registration), { recursive: true });
  await page.screenshot({ path: out.registration });
  log(`screenshot: ${out.registration} (the tour highlighting the patient search box)`);

  await cleanup();
  log('done');
}

main().then(
  () => process.exit(0),
  async (err) => {
    console.error(`[demo] error: ${err instanceof Error ? err.message : err}`);
    await cleanup();
    process.exit(1);
  },
);
