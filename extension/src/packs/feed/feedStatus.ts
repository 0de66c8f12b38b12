import { defineStoredItem } from '../../storage/storedItem.ts';
import type { ReadOnlyItem } from '../../storage/readOnlyItem.ts';
import { underItemLock } from '../../storage/storedItemLock.ts';
import type { ProblemWords } from '@preceptor/shared/i18n/schemaIssues.ts';

// What the last checks of each feed found, for the options page and for IT: per feed and per
// pack, when it was last checked, when it last succeeded, and why it failed. This module is the
// item's one owner; the feed updater is its only caller.

export type FeedProblemCode =
  | 'network' // no answer (server down, DNS, CORS refused, timeout)
  | 'not-found' // 404
  | 'http-status' // another non-2xx status (detail: the status)
  | 'too-large' // the index or pack is larger than allowed or than its entry says
  | 'bad-index' // index.json is not a feed index (detail: the field path)
  | 'other-origin' // a pack URL outside the index's origin
  | 'size-mismatch' // the pack's byte count differs from the index
  | 'sha256-mismatch'
  | 'unsigned'
  | 'unknown-key' // signed by a key that is not trusted (detail: its keyId)
  | 'bad-signature'
  | 'schema' // the pack fails the content-pack schema (detail: the field path)
  | 'patient-data' // text that looks like patient data (detail: the field path)
  | 'wrong-pack' // the file's id or version differs from its index entry
  | 'not-saved'; // storage refused the install

export interface FeedProblem {
  code: FeedProblemCode;
  /** a field path, an HTTP status or a keyId, per code */
  detail?: string;
  /** English, for logs and IT; screens word the code in the reader's language */
  message: string;
  /** a field problem (schema, patient data, index) where and what, in each language */
  words?: ProblemWords;
}

export interface PackFeedStatus {
  /** the version the feed offers */
  version: string;
  checkedAt: string;
  /** when this version was last installed or found already installed */
  succeededAt?: string;
  problem?: FeedProblem;
}

export interface FeedStatus {
  checkedAt: string;
  succeededAt?: string;
  /** the index's ETag, kept only when every entry was handled: a failed pack is tried again next time */
  etag?: string;
  problem?: FeedProblem;
  packs: Record<string, PackFeedStatus>;
}

const item = defineStoredItem<Record<string, FeedStatus>>('local:packFeedStatus', { fallback: {}, version: 1 });
export const packFeedStatus: ReadOnlyItem<Record<string, FeedStatus>> = item;
const write = underItemLock('packFeedStatus');

/** Record one check of `feedUrl`; statuses of feeds no longer in `feeds` are dropped. */
export async function recordFeedCheck(feedUrl: string, status: FeedStatus, feeds: readonly string[]): Promise<void> {
  await write(async () => {
    const kept = Object.entries(await item.getValue()).filter(([url]) => url !== feedUrl && feeds.includes(url));
    await item.setValue(Object.fromEntries([...kept, [feedUrl, status]]));
  });
}
