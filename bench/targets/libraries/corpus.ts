/**
 * The library corpus as saved markup, for the bench and for unit tests (pure TS, no browser):
 * snapshots/manifest.json lists every case with its split and the marks (`data-bench-id`) each
 * version carries. A mark on v1 and absent from v2 means the target was removed.
 *
 *   import { librarySnapshots } from '../bench/targets/libraries/corpus.ts';
 *   for (const c of librarySnapshots({ split: 'train', kind: 'removal' })) { c.html('v1'); c.html('v2'); }
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SNAPSHOTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'snapshots');

export interface SnapshotMark {
  id: string;
  expect?: 'ambiguous';
}

export interface SnapshotCase {
  /** `<library>/<screen>` or `<library>/removal-<kind>` */
  name: string;
  library: string;
  /** a realistic screen with many targets, or one target removed with one look-alike left */
  kind: 'screen' | 'removal';
  split: 'train' | 'test' | 'holdout';
  lang: 'zh' | 'en';
  /** file paths relative to SNAPSHOTS_DIR */
  v1: string;
  v2: string;
  marks: { v1: SnapshotMark[]; v2: SnapshotMark[] };
  /** what the upgrade did to each v1 target (reword, reorder, removed-one-lookalike, …) */
  operators: Record<string, string[]>;
}

export function readManifest(): SnapshotCase[] {
  return JSON.parse(readFileSync(path.join(SNAPSHOTS_DIR, 'manifest.json'), 'utf8')) as SnapshotCase[];
}

export interface LoadedCase extends SnapshotCase {
  /** the snapshot's HTML (static: no scripts, CSS inlined) */
  html(version: 'v1' | 'v2'): string;
  /** v1 targets that are not on v2: the resolver must return nothing for these */
  removed: string[];
}

export function librarySnapshots(filter: { split?: 'train' | 'test' | 'holdout'; kind?: 'screen' | 'removal'; library?: string } = {}): LoadedCase[] {
  return readManifest()
    .filter((c) => (!filter.split || c.split === filter.split) && (!filter.kind || c.kind === filter.kind) && (!filter.library || c.library === filter.library))
    .map((c) => {
      const onV2 = new Set(c.marks.v2.map((m) => m.id));
      return { ...c, html: (version: 'v1' | 'v2') => readFileSync(path.join(SNAPSHOTS_DIR, c[version]), 'utf8'), removed: c.marks.v1.filter((m) => !onV2.has(m.id)).map((m) => m.id) };
    });
}
