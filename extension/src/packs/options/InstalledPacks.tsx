import type { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import type { Translate } from '../../i18n/messages.ts';

/** `fromFeed`: ids of packs a feed installed; they show where they came from instead of a Remove button. */
export function InstalledPacks({ packs, fromFeed, language, t, onRemove }: { packs: ContentPack[]; fromFeed: ReadonlySet<string>; language: Language; t: Translate; onRemove(pack: ContentPack): void }) {
  return (
    <section className="panel" aria-labelledby="packs-h">
      <h2 id="packs-h">{t('packsHeading')}</h2>
      {packs.length === 0 ? (
        <p className="muted">{t('noPacks')}</p>
      ) : (
        <table data-table="installed-packs">
          <caption className="muted" style={{ textAlign: 'left' }}>{t('packsHeading')}: {packs.length}</caption>
          <thead>
            <tr>
              <th scope="col">{t('packTitle')}</th>
              <th scope="col">{t('packId')}</th>
              <th scope="col">{t('packVersion')}</th>
              <th scope="col">{t('packTours')}</th>
              <th scope="col">{t('packSites')}</th>
              <th scope="col"><span className="sr-only">{t('remove')}</span></th>
            </tr>
          </thead>
          <tbody>
            {packs.map((pack) => (
              <tr key={pack.id} data-pack={pack.id}>
                <td>{pack.title[language]}</td>
                <td><code>{pack.id}</code></td>
                <td>{pack.version}</td>
                <td>{pack.tours.length}</td>
                <td>{pack.siteRules.map((rule) => <div key={rule.urlPattern}><code>{rule.urlPattern}</code></div>)}</td>
                <td>
                  {fromFeed.has(pack.id) ? (
                    <span className="muted" data-region="from-feed">{t('packFromFeed')}</span>
                  ) : (
                    <button type="button" className="danger" onClick={() => onRemove(pack)} aria-label={`${t('remove')} ${pack.title[language]}`}>
                      {t('remove')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
