#!/usr/bin/env tsx
// `pnpm lms:package [--format scorm12|cmi5|all] [--scenarios id,id|all] [--packs a.pack.json,...]
//   [--quizzes id,id|all] [--tours id,id|all] [--title-lang zh-CN|en|both] [--out dir] [--no-build]`
// Writes LMS packages of the chosen sandbox scenarios (and quizzes/tours of the given pack files)
// into --out (default dist/lms): preceptor-scorm12.zip (SCORM 1.2) and, from the cmi5 half of
// issue 18, preceptor-cmi5.zip. Builds the sandbox's LMS build (sandbox/dist-lms) first unless
// --no-build. Ends with one JSON line per package (file, bytes, files, items, ms). docs/lms.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { lmsCourse, type LmsCourse, type LmsSelection } from '../shared/src/lms/lmsCourse.ts';
import { buildCmi5Files } from '../shared/src/lms/cmi5Package.ts';
import { packageZip, type PackageFile } from '../shared/src/lms/packageZip.ts';
import { BUILT_IN_ROLE_TITLES } from '../shared/src/schema/learnerProfile.ts';
import { scorm12Package } from '../shared/src/lms/scorm12Package.ts';
import { SCORM12_SCHEMA_FILES, type TitleLanguage } from '../shared/src/lms/scorm12Manifest.ts';
import { parsePackFile } from '../shared/src/schema/packImport.ts';
import type { ContentPack } from '../shared/src/schema/contentPack.ts';
import { parseScenarioValue, type Scenario } from '../shared/src/scenario/scenarioSchema.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sandboxRoot = path.join(repoRoot, 'sandbox');
export const SANDBOX_LMS_BUILD = path.join(sandboxRoot, 'dist-lms');
export const SCORM12_SCHEMA_DIR = path.join(repoRoot, 'tests', 'fixtures', 'scorm12');

function fail(message: string): never {
  console.error(`[lms:package] ${message}`);
  process.exit(1);
}

/** Every file under `dir`, paths relative to it with "/". */
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

export function readScenarios(): Scenario[] {
  const dir = path.join(sandboxRoot, 'scenarios');
  const out: Scenario[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const parsed = parseScenarioValue(name, JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
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

export function writeScorm12(course: LmsCourse, outDir: string, titleLanguage: TitleLanguage): { file: string; bytes: number; files: number } {
  const schemaFiles = SCORM12_SCHEMA_FILES.map((name) => ({ path: name, data: new Uint8Array(readFileSync(path.join(SCORM12_SCHEMA_DIR, name))) }));
  const needsSandbox = course.items.some((i) => i.kind === 'scenario');
  const sandboxBuild = needsSandbox ? readTree(SANDBOX_LMS_BUILD) : [];
  const built = scorm12Package({ course, sandboxBuild, schemaFiles, titleLanguage });
  const file = path.join(outDir, 'preceptor-scorm12.zip');
  writeFileSync(file, built.zip);
  return { file, bytes: built.zip.byteLength, files: built.files.length };
}

/** cmi5.xml, the sandbox LMS build under sandbox/ (every AU's page is in it) and the launcher's course file. */
export function writeCmi5(course: LmsCourse, outDir: string): { file: string; bytes: number; files: number } {
  const sandboxFiles = new Map(readTree(SANDBOX_LMS_BUILD).map((f) => [f.path, f.data] as const));
  const files = buildCmi5Files(course, sandboxFiles, { roleTitles: BUILT_IN_ROLE_TITLES });
  const built = packageZip([...files].map(([p, data]) => ({ path: p, data })));
  const file = path.join(outDir, 'preceptor-cmi5.zip');
  writeFileSync(file, built.zip);
  return { file, bytes: built.zip.byteLength, files: built.files.length };
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
  const outcome = lmsCourse({ scenarios: readScenarios(), packs, selection });
  if (!outcome.ok) fail(outcome.problems.join('\n'));
  const course = outcome.course;

  // cmi5's quiz and tour AUs are pages of the sandbox LMS build too
  if (!values['no-build'] && (format !== 'scorm12' || course.items.some((i) => i.kind === 'scenario'))) {
    console.error('[lms:package] building the sandbox for LMS packages (sandbox/dist-lms)…');
    const run = spawnSync('pnpm', ['--filter', '@preceptor/sandbox', 'build:lms'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) fail(`the sandbox LMS build failed (exit ${run.status})`);
  }
  const outDir = path.resolve(values.out);
  mkdirSync(outDir, { recursive: true });

  const formats = format === 'all' ? (['scorm12', 'cmi5'] as const) : [format];
  for (const f of formats) {
    const started = Date.now();
    switch (f) {
      case 'scorm12': {
        const written = writeScorm12(course, outDir, titleLanguage);
        console.log(JSON.stringify({ format: 'scorm12', file: path.relative(repoRoot, written.file).startsWith('..') ? written.file : path.relative(repoRoot, written.file), bytes: written.bytes, mb: +(written.bytes / 1048576).toFixed(2), files: written.files, items: course.items.length, ms: Date.now() - started }));
        break;
      }
      case 'cmi5': {
        const written = writeCmi5(course, outDir);
        console.log(JSON.stringify({ format: 'cmi5', file: path.relative(repoRoot, written.file).startsWith('..') ? written.file : path.relative(repoRoot, written.file), bytes: written.bytes, mb: +(written.bytes / 1048576).toFixed(2), files: written.files, items: course.items.length, ms: Date.now() - started }));
        break;
      }
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
