// `pnpm lms:package` and the editor's panel are one code path: the command (run for real, on a
// small stand-in for the sandbox LMS build) writes the same zips, byte for byte, as
// lmsPackagesFromKit on the kit file the sandbox build publishes, for the same selection.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { buildLmsKit, readLmsKit } from '../../shared/src/lms/lmsKit.ts';
import { lmsPackagesFromKit } from '../../shared/src/lms/lmsPackagesFromKit.ts';
import { parsePackFile } from '../../shared/src/schema/packImport.ts';
import { lmsKitFromFolders, lmsKitSourceFromFolders } from '../lmsKit.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const packFile = path.join(repoRoot, 'tests', 'fixtures', 'packs', 'ward-orders.pack.json');
let tmp: string;
let sandboxBuild: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'lms-package-test-'));
  sandboxBuild = path.join(tmp, 'dist-lms');
  mkdirSync(path.join(sandboxBuild, 'assets'), { recursive: true });
  for (const file of ['lms.html', 'lms-launcher.html', 'viewer.html', 'assets/lms-1a2b.js', 'assets/lms-3c4d.css']) writeFileSync(path.join(sandboxBuild, file), `/* ${file} */\n`);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

it('the command writes exactly what lmsPackagesFromKit builds from the published kit, for the same selection', () => {
  const out = path.join(tmp, 'out');
  const scenarios = ['rx-penicillin-allergy', 'nurse-critical-potassium'];
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/lmsPackage.ts', '--format', 'all', '--sandbox-build', sandboxBuild, '--scenarios', scenarios.join(','), '--packs', packFile, '--quizzes', 'all', '--tours', 'all', '--title-lang', 'en', '--out', out], { cwd: repoRoot, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { format: string; files: number; items: number });

  const kit = readLmsKit(buildLmsKit(lmsKitSourceFromFolders(sandboxBuild), new Date()));
  if (!kit.ok) throw new Error(JSON.stringify(kit.problems));
  const pack = parsePackFile('ward-orders.pack.json', readFileSync(packFile, 'utf8'));
  if (!pack.ok) throw new Error('fixture pack');
  const built = lmsPackagesFromKit({ kit: kit.kit, packs: [pack.pack], selection: { scenarios, quizzes: 'all', tours: 'all' }, formats: ['scorm12', 'cmi5'], titleLanguage: 'en' });
  if (!built.ok) throw new Error(built.problems.join('\n'));
  expect(built.course.items.filter((i) => i.kind === 'scenario').map((i) => i.contentId)).toEqual(scenarios);
  expect(built.course.items.length).toBeGreaterThan(2); // the pack's quizzes and tours too

  expect(lines.map((l) => [l.format, l.files, l.items])).toEqual(built.packages.map((p) => [p.format, p.files.length, p.items]));
  for (const pkg of built.packages) {
    const written = new Uint8Array(readFileSync(path.join(out, pkg.fileName)));
    const [mine, theirs] = [unzipSync(pkg.zip), unzipSync(written)];
    expect(Object.keys(theirs).sort(), pkg.format).toEqual(Object.keys(mine).sort());
    const manifest = pkg.format === 'scorm12' ? 'imsmanifest.xml' : 'cmi5.xml';
    expect(strFromU8(theirs[manifest]!)).toBe(strFromU8(mine[manifest]!));
    expect(written).toEqual(pkg.zip);
  }
});

it('the kit from the folders names the entry that is missing when the sandbox LMS build is incomplete', () => {
  const partial = path.join(tmp, 'partial');
  mkdirSync(partial, { recursive: true });
  writeFileSync(path.join(partial, 'lms.html'), '<!doctype html>');
  expect(() => lmsKitFromFolders(partial)).toThrow('sandbox/lms-launcher.html: a page of the sandbox LMS build is missing');
});
