import { z } from 'zod';
import type { PatternProblem } from './fieldProblems.ts';

/** Ids that end up in xAPI activity IRIs and file names: keep them URL-safe. */
export const ContentId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'use 1-80 lower-case letters, digits, ".", "_" or "-"');

/** Site rules are matched on every page load: short patterns with few `*` (see site/urlPattern.ts). */
export const URL_PATTERN_MAX_LENGTH = 300;
export const URL_PATTERN_MAX_STARS = 8;

/**
 * Where content applies. `*` matches any run of characters, e.g.
 * `http://localhost:*\/registration*` or `https://emr.hospital.cn/*`.
 */
export const UrlPattern = z
  .string()
  .min(1)
  .regex(/^(https?|\*):\/\//, 'must start with http://, https:// or *://')
  .max(URL_PATTERN_MAX_LENGTH)
  .superRefine((pattern, ctx) => {
    if (starCount(pattern) > URL_PATTERN_MAX_STARS) {
      ctx.addIssue({ code: 'custom', message: `use at most ${URL_PATTERN_MAX_STARS} * in a URL pattern`, params: { pattern: { kind: 'url-too-many-stars', limit: URL_PATTERN_MAX_STARS } satisfies PatternProblem } });
    }
  });

export function starCount(pattern: string): number {
  let stars = 0;
  for (const ch of pattern) if (ch === '*') stars++;
  return stars;
}
