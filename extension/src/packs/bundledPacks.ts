import demoPack from '@preceptor/shared/packs/registration-demo.pack.json';
import drillsPack from '@preceptor/shared/packs/sandbox-drills.pack.json';
import { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import { installWhenNoneInstalled } from './installedPacks.ts';

/** On first install, the demo packs for the sandbox (registration tour, drill hint tours) are there to try. */
export async function installBundledPacksOnce(): Promise<void> {
  await installWhenNoneInstalled(() => [demoPack, drillsPack].map((bundled) => ContentPack.parse(bundled)));
}
