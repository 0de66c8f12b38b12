// The SCORM 1.2 and cmi5 builders' refusals reach a mentor in the editor's LMS tab: each one says
// in Chinese and in English what is wrong and names what is at fault (its id, and the field or
// file in the words), as lmsCourse's problems do; the English stays the error's message for the
// command line.

import { describe, expect, it } from 'vitest';
import { cmi5CourseStructure, cmi5MasteryScore, itemActivityId, type Cmi5CourseInput } from '../../src/lms/cmi5CourseStructure.ts';
import { buildCmi5Files } from '../../src/lms/cmi5Package.ts';
import { launcherPage } from '../../src/lms/launcherPage.ts';
import { LmsBuildError, lmsBuildProblem } from '../../src/lms/lmsBuildError.ts';
import type { LmsCourse, LmsCourseItem, LmsCourseProblem } from '../../src/lms/lmsCourse.ts';
import { PackagePathError, packageZip } from '../../src/lms/packageZip.ts';
import { SCORM12_SCHEMA_FILES, scorm12Manifest } from '../../src/lms/scorm12Manifest.ts';
import { scorm12Package } from '../../src/lms/scorm12Package.ts';

const title = { 'zh-CN': '标题', en: 'Title' };
const drill: LmsCourseItem = { key: 'scenario:reg-walk-in', kind: 'scenario', contentId: 'reg-walk-in', title, role: 'registrar', masteryScore: 80 };
const quiz: LmsCourseItem = { key: 'quiz:demo/q1', kind: 'quiz', contentId: 'q1', packId: 'demo', title, masteryScore: 60 };
const course: LmsCourse = { id: 'drills', title, items: [drill, quiz] };
const cmi5Course: Cmi5CourseInput = { id: 'drills', title, items: [drill, quiz].map(({ key: _key, ...item }) => item) };
const bytes = (text: string) => new TextEncoder().encode(text);
const schemaFiles = SCORM12_SCHEMA_FILES.map((name) => ({ path: name, data: bytes(name) }));
const sandboxBuild = [{ path: 'lms.html', data: bytes('<html>') }];
const cmi5Sandbox = new Map([
  ['lms.html', bytes('<html>')],
  ['lms-launcher.html', bytes('<html>')],
]);

/** The problem a build throws; fails the test when it throws anything else, or nothing. */
function refusal(build: () => unknown): LmsCourseProblem {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(LmsBuildError);
    const problem = (error as LmsBuildError).problem;
    // the English is the message the command line prints
    expect((error as Error).message).toBe(problem.message.en);
    // the Chinese is Chinese words, not the English again
    expect(problem.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(problem.message['zh-CN']).not.toBe(problem.message.en);
    return problem;
  }
  throw new Error('the build did not refuse');
}

describe('SCORM 1.2 builder refusals, in both languages', () => {
  it('a launch file the package lacks: the item and its file', () => {
    const p = refusal(() => scorm12Manifest({ course, files: ['sandbox/lms.html'] }));
    expect(p.id).toBe('quiz:demo/q1');
    expect(p.message['zh-CN']).toContain('“launch/quiz-demo-q1.html”');
    expect(p.message.en).toBe('the package has no "launch/quiz-demo-q1.html" for quiz:demo/q1');
  });

  it('a file no resource lists, and a sandbox build no scenario uses', () => {
    const files = ['sandbox/lms.html', 'launch/quiz-demo-q1.html'];
    const stray = refusal(() => scorm12Manifest({ course, files: [...files, 'stray.txt'] }));
    expect(stray.id).toBe('stray.txt');
    expect(stray.message['zh-CN']).toBe('清单中没有资源会列出 “stray.txt”');
    const unused = refusal(() => scorm12Manifest({ course: { ...course, items: [quiz] }, files: ['launch/quiz-demo-q1.html', 'sandbox/lms.html'] }));
    expect(unused.id).toBe('sandbox/');
    expect(unused.message['zh-CN']).toContain('没有情景使用它');
  });

  it('the sandbox build without its entry page, and a missing schema file: the file named', () => {
    const noEntry = refusal(() => scorm12Package({ course, sandboxBuild: [{ path: 'viewer.html', data: bytes('') }], schemaFiles }));
    expect(noEntry.id).toBe('lms.html');
    expect(noEntry.message['zh-CN']).toContain('沙箱 LMS 构建中没有 lms.html');
    const missing = SCORM12_SCHEMA_FILES[1]!;
    const noSchema = refusal(() => scorm12Package({ course, sandboxBuild, schemaFiles: schemaFiles.filter((f) => f.path !== missing) }));
    expect(noSchema.id).toBe(missing);
    expect(noSchema.message['zh-CN']).toBe(`缺少 SCORM 1.2 的 schema 文件 ${missing}`);
  });

  it('a path that would leave the package: the file and why, in both languages', () => {
    const p = refusal(() => packageZip([{ path: '../evil.html', data: bytes('') }]));
    expect(p.id).toBe('../evil.html');
    expect(p.message['zh-CN']).toBe('课程包文件“../evil.html”：路径中有“.”或“..”段：文件会落到所在文件夹之外');
    expect(p.message.en).toBe('package file "../evil.html": "." or ".." segment: the file would land outside its folder');
    expect(() => packageZip([{ path: 'A.html', data: bytes('') }, { path: 'a.html', data: bytes('') }])).toThrow(PackagePathError);
    expect(refusal(() => packageZip([{ path: 'A.html', data: bytes('') }, { path: 'a.html', data: bytes('') }])).message['zh-CN']).toContain('列出两次');
  });
});

describe('cmi5 builder refusals, in both languages', () => {
  it('a pass mark outside 0-100 names the field (masteryScore) and the item', () => {
    const p = refusal(() => cmi5CourseStructure({ ...cmi5Course, items: [{ ...cmi5Course.items[1]!, masteryScore: 120 }] }));
    expect(p.id).toBe('quiz:demo/q1');
    expect(p.message['zh-CN']).toBe('测验“demo/q1”的及格分（masteryScore）120 不在 0-100 之间');
    expect(p.message.en).toBe('the pass mark (masteryScore) 120 of the quiz "demo/q1" is outside 0-100');
    expect(refusal(() => cmi5MasteryScore(-1)).message['zh-CN']).toBe('及格分（masteryScore）-1 不在 0-100 之间');
  });

  it('a quiz without its pack names the field (packId)', () => {
    const { packId: _packId, ...orphan } = cmi5Course.items[1]!;
    const p = refusal(() => itemActivityId(orphan));
    expect(p.id).toBe('quiz:q1');
    expect(p.message['zh-CN']).toContain('测验“q1”没有 packId');
  });

  it('an empty course and an item listed twice', () => {
    const empty = refusal(() => cmi5CourseStructure({ ...cmi5Course, items: [] }));
    expect(empty.id).toBe('drills');
    expect(empty.message['zh-CN']).toContain('课程“drills”中没有情景、测验或导览');
    const twice = refusal(() => cmi5CourseStructure({ ...cmi5Course, items: [cmi5Course.items[0]!, cmi5Course.items[0]!] }));
    expect(twice.id).toBe('scenario:reg-walk-in');
    expect(twice.message['zh-CN']).toBe('情景“reg-walk-in”在课程中出现两次');
  });

  it("sandbox files that would leave the package or clash with the package's own, and an AU page the build lacks", () => {
    const outside = refusal(() => buildCmi5Files(cmi5Course, new Map([...cmi5Sandbox, ['/etc/passwd', bytes('')]])));
    expect(outside.id).toBe('/etc/passwd');
    expect(outside.message['zh-CN']).toBe('沙箱文件“/etc/passwd”会落到课程包之外（请使用不含“..”的相对路径）：绝对路径');
    const clash = refusal(() => buildCmi5Files(cmi5Course, new Map([...cmi5Sandbox, ['lms-course.json', bytes('[]')]])));
    expect(clash.id).toBe('lms-course.json');
    const noLauncher = refusal(() => buildCmi5Files(cmi5Course, new Map([['lms.html', bytes('<html>')]])));
    expect(noLauncher.id).toBe('sandbox/lms-launcher.html');
    expect(noLauncher.message['zh-CN']).toContain('课程包中没有文件“sandbox/lms-launcher.html”');
  });

  it('a scenario is never given a launcher page', () => {
    expect(refusal(() => launcherPage(drill)).id).toBe('scenario:reg-walk-in');
  });
});

describe("what the editor's LMS tab lists for a failed build", () => {
  it("the builder's problem in both languages; any other error in its own words", () => {
    const problem = { id: 'x', message: { 'zh-CN': '错', en: 'wrong' } };
    expect(lmsBuildProblem(new LmsBuildError(problem.id, problem.message))).toEqual(problem);
    expect(lmsBuildProblem(new TypeError('boom'))).toBe('boom');
    expect(lmsBuildProblem('odd')).toBe('odd');
  });
});
