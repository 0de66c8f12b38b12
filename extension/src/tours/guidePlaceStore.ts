import { isPagePatternOf, storedCardPlaces, storedLauncherPlace, withCardPlace, type LauncherPlace, type Point } from '@preceptor/shared/tour/guidePlaces.ts';
import { defineStoredItem } from '../storage/storedItem.ts';
import { oneAtATime } from '../storage/oneAtATime.ts';

// The one owner of where the learner put the tour card (per page pattern) and the launcher: the
// functions below are the only readers and writers, called by the background for the page
// guide's messages (tours/protocol.ts). The page guide runs in the web page's renderer and
// cannot reach storage (storage/trustedContextsOnly.ts); what it reports is bounded by the
// message schemas and by shared/src/tour/guidePlaces.ts.

const cardPlacesItem = defineStoredItem<Record<string, Point>>('local:tourCardPlaces', { fallback: {}, version: 1 });
const launcherPlaceItem = defineStoredItem<LauncherPlace>('local:tourLauncherPlace', { fallback: { collapsed: false }, version: 1 });

/** One change at a time: two tabs' moves each read the last places. */
const serially = oneAtATime();

/** Refused: a page may only ask about, and keep places for, patterns of its own origin. */
export class NotThisPagesPattern extends Error {
  constructor() {
    super('the page pattern is not one of the sender page');
    this.name = 'NotThisPagesPattern';
  }
}

function checked(pattern: string, pageUrl: string | undefined): string {
  if (!isPagePatternOf(pattern, pageUrl)) throw new NotThisPagesPattern();
  return pattern;
}

/** Where the learner put the card on pages of `pattern`, asked from a page at `pageUrl` (the browser's word); null: beside the target. */
export async function cardPlace(pattern: string, pageUrl: string | undefined): Promise<Point | null> {
  return storedCardPlaces(await cardPlacesItem.getValue())[checked(pattern, pageUrl)] ?? null;
}

/** Keep the card's place on pages of `pattern` (newest last, at most MAX_CARD_PLACES), or forget it (null). */
export async function saveCardPlace(pattern: string, at: Point | null, pageUrl: string | undefined): Promise<void> {
  checked(pattern, pageUrl);
  await serially(async () => cardPlacesItem.setValue(withCardPlace(storedCardPlaces(await cardPlacesItem.getValue()), pattern, at ?? undefined)));
}

export async function launcherPlace(): Promise<LauncherPlace> {
  return storedLauncherPlace(await launcherPlaceItem.getValue());
}

export function saveLauncherPlace(place: LauncherPlace): Promise<void> {
  return serially(() => launcherPlaceItem.setValue(storedLauncherPlace(place)));
}
