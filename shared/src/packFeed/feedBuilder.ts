import { sha256Hex } from '../record/bundleSigning.ts';
import { compareVersions } from '../authoring/packVersion.ts';
import { parsePackFile } from '../schema/packImport.ts';
import { DetachedPackSignature } from './packSignature.ts';
import { FEED_FORMAT, feedPackFileName, parseFeedIndex, type FeedEntry, type FeedIndex } from './feedIndex.ts';

// What `pnpm pack:feed` does, without the file system: check each pack with the import gate
// (schema + patient-data scan), sign it (or take the mentor's detached signature), and merge it
// into the feed's index (a feed grows; a new version of a pack replaces its entry).

export interface FeedPackInput {
  fileName: string;
  /** the pack file exactly as it will be served: the signature covers these bytes */
  bytes: Uint8Array;
  /** the text of `<fileName>.sig` when the editor wrote one */
  detachedSignature?: string;
}

export interface FeedSigner {
  keyId: string;
  sign(bytes: Uint8Array): Promise<string>;
}

export interface FeedProblem {
  file: string;
  /** field path inside that file, '' for the file itself */
  path: string;
  message: string;
}

export interface FeedBuildOk {
  ok: true;
  index: FeedIndex;
  /** paths relative to the feed directory, with the bytes to write there */
  files: { path: string; bytes: Uint8Array }[];
  added: { id: string; version: string; keyId: string; signedBy: 'key' | 'detached' }[];
  unchanged: string[];
}
export type FeedBuildResult = FeedBuildOk | { ok: false; problems: FeedProblem[] };

export async function buildFeed(existingIndexText: string | undefined, packs: readonly FeedPackInput[], signer: FeedSigner | undefined, now: Date): Promise<FeedBuildResult> {
  const problems: FeedProblem[] = [];
  let existingIndex: FeedIndex | undefined;
  if (existingIndexText !== undefined) {
    const existing = parseFeedIndex(existingIndexText);
    // never rewrite a feed whose index we cannot read: its entries would be lost
    if (!existing.ok) return { ok: false, problems: existing.problems.map((p) => ({ file: 'index.json', ...p })) };
    existingIndex = existing.index;
  }
  let entries: FeedEntry[] = existingIndex?.packs ?? [];
  const files: FeedBuildOk['files'] = [];
  const added: FeedBuildOk['added'] = [];
  const unchanged: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const input of packs) {
    let text: string;
    try {
      text = decoder.decode(input.bytes);
    } catch {
      problems.push({ file: input.fileName, path: '', message: 'not UTF-8 text' });
      continue;
    }
    const parsed = parsePackFile(input.fileName, text);
    if (!parsed.ok) {
      for (const p of parsed.problems) problems.push({ file: input.fileName, path: p.path, message: p.message });
      continue;
    }
    const { id, version } = parsed.pack;
    let keyId: string;
    let signature: string;
    let signedBy: 'key' | 'detached';
    if (input.detachedSignature !== undefined) {
      let json: unknown;
      try {
        json = JSON.parse(input.detachedSignature);
      } catch {
        json = undefined;
      }
      const sig = DetachedPackSignature.safeParse(json);
      if (!sig.success) {
        for (const issue of sig.error.issues) problems.push({ file: `${input.fileName}.sig`, path: issue.path.join('.'), message: issue.message });
        continue;
      }
      ({ keyId, signature } = sig.data);
      signedBy = 'detached';
    } else if (signer) {
      keyId = signer.keyId;
      signature = await signer.sign(input.bytes);
      signedBy = 'key';
    } else {
      problems.push({ file: input.fileName, path: '', message: `not signed: give --key FILE, or put the editor's ${input.fileName}.sig next to it` });
      continue;
    }
    const sha256 = await sha256Hex(input.bytes);
    const previous = entries.find((e) => e.id === id);
    if (previous) {
      const order = compareVersions(version, previous.version);
      if (order === 0 && previous.sha256 === sha256) {
        unchanged.push(`${id}@${version}`);
        continue;
      }
      if (order <= 0) {
        problems.push({ file: input.fileName, path: 'version', message: `${id} ${version} is not newer than ${previous.version} already in the feed: learners who have ${previous.version} would never get it; raise the version` });
        continue;
      }
    }
    if (added.some((a) => a.id === id)) {
      problems.push({ file: input.fileName, path: 'id', message: `pack ${id} is given twice in this run` });
      continue;
    }
    const fileName = feedPackFileName(id, version);
    files.push({ path: `packs/${fileName}`, bytes: input.bytes });
    entries = [...entries.filter((e) => e.id !== id), { id, version, url: `packs/${encodeURIComponent(fileName)}`, sha256, bytes: input.bytes.length, signature, keyId }];
    added.push({ id, version, keyId, signedBy });
  }
  if (problems.length > 0) return { ok: false, problems };
  // nothing new: the index stays byte for byte, so its ETag does too and no learner downloads it again
  if (added.length === 0 && existingIndex) return { ok: true, index: existingIndex, files, added, unchanged };
  entries.sort((a, b) => a.id.localeCompare(b.id));
  const index: FeedIndex = { format: FEED_FORMAT, generatedAt: now.toISOString(), packs: entries };
  files.push({ path: 'index.json', bytes: new TextEncoder().encode(`${JSON.stringify(index, null, 2)}\n`) });
  return { ok: true, index, files, added, unchanged };
}
