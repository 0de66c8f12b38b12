import type { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import { installedPackSources, installedPacks } from '../packs/installedPacks.ts';
import { sendMessage } from '../messaging/protocol.ts';
import { PackFeeds } from '../packs/options/PackFeeds.tsx';
import { useLanguage } from '../ui/useLanguage.ts';
import { useStorageItem } from '../ui/useStorageItem.ts';
import { InstalledPacks } from '../packs/options/InstalledPacks.tsx';
import { PackImport } from '../packs/options/PackImport.tsx';
import { ProgressExport } from '../progress/options/ProgressExport.tsx';
import { SandboxOrigins } from '../progress/options/SandboxOrigins.tsx';
import { HospitalLrs } from '../progress/options/HospitalLrs.tsx';
import { ManagedSettings } from '../deployment/options/ManagedSettings.tsx';
import { MentorToolsSwitch } from '../authoring/options/MentorToolsSwitch.tsx';

export function OptionsPage() {
  const { language, t } = useLanguage();
  const packs = useStorageItem(installedPacks) ?? [];
  const fromFeed = new Set(Object.keys(useStorageItem(installedPackSources) ?? {}));

  async function remove(pack: ContentPack) {
    if (!window.confirm(t('confirmRemove', { title: pack.title[language] }))) return;
    // through the background, which refuses a pack from a feed
    if ((await sendMessage('removeInstalledPack', { packId: pack.id })) === 'managed') window.alert(t('packRemoveRefused', { title: pack.title[language] }));
  }

  return (
    <div style={{ maxWidth: 980, margin: '0 auto' }}>
      <header className="bar">
        <h1>{t('optionsTitle')}</h1>
        <a href={browser.runtime.getURL('/editor.html')} style={{ color: '#fff' }}>{t('openEditor')}</a>
      </header>
      <main>
        <ManagedSettings language={language} t={t} />
        <InstalledPacks packs={packs} fromFeed={fromFeed} language={language} t={t} onRemove={remove} />
        <PackImport language={language} t={t} />
        <PackFeeds language={language} t={t} />
        <ProgressExport t={t} />
        <SandboxOrigins t={t} />
        <HospitalLrs t={t} />
        <MentorToolsSwitch t={t} />
      </main>
    </div>
  );
}
