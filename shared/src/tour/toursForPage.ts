import type { ContentPack, Tour } from '../schema/contentPack.ts';
import { urlMatches } from '../site/urlPattern.ts';

/** A pack, or its outline: what offering its tours on a page reads. */
export interface PageOfferSource<T extends PageOfferTour = PageOfferTour> {
  siteRules: ContentPack['siteRules'];
  tours: readonly T[];
}
export type PageOfferTour = Pick<Tour, 'urlPatterns' | 'roles'>;

export interface OfferedTour<P = ContentPack, T = Tour> {
  pack: P;
  tour: T;
}

export function packMatchesPage(pack: Pick<ContentPack, 'siteRules'>, url: string): boolean {
  return urlMatches(url, pack.siteRules.map((rule) => rule.urlPattern));
}

/** A tour, tip or FAQ entry of a pack that covers `url`: its own patterns, or none (every page of the pack's sites). */
export function coversPage(item: { urlPatterns: readonly string[] }, url: string): boolean {
  return item.urlPatterns.length === 0 || urlMatches(url, item.urlPatterns);
}

/** A tour, tip or FAQ entry for a learner in `role`: one naming no role is for everyone. */
export function isForRole(item: { roles: readonly string[] }, role: string | undefined): boolean {
  return item.roles.length === 0 || (role !== undefined && item.roles.includes(role));
}

/** Every tour that runs on `url`, whoever the learner: the pack's site rules, then the tour's own patterns. */
export function toursOnPage<P extends PageOfferSource<T>, T extends PageOfferTour = P['tours'][number]>(packs: readonly P[], url: string): OfferedTour<P, T>[] {
  return packs
    .filter((pack) => packMatchesPage(pack, url))
    .flatMap((pack) => pack.tours.map((tour) => ({ pack, tour: tour as T })))
    .filter(({ tour }) => coversPage(tour, url));
}

/** Tours a learner in `role` may take on `url`: tours without roles are for everyone. */
export function toursForPage<P extends PageOfferSource<T>, T extends PageOfferTour = P['tours'][number]>(packs: readonly P[], url: string, role: string | undefined): OfferedTour<P, T>[] {
  return toursOnPage<P, T>(packs, url).filter(({ tour }) => isForRole(tour, role));
}
