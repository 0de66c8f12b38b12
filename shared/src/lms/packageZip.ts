// An LMS package's zip: files at package-relative paths, each checked so that nothing lands
// outside the package when an LMS unpacks it (no absolute path, no "..", no backslash, no
// duplicate, no empty segment). Returns the zip and the list of what it holds.

import { zipSync, type Zippable } from 'fflate';
import type { LocalizedText } from '../schema/localizedText.ts';
import { LmsBuildError } from './lmsBuildError.ts';

export type PackageFile = { path: string; data: Uint8Array };

export class PackagePathError extends LmsBuildError {
  constructor(readonly path: string, readonly reason: LocalizedText) {
    super(path, { 'zh-CN': `课程包文件“${path}”：${reason['zh-CN']}`, en: `package file "${path}": ${reason.en}` });
    this.name = 'PackagePathError';
  }
}

const why = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** Why `path` may not be in a package (in both languages), or null when it may. */
export function packagePathProblem(path: string): LocalizedText | null {
  if (path.length === 0) return why('路径为空', 'empty path');
  if (path.length > 240) return why('路径超过 240 个字符', 'path longer than 240 characters');
  if (path.includes('\\')) return why('路径中有反斜杠（请用“/”）', 'backslash in the path (use "/")');
  if (path.startsWith('/')) return why('绝对路径', 'absolute path');
  if (/^[A-Za-z]:/.test(path)) return why('路径中有盘符', 'drive letter in the path');
  // control characters, and characters that LMS file systems or manifests handle badly
  if (/[\u0000-\u001f\u007f:*?"<>|]/.test(path)) return why('课程包路径中不允许的字符', 'character not allowed in a package path');
  const segments = path.split('/');
  if (segments.some((s) => s === '')) return why('路径中有空段（重复或结尾的“/”）', 'empty path segment (a doubled or trailing "/")');
  if (segments.some((s) => s === '..' || s === '.')) return why('路径中有“.”或“..”段：文件会落到所在文件夹之外', '"." or ".." segment: the file would land outside its folder');
  return null;
}

export function packageZip(files: readonly PackageFile[]): { zip: Uint8Array; files: string[] } {
  const seen = new Set<string>();
  const tree: Zippable = {};
  for (const file of files) {
    const problem = packagePathProblem(file.path);
    if (problem) throw new PackagePathError(file.path, problem);
    const folded = file.path.toLowerCase();
    // LMS servers on Windows fold case: two names that differ only by case would overwrite each other
    if (seen.has(folded)) throw new PackagePathError(file.path, why('列出两次（文件名比较时不区分大小写）', 'listed twice (names are compared without case)'));
    seen.add(folded);
    tree[file.path] = [file.data, { level: /\.(png|jpe?g|gif|woff2?|zip)$/i.test(file.path) ? 0 : 9 }];
  }
  return { zip: zipSync(tree, { mtime: new Date('2026-01-01T00:00:00Z') }), files: files.map((f) => f.path) };
}
