/**
 * URL patterns in packs use `*` as "any characters"; everything else is literal.
 * Kept deliberately simple so IT staff can read them.
 */
export function urlPatternToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

export function urlMatches(url: string, patterns: readonly string[]): boolean {
  const withoutHash = url.split('#')[0] ?? url;
  return patterns.some((p) => {
    const re = urlPatternToRegExp(p);
    return re.test(url) || re.test(withoutHash);
  });
}
