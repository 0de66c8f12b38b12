import { z } from 'zod';
import { issueWords } from '../i18n/schemaIssues.ts';
import { ContentId } from '../schema/contentIds.ts';
import { SemVer } from '../schema/contentPack.ts';
import { fieldProblems, type FieldProblem } from '../schema/fieldProblems.ts';

// A pack feed is a folder of static files on the hospital's intranet (`pnpm pack:feed DIR`):
// DIR/index.json lists each pack once, at its newest version, with the size, SHA-256 and the
// mentor team's signature of the pack file's exact bytes; DIR/packs/<id>-<version>.json holds
// the packs. Any web server (nginx, IIS) serves it; the extension polls index.json with ETag.

export const FEED_FORMAT = 'preceptor-pack-feed/1';

/** Larger than any real pack (600 tours are about 8 MB): a feed entry claiming more is refused before download. */
export const MAX_FEED_PACK_BYTES = 32 * 1024 * 1024;
/** An index lists each pack once; a hospital has tens of packs, not thousands. */
export const MAX_FEED_PACKS = 500;
/** index.json holds no content: anything near this size is not one. */
export const MAX_FEED_INDEX_BYTES = 1024 * 1024;

export const FeedEntry = z
  .object({
    id: ContentId,
    version: SemVer,
    /** relative to index.json, or absolute on the index's own origin */
    url: z.string().trim().min(1).max(2000),
    /** lower-case hex SHA-256 of the pack file's bytes */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits (SHA-256)'),
    bytes: z.number().int().min(1).max(MAX_FEED_PACK_BYTES),
    /**
     * base64 ECDSA P-256 / SHA-256 signature (r || s) over the pack file's bytes. Optional here so
     * that one unsigned entry is refused on its own (as `unsigned`) and the feed's other packs still update.
     */
    signature: z.string().trim().min(1).max(200).optional(),
    /** which of the mentor team's keys signed it (the policy's packSigningKeys[].keyId) */
    keyId: z.string().trim().min(1).max(64).optional(),
  })
  .strict();
export type FeedEntry = z.infer<typeof FeedEntry>;

export const FeedIndex = z
  .object({
    format: z.literal(FEED_FORMAT),
    generatedAt: z.iso.datetime({ offset: true }),
    packs: z.array(FeedEntry).max(MAX_FEED_PACKS),
  })
  .strict()
  .superRefine((index, ctx) => {
    const seen = new Set<string>();
    index.packs.forEach((entry, i) => {
      if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: ['packs', i, 'id'], message: `pack ${entry.id} is listed twice: a feed lists each pack once, at its newest version`, params: issueWords('packListedTwice', { id: entry.id }) });
      seen.add(entry.id);
    });
  });
export type FeedIndex = z.infer<typeof FeedIndex>;

export type FeedIndexResult = { ok: true; index: FeedIndex } | { ok: false; problems: FieldProblem[] };

/** Parse index.json as served: never throws; each problem names the field path (`packs[2].sha256`). */
export function parseFeedIndex(text: string): FeedIndexResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const parsed = FeedIndex.safeParse(json);
  return parsed.success ? { ok: true, index: parsed.data } : { ok: false, problems: fieldProblems(parsed.error) };
}

export type PackUrlResult = { ok: true; url: string } | { ok: false; problem: 'not-a-url' | 'other-origin' };

/**
 * Where a feed entry's pack lives. Only on the index's own origin: a feed must not send the
 * extension elsewhere (DESIGN.md rule 8, nothing reaches the internet), and the host permission
 * or CORS header IT set up covers that one origin.
 */
export function packFileUrl(indexUrl: string, entryUrl: string): PackUrlResult {
  let base: URL;
  let url: URL;
  try {
    base = new URL(indexUrl);
    url = new URL(entryUrl, base);
  } catch {
    return { ok: false, problem: 'not-a-url' };
  }
  if (url.origin !== base.origin || url.username || url.password) return { ok: false, problem: 'other-origin' };
  url.hash = '';
  return { ok: true, url: url.href };
}

/** The file name `pnpm pack:feed` gives a pack in DIR/packs/. */
export function feedPackFileName(id: string, version: string): string {
  return `${id}-${version}.json`;
}
