import { useEffect, useMemo, useState } from 'react';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import { BUILT_IN_ROLE_TITLES, type BuiltInRole } from '@preceptor/shared/schema/learnerProfile.ts';
import { toursForPage } from '@preceptor/shared/tour/toursForPage.ts';
import { useInstalledOutlines } from '../packs/useInstalledOutlines.ts';
import { learnerProfile } from '../progress/learnerProfile.ts';
import { sendMessage } from '../messaging/protocol.ts';
import type { MyTourStates, PageTourRef } from '../tours/protocol.ts';
import { translator } from '../i18n/messages.ts';
import { useLanguage } from '../ui/useLanguage.ts';
import { useStorageItem } from '../ui/useStorageItem.ts';
import { findTargetTab, isOpenAsTab } from '../ui/targetTab.ts';
import { ProfileForm } from '../progress/popup/ProfileForm.tsx';
import { TourFinder } from '../tours/popup/TourFinder.tsx';
import { ChecklistPanel } from '../learning/popup/ChecklistPanel.tsx';
import { MentorCorner } from '../authoring/popup/MentorCorner.tsx';
import { SiteAccess } from '../deployment/popup/SiteAccess.tsx';
import { ReportProblemButton } from '../problems/popup/ReportProblemButton.tsx';
import { LmsLinkPanel } from '../progress/popup/LmsLinkPanel.tsx';

type PageToursAsk = { state: 'asking' } | { state: 'answered'; tours: PageTourRef[] } | { state: 'failed' };

/**
 * The learner's popup. Without a role: one onboarding screen (role, department, language, who
 * they are). With one: the tours for this page, a search over all tours, all tours by module,
 * the checklist; the profile, and for those allowed the health check and mentor tools, collapsed.
 */
export function PopupPage() {
  const { language: savedLanguage } = useLanguage();
  const profile = useStorageItem(learnerProfile);
  const packs = useInstalledOutlines();
  const [tab, setTab] = useState<{ id: number; url: string } | null | undefined>(undefined);
  /**
   * Asking the background for this tab's tours: 'answered' with them and the tour running in the
   * tab; 'failed' when it could not list them (the rows keep the outline list and its verbs).
   */
  const [pageToursAsk, setPageToursAsk] = useState<PageToursAsk>({ state: 'asking' });
  const [states, setStates] = useState<MyTourStates | undefined>(undefined);
  const [refreshKey, setRefreshKey] = useState(0);
  const onboarding = Boolean(profile) && !profile?.role;
  // onboarding speaks the language the learner picks before they save it
  const [previewLanguage, setPreviewLanguage] = useState<Language | undefined>(undefined);
  const language = onboarding && previewLanguage ? previewLanguage : savedLanguage;
  const t = translator(language);
  const [profileOpen, setProfileOpen] = useState(false);
  useEffect(() => {
    if (onboarding) setProfileOpen(true);
  }, [onboarding]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  useEffect(() => void findTargetTab().then((found) => setTab(found ?? null)), []);
  useEffect(() => {
    if (!tab) return;
    void sendMessage('listPageTours', { tabId: tab.id, url: tab.url }).then(
      (tours) => setPageToursAsk({ state: 'answered', tours }),
      // a later failure (asked again after a launch) keeps the last answer, which knew the run here
      () => setPageToursAsk((now) => (now.state === 'answered' ? now : { state: 'failed' })),
    );
  }, [tab, profile, packs, refreshKey]);
  // The page's tours drawn from the outlines at once, the same rule the background applies
  // (toursForPage): the first screen does not wait for a service worker that may be starting.
  // The background's answer, when it comes, is the list (it knows the run in this tab).
  const tours = useMemo<PageTourRef[] | undefined>(() => {
    if (pageToursAsk.state === 'answered') return pageToursAsk.tours;
    if (!tab || !packs || !profile?.role) return undefined;
    return toursForPage(packs, tab.url, profile.role).map(({ pack, tour }) => ({ packId: pack.id, tourId: tour.id }));
  }, [pageToursAsk, tab, packs, profile?.role]);
  /** the tour running in this tab: null = none (or the background cannot say), undefined = not known yet */
  const runHere = pageToursAsk.state === 'answered' ? (pageToursAsk.tours.find((ref) => ref.run) ?? null) : pageToursAsk.state === 'failed' ? null : undefined;
  useEffect(() => {
    // (once the outlines are read: asked before and again after, it crossed to the background twice per opening)
    if (!profile?.role || !packs) return;
    void sendMessage('myTourStates', undefined).then(setStates).catch(() => setStates({}));
  }, [profile?.role, profile?.learnerId, packs, refreshKey]);

  const packDepartments = useMemo(
    () => [...new Set((packs ?? []).flatMap((pack) => pack.checklists.flatMap((c) => (c.department ? [c.department] : []))))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    [packs],
  );

  async function afterLaunch() {
    if (await isOpenAsTab()) setRefreshKey((k) => k + 1);
    else window.close();
  }
  const start = (packId: string, tourId: string) => tab && void sendMessage('startTour', { tabId: tab.id, packId, tourId }).then(afterLaunch);
  const resume = () => tab && void sendMessage('resumeTour', { tabId: tab.id }).then(afterLaunch);

  const roleTitle = (() => {
    const role = profile?.role;
    if (!role) return '';
    const fromPack = (packs ?? []).flatMap((p) => p.roles).find((r) => r.id === role)?.title;
    return (fromPack ?? BUILT_IN_ROLE_TITLES[role as BuiltInRole] ?? { 'zh-CN': role, en: role })[language];
  })();

  return (
    <div className="popup">
      <header className="bar">
        <h1>{t('appName')}</h1>
      </header>
      <main>
        <SiteAccess t={t} />
        {onboarding && (
          <section className="panel" data-region="onboarding" aria-labelledby="welcome-h">
            <h2 id="welcome-h">{t('welcomeHeading')}</h2>
            <p className="muted" style={{ margin: 0 }}>{t('welcomeBody')}</p>
          </section>
        )}
        {profile?.role && packs && (
          <TourFinder packs={packs} role={profile.role} pageTours={tours} answered={pageToursAsk.state !== 'asking' && states !== undefined}
            hasPage={Boolean(tab)} states={states ?? {}} language={language} t={t}
            onStart={start} onResume={resume} />
        )}
        {profile?.role && packs && (
          <ChecklistPanel key={profile.role} packs={packs} tabId={tab?.id} language={language} t={t} refreshKey={refreshKey}
            runHere={runHere}
            onStartTour={start} onResumeTour={resume} />
        )}
        {tab && !onboarding && <ReportProblemButton tabId={tab.id} t={t} />}
        {profile && packs && (
          <details className={onboarding ? 'panel disclosure onboarding' : 'panel disclosure'} data-region="profile" open={profileOpen} onToggle={(e) => setProfileOpen(e.currentTarget.open)}>
            <summary>{onboarding ? t('profileHeading') : t('profileSummary', { role: roleTitle })}</summary>
            <ProfileForm key={profile.learnerId} profile={profile} packRoles={packs.flatMap((p) => p.roles)} packDepartments={packDepartments} headingHidden
              onLanguageChange={setPreviewLanguage} t={t} />
          </details>
        )}
        {profile?.role && <LmsLinkPanel language={language} t={t} />}
        {profile && packs && <MentorCorner tab={tab} profile={profile} packs={packs} t={t} onStarted={afterLaunch} />}
        <p style={{ margin: '0 12px 12px' }}>
          <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">{t('openOptions')}</a>
        </p>
      </main>
    </div>
  );
}
