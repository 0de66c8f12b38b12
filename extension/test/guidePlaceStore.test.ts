import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_CARD_PLACES } from '@preceptor/shared/tour/guidePlaces.ts';
import { admitMessage } from '../src/messaging/admission.ts';
import { BACKGROUND_MESSAGES } from '../src/messaging/messages.ts';
import { NotThisPagesPattern, cardPlace, launcherPlace, saveCardPlace, saveLauncherPlace } from '../src/tours/guidePlaceStore.ts';

// The page guide's card and launcher places, kept by the background for the content script (which
// cannot reach storage): what a page's renderer can make it read and store is bounded.

const self = { id: 'abcdefghijklmnopabcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const PAGE = 'http://localhost:4173/patients/1234/registration?name=x';
const PATTERN = 'http://localhost:4173/patients/#/registration';
const content = { id: self.id, url: PAGE, tab: { id: 7 }, frameId: 0 };
const admit = (name: 'cardPlace' | 'saveCardPlace' | 'launcherPlace' | 'saveLauncherPlace', data: unknown, sender: object = content) =>
  admitMessage(BACKGROUND_MESSAGES[name], data, sender, self);

beforeEach(() => fakeBrowser.reset());

describe('the card and launcher places the background keeps', () => {
  it('keeps a card place per page pattern of the sender page, and forgets it on reset', async () => {
    expect(await cardPlace(PATTERN, PAGE)).toBeNull();
    await saveCardPlace(PATTERN, { x: 100, y: 200 }, PAGE);
    expect(await cardPlace(PATTERN, PAGE)).toEqual({ x: 100, y: 200 });
    expect(await cardPlace(PATTERN, 'http://localhost:4173/patients/99/registration')).toEqual({ x: 100, y: 200 }); // another patient's page of the kind
    await saveCardPlace(PATTERN, null, PAGE);
    expect(await cardPlace(PATTERN, PAGE)).toBeNull();
  });

  it('refuses a pattern of another origin, or with a number in it: nothing read, nothing stored', async () => {
    await saveCardPlace(PATTERN, { x: 1, y: 1 }, PAGE);
    await expect(cardPlace(PATTERN, 'http://hostile.test/prize')).rejects.toBeInstanceOf(NotThisPagesPattern);
    await expect(saveCardPlace('http://localhost:4173/patients/1234', { x: 5, y: 5 }, PAGE)).rejects.toBeInstanceOf(NotThisPagesPattern);
    await expect(saveCardPlace('http://hostile.test/', { x: 5, y: 5 }, PAGE)).rejects.toBeInstanceOf(NotThisPagesPattern);
    expect(Object.keys((await fakeBrowser.storage.local.get('tourCardPlaces')).tourCardPlaces as object)).toEqual([PATTERN]);
  });

  it('keeps at most MAX_CARD_PLACES, the oldest forgotten, whatever a page sends', async () => {
    for (let i = 0; i < MAX_CARD_PLACES + 10; i++) await saveCardPlace(`http://localhost:4173/${'p'.repeat(i + 1)}`, { x: i, y: i }, PAGE);
    const stored = (await fakeBrowser.storage.local.get('tourCardPlaces')).tourCardPlaces as Record<string, unknown>;
    expect(Object.keys(stored)).toHaveLength(MAX_CARD_PLACES);
    expect(await cardPlace('http://localhost:4173/p', PAGE)).toBeNull();
  });

  it('reads the places stored before it owned them (same keys), leaving out what is not a place', async () => {
    await fakeBrowser.storage.local.set({ tourCardPlaces: { [PATTERN]: { x: 3, y: 4 }, 'http://localhost:4173/x': 'junk' }, tourLauncherPlace: { collapsed: true, at: { x: 9, y: 8 } } });
    expect(await cardPlace(PATTERN, PAGE)).toEqual({ x: 3, y: 4 });
    expect(await cardPlace('http://localhost:4173/x', PAGE)).toBeNull();
    expect(await launcherPlace()).toEqual({ collapsed: true, at: { x: 9, y: 8 } });
    await saveLauncherPlace({ collapsed: false });
    expect(await launcherPlace()).toEqual({ collapsed: false });
  });

  it('the gate takes only small, whole, bounded places from a content script', () => {
    expect(admit('saveCardPlace', { pattern: PATTERN, at: { x: 10, y: 20 } }).ok).toBe(true);
    expect(admit('saveCardPlace', { pattern: PATTERN, at: null }).ok).toBe(true);
    expect(admit('saveLauncherPlace', { collapsed: true, at: { x: 4, y: 4 } }).ok).toBe(true);
    expect(admit('launcherPlace', undefined).ok).toBe(true);
    const refused = (name: Parameters<typeof admit>[0], data: unknown, sender?: object) => {
      const admission = admit(name, data, sender);
      return admission.ok ? 'admitted' : admission.refused;
    };
    expect(refused('saveCardPlace', { pattern: PATTERN, at: { x: 10.5, y: 20 } })).toBe('payload');
    expect(refused('saveCardPlace', { pattern: PATTERN, at: { x: 1e6, y: 20 } })).toBe('payload');
    expect(refused('saveCardPlace', { pattern: PATTERN, at: { x: 1, y: 2, z: 3 } })).toBe('payload');
    expect(refused('saveCardPlace', { pattern: 'x'.repeat(201), at: null })).toBe('payload');
    expect(refused('saveCardPlace', { pattern: 'x'.repeat(700), at: null })).toBe('too-large');
    expect(refused('cardPlace', { pattern: '' })).toBe('payload');
    expect(refused('saveLauncherPlace', { collapsed: 'yes' })).toBe('payload');
    expect(refused('launcherPlace', { any: 1 })).toBe('payload');
    // only the page guide asks: an extension page does not
    expect(refused('saveCardPlace', { pattern: PATTERN, at: null }, { id: self.id, url: `${self.baseUrl}popup.html` })).toBe('sender');
  });
});
