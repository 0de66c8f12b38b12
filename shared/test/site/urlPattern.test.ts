import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeScale } from '../../../scripts/timeScale.mjs';
import { generaliseUrl, pagePatternOf } from '../../src/authoring/urlGeneraliser.ts';
import { UrlPattern, URL_PATTERN_MAX_LENGTH, URL_PATTERN_MAX_STARS } from '../../src/schema/contentIds.ts';
import { fieldProblems } from '../../src/schema/fieldProblems.ts';
import { urlMatches, urlPatternMatches } from '../../src/site/urlPattern.ts';

/** The matcher this one replaced (`*` → `.*` in a RegExp): the oracle for the property test. */
function oldRegExp(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
}

// Small alphabets so that random patterns and URLs often match; regex metacharacters included
// (they are literal in URL patterns). No line terminators: a browser's URL never holds one.
const urlChar = fc.constantFrom('a', 'b', '/', ':', '.', '?', '=', '&', '#', '(', ')', '+', '[', '\\', '$', '^', '|', '中');
const patternChar = fc.oneof({ weight: 3, arbitrary: urlChar }, { weight: 2, arbitrary: fc.constant('*') });

describe('URL patterns: the glob matcher', () => {
  it('agrees with the old .* RegExp on random small patterns and URLs', () => {
    fc.assert(
      fc.property(fc.string({ unit: patternChar, maxLength: 10 }), fc.string({ unit: urlChar, maxLength: 14 }), (pattern, url) => {
        expect(urlPatternMatches(pattern, url)).toBe(oldRegExp(pattern).test(url));
        const re = oldRegExp(pattern);
        expect(urlMatches(url, [pattern])).toBe(re.test(url) || re.test(url.split('#')[0]!));
      }),
      { numRuns: 5_000 },
    );
  });

  it('agrees with the old RegExp on URLs built to match (pieces of the pattern with filler between)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: urlChar, maxLength: 4 }), { minLength: 1, maxLength: 6 }), fc.array(fc.string({ unit: urlChar, maxLength: 3 }), { minLength: 6, maxLength: 6 }), (pieces, fillers) => {
        const pattern = pieces.join('*');
        const url = pieces.map((p, i) => (i === 0 ? p : fillers[i]! + p)).join('');
        expect(urlPatternMatches(pattern, url)).toBe(true);
        expect(oldRegExp(pattern).test(url)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('keeps the edge cases: empty runs, overlapping ends, no stars, the hash', () => {
    expect(urlPatternMatches('http://a/*', 'http://a/')).toBe(true);
    expect(urlPatternMatches('ab*ba', 'aba')).toBe(false); // first and last piece may not share characters
    expect(urlPatternMatches('ab*ba', 'abba')).toBe(true);
    expect(urlPatternMatches('a**b', 'ab')).toBe(true);
    expect(urlPatternMatches('*', '')).toBe(true);
    expect(urlPatternMatches('http://a/b', 'http://a/b/')).toBe(false);
    expect(urlPatternMatches('http://a.b/', 'http://aXb/')).toBe(false); // `.` is literal
    expect(urlMatches('http://emr.test/ward#/x', ['http://emr.test/ward'])).toBe(true);
    expect(urlMatches('http://emr.test/ward#/x', ['http://emr.test/ward#/y'])).toBe(false);
    expect(urlMatches('http://localhost:1@evil.example/registration', ['http://localhost:*/registration*'])).toBe(true); // userinfo is the caller's job
  });

  it('finishes the adversarial 12-star rule on a long non-matching URL in well under 50 ms', () => {
    const pattern = `http://${'*a'.repeat(12)}b`;
    const url = `http://${'a'.repeat(2_000)}`;
    const started = performance.now();
    for (let i = 0; i < 10; i++) expect(urlMatches(url, [pattern])).toBe(false);
    const perMatch = (performance.now() - started) / 10;
    expect(perMatch).toBeLessThan(50 * timeScale());
    // and a 100,000-character URL against the longest rule the schema allows
    const widest = `http://${'*aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'.repeat(URL_PATTERN_MAX_STARS)}b`.slice(0, URL_PATTERN_MAX_LENGTH);
    const t = performance.now();
    expect(urlMatches(`http://${'a'.repeat(100_000)}#${'a'.repeat(100)}`, [widest])).toBe(false);
    expect(performance.now() - t).toBeLessThan(50 * timeScale());
  });
});

describe('URL patterns: schema limits', () => {
  it(`refuses more than ${URL_PATTERN_MAX_STARS} * and more than ${URL_PATTERN_MAX_LENGTH} characters, saying which`, () => {
    expect(UrlPattern.safeParse(`http://h/${'*/'.repeat(URL_PATTERN_MAX_STARS)}`).success).toBe(true);
    const stars = UrlPattern.safeParse(`http://h/${'*/'.repeat(URL_PATTERN_MAX_STARS + 1)}`);
    expect(stars.success).toBe(false);
    if (!stars.success) expect(fieldProblems(stars.error)).toEqual([{ path: '', message: `use at most ${URL_PATTERN_MAX_STARS} * in a URL pattern`, pattern: { kind: 'url-too-many-stars', limit: URL_PATTERN_MAX_STARS } }]);
    expect(UrlPattern.safeParse(`http://h/${'a'.repeat(URL_PATTERN_MAX_LENGTH - 9)}`).success).toBe(true);
    const long = UrlPattern.safeParse(`http://h/${'a'.repeat(URL_PATTERN_MAX_LENGTH - 8)}`);
    expect(long.success).toBe(false);
    if (!long.success) expect(fieldProblems(long.error)[0]!.message).toMatch(/300/); // zod's own words, in the reader's language
  });

  it('the recorder writes patterns within the limits, wider rather than narrower', () => {
    const many = `http://emr.test/a/1/b/2/c/3/d/4/e/5?${Array.from({ length: 12 }, (_, i) => `k${i}=${i}`).join('&')}#/p/6/q/7`;
    const long = `http://emr.test/${'x'.repeat(400)}?a=1`;
    for (const url of [many, long]) {
      for (const pattern of [generaliseUrl(url), pagePatternOf(url)]) {
        expect(UrlPattern.safeParse(pattern).success, pattern).toBe(true);
        expect(urlMatches(url, [pattern]), pattern).toBe(true);
      }
      expect(generaliseUrl(generaliseUrl(url))).toBe(generaliseUrl(url));
      expect(pagePatternOf(pagePatternOf(url))).toBe(pagePatternOf(url));
    }
  });
});
