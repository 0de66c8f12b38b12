import { advanceTour, startTour, type TargetMissingResolution, type TourEffect, type TourEvent, type TourRun } from '@preceptor/shared/tour/tourMachine.ts';
import { urlMatches } from '@preceptor/shared/site/urlPattern.ts';
import { packMatchesPage, toursForPage, toursOnPage } from '@preceptor/shared/tour/toursForPage.ts';
import { tourStartDecision } from '@preceptor/shared/tour/tourStart.ts';
import { runAfterPackChange } from '@preceptor/shared/tour/runAfterPackChange.ts';
import { matchingPattern, pageAnswers, tipsForPage } from '@preceptor/shared/tour/tipsForPage.ts';
import { tourStatement } from '@preceptor/shared/record/tourStatements.ts';
import type { ContentPack, Tour } from '@preceptor/shared/schema/contentPack.ts';
import type { PackOutline } from '@preceptor/shared/schema/packOutline.ts';
import { sendMessage } from '../messaging/protocol.ts';
import type { HealthCheckTour, MyTourStates, PageSetup, PageTour, PageTourRef, PlayerState } from './protocol.ts';
import { defineStoredItem } from '../storage/storedItem.ts';
import { installedOutlines, installedPacks } from '../packs/installedPacks.ts';
import { learnerProfile } from '../progress/learnerProfile.ts';
import type { ReadOnlyItem } from '../storage/readOnlyItem.ts';
import { ensureLearnerProfile, statementLearner } from '../progress/learnerProfile.ts';
import { allLearnerStatements, recordStatements } from '../progress/progressLog.ts';
import { tourStates } from '@preceptor/shared/learning/tourStates.ts';
import { checklistSummaries } from '../learning/learningRecords.ts';
import { oneAtATime } from '../storage/oneAtATime.ts';
import { featureLog } from '../logging/featureLog.ts';
import { registrationForRun } from '../progress/lmsLink.ts';

/**
 * Running tours by tab id. Kept in local storage (not memory) so a tour survives
 * page loads and the MV3 service worker being stopped and restarted. Written only here.
 */
const runsItem = defineStoredItem<Record<string, TourRun>>('local:tourRuns', { fallback: {}, version: 1 });
export const tourRuns: ReadOnlyItem<Record<string, TourRun>> = runsItem;

/** `packId/tourId` of tours that already started by themselves once for this learner. Written only here. */
const autoStartedItem = defineStoredItem<string[]>('local:autoStartedTours', { fallback: [], version: 1 });

const log = featureLog('tours');

/** Runs one change at a time so two quick clicks never read the same old tour state. */
const serially = oneAtATime();

async function findTour(packId: string, tourId: string): Promise<{ pack: ContentPack; tour: Tour } | undefined> {
  const pack = (await installedPacks.getValue()).find((p) => p.id === packId);
  const tour = pack?.tours.find((t) => t.id === tourId);
  return pack && tour ? { pack, tour } : undefined;
}

async function record(effects: TourEffect[], run: TourRun, pack: ContentPack, tour: Tour): Promise<void> {
  const learner = await statementLearner();
  const base = Date.now();
  // One transition can yield several statements (last progressed + completed): stamp them 1 ms
  // apart so that sorting the log by time keeps their order.
  await recordStatements(
    effects.map((effect, i) =>
      tourStatement({ effect, run, pack, tour, steps: tour.steps, learner, now: new Date(base + i), newId: () => crypto.randomUUID() }),
    ),
  );
}

async function playerState(run: TourRun | undefined): Promise<PlayerState | null> {
  if (!run) return null;
  const found = await findTour(run.packId, run.tourId);
  if (!found) return null;
  const profile = await ensureLearnerProfile();
  return { run, tour: found.tour, packTitle: found.pack.title, language: profile.language };
}

/** The popup's list for this page: ids and this tab's run (the popup has the rest in the outlines). */
export async function listPageTours(tabId: number, url: string): Promise<PageTourRef[]> {
  return (await launcherTours(tabId, url)).map(({ packId, tourId, run }) => ({ packId, tourId, ...(run ? { run } : {}) }));
}

/** The in-page launcher's list for this page: each tour with its title, description and step count. */
async function launcherTours(tabId: number, url: string): Promise<PageTour[]> {
  const [packs, profile, runs] = await Promise.all([installedOutlines(), learnerProfile.getValue(), tourRuns.getValue()]);
  const run = runs[String(tabId)];
  return toursForPage(packs, url, profile?.role).map(({ pack, tour }) => ({
    packId: pack.id,
    tourId: tour.id,
    title: tour.title,
    ...(tour.description ? { description: tour.description } : {}),
    stepCount: tour.stepCount,
    ...(run && run.packId === pack.id && run.tourId === tour.id && run.status !== 'completed' ? { run } : {}),
  }));
}

/** Where this learner stands on each tour they started, derived from the log (never stored). */
export async function myTourStates(): Promise<MyTourStates> {
  const [profile, statements] = await Promise.all([ensureLearnerProfile(), allLearnerStatements()]);
  return Object.fromEntries(tourStates(statements, profile.learnerId));
}

/**
 * Start a tour in a tab, only on a page its pack covers and for a role it is meant for
 * (shared/src/tour/tourStart.ts). `pageUrl` is what the browser says the tab shows (the sender's
 * frame, or tabs.get), never a URL a message carried: a page script that clicks a crafted hint
 * button on another site starts nothing.
 */
export function startTourInTab(tabId: number, packId: string, tourId: string, pageUrl: string | undefined): Promise<PlayerState | null> {
  return serially(async () => {
    const [packs, profile] = await Promise.all([installedPacks.getValue(), ensureLearnerProfile()]);
    if (!tourStartDecision(packs, packId, tourId, pageUrl, profile.role).ok) return null;
    const found = await findTour(packId, tourId);
    if (!found) return null;
    const startedAt = Date.now();
    // the LMS course's registration while the learner has linked one (progress/lmsLink.ts)
    const { run, effects } = startTour(found.tour, found.pack, await registrationForRun(startedAt), startedAt);
    await runsItem.setValue({ ...(await tourRuns.getValue()), [String(tabId)]: run });
    await record(effects, run, found.pack, found.tour);
    return playerState(run);
  });
}

export function applyTourEvent(tabId: number, event: TourEvent): Promise<PlayerState | null> {
  return serially(async () => {
    const runs = await tourRuns.getValue();
    const current = runs[String(tabId)];
    if (!current) return null;
    const found = await findTour(current.packId, current.tourId);
    if (!found) {
      // its pack was removed or replaced: never leave a run "running" on a tour that is gone
      const { [String(tabId)]: _gone, ...rest } = runs;
      await runsItem.setValue(rest);
      return null;
    }
    const { run, effects } = advanceTour(current, found.tour, event, Date.now());
    if (effects.length === 0 && run === current) return playerState(current);
    await runsItem.setValue({ ...runs, [String(tabId)]: run });
    await record(effects, run, found.pack, found.tour);
    return playerState(run);
  });
}

/** What the player in a tab should show after a page load: only on pages the pack covers. */
export async function playerStateForPage(tabId: number, url: string): Promise<PlayerState | null> {
  const run = (await tourRuns.getValue())[String(tabId)];
  if (!run || run.status !== 'running') return null;
  const pack = (await installedPacks.getValue()).find((p) => p.id === run.packId);
  if (!pack || !packMatchesPage(pack, url)) return null;
  return playerState(run);
}

/**
 * Everything the content script needs when a page loads: the running tour (or one that starts
 * by itself the first time this learner sees the page), the launcher's list, the field tips, how
 * many FAQ entries answer questions about this page.
 */
export async function pageSetup(tabId: number, url: string): Promise<PageSetup> {
  const [packs, profile] = await Promise.all([installedOutlines(), ensureLearnerProfile()]);
  const tours = await launcherTours(tabId, url);
  let player = await playerStateForPage(tabId, url);
  if (!player && !(await tourRuns.getValue())[String(tabId)]) {
    player = await autoStartOnce(tabId, url, packs, profile.role);
  }
  return { player, tours, checklists: await checklistSummaries(), tips: tipsForPage(packs, url, profile.role), pageAnswers: pageAnswers(packs, url, profile.role).length, language: profile.language };
}

async function autoStartOnce(tabId: number, url: string, packs: PackOutline[], role: string | undefined): Promise<PlayerState | null> {
  const done = new Set(await autoStartedItem.getValue());
  const candidate = toursForPage(packs, url, role).find(({ pack, tour }) => tour.autoStart && !done.has(`${pack.id}/${tour.id}`));
  if (!candidate) return null;
  await autoStartedItem.setValue([...done, `${candidate.pack.id}/${candidate.tour.id}`]);
  return startTourInTab(tabId, candidate.pack.id, candidate.tour.id, url);
}

/**
 * The URL of the page in a tab, from the browser: tabs.get where it tells (it leaves `url` out
 * without a host permission), else our content script there (its `location` is the page's real
 * address; the page cannot answer for it).
 */
export async function tabPageUrl(tabId: number): Promise<string | undefined> {
  const fromTab = (await browser.tabs.get(tabId).catch(log.quiet('read the tab URL (the tab may be closed)')))?.url;
  if (fromTab) return fromTab;
  const fromContentScript = await sendMessage('getPageUrl', undefined, tabId).catch(log.quiet('ask the page for its URL (no content script there)'));
  return typeof fromContentScript === 'string' ? fromContentScript : undefined;
}

/** Every tour of every pack for this page, whatever the role: what a health check resolves. */
export async function healthCheckTours(url: string): Promise<HealthCheckTour[]> {
  return toursOnPage(await installedPacks.getValue(), url).map(({ pack, tour }) => ({ packId: pack.id, packVersion: pack.version, tour }));
}

/**
 * Logged once per attempt, step and reason; holds the pack's pattern for the page, never the URL.
 * A page that never came ('page-moved') is logged under the pattern the tour waited for: the
 * step's page, or, once the learner left a navigate step's page, the destination it waits for.
 */
const missingLogged = new Set<string>();
export async function logTargetMissing(tabId: number, url: string, stepId: string, resolution: TargetMissingResolution): Promise<void> {
  const run = (await tourRuns.getValue())[String(tabId)];
  if (!run) return;
  const found = await findTour(run.packId, run.tourId);
  const stepIndex = found?.tour.steps.findIndex((s) => s.id === stepId) ?? -1;
  if (!found || stepIndex < 0) return;
  const step = found.tour.steps[stepIndex]!;
  const key = `${run.registration}/${stepId}/${resolution}`;
  if (missingLogged.has(key)) return;
  let pagePattern = matchingPattern(found.pack, url, step.page);
  if (resolution === 'page-moved') {
    // only a page of the pack's site, and only a step that waits for a page it is not on
    if (!packMatchesPage(found.pack, url)) return;
    const leftNavigatePage = step.advance.on === 'navigate' && step.page !== undefined && (run.pageReachedUpTo ?? -1) >= stepIndex;
    const awaited = leftNavigatePage && step.advance.on === 'navigate' ? step.advance.urlPattern : step.page;
    if (awaited === undefined || urlMatches(url, [awaited])) return;
    pagePattern = awaited;
  }
  missingLogged.add(key);
  await record([{ kind: 'target-missing', stepId, stepIndex, resolution, pagePattern }], run, found.pack, found.tour);
}

/**
 * The installed packs changed (re-import, new version, removal, a mentor's preview): each tab's run
 * goes on from the same step id in the new version, or ends when its tour or step is gone
 * (shared/src/tour/runAfterPackChange.ts); the tab's card is redrawn or closed.
 */
export function reconcileRunsWithPacks(before: readonly ContentPack[] | null, after: readonly ContentPack[] | null): Promise<void> {
  return serially(async () => {
    const runs = await tourRuns.getValue();
    const next: Record<string, TourRun> = { ...runs };
    const changed: [tabId: number, run: TourRun | null][] = [];
    for (const [tab, run] of Object.entries(runs)) {
      const change = runAfterPackChange(run, before ?? [], after ?? []);
      if (change.kind === 'unchanged') continue;
      if (change.kind === 'ended') delete next[tab];
      else next[tab] = change.run;
      changed.push([Number(tab), change.kind === 'ended' ? null : change.run]);
    }
    if (changed.length === 0) return;
    await runsItem.setValue(next);
    for (const [tabId, run] of changed) {
      await sendMessage('showPlayer', run ? await playerState(run) : null, tabId).catch(log.quiet('show the player in the tab (no content script there)'));
    }
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return serially(async () => {
    const runs = { ...(await tourRuns.getValue()) };
    if (!(String(tabId) in runs)) return;
    delete runs[String(tabId)];
    await runsItem.setValue(runs);
  });
}
