import { storage } from 'wxt/utils/storage';
import type { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import { installPack } from '@preceptor/shared/schema/packImport.ts';
import type { ReadOnlyItem } from '../storage/readOnlyItem.ts';
import { underItemLock } from '../storage/storedItemLock.ts';

// The installed content packs' one owner: the functions below are the only writers (the bundled
// packs on first install, an import on the options page, a mentor's publish, local install and
// preview, a removal), each reading, changing and writing under the item's lock: they run in the
// background, the options page and the editor, and must not lose each other's change.

const item = storage.defineItem<ContentPack[]>('local:installedPacks', { fallback: [], version: 1 });

/** Installed content packs, each parsed with zod before it was stored. */
export const installedPacks: ReadOnlyItem<ContentPack[]> = item;
const write = underItemLock('installedPacks');

/** Install a parsed pack, replacing an installed one with the same id. */
export async function installContentPack(pack: ContentPack): Promise<void> {
  await write(async () => item.setValue(installPack(await item.getValue(), pack)));
}

/** Remove the installed pack with this id (nothing when there is none). */
export async function removeInstalledPack(packId: string): Promise<void> {
  await write(async () => item.setValue((await item.getValue()).filter((p) => p.id !== packId)));
}

/** Install these packs only when no pack is installed yet (the first install). */
export async function installWhenNoneInstalled(packs: () => ContentPack[]): Promise<void> {
  await write(async () => {
    let current = await item.getValue();
    if (current.length > 0) return;
    for (const pack of packs()) current = installPack(current, pack);
    await item.setValue(current);
  });
}
