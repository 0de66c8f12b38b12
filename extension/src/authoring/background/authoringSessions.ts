import { tabPageUrl } from '../../tours/tourRunner.ts';
import type { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import { parsePackValue } from '@preceptor/shared/schema/packImport.ts';
import { coversPage, packMatchesPage } from '@preceptor/shared/tour/toursForPage.ts';
import type { HealthCheckInput } from '@preceptor/shared/tour/healthCheck.ts';
import { samePageOrigin } from '@preceptor/shared/tour/tourStart.ts';
import { recordAction, refreshDefaultTexts, startRecording, type RecordedAction, type RecorderState } from '@preceptor/shared/authoring/recorder.ts';
import { newDraftPack, newDraftTour, previewPack, previewPackId, setIn, slugId, uniqueId, type DraftPack, type DraftTour } from '@preceptor/shared/authoring/draftPack.ts';
import { forgetStepHealth, recordPageHealth, stepHealth } from '@preceptor/shared/authoring/healthResults.ts';
import { pagePatternOf, siteRuleOf } from '@preceptor/shared/authoring/urlGeneraliser.ts';
import { authoringAppliesAt, authoringOriginOf } from '@preceptor/shared/authoring/authoringOrigin.ts';
import { sendMessage } from '../../messaging/protocol.ts';
import { defineStoredItem } from '../../storage/storedItem.ts';
import { addAuthoredPack, authoredPacks, authoringAllowed, authoringHealth, changeAuthoringHealth, updateAuthoredPack, type AuthoredPack } from '../authoringStore.ts';
import { installContentPack, removeInstalledPack } from '../../packs/installedPacks.ts';
import { ensureLearnerProfile } from '../../progress/learnerProfile.ts';
import { forgetTab, startTourInTab } from '../../tours/tourRunner.ts';
import type { AuthoringCommand, AuthoringView, PickRequest, PickRequestResult } from '../protocol.ts';
import { oneAtATime } from '../../storage/oneAtATime.ts';
import type { ReadOnlyItem } from '../../storage/readOnlyItem.ts';
import { featureLog } from '../../logging/featureLog.ts';

const log = featureLog('authoring');

/** Authoring in one tab: which draft tour the panel edits, and the recorder's memory across page loads. */
export interface AuthoringSession {
  /** the origin where the mentor switched authoring on: elsewhere it pauses (authoringOrigin.ts) */
  origin: string;
  packKey: string;
  tourId: string;
  recording: boolean;
  recorder: Pick<RecorderState, 'page' | 'last'>;
  previewing: boolean;
  /** an element the editor asked the mentor to pick on this page */
  pick?: PickRequest;
  updatedAt: number;
}

/** Authoring switched on per tab (tab id -> session); session storage: gone when the browser closes. Written only here. */
const sessionsItem = defineStoredItem<Record<string, AuthoringSession>>('session:authoringSessions', { fallback: {}, version: 1 });
export const authoringSessions: ReadOnlyItem<Record<string, AuthoringSession>> = sessionsItem;

/** One change at a time: recorder messages arrive quickly and each reads the last state. */
const serially = oneAtATime();

async function sessionOf(tabId: number): Promise<AuthoringSession | undefined> {
  return (await authoringSessions.getValue())[String(tabId)];
}

async function saveSession(tabId: number, session: AuthoringSession | undefined): Promise<void> {
  const all = { ...(await authoringSessions.getValue()) };
  if (session) all[String(tabId)] = { ...session, updatedAt: Date.now() };
  else delete all[String(tabId)];
  await sessionsItem.setValue(all);
}

function updatePack(key: string, change: (draft: DraftPack) => DraftPack): Promise<AuthoredPack | undefined> {
  return updateAuthoredPack(key, (pack) => ({ ...pack, draft: change(pack.draft) }));
}

function tourIndex(draft: DraftPack, tourId: string): number {
  return draft.tours.findIndex((t) => t.id === tourId);
}

function updateTour(draft: DraftPack, tourId: string, change: (tour: DraftTour) => DraftTour): DraftPack {
  return { ...draft, tours: draft.tours.map((t) => (t.id === tourId ? change(t) : t)) };
}

/** The authored pack for a page: the one whose site rules cover it, or a new one for its origin. */
async function packForPage(url: string): Promise<AuthoredPack> {
  const packs = await authoredPacks.getValue();
  const matching = packs
    .filter((p) => packMatchesPage(p.draft, url))
    .sort((a, b) => b.updatedAt - a.updatedAt)[0];
  if (matching) return matching;
  const host = new URL(url).hostname;
  const id = uniqueId(slugId(host, 'pack'), packs.map((p) => p.draft.id));
  const created: AuthoredPack = {
    key: crypto.randomUUID(),
    draft: newDraftPack({ id, siteRule: siteRuleOf(url), title: { 'zh-CN': `${host} 导览`, en: `${host} tours` } }),
    published: [],
    updatedAt: Date.now(),
  };
  await addAuthoredPack(created);
  return created;
}

/** A tour to record into: the session's, else the pack's first, else a new one. */
async function ensureTour(pack: AuthoredPack, tourId: string | undefined): Promise<{ pack: AuthoredPack; tourId: string }> {
  if (tourId && tourIndex(pack.draft, tourId) >= 0) return { pack, tourId };
  const first = pack.draft.tours[0];
  if (first) return { pack, tourId: first.id };
  const tour = newDraftTour('tour', pack.draft.tours);
  const updated = await updatePack(pack.key, (d) => ({ ...d, tours: [...d.tours, tour] }));
  return { pack: updated ?? pack, tourId: tour.id };
}

/** Switch authoring on in a tab showing `url` (from the browser): bound to that page's origin. */
export function startAuthoring(tabId: number, url: string): Promise<boolean> {
  return serially(async () => {
    const origin = authoringOriginOf(url);
    if (!(await authoringAllowed()) || origin === undefined) return false;
    let existing = await sessionOf(tabId);
    if (existing && existing.origin !== origin) {
      // switched on again on another site: a fresh session there, the old one's preview removed
      await stopPreview(tabId, existing);
      existing = undefined;
    }
    const found = existing ? (await authoredPacks.getValue()).find((p) => p.key === existing.packKey) : undefined;
    const { pack, tourId } = await ensureTour(found ?? (await packForPage(url)), existing?.tourId);
    await saveSession(tabId, { origin, packKey: pack.key, tourId, recording: false, recorder: {}, previewing: false, ...(existing?.pick ? { pick: existing.pick } : {}), updatedAt: Date.now() });
    await sendMessage('openAuthoring', undefined, tabId).catch(log.quiet('open the authoring panel (the tab may have no content script yet)'));
    return true;
  });
}

/** Is authoring on for this tab's page? Not on another origin than where it started: paused there. */
export async function authoringHere(tabId: number, pageUrl: string | undefined): Promise<boolean> {
  if (!(await authoringAllowed())) return false;
  return authoringAppliesAt((await sessionOf(tabId))?.origin, pageUrl);
}

/** The tab closed: forget its session, and a preview pack it may have left installed. */
export function forgetAuthoringTab(tabId: number): Promise<void> {
  return serially(async () => {
    const session = await sessionOf(tabId);
    if (!session) return;
    if (session.previewing) await removePreviewPack(session.packKey);
    await saveSession(tabId, undefined);
  });
}

async function removePreviewPack(packKey: string): Promise<void> {
  const pack = (await authoredPacks.getValue()).find((p) => p.key === packKey);
  if (!pack) return;
  const previewId = previewPackId(pack.draft.id);
  await removeInstalledPack(previewId);
}

/** The editor wants an element picked: ask the tab where a mentor authored last, and bring it forward. */
export function requestPick(request: PickRequest): Promise<PickRequestResult> {
  return serially(async () => {
    if (!(await authoringAllowed())) return 'not-allowed';
    const sessions = Object.entries(await authoringSessions.getValue()).sort(([, a], [, b]) => b.updatedAt - a.updatedAt);
    for (const [tab, session] of sessions) {
      const tabId = Number(tab);
      const alive = await browser.tabs.get(tabId).catch(log.quiet('find the authoring tab (it may be closed)'));
      // a tab that went to another site is paused: never pick there
      if (!alive || !authoringAppliesAt(session.origin, await tabPageUrl(tabId))) continue;
      await saveSession(tabId, { ...session, pick: request });
      await browser.tabs.update(tabId, { active: true }).catch(log.quiet('bring the authoring tab to the front'));
      if (alive.windowId !== undefined) await browser.windows?.update(alive.windowId, { focused: true }).catch(log.quiet('focus the authoring window'));
      await sendMessage('openAuthoring', undefined, tabId).catch(log.quiet('open the authoring panel in the tab'));
      return 'sent';
    }
    return 'no-tab';
  });
}

/**
 * The tours of the tab's authored pack that cover `url` (the panel's location.href, taken only on
 * the sender frame's origin `pageUrl`), for the panel's health check of this page; none when
 * authoring is not on here.
 */
export async function authoredToursHere(tabId: number, pageUrl: string | undefined, url: string): Promise<HealthCheckInput[]> {
  const session = await sessionOf(tabId);
  const here = samePageOrigin(url, pageUrl);
  if (!session || here === undefined || !authoringAppliesAt(session.origin, here)) return [];
  const pack = (await authoredPacks.getValue()).find((p) => p.key === session.packKey);
  if (!pack) return [];
  return pack.draft.tours
    .filter((tour) => coversPage(tour, here))
    .map((tour) => ({ packId: pack.draft.id, packVersion: pack.draft.version, tour }));
}

/** Tell the panel in every tab where authoring is on that the authored packs changed (a tab closed meanwhile is passed over). */
export async function tellAuthoringTabs(): Promise<void> {
  const tabs = Object.keys(await authoringSessions.getValue()).map(Number);
  await Promise.all(tabs.map((tabId) => sendMessage('authoringChanged', undefined, tabId).catch(log.quiet('redraw the authoring panel (the tab may be gone)'))));
}

async function buildView(session: AuthoringSession, problems?: AuthoringView['problems']): Promise<AuthoringView | null> {
  const pack = (await authoredPacks.getValue()).find((p) => p.key === session.packKey);
  const tour = pack?.draft.tours.find((t) => t.id === session.tourId);
  if (!pack || !tour) return null;
  const [profile, health] = await Promise.all([ensureLearnerProfile(), authoringHealth.getValue()]);
  return {
    language: profile.language,
    packKey: pack.key,
    packId: pack.draft.id,
    packVersion: pack.draft.version,
    packTitle: pack.draft.title,
    tours: pack.draft.tours.map((t) => ({ id: t.id, title: t.title })),
    tourId: tour.id,
    tourTitle: tour.title,
    steps: tour.steps,
    recording: session.recording,
    previewing: session.previewing,
    ...(session.pick ? { pick: session.pick } : {}),
    health: stepHealth(health[pack.key]).filter((h) => h.tourId === tour.id),
    ...(problems ? { problems } : {}),
  };
}

async function stopPreview(tabId: number, session: AuthoringSession): Promise<AuthoringSession> {
  if (!session.previewing) return session;
  await removePreviewPack(session.packKey);
  await forgetTab(tabId);
  await sendMessage('showPlayer', null, tabId).catch(log.quiet('clear the player in the authoring tab'));
  return { ...session, previewing: false };
}

/**
 * A command from the panel in a tab whose page is at `pageUrl` (the sender frame's URL). Refused
 * (null: the panel closes) when the page is not on the session's origin; the session is kept
 * for when the tab comes back.
 */
export function runCommand(tabId: number, pageUrl: string | undefined, command: AuthoringCommand): Promise<AuthoringView | null> {
  return serially(async () => {
    let session = await sessionOf(tabId);
    if (!session || !authoringAppliesAt(session.origin, pageUrl)) return null;
    const found = (await authoredPacks.getValue()).find((p) => p.key === session!.packKey);
    if (!found) {
      await saveSession(tabId, undefined);
      return null;
    }
    // the tour may have been renamed or deleted in the editor meanwhile
    const ensured = await ensureTour(found, session.tourId);
    session = { ...session, tourId: ensured.tourId };
    let problems: AuthoringView['problems'];

    switch (command.type) {
      case 'view':
        break;
      case 'page':
        if (session.recording) session = { ...session, recorder: await record(session, { kind: 'page', url: command.url }) };
        break;
      case 'record':
        session = command.on
          ? { ...session, recording: true, recorder: { page: startRecording({ steps: [] }, command.url).page } }
          : { ...session, recording: false };
        break;
      case 'action':
        if (session.recording && !session.previewing) session = { ...session, recorder: await record(session, command.action as RecordedAction) };
        break;
      case 'chooseTour':
        if (tourIndex(ensured.pack.draft, command.tourId) >= 0) session = { ...session, tourId: command.tourId, recorder: {} };
        break;
      case 'newTour': {
        const tour = newDraftTour('tour', ensured.pack.draft.tours);
        await updatePack(session.packKey, (d) => ({ ...d, tours: [...d.tours, tour] }));
        session = { ...session, tourId: tour.id, recorder: {} };
        break;
      }
      case 'saveTourTitle': {
        const title = command.title;
        await updatePack(session.packKey, (d) => updateTour(d, session!.tourId, (t) => ({ ...t, title })));
        break;
      }
      case 'saveSteps': {
        const steps = command.steps as DraftTour['steps'];
        await updatePack(session.packKey, (d) => updateTour(d, session!.tourId, (t) => ({ ...t, steps })));
        break;
      }
      case 'picked':
        session = await picked(session, command);
        break;
      case 'cancelPick': {
        const { pick: _dropped, ...rest } = session;
        session = rest;
        break;
      }
      case 'preview': {
        const draft = (await authoredPacks.getValue()).find((p) => p.key === session!.packKey)!.draft;
        const parsed = parsePackValue('preview', previewPack(draft, session.tourId, command.from));
        if (!parsed.ok) {
          problems = parsed.problems;
          break;
        }
        await installContentPack(parsed.pack);
        session = { ...session, previewing: true, recording: false };
        await saveSession(tabId, session);
        const state = await startTourInTab(tabId, parsed.pack.id, 'preview', pageUrl);
        await sendMessage('showPlayer', state, tabId).catch(log.quiet('show the preview in the authoring tab'));
        break;
      }
      case 'stopPreview':
        session = await stopPreview(tabId, session);
        break;
      case 'health':
        await changeAuthoringHealth((health) => recordPageHealth(health, session!.packKey, pagePatternOf(command.url), command.rows, Date.now()));
        break;
      case 'openEditor': {
        const hash = new URLSearchParams({ pack: session.packKey, tour: session.tourId, ...(command.stepId ? { step: command.stepId } : {}) });
        await browser.tabs.create({ url: `${browser.runtime.getURL('/editor.html')}#${hash.toString()}` });
        break;
      }
      case 'close':
        await stopPreview(tabId, session);
        await saveSession(tabId, undefined);
        return null;
    }
    await saveSession(tabId, session);
    return buildView(session, problems);
  });
}

/** Fold a recorded action into the session's tour; returns the recorder's new memory. */
async function record(session: AuthoringSession, action: RecordedAction): Promise<AuthoringSession['recorder']> {
  let recorder = session.recorder;
  await updatePack(session.packKey, (draft) =>
    updateTour(draft, session.tourId, (tour) => {
      const next = recordAction({ steps: tour.steps, ...session.recorder }, action);
      recorder = { ...(next.page ? { page: next.page } : {}), ...(next.last ? { last: next.last } : {}) };
      return { ...tour, steps: next.steps };
    }),
  );
  return recorder;
}

async function picked(session: AuthoringSession, command: Extract<AuthoringCommand, { type: 'picked' }>): Promise<AuthoringSession> {
  const target = command.target as NonNullable<ContentPack['tours'][number]['steps'][number]['target']>;
  if (command.stepId !== undefined) {
    const stepId = command.stepId;
    await updatePack(session.packKey, (d) =>
      updateTour(d, session.tourId, (t) => ({ ...t, steps: t.steps.map((s) => (s.id === stepId ? refreshDefaultTexts({ ...s, target }, s) : s)) })),
    );
    // the old verdict was about the old target
    await changeAuthoringHealth((health) => forgetStepHealth(health, session.packKey, session.tourId, stepId));
    return session;
  }
  const pick = session.pick;
  if (!pick) return session;
  await updatePack(pick.packKey, (d) => {
    let next = setIn(d, pick.path, target);
    if (pick.setPage) next = setIn(next, [...pick.path.slice(0, -1), 'page'], pagePatternOf(command.url));
    return next;
  });
  const { pick: _done, ...rest } = session;
  return rest;
}
