import { useEffect, useState } from 'react';
import { installedPacks } from '../packs/installedPacks.ts';
import { learnerProfile } from '../progress/learnerProfile.ts';
import { sendMessage } from '../messaging/protocol.ts';
import type { PageTour } from '../tours/protocol.ts';
import { useLanguage } from '../ui/useLanguage.ts';
import { useStorageItem } from '../ui/useStorageItem.ts';
import { findTargetTab, isOpenAsTab } from '../ui/targetTab.ts';
import { ProfileForm } from '../progress/popup/ProfileForm.tsx';
import { PageTours } from '../tours/popup/PageTours.tsx';
import { HealthCheck } from '../tours/popup/HealthCheck.tsx';
import { ChecklistPanel } from '../learning/popup/ChecklistPanel.tsx';
import { MentorTools } from '../authoring/popup/MentorTools.tsx';
import { SiteAccess } from '../deployment/popup/SiteAccess.tsx';
import { ReportProblemButton } from '../problems/popup/ReportProblemButton.tsx';

export function PopupPage() {
  const { language, t } = useLanguage();
  const profile = useStorageItem(learnerProfile);
  const packs = useStorageItem(installedPacks);
  const [tab, setTab] = useState<{ id: number; url: string } | null | undefined>(undefined);
  const [tours, setTours] = useState<PageTour[] | undefined>(undefined);
  const [refreshKey, setRefreshKey] = useState(0);

  useEffect(() => void findTargetTab().then((found) => setTab(found ?? null)), []);
  useEffect(() => {
    if (!tab) return;
    void sendMessage('listPageTours', { tabId: tab.id, url: tab.url }).then(setTours);
  }, [tab, profile, packs, refreshKey]);

  async function afterLaunch() {
    if (await isOpenAsTab()) setRefreshKey((k) => k + 1);
    else window.close();
  }

  return (
    <div style={{ width: 360 }}>
      <header className="bar">
        <h1>{t('appName')}</h1>
      </header>
      <main>
        <SiteAccess t={t} />
        <PageTours
          tours={tours}
          hasRole={Boolean(profile?.role)}
          hasPage={Boolean(tab)}
          language={language}
          t={t}
          onStart={(tour) => tab && void sendMessage('startTour', { tabId: tab.id, packId: tour.packId, tourId: tour.tourId }).then(afterLaunch)}
          onResume={() => tab && void sendMessage('resumeTour', { tabId: tab.id }).then(afterLaunch)}
        />
        {profile?.role && (
          <ChecklistPanel packs={packs ?? []} tabId={tab?.id} language={language} t={t} refreshKey={refreshKey}
            onStartTour={(packId, tourId) => tab && void sendMessage('startTour', { tabId: tab.id, packId, tourId }).then(afterLaunch)} />
        )}
        {tab && <HealthCheck tabId={tab.id} t={t} />}
        {tab && <ReportProblemButton tabId={tab.id} t={t} />}
        <section className="panel">
          {profile && !profile.role && (
            <div data-region="onboarding">
              <h2>{t('welcomeHeading')}</h2>
              <p>{t('welcomeBody')}</p>
            </div>
          )}
          {profile && <ProfileForm key={profile.learnerId} profile={profile} packRoles={(packs ?? []).flatMap((p) => p.roles)} t={t} />}
        </section>
        <MentorTools tab={tab} t={t} onStarted={afterLaunch} />
        <p style={{ margin: '0 12px 12px' }}>
          <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">{t('openOptions')}</a>
        </p>
      </main>
    </div>
  );
}
