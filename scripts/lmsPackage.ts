#!/usr/bin/env tsx
// `pnpm lms:package [--format scorm12|cmi5|all] [--scenarios id,id|all] [--packs a.pack.json,...]
//   [--quizzes id,id|all] [--tours id,id|all] [--title-lang zh-CN|en|both] [--out dir] [--no-build]
//   [--sandbox-build dir]`
// Writes LMS packages of the chosen sandbox scenarios (and quizzes/tours of the given pack files)
// into --out (default dist/lms): preceptor-scorm12.zip (SCORM 1.2) and, from the cmi5 half of
// issue 18, preceptor-cmi5.zip. Builds the sandbox's LMS build (sandbox/dist-lms) first unless
// --no-build. The packages come from shared/src/lms/lmsPackagesFromKit.ts with the LMS kit built in
// memory from the folders (scripts/lmsKit.ts), the same code the editor's panel runs on the kit
// file the sandbox publishes. Ends with one JSON line per package (file, bytes, files, items, ms).
// docs/lms.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { lmsCourseProblemText, type LmsCourse, type LmsSelection } from '../shared/src/lms/lmsCourse.ts';
import { lmsPackageFromKit, lmsPackagesFromKit, type LmsPackageFormat } from '../shared/src/lms/lmsPackagesFromKit.ts';
import type { TitleLanguage } from '../shared/src/lms/scorm12Manifest.ts';
import type { LmsKit } from '../shared/src/lms/lmsKit.ts';
import { parsePackFile } from '../shared/src/schema/packImport.ts';
import type { ContentPack } from '../shared/src/schema/contentPack.ts';
import { parseScenarioValue, type Scenario } from '../shared/src/scenario/scenarioSchema.ts';
import { SANDBOX_LMS_BUILD, SANDBOX_SCENARIOS, SCORM12_SCHEMA_DIR, lmsKitFromFolders, readTree } from './lmsKit.ts';

// the kit's folders (scripts/lmsKit.ts), re-exported for the e2e test and the bench
export { SANDBOX_LMS_BUILD, SCORM12_SCHEMA_DIR, readTree };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function fail(message: string): never {
  console.error(`[lms:package] ${message}`);
  process.exit(1);
}

export function readScenarios(): Scenario[] {
  const out: Scenario[] = [];
  for (const name of readdirSync(SANDBOX_SCENARIOS).filter((n) => n.endsWith('.json')).sort()) {
    const parsed = parseScenarioValue(name, JSON.parse(readFileSync(path.join(SANDBOX_SCENARIOS, name), 'utf8')));
    if (!parsed.ok) fail(`sandbox/scenarios/${name}: ${parsed.problems.join('; ')}`);
    out.push(parsed.scenario);
  }
  return out;
}

function readPacks(files: readonly string[]): ContentPack[] {
  return files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      fail(`--packs: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const result = parsePackFile(path.basename(file), text);
    if (!result.ok) fail(`--packs: ${file} is not a content pack:\n${result.problems.map((p) => `  ${p.path || '(top)'}: ${p.message}`).join('\n')}`);
    return result.pack;
  });
}

function list(value: string | undefined): 'all' | string[] | undefined {
  if (value === undefined) return undefined;
  if (value === 'all') return 'all';
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

/** The SCORM 1.2 package of `course` from the kit the folders make (the bench calls this). */
export function writeScorm12(course: LmsCourse, outDir: string, titleLanguage: TitleLanguage): { file: string; bytes: number; files: number } {
  const built = lmsPackageFromKit(kitOrFail(), course, 'scorm12', { titleLanguage });
  const file = path.join(outDir, built.fileName);
  writeFileSync(file, built.zip);
  return { file, bytes: built.zip.byteLength, files: built.files.length };
}

function kitOrFail(sandboxLmsBuild?: string): LmsKit {
  try {
    return lmsKitFromFolders(sandboxLmsBuild);
  } catch (error) {
    fail(`the LMS kit from the folders is not complete (was the sandbox LMS build run?):\n${error instanceof Error ? error.message : String(error)}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      format: { type: 'string', default: 'scorm12' },
      scenarios: { type: 'string', default: 'all' },
      packs: { type: 'string' },
      quizzes: { type: 'string' },
      tours: { type: 'string' },
      'title-lang': { type: 'string', default: 'both' },
      out: { type: 'string', default: path.join(repoRoot, 'dist', 'lms') },
      'no-build': { type: 'boolean', default: false },
      // another sandbox LMS build than sandbox/dist-lms (implies --no-build)
      'sandbox-build': { type: 'string' },
    },
    allowPositionals: false,
  });
  const format = values.format;
  if (format !== 'scorm12' && format !== 'cmi5' && format !== 'all') fail(`--format "${format}": use scorm12, cmi5 or all`);
  const titleLanguage = values['title-lang'];
  if (titleLanguage !== 'zh-CN' && titleLanguage !== 'en' && titleLanguage !== 'both') fail(`--title-lang "${titleLanguage}": use zh-CN, en or both`);
  const packs = readPacks(list(values.packs) === undefined ? [] : (list(values.packs) as string[]));
  const selection: LmsSelection = { scenarios: list(values.scenarios) ?? 'all' };
  const quizzes = list(values.quizzes);
  const tours = list(values.tours);
  if (quizzes) selection.quizzes = quizzes;
  if (tours) selection.tours = tours;
  const sandboxBuild = values['sandbox-build'] === undefined ? undefined : path.resolve(values['sandbox-build']);
  if (!values['no-build'] && sandboxBuild === undefined) {
    console.error('[lms:package] building the sandbox for LMS packages (sandbox/dist-lms)…');
    const run = spawnSync('pnpm', ['--filter', '@preceptor/sandbox', 'build:lms'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) fail(`the sandbox LMS build failed (exit ${run.status})`);
  }
  const outDir = path.resolve(values.out);
  mkdirSync(outDir, { recursive: true });

  // the editor's path: a kit (here from the folders), the packs, the selection -> zips
  const started = Date.now();
  const formats: LmsPackageFormat[] = format === 'all' ? ['scorm12', 'cmi5'] : [format];
  const result = lmsPackagesFromKit({ kit: kitOrFail(sandboxBuild), packs, selection, formats, titleLanguage });
  if (!result.ok) fail(result.problems.map((p) => lmsCourseProblemText(p, 'en')).join('\n'));
  for (const built of result.packages) {
    const file = path.join(outDir, built.fileName);
    writeFileSync(file, built.zip);
    const shown = path.relative(repoRoot, file).startsWith('..') ? file : path.relative(repoRoot, file);
    console.log(JSON.stringify({ format: built.format, file: shown, bytes: built.zip.byteLength, mb: +(built.zip.byteLength / 1048576).toFixed(2), files: built.files.length, items: built.items, ms: Date.now() - started }));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
