import { samePageOrigin } from '@preceptor/shared/tour/tourStart.ts';
import { guideRedrawNeeded } from '@preceptor/shared/tour/guideRedraw.ts';
import { handleMessage } from '../messaging/gate.ts';
import { sendMessage } from '../messaging/protocol.ts';
import { featureLog } from '../logging/featureLog.ts';
import { installedPacks } from '../packs/installedPacks.ts';
import { learnerProfile } from '../progress/learnerProfile.ts';
import { cardPlace, launcherPlace, saveCardPlace, saveLauncherPlace } from './guidePlaceStore.ts';
import {
  applyTourEvent,
  forgetTab,
  healthCheckTours,
  listPageTours,
  logTargetMissing,
  myTourStates,
  pageSetup,
  reconcileRunsWithPacks,
  startTourInTab,
  tabPageUrl,
} from './tourRunner.ts';

const log = featureLog('tours');

/** Every tab's page guide (a tab without one, or closed meanwhile, is passed over). */
async function tellTabsLearnerChanged(): Promise<void> {
  const tabs = await browser.tabs.query({}).catch(log.quiet('list the tabs to redraw'));
  await Promise.all(
    (tabs ?? []).map((tab) => (tab.id === undefined ? undefined : sendMessage('learnerChanged', undefined, tab.id).catch(log.quiet('redraw the page guide (no content script in the tab)')))),
  );
}

/** The background's side of tours: one call from the background entrypoint (payloads and senders checked by the gate against TOUR_MESSAGES, protocol.ts). */
export function registerTours(): void {
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  installedPacks.watch((after, before) => void reconcileRunsWithPacks(before, after)); // a replaced pack ends or remaps runs
  // the page guide redraws in the learner's new language or for the new role (it cannot watch storage itself)
  learnerProfile.watch((after, before) => {
    if (guideRedrawNeeded(before, after)) void tellTabsLearnerChanged();
  });

  handleMessage('listPageTours', (data) => listPageTours(data.tabId, data.url));
  handleMessage('myTourStates', () => myTourStates());
  handleMessage('startTour', async (data) => {
    const state = await startTourInTab(data.tabId, data.packId, data.tourId, await tabPageUrl(data.tabId));
    await sendMessage('showPlayer', state, data.tabId).catch(log.quiet('show the player in the tab (no content script there)'));
    return state;
  });
  handleMessage('resumeTour', async (data) => {
    const state = await applyTourEvent(data.tabId, { type: 'resume' });
    await sendMessage('showPlayer', state, data.tabId).catch(log.quiet('show the player in the tab (no content script there)'));
    return state;
  });

  handleMessage('getPageSetup', (data, sender) => pageSetup(sender.tabId!, data.url));
  handleMessage('startTourHere', (data, sender) => startTourInTab(sender.tabId!, data.packId, data.tourId, samePageOrigin(data.url, sender.url)));
  handleMessage('reportTargetMissing', (data, sender) => logTargetMissing(sender.tabId!, data.url, data.stepId, data.resolution));
  handleMessage('healthCheckTours', (data) => healthCheckTours(data.url));
  handleMessage('tourEvent', (data, sender) => applyTourEvent(sender.tabId!, data));
  handleMessage('dismissTour', (_data, sender) => forgetTab(sender.tabId!));
  // where the learner put the card and the launcher: the page guide asks, the background keeps them
  handleMessage('cardPlace', (data, sender) => cardPlace(data.pattern, sender.url));
  handleMessage('saveCardPlace', (data, sender) => saveCardPlace(data.pattern, data.at, sender.url));
  handleMessage('launcherPlace', () => launcherPlace());
  handleMessage('saveLauncherPlace', (data) => saveLauncherPlace(data));
}
