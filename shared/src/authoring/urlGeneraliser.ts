/**
 * Turn a URL the mentor visited into a pack URL pattern (`*` = any characters). Query values and
 * path segments that look like record ids become `*`: they may be patient ids, and a tour must
 * work for every patient anyway. The result is idempotent: generalising a pattern changes nothing.
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
  if (/^[0-9a-f]{12,}$/i.test(decoded) && /\d/.test(decoded)) return true; // hex hash
  // P000012, MRN-2024-0042, 2024A0312: a code with a run of digits
  if (/\d{3,}/.test(decoded) && /^[A-Za-z0-9._~-]+$/.test(decoded)) return true;
  // anything that is not a plain word (names, Chinese text, emails): not a screen name
  if (!/^[A-Za-z0-9._~-]+$/.test(decoded)) return true;
  return false;
}

interface SplitUrl {
  origin: string;
  segments: string[];
  queryKeys: string[];
}

function splitUrl(url: string): SplitUrl | undefined {
  // patterns may hold `*` in the host or port; keep the origin text as written
  const match = /^([a-z*][a-z0-9+.*-]*:\/\/[^/?#]*)([^?#]*)(\?[^#]*)?/i.exec(url.trim());
  if (!match) return undefined;
  const origin = match[1]!.toLowerCase();
  const path = match[2] || '/';
  const query = match[3]?.slice(1) ?? '';
  const queryKeys: string[] = [];
  for (const part of query.split('&')) {
    if (part === '' || part === '*') continue;
    const key = part.split('=')[0]!;
    if (key !== '' && !queryKeys.includes(key)) queryKeys.push(key);
  }
  return { origin, segments: path.split('/'), queryKeys };
}

function generalPath(segments: string[]): string {
  return segments.map((s) => (looksLikeId(s) ? '*' : s)).join('/');
}

/**
 * The pattern a navigate step waits for: origin and path as visited, ids as `*`, each query
 * key kept with its value as `*` (`/orders?patient=*&visit=*`). The fragment is dropped.
 */
export function generaliseUrl(url: string): string {
  const parts = splitUrl(url);
  if (!parts) return url;
  const query = parts.queryKeys.filter((k) => !looksLikeId(k)).map((k) => `${k}=*`).join('&');
  return `${parts.origin}${generalPath(parts.segments)}${query ? `?${query}` : ''}`;
}

/** The page a step belongs to: origin and generalised path, any query (`/ward/orders*`). */
export function pagePatternOf(url: string): string {
  const parts = splitUrl(url);
  if (!parts) return url;
  const path = generalPath(parts.segments);
  return `${parts.origin}${path.endsWith('*') ? path : `${path}*`}`;
}

/** A site rule that covers every page of the URL's origin (`http://emr.test/*`). */
export function siteRuleOf(url: string): string {
  const parts = splitUrl(url);
  return parts ? `${parts.origin}/*` : url;
}
