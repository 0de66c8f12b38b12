/**
 * Where the learner put the tour card (per page pattern) and the launcher (collapsed or not, and
 * where): the rules for what is kept. The background owns the stored places
 * (extension/src/tours/guidePlaceStore.ts); the page guide asks for them and reports moves by
 * message, so these rules also bound what a page's renderer can make the background store.
 */

export interface Point {
  x: number;
  y: number;
}

export interface LauncherPlace {
  collapsed: boolean;
  /** top-left corner in the viewport; absent: the default corner */
  at?: Point;
}

/** the card places kept at most (oldest forgotten first) */
export const MAX_CARD_PLACES = 60;
/** the longest page pattern kept */
export const MAX_PATTERN_CHARS = 200;
/** the farthest a kept place may lie from the viewport's corner, in CSS pixels (an 8K screen zoomed out to 25 % is ~31 000) */
export const MAX_PLACE_COORDINATE = 100_000;

/**
 * The page pattern a card place is kept under: origin and path, with runs of digits (record
 * numbers, visit ids) folded to `#`, so every patient's page of a kind shares one place and no
 * number from a URL is stored. Query and hash are left out.
 */
export function pagePattern(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname.replace(/\d+/g, '#')}`.slice(0, MAX_PATTERN_CHARS);
}

/**
 * Is `pattern` one pagePattern could have made for a page on the origin of `pageUrl` (the sender
 * frame's URL, as the browser reports it)? A page's renderer may then only keep places for its
 * own origin, and never a number from its path.
 */
export function isPagePatternOf(pattern: string, pageUrl: string | undefined): boolean {
  if (pageUrl === undefined || pattern.length > MAX_PATTERN_CHARS) return false;
  let origin: string;
  try {
    const url = new URL(pageUrl);
    if (!/^https?:$/.test(url.protocol)) return false;
    origin = url.origin;
  } catch {
    return false;
  }
  const path = pattern.startsWith(`${origin}/`) ? pattern.slice(origin.length) : undefined;
  return path !== undefined && !/[\d\s?]/.test(path);
}

/** a whole-pixel point within MAX_PLACE_COORDINATE of the corner, or undefined */
export function keptPoint(value: unknown): Point | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { x, y } = value as Partial<Point>;
  const fits = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= MAX_PLACE_COORDINATE;
  return fits(x) && fits(y) ? { x: Math.round(x), y: Math.round(y) } : undefined;
}

/** The card places as stored, read tolerantly: entries that are not a place under a pattern are left out. */
export function storedCardPlaces(stored: unknown): Record<string, Point> {
  const places: Record<string, Point> = {};
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return places;
  for (const [pattern, value] of Object.entries(stored)) {
    const point = keptPoint(value);
    if (point && pattern.length <= MAX_PATTERN_CHARS) places[pattern] = point;
  }
  return places;
}

/** `places` with the card's place on `pattern` set (newest last) or, for undefined, forgotten; at most MAX_CARD_PLACES, oldest dropped. */
export function withCardPlace(places: Record<string, Point>, pattern: string, point: Point | undefined): Record<string, Point> {
  const rest = Object.entries(places).filter(([kept]) => kept !== pattern);
  const kept = point ? keptPoint(point) : undefined;
  const all = kept ? [...rest, [pattern, kept] as const] : rest;
  return Object.fromEntries(all.slice(-MAX_CARD_PLACES));
}

/** The launcher's place as stored, read tolerantly: expanded in the default corner unless it says otherwise. */
export function storedLauncherPlace(stored: unknown): LauncherPlace {
  const place = typeof stored === 'object' && stored !== null ? (stored as Partial<LauncherPlace>) : {};
  const at = keptPoint(place.at);
  return { collapsed: place.collapsed === true, ...(at ? { at } : {}) };
}
