/**
 * Where the learner moved the tour card (per page pattern) and the launcher (collapsed or not, and
 * where), in the extension's own storage (never the page's). This module is the one owner: its
 * exported functions are the only writers of `tourCardPlaces` and `tourLauncherPlace`.
 * Kept free of libraries: the launcher half is in the content script injected on every page.
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

const CARD_KEY = 'tourCardPlaces';
const LAUNCHER_KEY = 'tourLauncherPlace';
/** the card places kept at most (oldest forgotten first) */
const MAX_CARD_PLACES = 60;

const isPoint = (value: unknown): value is Point =>
  typeof value === 'object' && value !== null && Number.isFinite((value as Point).x) && Number.isFinite((value as Point).y);

/**
 * The page pattern a card place is kept under: origin and path, with runs of digits (record
 * numbers, visit ids) folded to `#`, so every patient's page of a kind shares one place and no
 * number from a URL is stored. Query and hash are left out.
 */
export function pagePattern(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname.replace(/\d+/g, '#')}`.slice(0, 200);
}

async function read(key: string): Promise<unknown> {
  try {
    return (await browser.storage.local.get(key))[key];
  } catch {
    return undefined; // storage unavailable (extension reloaded): the default place
  }
}

async function cardPlaces(): Promise<Record<string, Point>> {
  const stored = await read(CARD_KEY);
  const places: Record<string, Point> = {};
  if (typeof stored === 'object' && stored !== null) {
    for (const [pattern, point] of Object.entries(stored)) if (isPoint(point)) places[pattern] = { x: point.x, y: point.y };
  }
  return places;
}

export async function cardPlace(pattern: string): Promise<Point | undefined> {
  return (await cardPlaces())[pattern];
}

/** Remember where the learner put the card on pages of this pattern; `undefined` forgets it (back to beside the target). */
export async function saveCardPlace(pattern: string, point: Point | undefined): Promise<void> {
  const places = await cardPlaces();
  delete places[pattern];
  if (point) places[pattern] = { x: Math.round(point.x), y: Math.round(point.y) };
  const kept = Object.entries(places).slice(-MAX_CARD_PLACES);
  await browser.storage.local.set({ [CARD_KEY]: Object.fromEntries(kept) }).catch(() => undefined);
}

export async function launcherPlace(): Promise<LauncherPlace> {
  const stored = (await read(LAUNCHER_KEY)) as Partial<LauncherPlace> | undefined;
  return {
    collapsed: stored?.collapsed === true,
    ...(isPoint(stored?.at) ? { at: { x: stored.at.x, y: stored.at.y } } : {}),
  };
}

export async function saveLauncherPlace(place: LauncherPlace): Promise<void> {
  const value: LauncherPlace = { collapsed: place.collapsed, ...(place.at ? { at: { x: Math.round(place.at.x), y: Math.round(place.at.y) } } : {}) };
  await browser.storage.local.set({ [LAUNCHER_KEY]: value }).catch(() => undefined);
}
