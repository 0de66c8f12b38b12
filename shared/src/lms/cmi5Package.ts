/**
 * The files of a cmi5 package (`pnpm lms:package --format cmi5` zips them): cmi5.xml at the root,
 * the sandbox's LMS build beside it (so every AU runs from the LMS's own server), and
 * `lms-course.json`, the AUs' titles for the tour launcher page. Every AU url must name a file
 * of the package; nothing is written outside it.
 */
import { cmi5CourseStructure, cmi5Xml, type Cmi5CourseInput, type Cmi5CourseStructure } from './cmi5CourseStructure.ts';

/** What the tour launcher page reads: which tour, from which pack, for which role. */
export const LMS_COURSE_FILE = 'lms-course.json';

export interface LmsCourseFileEntry {
  kind: string;
  id: string;
  packId?: string;
  role: string;
  title: { 'zh-CN': string; en: string };
}

/** A package path: relative, forward slashes, no `..`, no empty or dot segments. */
export function isPackagePath(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.includes('\\') || /^[a-z][a-z0-9+.-]*:/i.test(path)) return false;
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
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

export interface Cmi5Files {
  structure: Cmi5CourseStructure;
  files: Map<string, Uint8Array>;
}

/**
 * cmi5.xml + the sandbox build + lms-course.json. Throws, naming the file, when a sandbox path
 * would land outside the package or clash with the package's own files, or when an AU's page
 * is not among the files.
 */
export function buildCmi5Files(course: Cmi5CourseInput, sandboxFiles: ReadonlyMap<string, Uint8Array>): Cmi5Files {
  const structure = cmi5CourseStructure(course);
  const files = new Map<string, Uint8Array>();
  for (const [path, bytes] of sandboxFiles) {
    if (!isPackagePath(path)) throw new Error(`the sandbox file "${path}" would land outside the package (use a relative path without "..")`);
    if (path === 'cmi5.xml' || path === LMS_COURSE_FILE) throw new Error(`the sandbox build has its own "${path}", which the package writes itself`);
    files.set(path, bytes);
  }
  const encoder = new TextEncoder();
  files.set('cmi5.xml', encoder.encode(cmi5Xml(structure)));
  const entries: LmsCourseFileEntry[] = course.items.map((item) => ({ kind: item.kind, id: item.id, ...(item.packId ? { packId: item.packId } : {}), role: item.role, title: item.title }));
  files.set(LMS_COURSE_FILE, encoder.encode(`${JSON.stringify(entries, null, 2)}\n`));
  for (const block of structure.blocks) {
    for (const au of block.aus) {
      const file = auUrlFile(au.url);
      if (!isPackagePath(file) || !files.has(file)) {
        throw new Error(`the AU "${au.id}" opens "${au.url}", but the package has no file "${file}" (is the sandbox LMS build complete?)`);
      }
    }
  }
  return { structure, files };
}
