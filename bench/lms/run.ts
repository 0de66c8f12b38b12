// `pnpm bench lms [--no-build]`: the SCORM 1.2 package of all sandbox scenarios, as `pnpm
// lms:package` writes it: its size (goal ≤ 20 MB for 18 scenarios), file count and the time to
// assemble it (the sandbox LMS build itself excluded; it is built first unless --no-build).
// Last line: {"bench":"lms","format":"scorm12","scenarios":N,"bytes":N,"mb":x,"files":N,"ms":N,"withinGoal":bool}
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lmsCourse } from '../../shared/src/lms/lmsCourse.ts';
import { SANDBOX_LMS_BUILD, readScenarios, writeScorm12 } from '../../scripts/lmsPackage.ts';

const GOAL_BYTES = 20 * 1024 * 1024;

export default async function run(args: string[]): Promise<void> {
  if (!args.includes('--no-build') || !existsSync(path.join(SANDBOX_LMS_BUILD, 'lms.html'))) {
    const built = spawnSync('pnpm', ['--filter', '@preceptor/sandbox', 'build:lms'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error(`the sandbox LMS build failed (exit ${built.status})`);
  }
  const scenarios = readScenarios();
  const outcome = lmsCourse({ scenarios, packs: [], selection: { scenarios: 'all' } });
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  const out = mkdtempSync(path.join(os.tmpdir(), 'preceptor-bench-lms-'));
  try {
    const started = performance.now();
    const written = writeScorm12(outcome.course, out, 'both');
    const ms = Math.round(performance.now() - started);
    console.log(JSON.stringify({ bench: 'lms', format: 'scorm12', scenarios: scenarios.length, bytes: written.bytes, mb: +(written.bytes / 1048576).toFixed(2), files: written.files, ms, withinGoal: written.bytes <= GOAL_BYTES }));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
