import type { ContentPack, Tour } from '../schema/contentPack.ts';
import { urlMatches } from '../site/urlPattern.ts';

export interface OfferedTour {
  pack: ContentPack;
  tour: Tour;
}

export function packMatchesPage(pack: ContentPack, url: string): boolean {
  return urlMatches(url, pack.siteRules.map((rule) => rule.urlPattern));
}

/** Tours a learner in `role` may take on `url`: the pack's site rules, then the tour's own patterns and roles. */
export function toursForPage(packs: readonly ContentPack[], url: string, role: string | undefined): OfferedTour[] {
  const offered: OfferedTour[] = [];
  for (const pack of packs) {
    if (!packMatchesPage(pack, url)) continue;
    for (const tour of pack.tours) {
      if (tour.urlPatterns.length > 0 && !urlMatches(url, tour.urlPatterns)) continue;
      if (tour.roles.length > 0 && (role === undefined || !tour.roles.includes(role))) continue;
      offered.push({ pack, tour });
    }
  }
  return offered;
}
