// The SCORM 1.2 package: the course outline, imsmanifest.xml (one SCO per item, unique ids, every
// launch file present, valid against the SCORM 1.2 schema files with xmllint), and a zip that holds
// exactly the manifest's files + the manifest + the schemas, nothing outside the package.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { lmsCourse, lmsCourseProblemText, type LmsCourse, type LmsCourseResult } from '../../src/lms/lmsCourse.ts';
import { launchFile } from '../../src/lms/lmsLaunch.ts';
import { PackagePathError, packageZip } from '../../src/lms/packageZip.ts';
import { SCORM12_SCHEMA_FILES, manifestFileHrefs, scorm12Manifest } from '../../src/lms/scorm12Manifest.ts';
import { scorm12Package } from '../../src/lms/scorm12Package.ts';
import { parsePackFile } from '../../src/schema/packImport.ts';
import { parseScenarioValue, type Scenario } from '../../src/scenario/scenarioSchema.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const schemaDir = path.join(repo, 'tests', 'fixtures', 'scorm12');

const scenarios: Scenario[] = readdirSync(path.join(repo, 'sandbox', 'scenarios'))
  .filter((n) => n.endsWith('.json'))
  .sort()
  .map((n) => {
    const r = parseScenarioValue(n, JSON.parse(readFileSync(path.join(repo, 'sandbox', 'scenarios', n), 'utf8')));
    if (!r.ok) throw new Error(`${n}: ${r.problems.join('; ')}`);
    return r.scenario;
  });
const packResult = parsePackFile('ward-orders.pack.json', readFileSync(path.join(repo, 'tests', 'fixtures', 'packs', 'ward-orders.pack.json'), 'utf8'));
if (!packResult.ok) throw new Error('the ward-orders fixture pack does not parse');
const pack = packResult.pack;

const schemaFiles = SCORM12_SCHEMA_FILES.map((name) => ({ path: name, data: new Uint8Array(readFileSync(path.join(schemaDir, name))) }));
/** a stand-in for sandbox/dist-lms: its shape (entry, viewer, assets), not its size */
const sandboxBuild = ['lms.html', 'viewer.html', 'assets/lms-abc123.js', 'assets/styles-def456.css', 'assets/NursePage-0a1b.js'].map((p) => ({ path: p, data: new TextEncoder().encode(`/* ${p} */`) }));

/** the outline's problems as lines in one language */
function problemLines(r: LmsCourseResult, language: 'zh-CN' | 'en'): string[] {
  return r.ok ? [] : r.problems.map((p) => lmsCourseProblemText(p, language));
}

function course(): LmsCourse {
  const r = lmsCourse({ scenarios, packs: [pack], selection: { scenarios: 'all', quizzes: 'all', tours: 'all' } });
  if (!r.ok) throw new Error(problemLines(r, 'en').join('\n'));
  return r.course;
}

/**
 * xmllint against the SCORM 1.2 schema files: IMS CP 1.1.2 and ADL CP 1.2 (which pulls in
 * ims_xml.xsd for xml:lang), through one schema that imports both namespaces. imsmd_rootv1p2p1.xsd
 * does not compile in libxml2 (its content models are not deterministic, a known flaw of the 2001
 * file); the manifest uses no IMS metadata elements, only the CP <schema>/<schemaversion>.
 */
async function validateManifest(xml: string): Promise<string[]> {
  const wrapper = `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
</xsd:schema>`;
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
    schema: [{ fileName: 'scorm12.xsd', contents: wrapper }],
    preload: SCORM12_SCHEMA_FILES.map((name) => ({ fileName: name, contents: readFileSync(path.join(schemaDir, name), 'utf8') })),
  });
  return result.errors.map((e) => e.rawMessage);
}

describe('LMS course outline', () => {
  it('lists the picked scenarios, quizzes and tours with their pass marks and roles', () => {
    const c = course();
    expect(scenarios.length).toBeGreaterThanOrEqual(18);
    expect(c.items.filter((i) => i.kind === 'scenario')).toHaveLength(scenarios.length);
    const kcl = c.items.find((i) => i.key === 'scenario:nurse-kcl-push-order')!;
    expect(kcl).toMatchObject({ kind: 'scenario', role: 'nurse', masteryScore: scenarios.find((s) => s.id === 'nurse-kcl-push-order')!.scoring.passingScore });
    for (const q of pack.quizzes) expect(c.items.find((i) => i.key === `quiz:${pack.id}/${q.id}`)).toMatchObject({ kind: 'quiz', masteryScore: Math.round(q.passMark * 100) });
    for (const t of pack.tours) {
      const item = c.items.find((i) => i.key === `tour:${pack.id}/${t.id}`);
      expect(item).toMatchObject({ kind: 'tour' });
      expect(item).not.toHaveProperty('masteryScore');
    }
    expect(pack.tours.length + pack.quizzes.length).toBeGreaterThan(0);
  });

  it('names an id that matches nothing instead of dropping it, and refuses an empty course', () => {
    const r = lmsCourse({ scenarios, packs: [pack], selection: { scenarios: ['nurse-kcl-push-order', 'no-such-drill'], tours: ['nope'] } });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems.map((p) => p.id)).toEqual(['no-such-drill', 'nope']);
    expect(problemLines(r, 'en')).toEqual(['no scenario "no-such-drill" among the sandbox scenarios', 'no tour "nope" among the installed packs']);
    expect(problemLines(r, 'zh-CN')).toEqual(['沙箱情景中没有情景“no-such-drill”', '已安装的内容包中没有导览“nope”']);
    const empty = lmsCourse({ scenarios, packs: [], selection: { scenarios: [] } });
    expect(problemLines(empty, 'en')).toEqual(['nothing picked: name at least one scenario, quiz or tour']);
    expect(problemLines(empty, 'zh-CN')).toEqual(['没有选择任何内容：请至少选择一个情景、测验或导览']);
  });

  it('names a quiz that matches nothing and a pack installed twice, in zh-CN and en', () => {
    const quiz = pack.quizzes[0]!;
    const r = lmsCourse({ scenarios, packs: [pack, pack], selection: { scenarios: [], quizzes: [`${pack.id}/${quiz.id}`, 'no-such-quiz'] } });
    expect(problemLines(r, 'en')).toEqual([`no quiz "no-such-quiz" among the installed packs`, `"quiz:${pack.id}/${quiz.id}" is in the course twice (two installed packs with the same id?)`]);
    expect(problemLines(r, 'zh-CN')).toEqual([`已安装的内容包中没有测验“no-such-quiz”`, `“quiz:${pack.id}/${quiz.id}”在课程中出现两次（是否安装了两个 ID 相同的内容包？）`]);
  });
});

describe('SCORM 1.2 manifest and package', () => {
  it('has one SCO per item with unique identifiers, each launch file in the package, and validates against the SCORM 1.2 schemas', async () => {
    const c = course();
    const built = scorm12Package({ course: c, sandboxBuild, schemaFiles });
    const xml = built.manifest;
    const items = [...xml.matchAll(/<item identifier="([^"]+)" identifierref="([^"]+)"/g)];
    const scos = [...xml.matchAll(/<resource identifier="([^"]+)" type="webcontent" adlcp:scormtype="sco" href="([^"]+)">/g)];
    expect(items).toHaveLength(c.items.length);
    expect(scos).toHaveLength(c.items.length);
    const ids = [...xml.matchAll(/identifier="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(items.map((m) => m[2])).toEqual(scos.map((m) => m[1]));
    for (const [, , href] of scos) expect(built.files).toContain(href!.replace(/&amp;/g, '&').split('?')[0]);
    expect(scos[0]![2]).toBe('sandbox/lms.html?scenario=rx-penicillin-allergy');
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(await validateManifest(xml)).toEqual([]);
  });

  it('the validator does catch a broken manifest (a second <title> in an item, an unknown scormtype)', async () => {
    const xml = scorm12Package({ course: course(), sandboxBuild, schemaFiles }).manifest;
    expect((await validateManifest(xml.replace('</title>\n      </item>', '</title>\n        <title>again</title>\n      </item>'))).length).toBeGreaterThan(0);
    expect((await validateManifest(xml.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"'))).length).toBeGreaterThan(0);
  });

  it('the zip holds exactly the manifest’s files, the manifest and the schema files — nothing else', () => {
    const built = scorm12Package({ course: course(), sandboxBuild, schemaFiles });
    const inZip = Object.keys(unzipSync(built.zip)).sort();
    const listed = manifestFileHrefs(built.manifest);
    expect(new Set(listed).size).toBe(listed.length);
    expect(inZip).toEqual([...listed, 'imsmanifest.xml', ...SCORM12_SCHEMA_FILES].sort());
    expect(inZip).toEqual([...built.files].sort());
    // every sandbox file is under sandbox/, every launcher under launch/
    for (const f of listed) expect(f).toMatch(/^(sandbox|launch)\//);
    const launcher = new TextDecoder().decode(unzipSync(built.zip)[launchFile(course().items.find((i) => i.kind === 'tour')!)]!);
    expect(launcher).toContain('LMSInitialize');
    expect(launcher).toContain('lang="en"');
  });

  it('a course of quizzes and tours only carries no sandbox build', () => {
    const r = lmsCourse({ scenarios, packs: [pack], selection: { scenarios: [], tours: 'all' } });
    if (!r.ok) throw new Error(problemLines(r, 'en').join());
    const built = scorm12Package({ course: r.course, sandboxBuild, schemaFiles });
    expect(built.files.some((f) => f.startsWith('sandbox/'))).toBe(false);
    expect(built.manifest).not.toContain('RES-SANDBOX');
  });

  it('refuses a manifest whose launch file is missing, or a file no resource lists', () => {
    const c = course();
    expect(() => scorm12Manifest({ course: c, files: ['launch/x.html'] })).toThrow(/has no "sandbox\/lms.html"/);
    expect(() => scorm12Package({ course: c, sandboxBuild: sandboxBuild.filter((f) => f.path !== 'lms.html'), schemaFiles })).toThrow(/no lms.html/);
    const files = scorm12Package({ course: c, sandboxBuild, schemaFiles }).files.filter((f) => f.startsWith('sandbox/') || f.startsWith('launch/'));
    expect(() => scorm12Manifest({ course: c, files: [...files, 'stray.txt'] })).toThrow(/no resource would list "stray.txt"/);
  });
});

describe('package zip paths', () => {
  const data = new Uint8Array([1]);
  it.each([
    ['../evil.html', /outside its folder/],
    ['sandbox/../../evil.html', /outside its folder/],
    ['/etc/passwd', /absolute/],
    ['C:/x.html', /drive letter/],
    ['sandbox\\x.html', /backslash/],
    ['sandbox//x.html', /empty path segment/],
    ['sandbox/./x.html', /outside its folder/],
    ['a\u0000b', /character not allowed/],
    ['', /empty path/],
  ])('refuses %j', (p, reason) => {
    expect(() => packageZip([{ path: p, data }])).toThrow(PackagePathError);
    expect(() => packageZip([{ path: p, data }])).toThrow(reason);
  });
  it('refuses two names that differ only by case, and lists what it zipped', () => {
    expect(() => packageZip([{ path: 'A.html', data }, { path: 'a.html', data }])).toThrow(/listed twice/);
    const z = packageZip([{ path: 'imsmanifest.xml', data }, { path: 'sandbox/assets/a.js', data }]);
    expect(z.files).toEqual(['imsmanifest.xml', 'sandbox/assets/a.js']);
    expect(Object.keys(unzipSync(z.zip))).toEqual(z.files);
  });
});
