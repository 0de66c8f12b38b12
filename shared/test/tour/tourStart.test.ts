import { describe, expect, it } from 'vitest';
import { ContentPack } from '../../src/schema/contentPack.ts';
import { samePageOrigin, tourStartDecision } from '../../src/tour/tourStart.ts';
import { demoPack } from '../packFixtures.ts';

const pack = ContentPack.parse(demoPack());
const packs = [pack];
const PAGE = 'http://localhost:4173/registration';
const start = (url: string | undefined, role: string | undefined, tourId = 'registration-basics', packId = 'demo-registration') =>
  tourStartDecision(packs, packId, tourId, url, role);

describe('a tour starts only on a page its pack covers, for a role it is meant for', () => {
  it('starts on a covered page for a listed role', () => {
    expect(start(PAGE, 'registrar')).toEqual({ ok: true });
    expect(start(`${PAGE}?tab=2#x`, 'cashier')).toEqual({ ok: true });
  });

  it('refuses a page no pack covers, whatever the page asks for', () => {
    expect(start('https://evil.example/registration', 'registrar')).toEqual({ ok: false, refused: 'page-not-covered' });
    expect(start('http://localhost:4173/ward/orders', 'registrar')).toEqual({ ok: false, refused: 'page-not-covered' });
    expect(start(undefined, 'registrar')).toEqual({ ok: false, refused: 'page-not-covered' });
    expect(start('not a url', 'registrar')).toEqual({ ok: false, refused: 'page-not-covered' });
  });

  it('refuses a URL with user info, which only looks like a covered host', () => {
    expect(start('http://localhost:1@evil.example/registration', 'registrar').ok).toBe(false);
    expect(start('http://user:pw@localhost:4173/registration', 'registrar')).toEqual({ ok: false, refused: 'page-not-covered' });
  });

  it('refuses a role the tour is not meant for, and a learner without a role', () => {
    expect(start(PAGE, 'nurse')).toEqual({ ok: false, refused: 'not-for-role' });
    expect(start(PAGE, undefined)).toEqual({ ok: false, refused: 'not-for-role' });
  });

  it('lets a tour without roles start for everyone on its pages', () => {
    const open = ContentPack.parse({ ...demoPack(), tours: demoPack().tours.map((t) => ({ ...t, roles: [] })) });
    expect(tourStartDecision([open], 'demo-registration', 'registration-basics', PAGE, undefined)).toEqual({ ok: true });
  });

  it('refuses tours and packs that are not installed', () => {
    expect(start(PAGE, 'registrar', 'no-such-tour')).toEqual({ ok: false, refused: 'unknown-tour' });
    expect(start(PAGE, 'registrar', 'registration-basics', 'other-pack')).toEqual({ ok: false, refused: 'unknown-tour' });
  });
});

describe('samePageOrigin: the content script\'s route, on the origin the browser reports', () => {
  it('takes an SPA route on the sender frame\'s origin', () => {
    expect(samePageOrigin('http://localhost:4173/pharmacy', 'http://localhost:4173/scenarios')).toBe('http://localhost:4173/pharmacy');
  });
  it('refuses another origin, user info and garbage', () => {
    expect(samePageOrigin('http://localhost:4173/pharmacy', 'http://evil.example/')).toBeUndefined();
    expect(samePageOrigin('http://localhost:1@evil.example/pharmacy', 'http://evil.example/')).toBeUndefined();
    expect(samePageOrigin('http://localhost:4173/pharmacy', undefined)).toBeUndefined();
    expect(samePageOrigin('not a url', 'http://localhost:4173/')).toBeUndefined();
  });
});
