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
    expect(generaliseUrl('http://emr.test/api/ward-orders/index.html')).toBe('http://emr.test/api/ward-orders/index.html');
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

  it('tells versions from screens: an upgrade bumps v1 to v2, the pattern does not care', () => {
    expect(generaliseUrl('http://emr.test/api/v2/ward-orders/index.html')).toBe('http://emr.test/api/*/ward-orders/index.html');
    const page = pagePatternOf('https://his.example.cn/emr/v1/inpatient/orders?patientId=P0001');
    expect(page).toBe('https://his.example.cn/emr/*/inpatient/orders*');
    expect(urlMatches('https://his.example.cn/emr/v2.1/inpatient/orders', [page])).toBe(true);
  });
});

/** A route moved by an upgrade keeps matching when only ids, versions, slashes or query changed; a different screen never does. */
describe('recorded page patterns are route templates', () => {
  const cases: { style: string; visited: string; page: string; sameScreen: string[]; otherScreen: string[] }[] = [
    {
      style: 'vue-router, history mode',
      visited: 'https://his.example.cn/inpatient/patient/ZY2024000123/orders?tab=long&visitId=88',
      page: 'https://his.example.cn/inpatient/patient/*/orders*',
      sameScreen: ['https://his.example.cn/inpatient/patient/ZY2024000999/orders', 'https://his.example.cn/inpatient/patient/ZY1/orders/?tab=temp'],
      otherScreen: ['https://his.example.cn/inpatient/patient/ZY2024000123/nursing', 'https://his.example.cn/outpatient/patient/1/orders'],
    },
    {
      style: 'react-router, nested params and a nanoid',
      visited: 'http://emr.test/patients/3f9c2e71/encounters/V1StGXR8_Z5jdHi6B-myT/notes/',
      page: 'http://emr.test/patients/*/encounters/*/notes*',
      sameScreen: ['http://emr.test/patients/12/encounters/abc123def456ghi789/notes', 'http://emr.test/patients/12/encounters/9/notes?draft=1'],
      otherScreen: ['http://emr.test/patients/12/encounters/9/orders'],
    },
    {
      style: 'vue-router / angular hash mode',
      visited: 'http://10.1.2.3:8080/emr/index.html#/patient/P000123/orders?visit=88',
      page: 'http://10.1.2.3:8080/emr*#/patient/*/orders*',
      sameScreen: ['http://10.1.2.3:8080/emr/#/patient/P000999/orders', 'http://10.1.2.3:8080/emr/index.html?v=20261201#/patient/P1/orders?visit=2'],
      otherScreen: ['http://10.1.2.3:8080/emr/#/patient/P000123/lab', 'http://10.1.2.3:8080/emr/#/ward'],
    },
    {
      style: 'hashbang and a jsessionid path parameter',
      visited: 'http://his.local/app/main.do;jsessionid=9A8B7C6D5E4F#!/ward/12/beds',
      page: 'http://his.local/app/main.do*#!/ward/*/beds*',
      sameScreen: ['http://his.local/app/main.do;jsessionid=XYZ#!/ward/3/beds'],
      otherScreen: ['http://his.local/app/main.do#!/ward/3/orders'],
    },
    {
      style: 'a plain anchor is not a route',
      visited: 'http://emr.test/ward/orders/#top',
      page: 'http://emr.test/ward/orders*',
      sameScreen: ['http://emr.test/ward/orders', 'http://emr.test/ward/orders#section-2'],
      otherScreen: ['http://emr.test/ward/execution'],
    },
  ];

  for (const c of cases) {
    it(c.style, () => {
      const page = pagePatternOf(c.visited);
      expect(page).toBe(c.page);
      expect(pagePatternOf(page)).toBe(page);
      expect(pagePatternOf(generaliseUrl(c.visited))).toBe(page); // the background templates what the page sent
      expect(urlMatches(c.visited, [page])).toBe(true);
      for (const url of c.sameScreen) expect(urlMatches(url, [page]), url).toBe(true);
      for (const url of c.otherScreen) expect(urlMatches(url, [page]), url).toBe(false);
      expect(page).not.toMatch(/ZY2024|P000123|3f9c2e71|V1StG|9A8B7C|visit=|tab=/);
    });
  }

  it('navigate patterns keep query keys, never values, also inside a hash route', () => {
    expect(generaliseUrl('http://10.1.2.3:8080/emr/index.html#/patient/P000123/orders?visit=88&tab=long')).toBe(
      'http://10.1.2.3:8080/emr/index.html#/patient/*/orders?visit=*&tab=*',
    );
    expect(generaliseUrl('http://emr.test/ward/orders;jsessionid=ABC?patient=P1')).toBe('http://emr.test/ward/orders?patient=*');
    const once = generaliseUrl('http://h.cn/#!/a/123?x=1');
    expect(generaliseUrl(once)).toBe(once);
  });

  it('the site root stays on its host', () => {
    expect(pagePatternOf('http://emr.test/')).toBe('http://emr.test/*');
    expect(pagePatternOf('http://emr.test')).toBe('http://emr.test/*');
    expect(urlMatches('http://emr.test.evil.example/', [pagePatternOf('http://emr.test/')])).toBe(false);
  });
});
