import type { PackChange } from './packDiff.ts';

export type VersionBump = 'major' | 'minor' | 'patch';

export interface ParsedVersion {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

export function parseVersion(version: string): ParsedVersion | undefined {
  const m = SEMVER.exec(version.trim());
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: m[4] ? m[4].split('.') : [] };
}

/** Semantic-version order (build metadata ignored; a pre-release sorts before its release). */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (!x || !y) throw new Error(`not a semantic version: ${!x ? a : b}`);
  for (const k of ['major', 'minor', 'patch'] as const) if (x[k] !== y[k]) return x[k] < y[k] ? -1 : 1;
  const xRelease = x.prerelease.length === 0;
  const yRelease = y.prerelease.length === 0;
  if (xRelease || yRelease) return xRelease === yRelease ? 0 : xRelease ? 1 : -1;
  for (let i = 0; i < Math.max(x.prerelease.length, y.prerelease.length); i++) {
    const p = x.prerelease[i];
    const q = y.prerelease[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    if (p === q) continue;
    const pn = /^\d+$/.test(p);
    const qn = /^\d+$/.test(q);
    if (pn && qn) return Number(p) < Number(q) ? -1 : 1;
    if (pn !== qn) return pn ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return 0;
}

/** The next version: `1.4.2` + minor = `1.5.0`; a pre-release is released by the bump it was heading for. */
export function bumpVersion(version: string, bump: VersionBump): string {
  const v = parseVersion(version);
  if (!v) throw new Error(`not a semantic version: ${version}`);
  const pre = v.prerelease.length > 0;
  if (bump === 'major') return pre && v.minor === 0 && v.patch === 0 ? `${v.major}.0.0` : `${v.major + 1}.0.0`;
  if (bump === 'minor') return pre && v.patch === 0 ? `${v.major}.${v.minor}.0` : `${v.major}.${v.minor + 1}.0`;
  return pre ? `${v.major}.${v.minor}.${v.patch}` : `${v.major}.${v.minor}.${v.patch + 1}`;
}

/**
 * What a change means to learners: something taken away (a tour, step, question, checklist item)
 * breaks progress they may have -> major; something new -> minor; rewording or re-targeting -> patch.
 */
export function suggestBump(changes: readonly PackChange[]): VersionBump | undefined {
  if (changes.length === 0) return undefined;
  if (changes.some((c) => c.kind === 'removed')) return 'major';
  if (changes.some((c) => c.kind === 'added')) return 'minor';
  return 'patch';
}

/**
 * The version a publish gets: the first publish keeps the draft's own version; later ones bump the
 * last published version, and never go backwards or repeat.
 */
export function nextPublishedVersion(draftVersion: string, lastPublished: string | undefined, bump: VersionBump): string {
  if (lastPublished === undefined) return draftVersion;
  const bumped = bumpVersion(lastPublished, bump);
  return parseVersion(draftVersion) && compareVersions(draftVersion, bumped) > 0 ? draftVersion : bumped;
}
