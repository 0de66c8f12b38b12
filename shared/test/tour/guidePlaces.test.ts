import { describe, expect, it } from 'vitest';
import {
  MAX_CARD_PLACES,
  MAX_PLACE_COORDINATE,
  isPagePatternOf,
  keptPoint,
  pagePattern,
  storedCardPlaces,
  storedLauncherPlace,
  withCardPlace,
} from '../../src/tour/guidePlaces.ts';

describe('where the tour card and the launcher are kept', () => {
  it('page patterns fold record numbers and drop the query and hash', () => {
    expect(pagePattern('https://emr.example/patients/12345/visit/67?name=x#a')).toBe('https://emr.example/patients/#/visit/#');
    expect(pagePattern(`https://emr.example/${'a'.repeat(400)}`)).toHaveLength(200);
  });

  it('takes a pattern only for the sender page\'s own origin, and never one with a number in its path', () => {
    const page = 'https://emr.example:8443/patients/12345?x=1';
    expect(isPagePatternOf(pagePattern(page), page)).toBe(true);
    expect(isPagePatternOf('https://emr.example:8443/', page)).toBe(true);
    expect(isPagePatternOf('https://other.example/patients/#', page)).toBe(false);
    expect(isPagePatternOf('https://emr.example:8443.evil/patients/#', page)).toBe(false);
    expect(isPagePatternOf('http://emr.example:8443/patients/#', page)).toBe(false);
    expect(isPagePatternOf('https://emr.example:8443/patients/12345', page)).toBe(false);
    expect(isPagePatternOf('https://emr.example:8443/patients?id=x', page)).toBe(false);
    expect(isPagePatternOf(`https://emr.example:8443/${'a'.repeat(200)}`, page)).toBe(false);
    expect(isPagePatternOf('https://emr.example:8443/a', undefined)).toBe(false);
    expect(isPagePatternOf('chrome-extension://abc/a', 'chrome-extension://abc/popup.html')).toBe(false);
  });

  it('keeps whole-pixel points within bounds only', () => {
    expect(keptPoint({ x: 10.6, y: -3.2 })).toEqual({ x: 11, y: -3 });
    expect(keptPoint({ x: MAX_PLACE_COORDINATE + 1, y: 0 })).toBeUndefined();
    expect(keptPoint({ x: Number.NaN, y: 0 })).toBeUndefined();
    expect(keptPoint({ x: '1', y: 0 })).toBeUndefined();
    expect(keptPoint(null)).toBeUndefined();
  });

  it('reads stored card places tolerantly: bad entries are left out, good ones kept', () => {
    expect(storedCardPlaces({ 'https://a.example/x': { x: 1, y: 2 }, 'https://a.example/y': { x: 'no' }, 'https://a.example/z': 5 })).toEqual({ 'https://a.example/x': { x: 1, y: 2 } });
    expect(storedCardPlaces(undefined)).toEqual({});
    expect(storedCardPlaces([{ x: 1, y: 2 }])).toEqual({});
  });

  it('sets a place newest last, forgets one, and keeps at most the limit, the oldest dropped', () => {
    let places = withCardPlace({}, 'p/a', { x: 1, y: 1 });
    places = withCardPlace(places, 'p/b', { x: 2, y: 2 });
    places = withCardPlace(places, 'p/a', { x: 3, y: 3 });
    expect(Object.entries(places)).toEqual([['p/b', { x: 2, y: 2 }], ['p/a', { x: 3, y: 3 }]]);
    expect(withCardPlace(places, 'p/b', undefined)).toEqual({ 'p/a': { x: 3, y: 3 } });
    for (let i = 0; i < MAX_CARD_PLACES + 5; i++) places = withCardPlace(places, `p/${String.fromCharCode(97 + (i % 26))}${'x'.repeat(Math.floor(i / 26))}`, { x: i, y: i });
    expect(Object.keys(places)).toHaveLength(MAX_CARD_PLACES);
    expect(Object.values(places).at(-1)).toEqual({ x: MAX_CARD_PLACES + 4, y: MAX_CARD_PLACES + 4 });
    expect(places['p/a']).toBeUndefined(); // the first ones went
  });

  it('reads the launcher place tolerantly', () => {
    expect(storedLauncherPlace(undefined)).toEqual({ collapsed: false });
    expect(storedLauncherPlace({ collapsed: true, at: { x: 4.4, y: 9 } })).toEqual({ collapsed: true, at: { x: 4, y: 9 } });
    expect(storedLauncherPlace({ collapsed: 'yes', at: { x: 1e9, y: 0 } })).toEqual({ collapsed: false });
  });
});
