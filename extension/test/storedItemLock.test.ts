import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import wardPack from '../../tests/fixtures/packs/ward-orders.pack.json';
import { addAuthoredPack, authoredPacks, updateAuthoredPack } from '../src/authoring/authoringStore.ts';
import { installContentPack, installedPacks } from '../src/packs/installedPacks.ts';

// Writers of one stored item that run at the same time each read, change and write the list: the
// item's lock (storage/storedItemLock.ts) makes every change land. Without it all of them read the
// same list and the last write wins (the check below sees 1 of 20).

const pack = ContentPack.parse(wardPack);

describe('stored items written by many at once', () => {
  beforeEach(() => fakeBrowser.reset());

  it('authoredPacks: twenty edits to one draft at the same time all land', async () => {
    await addAuthoredPack({ key: 'k', draft: { ...pack, tours: [] }, published: [], updatedAt: 0 });
    const tour = pack.tours[0]!;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => updateAuthoredPack('k', (p) => ({ ...p, draft: { ...p.draft, tours: [...p.draft.tours, { ...tour, id: `t${i}` }] } }))),
    );
    const [stored] = await authoredPacks.getValue();
    expect(stored!.draft.tours.map((t) => t.id).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `t${i}`).sort());
  });

  it('installedPacks: packs installed at the same time are all kept', async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) => installContentPack({ ...pack, id: `pack-${i}` })));
    expect((await installedPacks.getValue()).map((p) => p.id).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `pack-${i}`).sort());
  });
});
