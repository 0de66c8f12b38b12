// The LMS kit: one zip the sandbox build publishes (sandbox/dist/preceptor-lms-kit.zip) with
// everything an LMS package needs that the extension does not carry — the sandbox's LMS build,
// the scenario files and the SCORM 1.2 schema files — and a manifest listing each file with its
// size. The editor fetches it from the training sandbox (or the mentor picks it from disk);
// `pnpm lms:package` builds the same kit in memory from the folders. Reading it checks every
// entry and names the kit file and the entry in what it reports (zh-CN and en).

import { unzipSync } from 'fflate';
import { z } from 'zod';
import type { LocalizedText } from '../schema/localizedText.ts';
import { parseScenarioValue, type Scenario } from '../scenario/scenarioSchema.ts';
import { CMI5_LAUNCHER_ENTRY } from './cmi5CourseStructure.ts';
import { LMS_SANDBOX_ENTRY } from './lmsLaunch.ts';
import { packagePathProblem, packageZip, type PackageFile } from './packageZip.ts';
import { SCORM12_SCHEMA_FILES } from './scorm12Manifest.ts';

/** The file the sandbox build writes and its server serves at the site root. */
export const LMS_KIT_FILE_NAME = 'preceptor-lms-kit.zip';
/** The kit's own manifest, at the kit's root. */
export const LMS_KIT_MANIFEST = 'preceptor-lms-kit.json';
/** The kit layout this code reads; a kit of a newer format is refused by name. */
export const LMS_KIT_FORMAT_VERSION = 1;

/** Folders of the kit: the sandbox LMS build (sandbox/dist-lms), scenarios, SCORM 1.2 schemas. */
export const LMS_KIT_DIRS = { sandboxBuild: 'sandbox', scenarios: 'scenarios', schemas: 'scorm12' } as const;

export const LmsKitManifest = z.object({
  kind: z.literal('preceptor-lms-kit'),
  formatVersion: z.number().int().positive(),
  builtAt: z.string().min(1),
  files: z.array(z.object({ path: z.string().min(1), bytes: z.number().int().nonnegative() })),
});
export type LmsKitManifest = z.infer<typeof LmsKitManifest>;

/** What the kit's folders hold, paths relative to each folder. */
export type LmsKitSource = { sandboxBuild: readonly PackageFile[]; scenarioFiles: readonly PackageFile[]; schemaFiles: readonly PackageFile[] };

/** A kit read and checked: what the package builders take. */
export type LmsKit = { builtAt: string; sandboxBuild: PackageFile[]; scenarios: Scenario[]; schemaFiles: PackageFile[] };

/** One thing wrong with a kit: the entry (a path inside the kit; '' = the kit file itself) and why. */
export type LmsKitProblem = { entry: string; message: LocalizedText };

export type LmsKitResult = { ok: true; kit: LmsKit } | { ok: false; problems: LmsKitProblem[] };

/** The kit's entries, manifest included, from its folders' files. */
export function lmsKitEntries(source: LmsKitSource, builtAt: Date): PackageFile[] {
  const files: PackageFile[] = [
    ...source.sandboxBuild.map((f) => ({ path: `${LMS_KIT_DIRS.sandboxBuild}/${f.path}`, data: f.data })),
    ...source.scenarioFiles.map((f) => ({ path: `${LMS_KIT_DIRS.scenarios}/${f.path}`, data: f.data })),
    ...source.schemaFiles.map((f) => ({ path: `${LMS_KIT_DIRS.schemas}/${f.path}`, data: f.data })),
  ];
  const manifest: LmsKitManifest = {
    kind: 'preceptor-lms-kit',
    formatVersion: LMS_KIT_FORMAT_VERSION,
    builtAt: builtAt.toISOString(),
    files: files.map((f) => ({ path: f.path, bytes: f.data.byteLength })),
  };
  return [{ path: LMS_KIT_MANIFEST, data: new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`) }, ...files];
}

/** The kit zip the sandbox build publishes. */
export function buildLmsKit(source: LmsKitSource, builtAt: Date): Uint8Array {
  return packageZip(lmsKitEntries(source, builtAt)).zip;
}

function problem(entry: string, zh: string, en: string): LmsKitProblem {
  return { entry, message: { 'zh-CN': zh, en } };
}

/** Read a kit zip (fetched or chosen from disk) and check it; see lmsKitFromEntries. */
export function readLmsKit(zip: Uint8Array): LmsKitResult {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [problem('', `不是可读的 zip 文件（${why}）`, `not a readable zip file (${why})`)] };
  }
  // folders are entries of their own in some zip tools: only files count
  return lmsKitFromEntries(Object.entries(entries).filter(([p]) => !p.endsWith('/')).map(([path, data]) => ({ path, data })));
}

/**
 * Check a kit's entries: the manifest parses and is of a format this code reads, it lists exactly
 * the files present with their sizes, every path stays inside the kit's folders, the sandbox
 * build has its LMS pages, the four SCORM 1.2 schema files are there and every scenario parses.
 */
export function lmsKitFromEntries(entries: readonly PackageFile[]): LmsKitResult {
  const problems: LmsKitProblem[] = [];
  const byPath = new Map(entries.map((e) => [e.path, e.data] as const));
  const manifestBytes = byPath.get(LMS_KIT_MANIFEST);
  if (!manifestBytes) return { ok: false, problems: [problem(LMS_KIT_MANIFEST, '缺少工具包清单：这不是 Preceptor LMS 工具包', 'the kit manifest is missing: this is not a Preceptor LMS kit')] };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(manifestBytes));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [problem(LMS_KIT_MANIFEST, `不是有效的 JSON（${why}）`, `not valid JSON (${why})`)] };
  }
  const parsed = LmsKitManifest.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const at = issue.path.map(String).join('.') || '(top)';
        return problem(LMS_KIT_MANIFEST, `字段 ${at}：${issue.message}`, `field ${at}: ${issue.message}`);
      }),
    };
  }
  const manifest = parsed.data;
  if (manifest.formatVersion > LMS_KIT_FORMAT_VERSION) {
    return {
      ok: false,
      problems: [problem(LMS_KIT_MANIFEST, `工具包格式 ${manifest.formatVersion} 比本扩展能读取的格式 ${LMS_KIT_FORMAT_VERSION} 新：请更新扩展`, `kit format ${manifest.formatVersion} is newer than the format ${LMS_KIT_FORMAT_VERSION} this extension reads: update the extension`)],
    };
  }

  const listed = new Map<string, number>();
  for (const file of manifest.files) {
    const pathProblem = packagePathProblem(file.path);
    const folder = file.path.split('/', 1)[0];
    if (pathProblem) problems.push(problem(file.path, `路径不允许：${pathProblem['zh-CN']}`, `path not allowed: ${pathProblem.en}`));
    else if (!Object.values(LMS_KIT_DIRS).some((dir) => dir === folder) || !file.path.includes('/')) problems.push(problem(file.path, '不在工具包的 sandbox/、scenarios/ 或 scorm12/ 文件夹内', 'not inside the kit folders sandbox/, scenarios/ or scorm12/'));
    if (listed.has(file.path)) problems.push(problem(file.path, '在清单中列出两次', 'listed twice in the manifest'));
    listed.set(file.path, file.bytes);
    const data = byPath.get(file.path);
    if (!data) problems.push(problem(file.path, '清单中列出，但工具包中没有此文件', 'listed in the manifest but missing from the kit'));
    else if (data.byteLength !== file.bytes) problems.push(problem(file.path, `大小为 ${data.byteLength} 字节，清单写的是 ${file.bytes} 字节（文件不完整或被改动）`, `is ${data.byteLength} bytes, the manifest says ${file.bytes} (truncated or changed)`));
  }
  for (const entry of entries) {
    if (entry.path !== LMS_KIT_MANIFEST && !listed.has(entry.path)) problems.push(problem(entry.path, '在工具包中，但清单未列出', 'in the kit but not listed in the manifest'));
  }

  const inFolder = (dir: string): PackageFile[] =>
    entries.filter((e) => listed.has(e.path) && e.path.startsWith(`${dir}/`)).map((e) => ({ path: e.path.slice(dir.length + 1), data: e.data }));
  const sandboxBuild = inFolder(LMS_KIT_DIRS.sandboxBuild);
  for (const page of [LMS_SANDBOX_ENTRY, CMI5_LAUNCHER_ENTRY]) {
    if (!sandboxBuild.some((f) => f.path === page)) problems.push(problem(`${LMS_KIT_DIRS.sandboxBuild}/${page}`, '缺少沙箱 LMS 构建的页面（构建不完整？）', 'a page of the sandbox LMS build is missing (incomplete build?)'));
  }
  const schemaFiles = inFolder(LMS_KIT_DIRS.schemas);
  for (const name of SCORM12_SCHEMA_FILES) {
    if (!schemaFiles.some((f) => f.path === name)) problems.push(problem(`${LMS_KIT_DIRS.schemas}/${name}`, '缺少 SCORM 1.2 架构文件', 'a SCORM 1.2 schema file is missing'));
  }
  const scenarios: Scenario[] = [];
  const decoder = new TextDecoder();
  for (const file of inFolder(LMS_KIT_DIRS.scenarios)) {
    const entry = `${LMS_KIT_DIRS.scenarios}/${file.path}`;
    let value: unknown;
    try {
      value = JSON.parse(decoder.decode(file.data));
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      problems.push(problem(entry, `不是有效的 JSON（${why}）`, `not valid JSON (${why})`));
      continue;
    }
    const scenario = parseScenarioValue(file.path, value);
    if (scenario.ok) scenarios.push(scenario.scenario);
    else problems.push(problem(entry, `不是有效的情景：${scenario.problems.join('；')}`, `not a valid scenario: ${scenario.problems.join('; ')}`));
  }
  if (scenarios.length === 0 && !problems.some((p) => p.entry.startsWith(`${LMS_KIT_DIRS.scenarios}/`))) problems.push(problem(`${LMS_KIT_DIRS.scenarios}/`, '工具包中没有情景', 'the kit holds no scenarios'));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, kit: { builtAt: manifest.builtAt, sandboxBuild, scenarios, schemaFiles } };
}

/** One problem as a line: "<kit file> › <entry>: <why>" in the given language. */
export function lmsKitProblemText(kitName: string, p: LmsKitProblem, language: 'zh-CN' | 'en'): string {
  const where = p.entry ? `${kitName} › ${p.entry}` : kitName;
  return `${where}${language === 'zh-CN' ? '：' : ': '}${p.message[language]}`;
}
