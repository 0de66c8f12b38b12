import { URL_PATTERN_MAX_LENGTH, URL_PATTERN_MAX_STARS } from '../schema/contentIds.ts';

/**
 * Turn a URL the mentor visited into a pack URL pattern (`*` = any characters): a route template,
 * not the visited address. Record ids become `*` (they may be patient ids, and a tour must work for
 * every patient anyway), and the parts a vendor's quarterly upgrade tends to change without moving
 * the screen are loosened: API/app version segments (`/v1/` → `/v2/`), trailing slashes and
 * `index.html`, `;jsessionid=…` path parameters, query key order and values. Hash routes
 * (`#/patient/123/orders`, vue-router hash mode and similar) keep their route, templated the same
 * way, because there the route is the screen. The result is idempotent: generalising a pattern
 * changes nothing. A pattern stays within the schema's limits (length, number of `*`): past them
 * its tail becomes one `*`, so it covers more, never less.
 */

/** A path segment that names a record rather than a screen: numbers, UUIDs, hashes, codes with digits. */
export function looksLikeId(segment: string): boolean {
  if (segment === '' || segment.includes('*')) return false; // already a pattern
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // keep the raw segment
  }
  if (/^\d+$/.test(decoded)) return true; // 12345
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(decoded)) return true; // UUID
  if (/^[0-9a-f]{8,}$/i.test(decoded) && /\d/.test(decoded)) return true; // hex hash or short id (3f9c2e71)
  // P000012, MRN-2024-0042, 2024A0312: a code with a run of digits
  if (/\d{3,}/.test(decoded) && /^[A-Za-z0-9._~-]+$/.test(decoded)) return true;
  // nanoid / cuid-style keys (V1StGXR8_Z5jdHi6B-myT): long, letters mixed with digits
  if (decoded.length >= 16 && /\d/.test(decoded) && /[A-Za-z]/.test(decoded) && /^[A-Za-z0-9_-]+$/.test(decoded)) return true;
  // anything that is not a plain word (names, Chinese text, emails): not a screen name
  if (!/^[A-Za-z0-9._~-]+$/.test(decoded)) return true;
  return false;
}

/** `v1`, `V2`, `v3.1`, `2.4.0`: a version of the app or API, which an upgrade bumps. */
function looksLikeVersion(segment: string): boolean {
  return /^v\d+(\.\d+)*$/i.test(segment) || /^\d+\.\d+(\.\d+)*$/.test(segment);
}

interface SplitUrl {
  origin: string;
  segments: string[];
  queryKeys: string[];
  /** a hash route (`#/…` or `#!/…`), as its own path and query keys; plain anchors (`#top`) are dropped */
  hash?: { prefix: string; segments: string[]; queryKeys: string[] };
}

function keysOf(query: string): string[] {
  const keys: string[] = [];
  for (const part of query.split('&')) {
    if (part === '' || part === '*') continue;
    const key = part.split('=')[0]!;
    if (key !== '' && !keys.includes(key) && !looksLikeId(key)) keys.push(key);
  }
  return keys;
}

/** Path segments without matrix parameters (`orders;jsessionid=ABC` → `orders`). */
function segmentsOf(path: string): string[] {
  return path.split('/').map((s) => s.replace(/;.*$/, ''));
}

function splitUrl(url: string): SplitUrl | undefined {
  // patterns may hold `*` in the host or port; keep the origin text as written
  const match = /^([a-z*][a-z0-9+.*-]*:\/\/[^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(url.trim());
  if (!match) return undefined;
  const origin = match[1]!.toLowerCase();
  const path = match[2] || '/';
  const split: SplitUrl = { origin, segments: segmentsOf(path), queryKeys: keysOf(match[3]?.slice(1) ?? '') };
  const route = /^#(!?)(\/[^?]*)(\?.*)?$/.exec(match[4] ?? '');
  if (route) split.hash = { prefix: `#${route[1]}`, segments: segmentsOf(route[2]!), queryKeys: keysOf(route[3]?.slice(1) ?? '') };
  return split;
}

function templatePath(segments: readonly string[]): string {
  return segments.map((s) => (looksLikeId(s) || looksLikeVersion(s) ? '*' : s)).join('/');
}

/** The path as a page prefix: no trailing slash or `index.html`, so `/orders`, `/orders/` and `/orders/index.html` are one page. */
function pagePath(segments: readonly string[]): string {
  const path = templatePath(segments).replace(/\/(index\.html?)?$/i, '');
  if (path === '') return '/*'; // the site's root: keep the slash, or `host*` would match other hosts
  return path.endsWith('*') ? path : `${path}*`;
}

const queryOf = (keys: readonly string[]) => (keys.length ? `?${keys.map((k) => `${k}=*`).join('&')}` : '');

/**
 * The pattern a navigate step waits for: origin and route template, ids and versions as `*`, each
 * query key kept with its value as `*` (`/orders?patient=*&visit=*`); a hash route likewise
 * (`/#/patient/ID/orders` → `/#/patient/` + `*` + `/orders`); a plain fragment is dropped.
 */
export function generaliseUrl(url: string): string {
  const parts = splitUrl(url);
  if (!parts) return url;
  const hash = parts.hash ? `${parts.hash.prefix}${templatePath(parts.hash.segments)}${queryOf(parts.hash.queryKeys)}` : '';
  return withinLimits(`${parts.origin}${templatePath(parts.segments)}${queryOf(parts.queryKeys)}${hash}`);
}

/** Cut a pattern after its last allowed `*` or character and end it with `*` (a wider pattern). */
function withinLimits(pattern: string): string {
  let out = pattern.length > URL_PATTERN_MAX_LENGTH ? `${pattern.slice(0, URL_PATTERN_MAX_LENGTH - 1)}*` : pattern;
  let stars = 0;
  for (let i = 0; i < out.length; i++) {
    if (out[i] === '*' && ++stars === URL_PATTERN_MAX_STARS) {
      out = out.slice(0, i + 1);
      break;
    }
  }
  return out;
}

/**
 * The page a step belongs to: origin and route template, any query (`/ward/orders*`). For a
 * hash-routed app the route is in the hash: the app's path becomes a prefix and the hash route
 * the page (`/emr/index.html#/patient/123/orders` → `/emr*#/patient/*` + `/orders*`).
 */
export function pagePatternOf(url: string): string {
  const parts = splitUrl(url);
  if (!parts) return url;
  if (parts.hash) {
    const app = pagePath(parts.segments);
    return withinLimits(`${parts.origin}${app}${parts.hash.prefix}${pagePath(parts.hash.segments)}`);
  }
  return withinLimits(`${parts.origin}${pagePath(parts.segments)}`);
}

/** A site rule that covers every page of the URL's origin (`http://emr.test/*`). */
export function siteRuleOf(url: string): string {
  const parts = splitUrl(url);
  return parts ? withinLimits(`${parts.origin}/*`) : url;
}
