#!/usr/bin/env tsx
// `tsx scripts/lmsKit.ts [--out file]`: writes the LMS kit (shared/src/lms/lmsKit.ts) from the
// folders — sandbox/dist-lms, sandbox/scenarios/*.json, tests/fixtures/scorm12 — to
// sandbox/dist/preceptor-lms-kit.zip, where `vite preview` and any static server of the sandbox
// serve it for the editor's "LMS course package" panel. The sandbox's `build` script runs it last.
// `pnpm lms:package` builds the same kit in memory (lmsKitFromFolders) instead of reading a file.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { LMS_KIT_FILE_NAME, buildLmsKit, lmsKitEntries, lmsKitFromEntries, lmsKitProblemText, type LmsKit, type LmsKitSource } from '../shared/src/lms/lmsKit.ts';
import type { PackageFile } from '../shared/src/lms/packageZip.ts';
import { SCORM12_SCHEMA_FILES } from '../shared/src/lms/scorm12Manifest.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SANDBOX_LMS_BUILD = path.join(repoRoot, 'sandbox', 'dist-lms');
export const SANDBOX_SCENARIOS = path.join(repoRoot, 'sandbox', 'scenarios');
export const SCORM12_SCHEMA_DIR = path.join(repoRoot, 'tests', 'fixtures', 'scorm12');
export const LMS_KIT_OUT = path.join(repoRoot, 'sandbox', 'dist', LMS_KIT_FILE_NAME);

/** Every file under `dir`, paths relative to it with "/", in name order. */
export function readTree(dir: string): PackageFile[] {
  const out: PackageFile[] = [];
  const walk = (sub: string): void => {
    for (const name of readdirSync(path.join(dir, sub)).sort()) {
      const rel = sub ? `${sub}/${name}` : name;
      const full = path.join(dir, rel);
      if (statSync(full).isDirectory()) walk(rel);
      else out.push({ path: rel, data: new Uint8Array(readFileSync(full)) });
    }
  };
  walk('');
  return out;
}

/** The kit's folders as the repository holds them (the sandbox LMS build must exist; another may be named). */
export function lmsKitSourceFromFolders(sandboxLmsBuild: string = SANDBOX_LMS_BUILD): LmsKitSource {
  return {
    sandboxBuild: readTree(sandboxLmsBuild),
    scenarioFiles: readTree(SANDBOX_SCENARIOS).filter((f) => f.path.endsWith('.json') && !f.path.includes('/')),
    schemaFiles: SCORM12_SCHEMA_FILES.map((name) => ({ path: name, data: new Uint8Array(readFileSync(path.join(SCORM12_SCHEMA_DIR, name))) })),
  };
}

/** The kit read from the folders through the same checks as a fetched kit file; throws with every problem. */
export function lmsKitFromFolders(sandboxLmsBuild: string = SANDBOX_LMS_BUILD): LmsKit {
  const read = lmsKitFromEntries(lmsKitEntries(lmsKitSourceFromFolders(sandboxLmsBuild), new Date()));
  if (!read.ok) throw new Error(read.problems.map((p) => lmsKitProblemText('(kit from the folders)', p, 'en')).join('\n'));
  return read.kit;
}

function main(): void {
  const { values } = parseArgs({ options: { out: { type: 'string', default: LMS_KIT_OUT } } });
  const out = path.resolve(values.out);
  const started = Date.now();
  const zip = buildLmsKit(lmsKitSourceFromFolders(), new Date());
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, zip);
  console.log(`[lms:kit] ${path.relative(repoRoot, out)}: ${(zip.byteLength / 1048576).toFixed(2)} MB in ${Date.now() - started} ms`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
