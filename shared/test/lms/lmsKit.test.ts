// The LMS kit: built from its folders' files, read back to the same files and scenarios; a kit
// that is broken in any one way is refused with the entry named in both languages; and packages
// built from a read kit hold what the course needs (lmsPackagesFromKit).

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { LMS_KIT_MANIFEST, buildLmsKit, lmsKitEntries, lmsKitProblemText, readLmsKit, type LmsKitProblem, type LmsKitSource } from '../../src/lms/lmsKit.ts';
import { lmsCourseProblemText } from '../../src/lms/lmsCourse.ts';
import { lmsPackagesFromKit } from '../../src/lms/lmsPackagesFromKit.ts';
import { SCORM12_SCHEMA_FILES, manifestFileHrefs } from '../../src/lms/scorm12Manifest.ts';
import type { PackageFile } from '../../src/lms/packageZip.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const text = (p: string, body: string): PackageFile => ({ path: p, data: strToU8(body) });

const scenarioNames = readdirSync(path.join(repo, 'sandbox', 'scenarios')).filter((n) => n.endsWith('.json')).sort();
/** the real scenario files and schemas; a stand-in for the sandbox LMS build (its shape, not its size) */
const source: LmsKitSource = {
  sandboxBuild: ['lms.html', 'lms-launcher.html', 'viewer.html', 'assets/lms-abc123.js', 'assets/styles-def456.css'].map((p) => text(p, `/* ${p} */`)),
  scenarioFiles: scenarioNames.slice(0, 3).map((n) => ({ path: n, data: new Uint8Array(readFileSync(path.join(repo, 'sandbox', 'scenarios', n))) })),
  schemaFiles: SCORM12_SCHEMA_FILES.map((n) => ({ path: n, data: new Uint8Array(readFileSync(path.join(repo, 'tests', 'fixtures', 'scorm12', n))) })),
};
const builtAt = new Date('2026-12-06T10:00:00Z');

/** the kit's entries with one change, zipped as a kit file */
function kitWith(change: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = unzipSync(buildLmsKit(source, builtAt));
  change(entries);
  return zipSync(entries);
}

function problemsOf(zip: Uint8Array): LmsKitProblem[] {
  const read = readLmsKit(zip);
  if (read.ok) throw new Error('the kit was accepted');
  return read.problems;
}

describe('LMS kit', () => {
  it('reads back what it was built from: the same files per folder, the scenarios parsed, the build time', () => {
    const zip = buildLmsKit(source, builtAt);
    const read = readLmsKit(zip);
    if (!read.ok) throw new Error(read.problems.map((p) => lmsKitProblemText('kit', p, 'en')).join('\n'));
    expect(read.kit.builtAt).toBe('2026-12-06T10:00:00.000Z');
    expect(read.kit.sandboxBuild.map((f) => [f.path, strFromU8(f.data)])).toEqual(source.sandboxBuild.map((f) => [f.path, strFromU8(f.data)]));
    expect(read.kit.schemaFiles.map((f) => f.path)).toEqual([...SCORM12_SCHEMA_FILES]);
    expect(read.kit.schemaFiles[0]!.data).toEqual(source.schemaFiles[0]!.data);
    const ids = scenarioNames.slice(0, 3).map((n) => (JSON.parse(readFileSync(path.join(repo, 'sandbox', 'scenarios', n), 'utf8')) as { id: string }).id);
    expect(read.kit.scenarios.map((s) => s.id)).toEqual(ids);
    // the manifest lists every other entry with its size, and nothing else
    const manifest = JSON.parse(strFromU8(unzipSync(zip)[LMS_KIT_MANIFEST]!)) as { formatVersion: number; files: { path: string; bytes: number }[] };
    expect(manifest.formatVersion).toBe(1);
    expect(manifest.files.map((f) => f.path).sort()).toEqual(Object.keys(unzipSync(zip)).filter((p) => p !== LMS_KIT_MANIFEST).sort());
    expect(manifest.files.find((f) => f.path === 'sandbox/lms.html')?.bytes).toBe(source.sandboxBuild[0]!.data.byteLength);
  });

  it('names the kit entry that is wrong, in zh-CN and en', () => {
    const cases: [string, (e: Record<string, Uint8Array>) => void, string, RegExp, RegExp][] = [
      ['manifest missing', (e) => delete e[LMS_KIT_MANIFEST], LMS_KIT_MANIFEST, /not a Preceptor LMS kit/, /缺少工具包清单/],
      ['manifest not JSON', (e) => (e[LMS_KIT_MANIFEST] = strToU8('{ nope')), LMS_KIT_MANIFEST, /not valid JSON/, /不是有效的 JSON/],
      ['newer format', (e) => (e[LMS_KIT_MANIFEST] = strToU8(JSON.stringify({ ...JSON.parse(strFromU8(e[LMS_KIT_MANIFEST]!)), formatVersion: 2 }))), LMS_KIT_MANIFEST, /kit format 2 is newer/, /工具包格式 2/],
      ['listed file missing', (e) => delete e['sandbox/viewer.html'], 'sandbox/viewer.html', /missing from the kit/, /工具包中没有此文件/],
      ['file changed size', (e) => (e['sandbox/assets/lms-abc123.js'] = strToU8('cut')), 'sandbox/assets/lms-abc123.js', /is 3 bytes, the manifest says 26/, /大小为 3 字节/],
      ['file not listed', (e) => (e['sandbox/extra.js'] = strToU8('x')), 'sandbox/extra.js', /not listed in the manifest/, /清单未列出/],
      ['scenario broken', (e) => (e[`scenarios/${scenarioNames[1]}`] = e[`scenarios/${scenarioNames[1]}`]!.slice(0, 20)), `scenarios/${scenarioNames[1]}`, /not valid JSON|bytes, the manifest says/, /JSON|大小为/],
    ];
    for (const [what, change, entry, en, zh] of cases) {
      const problems = problemsOf(kitWith(change));
      const named = problems.find((p) => p.entry === entry);
      expect(named, `${what}: ${JSON.stringify(problems)}`).toBeDefined();
      expect(lmsKitProblemText('preceptor-lms-kit.zip', named!, 'en')).toMatch(new RegExp(`^preceptor-lms-kit\\.zip › ${entry.replace(/[.]/g, '\\.')}: `));
      expect(named!.message.en, what).toMatch(en);
      expect(named!.message['zh-CN'], what).toMatch(zh);
    }
  });

  it('refuses a kit without a page the packages open, a schema file, or scenarios; and a file that is not a zip', () => {
    const without = (drop: (f: PackageFile) => boolean) => readLmsKit(buildLmsKit({ ...source, sandboxBuild: source.sandboxBuild.filter((f) => !drop(f)), schemaFiles: source.schemaFiles.filter((f) => !drop(f)) }, builtAt));
    const noLauncher = without((f) => f.path === 'lms-launcher.html');
    expect(noLauncher.ok ? [] : noLauncher.problems.map((p) => p.entry)).toEqual(['sandbox/lms-launcher.html']);
    const noSchema = without((f) => f.path === 'ims_xml.xsd');
    expect(noSchema.ok ? [] : noSchema.problems.map((p) => p.entry)).toEqual(['scorm12/ims_xml.xsd']);
    const noScenarios = readLmsKit(buildLmsKit({ ...source, scenarioFiles: [] }, builtAt));
    expect(noScenarios.ok ? [] : noScenarios.problems.map((p) => p.message.en)).toEqual(['the kit holds no scenarios']);
    const invalidScenario = readLmsKit(buildLmsKit({ ...source, scenarioFiles: [text('bad.json', '{"id":"x"}')] }, builtAt));
    expect(invalidScenario.ok ? [] : invalidScenario.problems.map((p) => [p.entry, /not a valid scenario/.test(p.message.en)])).toEqual([['scenarios/bad.json', true]]);
    const notZip = problemsOf(strToU8('<!doctype html><title>index</title>'));
    expect(notZip.map((p) => p.entry)).toEqual(['']);
    expect(lmsKitProblemText('preceptor-lms-kit.zip', notZip[0]!, 'zh-CN')).toMatch(/^preceptor-lms-kit\.zip：不是可读的 zip 文件/);
  });

  it('a manifest entry outside the kit folders is refused by name', () => {
    const entries = lmsKitEntries(source, builtAt);
    const manifest = JSON.parse(strFromU8(entries[0]!.data)) as { files: { path: string; bytes: number }[] };
    manifest.files.push({ path: '../evil.js', bytes: 1 }, { path: 'loose.txt', bytes: 1 });
    const zip = zipSync({ ...Object.fromEntries(entries.slice(1).map((e) => [e.path, e.data])), [LMS_KIT_MANIFEST]: strToU8(JSON.stringify(manifest)), 'loose.txt': strToU8('x') });
    const entriesNamed = problemsOf(zip).map((p) => p.entry);
    expect(entriesNamed).toContain('../evil.js');
    expect(entriesNamed).toContain('loose.txt');
  });

  it('packages from a read kit: SCORM 1.2 holds one SCO per picked scenario and exactly the manifest files; cmi5 one AU each', () => {
    const read = readLmsKit(buildLmsKit(source, builtAt));
    if (!read.ok) throw new Error('kit refused');
    const picked = read.kit.scenarios[1]!.id;
    const result = lmsPackagesFromKit({ kit: read.kit, packs: [], selection: { scenarios: [picked] }, formats: ['scorm12', 'cmi5'], titleLanguage: 'en' });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const [scorm, cmi5] = result.packages;
    expect([scorm!.fileName, cmi5!.fileName]).toEqual(['preceptor-scorm12.zip', 'preceptor-cmi5.zip']);
    expect([scorm!.items, cmi5!.items]).toEqual([1, 1]);
    const scormZip = unzipSync(scorm!.zip);
    const manifest = strFromU8(scormZip['imsmanifest.xml']!);
    expect(manifest).toContain(`lms.html?scenario=${encodeURIComponent(picked)}`);
    expect(Object.keys(scormZip).sort()).toEqual(['imsmanifest.xml', ...SCORM12_SCHEMA_FILES, ...manifestFileHrefs(manifest)].sort());
    const cmi5Xml = strFromU8(unzipSync(cmi5!.zip)['cmi5.xml']!);
    expect(cmi5Xml.match(/<au /g)).toHaveLength(1);
    const nothing = lmsPackagesFromKit({ kit: read.kit, packs: [], selection: { scenarios: ['no-such-drill'] }, formats: ['scorm12'], titleLanguage: 'en' });
    expect(nothing.ok ? [] : nothing.problems.map((p) => lmsCourseProblemText(p, 'en'))).toEqual(['no scenario "no-such-drill" among the sandbox scenarios']);
  });
});
