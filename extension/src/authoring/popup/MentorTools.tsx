import { useState } from 'react';
import type { Translate } from '../../i18n/messages.ts';
import { sendMessage } from '../../messaging/protocol.ts';
import { useStorageItem } from '../../ui/useStorageItem.ts';
import { useHospitalPolicy } from '../../deployment/useHospitalPolicy.ts';
import { authoringAllowedBy, authoringSwitchedOn } from '../authoringStore.ts';

/** The popup's mentor corner: switch authoring on in the EMR tab, open the editor. */
export function MentorTools({ tab, t, onStarted }: { tab: { id: number; url: string } | null | undefined; t: Translate; onStarted(): void }) {
  const switchedOn = useStorageItem(authoringSwitchedOn);
  const policy = useHospitalPolicy();
  const [busy, setBusy] = useState(false);
  if (switchedOn === undefined || policy === undefined || !authoringAllowedBy(policy, switchedOn)) return null;
  return (
    <section className="panel" aria-labelledby="mentor-h" data-region="mentor-tools">
      <h2 id="mentor-h">{t('mentorHeading')}</h2>
      {tab && (
        <>
          <p className="muted">{t('authorHereHint')}</p>
          <button type="button" data-action="start-authoring" disabled={busy}
            onClick={async () => {
              setBusy(true);
              const started = await sendMessage('startAuthoring', { tabId: tab.id, url: tab.url }).catch(() => false);
              setBusy(false);
              if (started) onStarted();
            }}>{t('authorHere')}</button>{' '}
        </>
      )}
      <a href={browser.runtime.getURL('/editor.html')} target="_blank" rel="noreferrer" data-action="open-editor">{t('openEditor')}</a>
    </section>
  );
}
