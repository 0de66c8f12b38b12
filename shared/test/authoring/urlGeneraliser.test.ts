import { describe, expect, it } from 'vitest';
import { generaliseUrl, looksLikeId, pagePatternOf, siteRuleOf } from '../../src/authoring/urlGeneraliser.ts';
import { urlMatches } from '../../src/site/urlPattern.ts';

describe('URL -> pattern generaliser', () => {
  it('replaces every query value by * and keeps the keys', () => {
    expect(generaliseUrl('http://emr.test/adt/beds?patient=P000123&visit=88#top')).toBe('http://emr.test/adt/beds?patient=*&visit=*');
    expect(generaliseUrl('https://his.example.cn/orders?')).toBe('https://his.example.cn/orders');
  });

  it('replaces path segments that are record ids, keeps screen names', () => {
    expect(generaliseUrl('https://his.example.cn/patients/P000012/chart')).toBe('https://his.example.cn/patients/*/chart');
    expect(generaliseUrl('https://his.example.cn/visit/20240312/orders/7f3c2a9e-1b2c-4d5e-8f90-123456789abc')).toBe('https://his.example.cn/visit/*/orders/*');
    expect(generaliseUrl('http://localhost:4173/registration')).toBe('http://localhost:4173/registration');
    expect(generaliseUrl('http://emr.test/api/v2/ward-orders/index.html')).toBe('http://emr.test/api/v2/ward-orders/index.html');
    expect(generaliseUrl(`http://emr.test/patient/${encodeURIComponent('张三')}/summary`)).toBe('http://emr.test/patient/*/summary');
  });

  it('never lets a patient id through, in the path or the query', () => {
    const url = 'http://emr.test/inpatient/ZY2024000123/orders?mrn=00012345&name=%E5%BC%A0%E4%B8%89';
    const pattern = generaliseUrl(url);
    expect(pattern).not.toMatch(/ZY2024000123|00012345|%E5/);
    expect(urlMatches(url, [pattern])).toBe(true);
    expect(urlMatches('http://emr.test/inpatient/ZY2024000999/orders?mrn=1&name=x', [pattern])).toBe(true);
  });

  it('is idempotent: a pattern generalises to itself', () => {
    for (const url of ['http://emr.test/adt/beds?patient=P1&x=2', 'https://h.cn/p/123/a', 'http://emr.test/']) {
      const once = generaliseUrl(url);
      expect(generaliseUrl(once)).toBe(once);
      expect(pagePatternOf(pagePatternOf(url))).toBe(pagePatternOf(url));
    }
  });

  it('page patterns cover any query of the page; site rules cover the origin', () => {
    const page = pagePatternOf('http://emr.test/ward/orders?patient=P1');
    expect(page).toBe('http://emr.test/ward/orders*');
    expect(urlMatches('http://emr.test/ward/orders', [page])).toBe(true);
    expect(urlMatches('http://emr.test/ward/orders?patient=P2#x', [page])).toBe(true);
    expect(urlMatches('http://emr.test/ward/execution', [page])).toBe(false);
    expect(siteRuleOf('http://EMR.test:8080/a/b?c=1')).toBe('http://emr.test:8080/*');
  });

  it('tells ids from words', () => {
    expect(['123', 'P000012', 'a1b2c3d4e5f6a7b8', 'MRN-2024-0042'].every(looksLikeId)).toBe(true);
    expect(['orders', 'ward-orders', 'v2', 'index.html', '*', ''].some(looksLikeId)).toBe(false);
  });
});
