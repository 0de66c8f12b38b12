// `web-ext lint` (Mozilla's addons-linter) on the Firefox build; runs offline.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

export interface LintResult {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

export function lintFirefoxBuild(sourceDir: string): LintResult {
  // the package exports only its API; its CLI sits beside the entry file
  const bin = path.join(path.dirname(createRequire(import.meta.url).resolve('web-ext')), 'bin', 'web-ext.js');
  const run = spawnSync(process.execPath, [bin, 'lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // web-ext exits 1 when the linter found errors; the JSON report is on stdout either way
  const start = run.stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint printed no report (exit ${run.status}): ${run.stderr.trim().slice(0, 500)}`);
  const report = JSON.parse(run.stdout.slice(start)) as Partial<LintResult>;
  const pick = (list: LintMessage[] | undefined) => (list ?? []).map(({ code, message, file }) => ({ code, message, file }));
  return { errors: pick(report.errors), warnings: pick(report.warnings), notices: pick(report.notices) };
}
