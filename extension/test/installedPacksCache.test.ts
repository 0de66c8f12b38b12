import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import demoPackJson from '@preceptor/shared/packs/registration-demo.pack.json';
import { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import { packOutline } from '@preceptor/shared/schema/packOutline.ts';
import {
  ensurePackOutlines,
  installContentPack,
  installedOutlines,
  installedPackOutlines,
  installedPacks,
  removeInstalledPack,
} from '../src/packs/installedPacks.ts';

// The background keeps the installed packs in memory (a realistic set is ~8 MB, seconds to read
// from chrome.storage on every message), forgets them when they change, and writes their outlines
// (what the popup and the page offers read) with them.

const demo = () => ContentPack.parse(demoPackJson);
const ids = async () => (await installedPacks.getValue()).map((p) => p.id);

describe('installed packs, kept in memory', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads storage once, then answers from memory', async () => {
    await installContentPack(demo());
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await ids()).toEqual([demo().id]);
    expect(await ids()).toEqual([demo().id]);
    expect(await ids()).toEqual([demo().id]);
    const packReads = reads.mock.calls.filter(([keys]) => JSON.stringify(keys).includes('"installedPacks"'));
    expect(packReads).toHaveLength(1);
    reads.mockRestore();
  });

  it('forgets them on its own writes', async () => {
    await installContentPack(demo());
    expect(await ids()).toEqual([demo().id]);
    await installContentPack({ ...demo(), id: 'ward-orders' });
    expect(await ids()).toEqual([demo().id, 'ward-orders']);
    await removeInstalledPack(demo().id);
    expect(await ids()).toEqual(['ward-orders']);
  });

  it('forgets them when another context writes the key (storage.onChanged)', async () => {
    await installContentPack(demo());
    expect(await ids()).toEqual([demo().id]);
    // another page's write, not through this module's memory
    await storage.setItem('local:installedPacks', [{ ...demo(), id: 'from-options-page' }]);
    expect(await ids()).toEqual(['from-options-page']);
  });

  it('writes the outlines with the packs', async () => {
    await installContentPack(demo());
    await installContentPack({ ...demo(), id: 'ward-orders' });
    expect(await installedPackOutlines.getValue()).toEqual([demo(), { ...demo(), id: 'ward-orders' }].map(packOutline));
    await removeInstalledPack('ward-orders');
    expect(await installedPackOutlines.getValue()).toEqual([packOutline(demo())]);
  });

  it('derives the outlines of packs stored before outlines existed, and leaves stored ones alone', async () => {
    await storage.setItem('local:installedPacks', [demo()]);
    expect(await installedPackOutlines.getValue()).toBeNull();
    expect(await installedOutlines()).toEqual([packOutline(demo())]);
    await ensurePackOutlines();
    expect(await installedPackOutlines.getValue()).toEqual([packOutline(demo())]);
    expect(await ids()).toEqual([demo().id]);
  });
});
