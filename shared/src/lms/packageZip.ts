// An LMS package's zip: files at package-relative paths, each checked so that nothing lands
// outside the package when an LMS unpacks it (no absolute path, no "..", no backslash, no
// duplicate, no empty segment). Returns the zip and the list of what it holds.

import { zipSync, type Zippable } from 'fflate';

export type PackageFile = { path: string; data: Uint8Array };

export class PackagePathError extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(`package file "${path}": ${reason}`);
    this.name = 'PackagePathError';
  }
}

/** Why `path` may not be in a package, or null when it may. */
export function packagePathProblem(path: string): string | null {
  if (path.length === 0) return 'empty path';
  if (path.length > 240) return 'path longer than 240 characters';
  if (path.includes('\\')) return 'backslash in the path (use "/")';
  if (path.startsWith('/')) return 'absolute path';
  if (/^[A-Za-z]:/.test(path)) return 'drive letter in the path';
  // control characters, and characters that LMS file systems or manifests handle badly
  if (/[\u0000-\u001f\u007f:*?"<>|]/.test(path)) return 'character not allowed in a package path';
  const segments = path.split('/');
  if (segments.some((s) => s === '')) return 'empty path segment (a doubled or trailing "/")';
  if (segments.some((s) => s === '..' || s === '.')) return '"." or ".." segment: the file would land outside its folder';
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
    if (seen.has(folded)) throw new PackagePathError(file.path, 'listed twice (names are compared without case)');
    seen.add(folded);
    tree[file.path] = [file.data, { level: /\.(png|jpe?g|gif|woff2?|zip)$/i.test(file.path) ? 0 : 9 }];
  }
  return { zip: zipSync(tree, { mtime: new Date('2026-01-01T00:00:00Z') }), files: files.map((f) => f.path) };
}
