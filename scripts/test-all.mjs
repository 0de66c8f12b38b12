#!/usr/bin/env node
// The single `pnpm test` entry: typecheck -> unit tests (vitest) -> build (extension + sandbox) -> e2e (Playwright).
// Stops at the first failing stage, then prints per-stage timings and, as the very last line,
// `tests: N passed, M failed[, K skipped]` counting unit + e2e tests.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { timeScale } from './timeScale.mjs';
import { pnpm, runCommand } from './runCommand.mjs';

// every stage sizes its timeouts from the same factor, chosen once here (see timeScale.mjs)
process.env.PRECEPTOR_TIME_SCALE = String(timeScale());
console.log(`[test-all] timeouts scaled by ${process.env.PRECEPTOR_TIME_SCALE} (PRECEPTOR_TIME_SCALE)`);

const tmp = mkdtempSync(path.join(os.tmpdir(), 'preceptor-test-'));
const vitestJson = path.join(tmp, 'vitest.json');
const pwJson = path.join(tmp, 'pw.json');

/** Run a command with inherited stdio; resolves to its exit code (1 if it could not start). */
function run(cmd, args, env = {}) {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  return runCommand(cmd, args, env);
}

function readJson(file) {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    console.error(`[test-all] could not parse ${file}: ${err.message}`);
    return undefined;
  }
}

/** vitest's JSON reporter (jest-compatible). A test file that failed to load counts as one failed test. */
function countVitest(report) {
  if (!report) return undefined;
  let failed = report.numFailedTests ?? 0;
  for (const file of report.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed += 1;
  }
  return {
    passed: report.numPassedTests ?? 0,
    failed,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** Playwright's JSON reporter. Flaky (passed on retry) counts as passed; global errors count as failures. */
function countPlaywright(report) {
  if (!report) return undefined;
  const s = report.stats ?? {};
  return {
    passed: (s.expected ?? 0) + (s.flaky ?? 0),
    failed: (s.unexpected ?? 0) + (report.errors ?? []).length,
    skipped: s.skipped ?? 0,
  };
}

const stages = [
  // Strict TypeScript across the workspace; the extension's step runs `wxt prepare`, which also
  // writes extension/.wxt (its tsconfig and the globals the unit tests need) on a fresh clone.
  { name: 'typecheck', cmd: [pnpm, ['typecheck']] },
  {
    name: 'unit (vitest)',
    cmd: [pnpm, ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]],
    count: () => countVitest(readJson(vitestJson)),
  },
  { name: 'build', cmd: [pnpm, ['build']] },
  {
    name: 'e2e (playwright)',
    cmd: [pnpm, ['exec', 'playwright', 'test', '-c', 'tests/playwright.config.ts'], { PRECEPTOR_PW_JSON: pwJson }],
    count: () => countPlaywright(readJson(pwJson)),
  },
];

const results = [];
const totals = { passed: 0, failed: 0, skipped: 0 };
let anyStageFailed = false;

for (const stage of stages) {
  if (anyStageFailed) {
    results.push({ name: stage.name, status: 'not run' });
    continue;
  }
  console.log(`\n=== ${stage.name} ===`);
  const started = performance.now();
  const [cmd, args, env] = stage.cmd;
  const code = await run(cmd, args, env);
  const seconds = (performance.now() - started) / 1000;
  let note = '';
  if (stage.count) {
    const counts = stage.count();
    if (counts) {
      totals.passed += counts.passed;
      totals.failed += counts.failed;
      totals.skipped += counts.skipped;
      note = `, ${counts.passed} passed, ${counts.failed} failed` + (counts.skipped ? `, ${counts.skipped} skipped` : '');
    } else {
      note = ', no JSON report';
    }
  }
  const ok = code === 0;
  if (!ok) anyStageFailed = true;
  results.push({ name: stage.name, status: ok ? 'ok' : `FAILED (exit ${code})`, seconds, note });
}

rmSync(tmp, { recursive: true, force: true });

const total = results.reduce((sum, r) => sum + (r.seconds ?? 0), 0);
const width = Math.max(...results.map((r) => r.name.length));
console.log('\n=== summary ===');
for (const r of results) {
  const time = r.seconds === undefined ? '     -' : `${r.seconds.toFixed(1).padStart(5)}s`;
  console.log(`${r.name.padEnd(width)}  ${time}  ${r.status}${r.note ?? ''}`);
}
console.log(`${'total'.padEnd(width)}  ${total.toFixed(1).padStart(5)}s`);
if (totals.passed + totals.failed === 0) console.log('[test-all] no tests ran: treating as failure');

const exitCode = anyStageFailed || totals.failed > 0 || totals.passed + totals.failed === 0 ? 1 : 0;
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed` + (totals.skipped > 0 ? `, ${totals.skipped} skipped` : ''));
process.exitCode = exitCode;
