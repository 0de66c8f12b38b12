import demoPack from '@preceptor/shared/packs/registration-demo.pack.json';
import drillsPack from '@preceptor/shared/packs/sandbox-drills.pack.json';
import { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import { installPack } from '@preceptor/shared/schema/packImport.ts';
import { installedPacks } from '../storage/items.ts';

/** On first install, the demo packs for the sandbox (registration tour, drill hint tours) are there to try. */
export async function installBundledPacksOnce(): Promise<void> {
  let packs = await installedPacks.getValue();
  if (packs.length > 0) return;
  for (const bundled of [demoPack, drillsPack]) packs = installPack(packs, ContentPack.parse(bundled));
  await installedPacks.setValue(packs);
}
