// A SCORM 1.2 package from a course outline: the sandbox's LMS build under sandbox/ (for the
// scenario SCOs), a launcher page per quiz or tour, the manifest, and the SCORM 1.2 schema files
// at the root. Pure: the caller reads the files (scripts/lmsPackage.ts, or the editor's button).

import type { LmsCourse } from './lmsCourse.ts';
import { launcherPage } from './launcherPage.ts';
import { LMS_SANDBOX_DIR, LMS_SANDBOX_ENTRY, launcherPath } from './lmsLaunch.ts';
import { packageZip, type PackageFile } from './packageZip.ts';
import { SCORM12_SCHEMA_FILES, scorm12Manifest, type TitleLanguage } from './scorm12Manifest.ts';
import { LmsBuildError } from './lmsBuildError.ts';

export type Scorm12PackageInput = {
  course: LmsCourse;
  /** the sandbox LMS build (sandbox/dist-lms), paths relative to it */
  sandboxBuild: readonly PackageFile[];
  /** the four schema files by name (SCORM12_SCHEMA_FILES) */
  schemaFiles: readonly PackageFile[];
  titleLanguage?: TitleLanguage;
};

export type Scorm12Package = { zip: Uint8Array; files: string[]; manifest: string };

export function scorm12Package(input: Scorm12PackageInput): Scorm12Package {
  const { course } = input;
  const files: PackageFile[] = [];
  const needsSandbox = course.items.some((i) => i.kind === 'scenario');
  if (needsSandbox) {
    if (!input.sandboxBuild.some((f) => f.path === LMS_SANDBOX_ENTRY)) throw new LmsBuildError(LMS_SANDBOX_ENTRY, { 'zh-CN': `沙箱 LMS 构建中没有 ${LMS_SANDBOX_ENTRY}：请用 \`pnpm --filter @preceptor/sandbox build:lms\` 构建`, en: `the sandbox LMS build has no ${LMS_SANDBOX_ENTRY}: build it with \`pnpm --filter @preceptor/sandbox build:lms\`` });
    for (const f of input.sandboxBuild) files.push({ path: `${LMS_SANDBOX_DIR}/${f.path}`, data: f.data });
  }
  const encoder = new TextEncoder();
  for (const item of course.items) {
    if (item.kind !== 'scenario') files.push({ path: launcherPath(item), data: encoder.encode(launcherPage(item)) });
  }
  const manifest = scorm12Manifest({ course, files: files.map((f) => f.path), ...(input.titleLanguage ? { titleLanguage: input.titleLanguage } : {}) });
  const schemas = SCORM12_SCHEMA_FILES.map((name) => {
    const found = input.schemaFiles.find((f) => f.path === name);
    if (!found) throw new LmsBuildError(name, { 'zh-CN': `缺少 SCORM 1.2 的 schema 文件 ${name}`, en: `the SCORM 1.2 schema file ${name} is missing` });
    return found;
  });
  const zipped = packageZip([{ path: 'imsmanifest.xml', data: encoder.encode(manifest) }, ...schemas, ...files]);
  return { ...zipped, manifest };
}
