import type { ContentPack } from '../schema/contentPack.ts';
import { toursForPage, toursOnPage } from './toursForPage.ts';

/** Why a tour may not start here (a page script asked, or the learner is on the wrong page). */
export type TourStartRefusal = 'unknown-tour' | 'page-not-covered' | 'not-for-role';

export type TourStartDecision = { ok: true } | { ok: false; refused: TourStartRefusal };

/** An http(s) page without user info (`http://localhost:1@evil.example/` is evil.example). */
function isPlainWebPage(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/**
 * May this tour start in a tab showing `pageUrl`, for a learner in `role`? Only on a page its pack
 * covers (the pack's site rules, then the tour's own patterns) and only for a role it is meant for
 * (a tour without roles is for everyone): the same rule that lists it in the launcher and popup.
 * `pageUrl` must come from the browser (the sender's frame or the tab), never from a message body.
 */
export function tourStartDecision(
  packs: readonly ContentPack[],
  packId: string,
  tourId: string,
  pageUrl: string | undefined,
  role: string | undefined,
): TourStartDecision {
  const pack = packs.find((p) => p.id === packId);
  if (!pack?.tours.some((t) => t.id === tourId)) return { ok: false, refused: 'unknown-tour' };
  const isThisTour = ({ tour }: { tour: { id: string } }) => tour.id === tourId;
  if (pageUrl === undefined || !isPlainWebPage(pageUrl) || !toursOnPage([pack], pageUrl).some(isThisTour)) return { ok: false, refused: 'page-not-covered' };
  if (!toursForPage([pack], pageUrl, role).some(isThisTour)) return { ok: false, refused: 'not-for-role' };
  return { ok: true };
}

/**
 * The page a content script is on. Chrome's sender URL keeps the address the frame loaded, not
 * later history.pushState routes (an SPA's /scenarios → /pharmacy); the content script's
 * `location.href` has the route. A page can change its route only within its own origin, so the
 * reported URL counts only on the origin the browser gives for the sender: then it is what the
 * tab's URL would say.
 */
export function samePageOrigin(reported: string, senderUrl: string | undefined): string | undefined {
  try {
    if (senderUrl === undefined) return undefined;
    const page = new URL(reported);
    const sender = new URL(senderUrl);
    return page.origin === sender.origin && page.username === '' && page.password === '' && sender.username === '' && sender.password === '' ? reported : undefined;
  } catch {
    return undefined;
  }
}
