import type { ContentPack, FieldTip } from '../schema/contentPack.ts';
import { urlMatches } from '../site/urlPattern.ts';
import { packMatchesPage } from './toursForPage.ts';

/** Field tips (knowledge base) a learner in `role` sees on `url`. */
export function tipsForPage(packs: readonly Pick<ContentPack, 'siteRules' | 'tips'>[], url: string, role: string | undefined): FieldTip[] {
  return packs
    .filter((pack) => packMatchesPage(pack, url))
    .flatMap((pack) => pack.tips)
    .filter((tip) => tip.urlPatterns.length === 0 || urlMatches(url, tip.urlPatterns))
    .filter((tip) => tip.roles.length === 0 || (role !== undefined && tip.roles.includes(role)));
}

/** The pattern under which a page is known to a pack: recorded instead of the page's own URL. */
export function matchingPattern(pack: ContentPack, url: string, stepPage?: string): string {
  if (stepPage && urlMatches(url, [stepPage])) return stepPage;
  return pack.siteRules.find((rule) => urlMatches(url, [rule.urlPattern]))?.urlPattern ?? '';
}
