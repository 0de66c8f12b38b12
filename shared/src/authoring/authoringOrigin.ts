/**
 * Mentor authoring is bound to the origin where the mentor switched it on. When the tab goes to
 * another site, that site's scripts must not see the panel or edit the draft: authoring pauses
 * there (no panel, commands refused) and resumes only back on its own origin, or when the mentor
 * switches it on again. URLs come from the browser (the sender frame, the tab), never a message.
 */

/** The origin of an http(s) page; undefined for anything else, including URLs with user info. */
export function authoringOriginOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    if (parsed.username !== '' || parsed.password !== '') return undefined;
    return parsed.origin;
  } catch {
    return undefined;
  }
}

/** Does a session started on `sessionOrigin` apply to the page at `pageUrl`? Exact origin match only. */
export function authoringAppliesAt(sessionOrigin: string | undefined, pageUrl: string | undefined): boolean {
  const here = authoringOriginOf(pageUrl);
  return sessionOrigin !== undefined && here !== undefined && here === sessionOrigin;
}
