import { useEffect, useState } from 'react';
import type { Translate } from '../../i18n/messages.ts';
import { featureLog } from '../../logging/featureLog.ts';
import { useHospitalPolicy } from '../useHospitalPolicy.ts';
import { PLAYER_SCRIPT_ID } from '../playerRegistration.ts';

const log = featureLog('deployment');

/** The tab the popup was opened on (its URL is readable through activeTab), when it is a web page. */
async function activeWebTab(): Promise<{ id: number; origin: string } | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || !tab.url || !/^https?:/.test(tab.url)) return undefined;
  return { id: tab.id, origin: new URL(tab.url).origin };
}

/**
 * In a hospital build (host access only to the EMR origins it was built for), a site the extension
 * cannot reach offers "Enable Preceptor on this site": the browser asks the learner, and a granted
 * site joins the player's sites (the background registers the player there). With a policy that
 * names the EMR origins the hospital decides, and no such button is offered.
 */
export function SiteAccess({ t }: { t: Translate }) {
  const applied = useHospitalPolicy();
  const [site, setSite] = useState<{ id: number; origin: string; reachable: boolean } | undefined>(undefined);
  const [status, setStatus] = useState<'' | 'enabled' | 'refused'>('');

  useEffect(() => {
    void activeWebTab()
      .then(async (tab) => tab && setSite({ ...tab, reachable: await browser.permissions.contains({ origins: [`${tab.origin}/*`] }) }))
      .catch(log.quiet('read the active tab for site access'));
  }, []);

  if (!site || site.reachable || applied === undefined) return null;
  if (applied.policy.emrOrigins) {
    return (
      <section className="panel" aria-labelledby="site-access-h" data-region="site-access">
        <h2 id="site-access-h">{t('siteAccessHeading')}</h2>
        <p className="muted">{t('siteAccessManaged')}</p>
      </section>
    );
  }

  async function enable() {
    if (!site) return;
    const pattern = `${site.origin}/*`;
    // requested first thing in the click handler: the browser allows it only during the user's gesture
    const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
    if (!granted) return setStatus('refused');
    setStatus('enabled');
    // the background adds the site to the player's sites on permissions.onAdded and registers it there;
    // the page is reloaded once that is done (or after a few seconds), so the player starts on it
    for (let waited = 0; waited < 3000; waited += 100) {
      const [player] = await browser.scripting.getRegisteredContentScripts({ ids: [PLAYER_SCRIPT_ID] });
      if (player?.matches?.some((match) => match === pattern || match === `${new URL(site.origin).protocol}//*/*`)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await browser.tabs.reload(site.id).catch(log.quiet('reload the page after enabling the site'));
  }

  return (
    <section className="panel" aria-labelledby="site-access-h" data-region="site-access">
      <h2 id="site-access-h">{t('siteAccessHeading')}</h2>
      <p className="muted">{t('siteAccessHint', { origin: site.origin })}</p>
      <button type="button" className="primary" data-action="enable-site" disabled={status === 'enabled'} onClick={() => void enable()}>
        {t('siteAccessEnable')}
      </button>
      <p className={status === 'refused' ? 'error' : 'status'} role="status">
        {status === 'enabled' ? t('siteAccessEnabled') : status === 'refused' ? t('siteAccessRefused') : ''}
      </p>
    </section>
  );
}
