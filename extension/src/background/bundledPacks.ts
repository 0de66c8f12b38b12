import demoPack from '@preceptor/shared/packs/registration-demo.pack.json';
import { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import { installPack } from '@preceptor/shared/schema/packImport.ts';
import { installedPacks } from '../storage/items.ts';

/** On first install, the demo pack for the sandbox's registration page is there to try. */
export async function installBundledPacksOnce(): Promise<void> {
  const packs = await installedPacks.getValue();
  if (packs.length > 0) return;
  await installedPacks.setValue(installPack(packs, ContentPack.parse(demoPack)));
}
