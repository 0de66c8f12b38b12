/**
 * `pnpm bench mentor-code`: what a mentor code costs to check, and so to guess offline.
 * Times `verifyMentorCode` (PBKDF2-SHA-256 at the bundled demo pack's iteration count) in Node,
 * and the same derivation inside the built extension's service worker in Chromium when
 * `extension/.output/chrome-mv3` exists. One guess = one derivation (the staff number is salted in,
 * so a guess tests one mentor). Prints one JSON line.
 *   --runs N   derivations per side (default 7)
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, extensionArgs, findChromium } from '../../tests/fixtures/browser.ts';
import { verifyMentorCode } from '../../shared/src/learning/mentorCodes.ts';
import { SIGN_OFF_FREE_ATTEMPTS, SIGN_OFF_LOCK_MS } from '../../shared/src/learning/signOffLockout.ts';
import { ContentPack } from '../../shared/src/schema/contentPack.ts';
import demoPackJson from '../../shared/packs/registration-demo.pack.json';
import { median, percentile, round } from '../lib/stats.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXTENSION_DIR = path.join(repoRoot, 'extension', '.output', 'chrome-mv3');
const DAY_S = 86_400;

async function nodeTimes(runs: number): Promise<number[]> {
  const signOff = ContentPack.parse(demoPackJson).mentorSignOff!;
  const staff = signOff.mentors[0]!.staffNumber;
  await verifyMentorCode(signOff, staff, 'warmup1'); // first call pays for loading crypto
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const ok = await verifyMentorCode(signOff, staff, `guess${i}x`);
    times.push(performance.now() - started);
    if (ok) throw new Error('a wrong guess was accepted');
  }
  return times;
}

/** The same derivation in the extension's MV3 service worker, where sign-off is checked. */
async function serviceWorkerTimes(runs: number, iterations: number): Promise<number[] | undefined> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) return undefined;
  const userDir = mkdtempSync(path.join(os.tmpdir(), 'preceptor-bench-mentor-'));
  const context = await chromium.launchPersistentContext(userDir, { executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS, ...extensionArgs(EXTENSION_DIR)] });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    // a string, not a function: tsx would wrap a function's inner helpers in its own `__name`
    return (await worker.evaluate(`(async () => {
      const derive = async (code) => {
        const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(code), 'PBKDF2', false, ['deriveBits']);
        await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: crypto.getRandomValues(new Uint8Array(24)), iterations: ${iterations} }, key, 256);
      };
      await derive('warmup1');
      const out = [];
      for (let i = 0; i < ${runs}; i++) {
        const started = performance.now();
        await derive('guess' + i + 'x');
        out.push(performance.now() - started);
      }
      return out;
    })()`)) as number[];
  } finally {
    await context.close();
    rmSync(userDir, { recursive: true, force: true });
  }
}

export default async function run(args: string[]): Promise<void> {
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Math.max(1, Number(args[runsAt + 1])) : 7;
  const { iterations, kdf } = ContentPack.parse(demoPackJson).mentorSignOff!;

  const node = await nodeTimes(runs);
  console.error(`node: ${node.map((t) => t.toFixed(0)).join(' ')} ms`);
  const worker = await serviceWorkerTimes(runs, iterations);
  if (worker) console.error(`extension service worker: ${worker.map((t) => t.toFixed(0)).join(' ')} ms`);
  else console.error('extension service worker: skipped (run `pnpm build` first)');

  // the attacker's best of the two, one thread
  const fastestMs = Math.min(median(node), worker ? median(worker) : Infinity);
  const guessesPerSecond = 1000 / fastestMs;
  const spaces = {
    alnum6: 36 ** 6, // every 6-character case-insensitive letters-and-digits code
    alnum6LetterAndDigit: 36 ** 6 - 26 ** 6 - 10 ** 6, // what the editor lets a mentor set: at least one of each
  };
  const daysToExhaust = Object.fromEntries(Object.entries(spaces).map(([k, n]) => [k, round(n / guessesPerSecond / DAY_S, 0)]));
  const onlinePerDay = ((SIGN_OFF_FREE_ATTEMPTS + 1) * DAY_S * 1000) / SIGN_OFF_LOCK_MS;
  console.log(
    JSON.stringify({
      bench: 'mentor-code',
      kdf,
      iterations,
      runs,
      cpus: os.cpus().length,
      loadAverage1m: round(os.loadavg()[0]!, 2),
      nodeMsPerVerify: { median: round(median(node), 1), p90: round(percentile(node, 90), 1) },
      serviceWorkerMsPerVerify: worker ? { median: round(median(worker), 1), p90: round(percentile(worker, 90), 1) } : null,
      guessesPerSecondOneCpu: round(guessesPerSecond, 2),
      codeSpace: spaces,
      daysToExhaustOneCpu: daysToExhaust,
      yearsToExhaustOneCpu: Object.fromEntries(Object.entries(daysToExhaust).map(([k, d]) => [k, round(d / 365, 1)])),
      goalAtLeastOneDay: Math.min(...Object.values(daysToExhaust)) >= 1,
      onlineGuessesPerDayWithLockout: onlinePerDay,
    }),
  );
}
