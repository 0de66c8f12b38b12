// imsmanifest.xml for a SCORM 1.2 package (IMS CP 1.1.2 + ADL CP 1.2): one SCO per course item
// (a scenario in the sandbox's LMS build; a quiz or tour on its launcher page), and one asset
// resource that lists every file of the sandbox build the scenario SCOs depend on. Every file in
// the zip except the manifest and the schema files is listed by exactly one resource.
//
// No <adlcp:masteryscore>: a scenario passes only when its required checks pass and no safety
// trap was sprung, not on score alone, and an LMS that knows a mastery score may overwrite the
// SCO's "failed" with "passed" from the score (SCORM 1.2 RTE 3.4.4). The SCO reports passed/failed.

import type { LmsCourse, LmsCourseItem } from './lmsCourse.ts';
import { LMS_SANDBOX_DIR, launchFile, launchHref, safeName } from './lmsLaunch.ts';
import { LmsBuildError } from './lmsBuildError.ts';

/** The SCORM 1.2 schema files every package carries at its root (tests/fixtures/scorm12/). */
export const SCORM12_SCHEMA_FILES = ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'] as const;

export type TitleLanguage = 'zh-CN' | 'en' | 'both';

export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function titleText(title: { 'zh-CN': string; en: string }, lang: TitleLanguage): string {
  if (lang === 'both') return title['zh-CN'] === title.en ? title.en : `${title['zh-CN']} (${title.en})`;
  return title[lang];
}

export type Scorm12ManifestInput = {
  course: LmsCourse;
  /** every file of the package other than imsmanifest.xml and the schema files */
  files: readonly string[];
  titleLanguage?: TitleLanguage;
  version?: string;
};

export type Scorm12ManifestIds = { item: string; resource: string };

/** The item and resource identifiers of each course item (XML IDs: unique, NCName). */
export function scorm12Identifiers(items: readonly LmsCourseItem[]): Scorm12ManifestIds[] {
  return items.map((item, i) => {
    const stem = `${String(i + 1).padStart(3, '0')}-${item.kind}-${safeName(item.contentId)}`;
    return { item: `ITEM-${stem}`, resource: `RES-${stem}` };
  });
}

export const SANDBOX_RESOURCE_ID = 'RES-SANDBOX';

export function scorm12Manifest(input: Scorm12ManifestInput): string {
  const { course, files } = input;
  const lang = input.titleLanguage ?? 'both';
  const fileSet = new Set(files);
  for (const item of course.items) {
    if (!fileSet.has(launchFile(item))) throw new LmsBuildError(item.key, { 'zh-CN': `课程包中没有 ${item.key} 的启动页“${launchFile(item)}”`, en: `the package has no "${launchFile(item)}" for ${item.key}` });
  }
  const ids = scorm12Identifiers(course.items);
  const launchFiles = new Set(course.items.filter((i) => i.kind !== 'scenario').map(launchFile));
  const hasScenario = course.items.some((i) => i.kind === 'scenario');
  const sandboxFiles = files.filter((f) => f.startsWith(`${LMS_SANDBOX_DIR}/`) && !launchFiles.has(f));
  const otherFiles = files.filter((f) => !f.startsWith(`${LMS_SANDBOX_DIR}/`) && !launchFiles.has(f));
  if (otherFiles.length > 0) throw new LmsBuildError(otherFiles[0]!, { 'zh-CN': `清单中没有资源会列出 ${otherFiles.map((f) => `“${f}”`).join('、')}`, en: `no resource would list ${otherFiles.map((f) => `"${f}"`).join(', ')}` });
  if (!hasScenario && sandboxFiles.length > 0) throw new LmsBuildError(`${LMS_SANDBOX_DIR}/`, { 'zh-CN': `课程包中有沙箱构建（${LMS_SANDBOX_DIR}/），但没有情景使用它`, en: `the sandbox build is in the package (${LMS_SANDBOX_DIR}/), but no scenario uses it` });

  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    `<manifest identifier="${xmlEscape(`MANIFEST-${safeName(course.id)}`)}" version="${xmlEscape(input.version ?? '1.0')}"` +
      ' xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"' +
      ' xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">',
  );
  out.push('  <metadata>', '    <schema>ADL SCORM</schema>', '    <schemaversion>1.2</schemaversion>', '  </metadata>');
  out.push('  <organizations default="ORG-1">', '    <organization identifier="ORG-1">', `      <title>${xmlEscape(titleText(course.title, lang))}</title>`);
  course.items.forEach((item, i) => {
    out.push(`      <item identifier="${ids[i]!.item}" identifierref="${ids[i]!.resource}" isvisible="true">`, `        <title>${xmlEscape(titleText(item.title, lang))}</title>`, '      </item>');
  });
  out.push('    </organization>', '  </organizations>', '  <resources>');
  course.items.forEach((item, i) => {
    out.push(`    <resource identifier="${ids[i]!.resource}" type="webcontent" adlcp:scormtype="sco" href="${xmlEscape(launchHref(item))}">`);
    // the scenario SCOs share the entry page: it is listed once, by the sandbox asset
    if (item.kind !== 'scenario') out.push(`      <file href="${xmlEscape(launchFile(item))}"/>`);
    if (item.kind === 'scenario') out.push(`      <dependency identifierref="${SANDBOX_RESOURCE_ID}"/>`);
    out.push('    </resource>');
  });
  if (hasScenario) {
    out.push(`    <resource identifier="${SANDBOX_RESOURCE_ID}" type="webcontent" adlcp:scormtype="asset">`);
    for (const f of sandboxFiles) out.push(`      <file href="${xmlEscape(f)}"/>`);
    out.push('    </resource>');
  }
  out.push('  </resources>', '</manifest>', '');
  return out.join('\n');
}

/** Every `<file href>` the manifest lists (for checks: the zip holds exactly these + manifest + schemas). */
export function manifestFileHrefs(xml: string): string[] {
  return [...xml.matchAll(/<file href="([^"]*)"\/>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
}
