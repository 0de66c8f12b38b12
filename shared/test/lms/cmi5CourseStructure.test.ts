// @vitest-environment jsdom
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import demoPackJson from '../../packs/registration-demo.pack.json';
import { CMI5_COURSE_STRUCTURE_NS, cmi5CourseStructure, cmi5Xml, LAUNCH_METHODS, MOVE_ON_VALUES, type Cmi5CourseInput, type Cmi5CourseItem } from '../../src/lms/cmi5CourseStructure.ts';
import { auUrlFile, buildCmi5Files } from '../../src/lms/cmi5Package.ts';
import { packagePathProblem } from '../../src/lms/packageZip.ts';
import { BUILT_IN_ROLE_TITLES } from '../../src/schema/learnerProfile.ts';
import { parsePackValue } from '../../src/schema/packImport.ts';
import { quizActivityId, scenarioActivityId, tourActivityId } from '../../src/xapi/vocabulary.ts';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScenarioValue, type Scenario } from '../../src/scenario/scenarioSchema.ts';

/**
 * cmi5.xml from the real sandbox scenarios and the demo pack: validated with xmllint against the
 * cmi5 spec's own CourseStructure.xsd (tests/fixtures/cmi5, copied from the spec's repository: no
 * npm package ships it), and read back with a real XML parser for what the XSD cannot say (ids
 * are absolute IRIs, unique; AU urls are files of the package; the pass marks and rules).
 */

/** The sandbox's scenario files (paths, not URLs: under jsdom `URL` is jsdom's, which node:fs refuses). */
const CMI5_XSD = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/cmi5/CourseStructure.xsd');

async function xsdErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'cmi5.xml', contents: xml }], schema: [{ fileName: 'CourseStructure.xsd', contents: readFileSync(CMI5_XSD, 'utf8') }] });
  return result.errors.map((e) => e.rawMessage);
}

const SCENARIO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../sandbox/scenarios');
function loadScenarios(): Scenario[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const result = parseScenarioValue(name, JSON.parse(readFileSync(path.join(SCENARIO_DIR, name), 'utf8')));
      if (!result.ok) throw new Error(`${name}: ${result.problems.join('; ')}`);
      return result.scenario;
    });
}

const pack = (() => {
  const parsed = parsePackValue('registration-demo.pack.json', demoPackJson);
  if (!parsed.ok) throw new Error('the demo pack does not parse');
  return parsed.pack;
})();

/** The outline as shared/src/lms/lmsCourse.ts makes it: first role, pass marks out of 100. */
function outline(): Cmi5CourseInput {
  const items: Cmi5CourseItem[] = [
    ...loadScenarios().map((s): Cmi5CourseItem => ({ kind: 'scenario', contentId: s.id, title: s.title, role: s.roles[0], masteryScore: s.scoring.passingScore })),
    ...pack.quizzes.map((q): Cmi5CourseItem => ({ kind: 'quiz', contentId: q.id, packId: pack.id, title: q.title, ...(q.roles[0] ? { role: q.roles[0] } : {}), masteryScore: Math.round(q.passMark * 100) })),
    ...pack.tours.map((t): Cmi5CourseItem => ({ kind: 'tour', contentId: t.id, packId: pack.id, title: t.title, ...(t.roles[0] ? { role: t.roles[0] } : {}) })),
  ];
  return { id: 'preceptor-drills', title: { 'zh-CN': 'Preceptor 情景演练 <全院>', en: 'Preceptor drills & tours' }, items };
}

/** What the sandbox LMS build holds (the pages the AUs open, and an asset). */
const SANDBOX_BUILD = new Map<string, Uint8Array>([
  ['lms.html', new TextEncoder().encode('<!doctype html>')],
  ['lms-launcher.html', new TextEncoder().encode('<!doctype html>')],
  ['viewer.html', new TextEncoder().encode('<!doctype html>')],
  ['assets/lms-1a2b.js', new Uint8Array([1, 2, 3])],
]);

const parser = new DOMParser();
const children = (element: Element) => [...element.children];
const names = (element: Element) => children(element).map((c) => c.localName);

function isAbsoluteIri(value: string | null): boolean {
  if (!value || /\s/.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * The CourseStructure.xsd content model: element order, required attributes, enumerations and
 * ranges. Returns the problems found, each with the element's id.
 */
function courseStructureProblems(xml: string): string[] {
  const problems: string[] = [];
  const doc = parser.parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) return ['not well-formed XML'];
  const root = doc.documentElement;
  if (root.localName !== 'courseStructure' || root.namespaceURI !== CMI5_COURSE_STRUCTURE_NS) problems.push(`root ${root.localName} in ${root.namespaceURI}`);
  for (const element of doc.getElementsByTagName('*')) {
    if (element.namespaceURI !== CMI5_COURSE_STRUCTURE_NS) problems.push(`${element.localName} outside the cmi5 namespace`);
  }
  const text = (element: Element | undefined, where: string) => {
    if (!element || children(element).length === 0) return problems.push(`${where}: no langstring`);
    for (const ls of children(element)) {
      if (ls.localName !== 'langstring' || !/^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/.test(ls.getAttribute('lang') ?? '')) problems.push(`${where}: bad langstring`);
      if ((ls.textContent ?? '').trim() === '') problems.push(`${where}: empty langstring`);
    }
    return 0;
  };
  const [course, ...rest] = children(root);
  if (course?.localName !== 'course') problems.push('the first child is not <course>');
  else {
    if (!isAbsoluteIri(course.getAttribute('id'))) problems.push('course id is not an IRI');
    if (names(course).join() !== 'title,description') problems.push(`course children ${names(course)}`);
    text(children(course)[0], 'course title');
    text(children(course)[1], 'course description');
  }
  const checkAu = (au: Element) => {
    const id = au.getAttribute('id');
    if (!isAbsoluteIri(id)) problems.push(`au id ${id} is not an IRI`);
    const moveOn = au.getAttribute('moveOn');
    if (moveOn !== null && !(MOVE_ON_VALUES as readonly string[]).includes(moveOn)) problems.push(`${id}: moveOn ${moveOn}`);
    const method = au.getAttribute('launchMethod');
    if (method !== null && !(LAUNCH_METHODS as readonly string[]).includes(method)) problems.push(`${id}: launchMethod ${method}`);
    const mastery = au.getAttribute('masteryScore');
    if (mastery !== null && !(/^(0(\.\d{1,4})?|1(\.0{1,4})?)$/.test(mastery) && Number(mastery) >= 0 && Number(mastery) <= 1)) problems.push(`${id}: masteryScore ${mastery}`);
    const order = names(au);
    if (order.slice(0, 2).join() !== 'title,description' || !order.includes('url') || order.filter((n) => !['title', 'description', 'url'].includes(n)).length > 0) problems.push(`${id}: children ${order}`);
    text(children(au)[0], `${id} title`);
    text(children(au)[1], `${id} description`);
  };
  const checkBlock = (block: Element) => {
    const id = block.getAttribute('id');
    if (!isAbsoluteIri(id)) problems.push(`block id ${id} is not an IRI`);
    const [title, description, ...units] = children(block);
    if (title?.localName !== 'title' || description?.localName !== 'description') problems.push(`${id}: no title and description first`);
    text(title, `${id} title`);
    text(description, `${id} description`);
    if (units.length === 0) problems.push(`${id}: a block needs at least one au or block`);
    for (const unit of units) {
      if (unit.localName === 'au') checkAu(unit);
      else if (unit.localName === 'block') checkBlock(unit);
      else problems.push(`${id}: unexpected <${unit.localName}>`);
    }
  };
  if (rest.length === 0) problems.push('no au or block after the course');
  for (const unit of rest) {
    if (unit.localName === 'au') checkAu(unit);
    else if (unit.localName === 'block') checkBlock(unit);
    else problems.push(`unexpected <${unit.localName}> under courseStructure`);
  }
  const ids = [...doc.querySelectorAll('course, block, au')].map((e) => e.getAttribute('id'));
  if (new Set(ids).size !== ids.length) problems.push('ids are not unique');
  return problems;
}

function parse(xml: string): Document {
  return parser.parseFromString(xml, 'application/xml');
}

describe('cmi5.xml', () => {
  const course = outline();
  const xml = cmi5Xml(cmi5CourseStructure(course, { roleTitles: BUILT_IN_ROLE_TITLES }));
  const doc = parse(xml);

  it('is valid against the cmi5 CourseStructure.xsd (xmllint)', async () => {
    expect(await xsdErrors(xml)).toEqual([]);
    // the validator is a real oracle: it refuses what the schema forbids
    expect(await xsdErrors(xml.replace('moveOn="Completed"', 'moveOn="Done"'))).not.toEqual([]);
    expect(await xsdErrors(xml.replace(/masteryScore="[^"]+"/, 'masteryScore="1.5"'))).not.toEqual([]);
    expect(await xsdErrors(xml.replace(/<url>[^<]*<\/url>/, ''))).not.toEqual([]);
  });

  it('follows the CourseStructure.xsd content model, ids unique IRIs', () => {
    expect(courseStructureProblems(xml)).toEqual([]);
    // the checker catches what it should (a checker that passes everything proves nothing)
    expect(courseStructureProblems(xml.replace('moveOn="Completed"', 'moveOn="Done"'))).toEqual([expect.stringContaining('moveOn Done')]);
    expect(courseStructureProblems(xml.replace(/masteryScore="[^"]+"/, 'masteryScore="80"'))).toEqual([expect.stringContaining('masteryScore 80')]);
    expect(courseStructureProblems(xml.replace(/<url>/, '<launchParameters/><url>'))).toHaveLength(1);
    expect(courseStructureProblems(xml.replace(/(<block id=")[^"]+/, '$1not an iri'))).toHaveLength(1);
  });

  it('has a block per role and an AU per scenario, quiz and tour, titled in zh-CN and en', () => {
    const blocks = [...doc.querySelectorAll('courseStructure > block')];
    const roles = new Set(course.items.map((i) => i.role ?? 'everyone'));
    expect(blocks).toHaveLength(roles.size);
    const nurse = blocks.find((b) => b.getAttribute('id')!.endsWith('/roles/nurse'))!;
    expect([...nurse.querySelectorAll(':scope > title > langstring')].map((l) => [l.getAttribute('lang'), l.textContent])).toEqual([
      ['zh-CN', '护士'],
      ['en', 'Nurse'],
    ]);
    const aus = [...doc.querySelectorAll('au')];
    const scenarioFiles = readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.json')).length;
    expect(scenarioFiles).toBeGreaterThanOrEqual(18);
    expect(aus).toHaveLength(scenarioFiles + pack.quizzes.length + pack.tours.length);
    expect(doc.querySelector('course > title > langstring[lang="zh-CN"]')!.textContent).toBe('Preceptor 情景演练 <全院>');
  });

  it('takes moveOn and masteryScore from the items’ rules; AU ids are the one vocabulary’s activity ids', () => {
    const au = (id: string) => doc.querySelector(`au[id="${id}"]`)!;
    for (const s of loadScenarios()) {
      const element = au(scenarioActivityId(s.id));
      expect(element.getAttribute('moveOn')).toBe('CompletedAndPassed');
      expect(Number(element.getAttribute('masteryScore'))).toBe(s.scoring.passingScore / 100);
      expect(element.getAttribute('launchMethod')).toBe('OwnWindow');
      expect(element.querySelector('url')!.textContent).toBe(`sandbox/lms.html?scenario=${s.id}`);
    }
    const quiz = au(quizActivityId(pack.id, pack.quizzes[0]!.id));
    expect(Number(quiz.getAttribute('masteryScore'))).toBe(pack.quizzes[0]!.passMark);
    const tour = au(tourActivityId(pack.id, pack.tours[0]!.id));
    expect([tour.getAttribute('moveOn'), tour.getAttribute('masteryScore'), tour.getAttribute('launchMethod')]).toEqual(['Completed', null, 'AnyWindow']);
    expect(tour.querySelector('url')!.textContent).toBe(`sandbox/lms-launcher.html?kind=tour&pack=${pack.id}&id=${pack.tours[0]!.id}`);
  });

  it('refuses an item listed twice and an empty course, naming them', () => {
    const twice = { ...course, items: [course.items[0]!, { ...course.items[0]!, role: 'nurse' }] };
    expect(() => cmi5CourseStructure(twice)).toThrow(`the scenario "${course.items[0]!.contentId}" is in the course twice`);
    expect(() => cmi5CourseStructure({ ...course, items: [] })).toThrow(/needs at least one AU/);
  });
});

describe('cmi5 package files', () => {
  it('holds cmi5.xml, the sandbox build under sandbox/ and the launcher titles; every AU url is a file of it; nothing outside', () => {
    const files = buildCmi5Files(outline(), SANDBOX_BUILD, { roleTitles: BUILT_IN_ROLE_TITLES });
    expect([...files.keys()].sort()).toEqual(['cmi5.xml', 'sandbox/assets/lms-1a2b.js', 'sandbox/lms-course.json', 'sandbox/lms-launcher.html', 'sandbox/lms.html', 'sandbox/viewer.html']);
    // zipped and unzipped, the listing is the same and no path leaves the package
    const listed = Object.keys(unzipSync(zipSync(Object.fromEntries(files))));
    expect(listed.sort()).toEqual([...files.keys()].sort());
    expect(listed.filter((p) => packagePathProblem(p) !== null)).toEqual([]);
    const doc = parse(new TextDecoder().decode(files.get('cmi5.xml')));
    for (const url of doc.querySelectorAll('au > url')) expect(files.has(auUrlFile(url.textContent!)), url.textContent!).toBe(true);
    const launcherTitles = JSON.parse(new TextDecoder().decode(files.get('sandbox/lms-course.json')));
    expect(launcherTitles).toContainEqual({ kind: 'tour', packId: pack.id, contentId: pack.tours[0]!.id, role: 'registrar', roleTitle: { 'zh-CN': '挂号员', en: 'Registrar' }, title: pack.tours[0]!.title });
    expect(launcherTitles.filter((e: { kind: string }) => e.kind === 'scenario')).toEqual([]);
  });

  it('refuses a build without an AU page, and paths that would land outside the package', () => {
    const noLauncher = new Map(SANDBOX_BUILD);
    noLauncher.delete('lms-launcher.html');
    expect(() => buildCmi5Files(outline(), noLauncher)).toThrow(/opens "sandbox\/lms-launcher\.html\?kind=quiz.*no file "sandbox\/lms-launcher\.html"/);
    for (const bad of ['../evil.html', '/etc/passwd', 'a//b.js', 'C:/x.js', 'a\\b.js']) {
      expect(() => buildCmi5Files(outline(), new Map([...SANDBOX_BUILD, [bad, new Uint8Array()]]))).toThrow(new RegExp(`"${bad.replace(/[\\.]/g, '\\$&')}" would land outside`));
    }
  });
});
