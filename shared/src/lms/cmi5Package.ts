/**
 * The files of a cmi5 package (`pnpm lms:package --format cmi5` zips them): cmi5.xml at the root,
 * the sandbox's LMS build under sandbox/ (so every AU runs from the LMS's own server, no other
 * host), and sandbox/lms-course.json, the titles the quiz and tour launcher page shows. Every AU
 * url names a file of the package; no path leads outside it.
 */
import { packagePathProblem } from './packageZip.ts';
import { CMI5_SANDBOX_DIR, cmi5CourseStructure, cmi5Xml, type Cmi5CourseInput, type Cmi5StructureOptions } from './cmi5CourseStructure.ts';
import { LmsBuildError } from './lmsBuildError.ts';

/** What the launcher page reads (relative to itself): which quiz or tour, for which role. */
export const LMS_COURSE_FILE = 'lms-course.json';

export interface LmsCourseFileEntry {
  kind: 'quiz' | 'tour';
  packId: string;
  contentId: string;
  role?: string;
  /** the role's title (the launcher page does not carry the role dictionary) */
  roleTitle?: { 'zh-CN': string; en: string };
  title: { 'zh-CN': string; en: string };
}

/** The file an AU url opens: its path without query or fragment, percent-decoded. */
export function auUrlFile(url: string): string {
  const path = url.split(/[?#]/, 1)[0]!;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * cmi5.xml + the sandbox LMS build (paths relative to the build's root, placed under sandbox/)
 * + sandbox/lms-course.json. Throws, naming the file, when a sandbox path would land outside the
 * package or clash with a file the package writes itself, or when an AU's page is missing.
 */
export function buildCmi5Files(course: Cmi5CourseInput, sandboxFiles: ReadonlyMap<string, Uint8Array>, options: Cmi5StructureOptions = {}): Map<string, Uint8Array> {
  const structure = cmi5CourseStructure(course, options);
  const files = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  files.set('cmi5.xml', encoder.encode(cmi5Xml(structure)));
  for (const [path, bytes] of sandboxFiles) {
    const problem = packagePathProblem(path);
    if (problem) throw new LmsBuildError(path, { 'zh-CN': `沙箱文件“${path}”会落到课程包之外（请使用不含“..”的相对路径）：${problem['zh-CN']}`, en: `the sandbox file "${path}" would land outside the package (use a relative path without ".."): ${problem.en}` });
    if (path === LMS_COURSE_FILE) throw new LmsBuildError(path, { 'zh-CN': `沙箱构建自带“${path}”，而 cmi5 课程包要自己写这个文件`, en: `the sandbox build has its own "${path}", which the cmi5 package writes itself` });
    files.set(`${CMI5_SANDBOX_DIR}/${path}`, bytes);
  }
  const entries: LmsCourseFileEntry[] = course.items.flatMap((item) =>
    item.kind === 'scenario'
      ? []
      : [{ kind: item.kind, packId: item.packId ?? '', contentId: item.contentId, ...(item.role ? { role: item.role } : {}), ...(item.role && options.roleTitles?.[item.role] ? { roleTitle: options.roleTitles[item.role] } : {}), title: item.title }],
  );
  files.set(`${CMI5_SANDBOX_DIR}/${LMS_COURSE_FILE}`, encoder.encode(`${JSON.stringify(entries, null, 2)}\n`));
  for (const block of structure.blocks) {
    for (const au of block.aus) {
      const file = auUrlFile(au.url);
      if (packagePathProblem(file) !== null || !files.has(file)) {
        throw new LmsBuildError(file, { 'zh-CN': `AU“${au.id}”的网址是“${au.url}”，但课程包中没有文件“${file}”（沙箱 LMS 构建是否完整？）`, en: `the AU "${au.id}" opens "${au.url}", but the package has no file "${file}" (is the sandbox LMS build complete?)` });
      }
    }
  }
  return files;
}
