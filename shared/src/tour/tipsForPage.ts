import type { ContentPack, FaqEntry, FieldTip } from '../schema/contentPack.ts';
import { urlMatches } from '../site/urlPattern.ts';
import { coversPage, isForRole, packMatchesPage } from './toursForPage.ts';

/** Field tips (knowledge base) a learner in `role` sees on `url`. */
export function tipsForPage(packs: readonly Pick<ContentPack, 'siteRules' | 'tips'>[], url: string, role: string | undefined): FieldTip[] {
  return packs
    .filter((pack) => packMatchesPage(pack, url))
    .flatMap((pack) => pack.tips)
    .filter((tip) => coversPage(tip, url))
    .filter((tip) => isForRole(tip, role));
}

/**
 * The FAQ entries written for `url` itself (issue 16: "this page has answers"), for a learner in
 * `role`: an entry naming no page is about the whole site and would make every page look answered,
 * so it is left out here (the help panel's search still finds it).
 */
export function pageAnswers(packs: readonly Pick<ContentPack, 'siteRules' | 'faqs'>[], url: string, role: string | undefined): FaqEntry[] {
  return packs
    .filter((pack) => packMatchesPage(pack, url))
    .flatMap((pack) => pack.faqs ?? [])
    .filter((faq) => faq.urlPatterns.length > 0 && urlMatches(url, faq.urlPatterns))
    .filter((faq) => isForRole(faq, role));
}

/** The pattern under which a page is known to a pack: recorded instead of the page's own URL. */
export function matchingPattern(pack: ContentPack, url: string, stepPage?: string): string {
  if (stepPage && urlMatches(url, [stepPage])) return stepPage;
  return pack.siteRules.find((rule) => urlMatches(url, [rule.urlPattern]))?.urlPattern ?? '';
}
