import type { ContentPack, Tour } from '../schema/contentPack.ts';
import { urlMatches } from '../site/urlPattern.ts';

export interface OfferedTour {
  pack: ContentPack;
  tour: Tour;
}

export function packMatchesPage(pack: ContentPack, url: string): boolean {
  return urlMatches(url, pack.siteRules.map((rule) => rule.urlPattern));
}

/** Every tour that runs on `url`, whoever the learner: the pack's site rules, then the tour's own patterns. */
export function toursOnPage(packs: readonly ContentPack[], url: string): OfferedTour[] {
  return packs
    .filter((pack) => packMatchesPage(pack, url))
    .flatMap((pack) => pack.tours.map((tour) => ({ pack, tour })))
    .filter(({ tour }) => tour.urlPatterns.length === 0 || urlMatches(url, tour.urlPatterns));
}

/** Tours a learner in `role` may take on `url`: tours without roles are for everyone. */
export function toursForPage(packs: readonly ContentPack[], url: string, role: string | undefined): OfferedTour[] {
  return toursOnPage(packs, url).filter(({ tour }) => tour.roles.length === 0 || (role !== undefined && tour.roles.includes(role)));
}
