// Field schemas several features' messages share. Kept out of messageSpec.ts: the always-on
// content script imports that one (through tabMessages.ts) and must not carry zod.
import { z } from 'zod';

export const TabId = z.number().int().nonnegative();
/** a page URL as a script or the popup read it (EMR URLs can be long; the pattern keeps it http(s)) */
export const PageUrl = z.string().max(8192).regex(/^https?:\/\//i);
export const Id = z.string().min(1).max(80);
export const Nothing = z.undefined();
