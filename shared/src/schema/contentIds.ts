import { z } from 'zod';

/** Ids that end up in xAPI activity IRIs and file names: keep them URL-safe. */
export const ContentId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'use 1-80 lower-case letters, digits, ".", "_" or "-"');

/**
 * Where content applies. `*` matches any run of characters, e.g.
 * `http://localhost:*\/registration*` or `https://emr.hospital.cn/*`.
 */
export const UrlPattern = z
  .string()
  .min(1)
  .regex(/^(https?|\*):\/\//, 'must start with http://, https:// or *://');
