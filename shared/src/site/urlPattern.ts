/**
 * URL patterns in packs use `*` as "any run of characters" (none included); everything else is
 * literal. Kept deliberately simple so IT staff can read them.
 *
 * Matched without a regular expression: a pattern turned into `.*` RegExps backtracks, and a
 * site rule with 12 `*` kept the service worker busy for minutes on one page load. Here the
 * literal pieces between the stars are found left to right with `indexOf` (the first anchored at
 * the start, the last at the end); taking the earliest place for each piece never loses a match,
 * so no choice is ever revisited. URLs as the browser reports them hold no line terminators, the
 * one place where `.*` differed (it stopped at them).
 */
export function urlPatternMatches(pattern: string, url: string): boolean {
  const pieces = pattern.split('*');
  if (pieces.length === 1) return url === pattern;
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (url.length < first.length + last.length || !url.startsWith(first) || !url.endsWith(last)) return false;
  const end = url.length - last.length;
  let at = first.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i]!;
    if (piece === '') continue;
    const found = url.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

/** Does the URL, with or without its `#hash`, match any of the patterns? */
export function urlMatches(url: string, patterns: readonly string[]): boolean {
  const hashAt = url.indexOf('#');
  const withoutHash = hashAt < 0 ? url : url.slice(0, hashAt);
  return patterns.some((p) => urlPatternMatches(p, url) || (withoutHash !== url && urlPatternMatches(p, withoutHash)));
}
