import { useState } from 'react';
import type { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import { duplicatePack } from '@preceptor/shared/authoring/duplicate.ts';
import { installedPacks, installedPackSources, type PackSource } from '../../packs/installedPacks.ts';
import { useStorageItem } from '../../ui/useStorageItem.ts';
import type { AuthoringTranslate } from '../authoringMessages.ts';
import { addAuthoredPack, authoredPacks, type AuthoredPack } from '../authoringStore.ts';

/** Ids of the demo packs the extension installs on first run (packs/bundledPacks.ts; checked by extension/test/installedPacksInEditor.test.ts). */
export const BUNDLED_PACK_IDS: readonly string[] = ['demo-registration', 'sandbox-drills'];

export type InstalledOrigin = 'feed' | 'bundled' | 'local';

/** Where an installed pack came from: a feed's pack and a bundled demo are only ever edited as a copy. */
export function installedOrigin(packId: string, sources: Record<string, PackSource>): InstalledOrigin {
  if (sources[packId]) return 'feed';
  return BUNDLED_PACK_IDS.includes(packId) ? 'bundled' : 'local';
}

/**
 * Bring an installed pack into the editor. A pack installed on this PC opens as itself (its
 * installed version the published baseline, as an import does); a feed's pack or a demo pack
 * becomes a new pack of the mentor's own (new id, 1.0.0, "（副本）"): the original is never edited
 * in place. The authored pack's key, and the new id when copied.
 */
export async function openInstalledPack(pack: ContentPack, origin: InstalledOrigin, installedIds: readonly string[]): Promise<{ key: string; copiedAs?: string }> {
  const all = await authoredPacks.getValue();
  if (origin === 'local') {
    const existing = all.find((p) => p.draft.id === pack.id);
    if (existing) return { key: existing.key };
    const key = crypto.randomUUID();
    await addAuthoredPack({ key, draft: structuredClone(pack), published: [{ version: pack.version, publishedAt: Date.now(), pack }], updatedAt: Date.now() });
    return { key };
  }
  const copy = duplicatePack(pack, [...all.map((p) => p.draft.id), ...installedIds]);
  const authored: AuthoredPack = { key: crypto.randomUUID(), draft: copy, published: [], updatedAt: Date.now() };
  await addAuthoredPack(authored);
  return { key: authored.key, copiedAs: copy.id };
}

/** The installed packs, each with "open in editor" (or "copy into editor" for a feed's or a demo pack). */
export function InstalledPacks({ t, language, authored, onOpen }: { t: AuthoringTranslate; language: Language; authored: readonly AuthoredPack[]; onOpen(key: string): void }) {
  const packs = useStorageItem(installedPacks);
  const sources = useStorageItem(installedPackSources);
  const [copied, setCopied] = useState<string | undefined>(undefined);
  if (!packs || !sources) return null;
  return (
    <section aria-labelledby="installed-h" data-region="installed-packs">
      <h2 id="installed-h">{t('installedPacks')}</h2>
      <p className="muted small">{t('installedPacksHint')}</p>
      {packs.length === 0 && <p className="muted">{t('noInstalledPacks')}</p>}
      <ul className="pack-list">
        {packs.map((pack) => {
          const origin = installedOrigin(pack.id, sources);
          const title = pack.title[language] || pack.id;
          const editing = origin === 'local' ? authored.find((p) => p.draft.id === pack.id) : undefined;
          const copy = origin !== 'local';
          return (
            <li key={pack.id} className="installed" data-installed-pack={pack.id} data-origin={origin}>
              <strong>{title}</strong>
              <span className="muted small">{pack.id} · {pack.version} · {t(origin === 'feed' ? 'sourceFeed' : origin === 'bundled' ? 'sourceBundled' : 'sourceLocal')}{editing ? ` · ${t('inEditor')}` : ''}</span>
              <button type="button" data-action={copy ? 'copy-installed' : 'open-installed'} aria-label={t(copy ? 'copyToEditorNamed' : 'openInEditorNamed', { title })}
                onClick={async () => {
                  const opened = await openInstalledPack(pack, origin, packs.map((p) => p.id));
                  setCopied(opened.copiedAs);
                  onOpen(opened.key);
                }}>{t(copy ? 'copyToEditor' : 'openEditor')}</button>
            </li>
          );
        })}
      </ul>
      <div role="status" className="muted small">{copied && t('copiedAs', { id: copied })}</div>
    </section>
  );
}
