import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { defineStoredItem } from '../src/storage/storedItem.ts';

// A page that imports a module defining a stored item must not read that item until it asks for
// it: WXT's defineItem reads it at once, and the popup read all ~8 MB of installed packs that way
// on every opening, to list tours from their ~0.2 MB outlines.

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');
const keysRead = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.map(([keys]) => JSON.stringify(keys));

describe('stored items', () => {
  beforeEach(() => fakeBrowser.reset());

  it('WXT defineItem reads the item as soon as it is defined (why defineStoredItem exists)', async () => {
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    storage.defineItem<string[]>('local:probeEager', { fallback: [], version: 1 });
    await vi.waitFor(() => expect(keysRead(reads).some((k) => k.includes('probeEager'))).toBe(true));
    reads.mockRestore();
  });

  it('defineStoredItem reads nothing until asked, then gives the stored value or the fallback', async () => {
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    const item = defineStoredItem<string[]>('local:probeLazy', { fallback: ['none'], version: 1 });
    await new Promise((r) => setTimeout(r, 20));
    expect(keysRead(reads).filter((k) => k.includes('probeLazy'))).toEqual([]);
    expect(await item.getValue()).toEqual(['none']);
    await item.setValue(['a', 'b']);
    expect(await item.getValue()).toEqual(['a', 'b']);
    expect(await storage.getItem('local:probeLazy')).toEqual(['a', 'b']);
    await item.removeValue();
    expect(await item.getValue()).toEqual(['none']);
    reads.mockRestore();
  });

  it('watch reports changes by anyone, the fallback when removed', async () => {
    const item = defineStoredItem<number | null>('local:probeWatched', { fallback: null, version: 1 });
    const seen: [number | null, number | null][] = [];
    const unwatch = item.watch((value, old) => seen.push([value, old]));
    await storage.setItem('local:probeWatched', 1);
    await item.setValue(2);
    await storage.removeItem('local:probeWatched');
    unwatch();
    await item.setValue(3);
    expect(seen).toEqual([[1, null], [2, 1], [null, 2]]);
  });

  it('writes several items in one storage.setItems', async () => {
    const a = defineStoredItem<string>('local:probeA', { fallback: '', version: 1 });
    const b = defineStoredItem<string>('local:probeB', { fallback: '', version: 1 });
    await storage.setItems([{ item: a, value: 'x' }, { item: b, value: 'y' }]);
    expect([await a.getValue(), await b.getValue()]).toEqual(['x', 'y']);
  });

  it('the modules the popup imports read no installed packs when loaded', async () => {
    await fakeBrowser.storage.local.set({ installedPacks: [{ id: 'big' }], installedPackOutlines: [] });
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    vi.resetModules();
    await import('../src/packs/installedPacks.ts');
    await import('../src/authoring/authoringStore.ts');
    await import('../src/progress/learnerProfile.ts');
    await new Promise((r) => setTimeout(r, 20));
    expect(keysRead(reads)).toEqual([]);
    reads.mockRestore();
  });

  it('no module but storage/storedItem.ts defines items with WXT defineItem', () => {
    const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f) && f !== path.join('storage', 'storedItem.ts'));
    const offenders = files.filter((f) => readFileSync(path.join(SRC, f), 'utf8').includes('storage.defineItem'));
    expect(files.length).toBeGreaterThan(50);
    expect(offenders).toEqual([]);
  });
});
