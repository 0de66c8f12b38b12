// The one code path from a checked LMS kit and the mentor's choice to package zips: the editor's
// "LMS course package" panel and `pnpm lms:package` both call it, so the two cannot drift.

import type { ContentPack } from '../schema/contentPack.ts';
import type { LocalizedText } from '../schema/localizedText.ts';
import { BUILT_IN_ROLE_TITLES } from '../schema/learnerProfile.ts';
import { buildCmi5Files } from './cmi5Package.ts';
import type { LmsKit } from './lmsKit.ts';
import { lmsCourse, type LmsCourse, type LmsCourseProblem, type LmsCourseResult, type LmsSelection } from './lmsCourse.ts';
import { packageZip } from './packageZip.ts';
import { scorm12Package } from './scorm12Package.ts';
import type { TitleLanguage } from './scorm12Manifest.ts';

export const LMS_PACKAGE_FORMATS = ['scorm12', 'cmi5'] as const;
export type LmsPackageFormat = (typeof LMS_PACKAGE_FORMATS)[number];

/** The zip's file name per format (the command writes these into --out; the editor downloads them). */
export const LMS_PACKAGE_FILE_NAMES: Record<LmsPackageFormat, string> = { scorm12: 'preceptor-scorm12.zip', cmi5: 'preceptor-cmi5.zip' };

export type LmsPackageOptions = {
  titleLanguage: TitleLanguage;
  /** the block titles of cmi5 (one block per role); the built-in roles by default */
  roleTitles?: Readonly<Record<string, LocalizedText>>;
};

export type LmsPackage = { format: LmsPackageFormat; fileName: string; zip: Uint8Array; files: string[]; items: number };

/** The course outline from the kit's scenarios and the packs, as picked. */
export function lmsCourseFromKit(kit: LmsKit, packs: readonly ContentPack[], selection: LmsSelection): LmsCourseResult {
  return lmsCourse({ scenarios: kit.scenarios, packs, selection });
}

/** One package of one format. Throws (naming the file) when the kit cannot carry the course. */
export function lmsPackageFromKit(kit: LmsKit, course: LmsCourse, format: LmsPackageFormat, options: LmsPackageOptions): LmsPackage {
  const fileName = LMS_PACKAGE_FILE_NAMES[format];
  switch (format) {
    case 'scorm12': {
      const built = scorm12Package({ course, sandboxBuild: kit.sandboxBuild, schemaFiles: kit.schemaFiles, titleLanguage: options.titleLanguage });
      return { format, fileName, zip: built.zip, files: built.files, items: course.items.length };
    }
    case 'cmi5': {
      const files = buildCmi5Files(course, new Map(kit.sandboxBuild.map((f) => [f.path, f.data] as const)), { roleTitles: options.roleTitles ?? BUILT_IN_ROLE_TITLES });
      const built = packageZip([...files].map(([path, data]) => ({ path, data })));
      return { format, fileName, zip: built.zip, files: built.files, items: course.items.length };
    }
  }
}

export type LmsPackagesResult = { ok: true; course: LmsCourse; packages: LmsPackage[] } | { ok: false; problems: LmsCourseProblem[] };

/** Every format asked for, from one course outline. */
export function lmsPackagesFromKit(input: { kit: LmsKit; packs: readonly ContentPack[]; selection: LmsSelection; formats: readonly LmsPackageFormat[] } & LmsPackageOptions): LmsPackagesResult {
  const outline = lmsCourseFromKit(input.kit, input.packs, input.selection);
  if (!outline.ok) return outline;
  const options: LmsPackageOptions = { titleLanguage: input.titleLanguage, ...(input.roleTitles ? { roleTitles: input.roleTitles } : {}) };
  return { ok: true, course: outline.course, packages: input.formats.map((format) => lmsPackageFromKit(input.kit, outline.course, format, options)) };
}
