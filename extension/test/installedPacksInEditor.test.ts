import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import demoPackJson from '@preceptor/shared/packs/registration-demo.pack.json';
import drillsPackJson from '@preceptor/shared/packs/sandbox-drills.pack.json';
import { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import { parsePackValue } from '@preceptor/shared/schema/packImport.ts';
import { installContentPack, installedPacks, installedPackSources, installFeedPack } from '../src/packs/installedPacks.ts';
import { authoredPacks } from '../src/authoring/authoringStore.ts';
import { BUNDLED_PACK_IDS, installedOrigin, openInstalledPack } from '../src/authoring/editor/InstalledPacks.tsx';

// Installed packs opened in the mentor's editor (issue 17): a feed's pack or a demo pack only as a
// copy with a new id, never edited in place; a pack installed on this PC as itself.

const demo = () => ContentPack.parse(demoPackJson);
const ids = async () => (await installedPacks.getValue()).map((p) => p.id);

describe('installed packs in the editor', () => {
  beforeEach(() => fakeBrowser.reset());

  it('knows the bundled demo packs by their ids', () => {
    expect([...BUNDLED_PACK_IDS].sort()).toEqual([demoPackJson.id, drillsPackJson.id].sort());
  });

  it('a feed pack becomes a copy with a new id and 1.0.0; the installed pack is unchanged', async () => {
    const pack = { ...demo(), id: 'ward-orders', version: '2.3.0' };
    await installFeedPack(pack, 'https://intranet.example/feed/index.json');
    const origin = installedOrigin(pack.id, await installedPackSources.getValue());
    expect(origin).toBe('feed');
    const installedBefore = JSON.stringify(await installedPacks.getValue());
    const opened = await openInstalledPack(pack, origin, await ids());
    expect(opened.copiedAs).toBe('ward-orders-copy');
    const [authored] = await authoredPacks.getValue();
    expect(authored!.key).toBe(opened.key);
    expect(authored!.draft).toMatchObject({ id: 'ward-orders-copy', version: '1.0.0' });
    expect(authored!.draft.title['zh-CN']).toMatch(/（副本）$/);
    expect(authored!.published).toEqual([]);
    expect(parsePackValue('copy', authored!.draft).ok).toBe(true);
    // a second copy does not collide with the first
    const again = await openInstalledPack(pack, origin, await ids());
    expect(again.copiedAs).toBe('ward-orders-copy-2');
    expect(JSON.stringify(await installedPacks.getValue())).toBe(installedBefore);
  });

  it('a bundled demo pack is copied; a copy id never takes an installed pack\'s id', async () => {
    const pack = demo();
    await installContentPack(pack);
    await installContentPack({ ...pack, id: `${pack.id}-copy` }); // a pack that already has the obvious id
    const origin = installedOrigin(pack.id, await installedPackSources.getValue());
    expect(origin).toBe('bundled');
    const opened = await openInstalledPack(pack, origin, await ids());
    expect(opened.copiedAs).toBe(`${pack.id}-copy-2`);
  });

  it('a pack installed on this PC opens as itself, with its installed version as the published baseline, once', async () => {
    const pack = { ...demo(), id: 'my-ward', version: '1.4.0' };
    await installContentPack(pack);
    const origin = installedOrigin(pack.id, await installedPackSources.getValue());
    expect(origin).toBe('local');
    const first = await openInstalledPack(pack, origin, await ids());
    expect(first.copiedAs).toBeUndefined();
    const second = await openInstalledPack(pack, origin, await ids());
    expect(second.key).toBe(first.key);
    const authored = await authoredPacks.getValue();
    expect(authored).toHaveLength(1);
    expect(authored[0]!.draft.id).toBe('my-ward');
    expect(authored[0]!.published.map((p) => p.version)).toEqual(['1.4.0']);
  });
});
