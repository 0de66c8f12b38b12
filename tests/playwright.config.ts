import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type ReporterDescription } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './fixtures/browser.ts';
import { e2eTimeScale, e2eWorkers } from './fixtures/timing.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
const isCI = !!process.env.CI;
/** the sandbox's preview port; another can be chosen when 4173 is taken */
const sandboxPort = Number(process.env.PRECEPTOR_SANDBOX_PORT ?? 4173);
const jsonReport = process.env.PRECEPTOR_PW_JSON;

const reporter: ReporterDescription[] = [['list']];
if (jsonReport) reporter.push(['json', { outputFile: path.resolve(jsonReport) }]);

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  // spec files are spread over the workers; the tests inside one file run in order (fixtures/timing.ts)
  workers: e2eWorkers(),
  retries: 0,
  // one setting sizes every timeout: the machine's load (PRECEPTOR_TIME_SCALE, set by `pnpm test`)
  // times the workers sharing it (fixtures/timing.ts)
  timeout: 30_000 * e2eTimeScale(),
  expect: { timeout: 5_000 * e2eTimeScale() },
  forbidOnly: isCI,
  reporter,
  use: {
    // For specs that use the plain `page`/`browser` fixtures (no extension): same Chromium, same flags.
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: [...CHROMIUM_ARGS] },
    // Off unless asked for: recording a trace for every test (DOM snapshots and screencast on each
    // action), even one kept only on failure, made registrationTour.spec take 66–121 s instead of
    // 43–52 s in side-by-side runs. A failure is re-run with PRECEPTOR_TRACE=1 to get its trace.
    trace: process.env.PRECEPTOR_TRACE ? 'retain-on-failure' : 'off',
  },
  webServer: {
    // Sandbox must be built first (`pnpm build`); preview serves sandbox/dist.
    command: `pnpm --filter @preceptor/sandbox preview --port ${sandboxPort} --strictPort`,
    cwd: repoRoot,
    url: `http://localhost:${sandboxPort}/registration`,
    reuseExistingServer: !isCI,
    timeout: 60_000 * e2eTimeScale(),
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
