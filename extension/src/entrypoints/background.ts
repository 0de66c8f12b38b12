import { TourEventMessage } from '@preceptor/shared/tour/tourEventMessage.ts';
import { onMessage, sendMessage } from '../messaging/protocol.ts';
import { installBundledPacksOnce } from '../background/bundledPacks.ts';
import { ensureLearnerProfile } from '../background/learner.ts';
import { countStatements, exportProgress } from '../background/progressLog.ts';
import { applyTourEvent, forgetTab, listPageTours, playerStateForPage, startTourInTab } from '../background/tourRunner.ts';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void installBundledPacksOnce();
    void ensureLearnerProfile();
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

  onMessage('listPageTours', ({ data }) => listPageTours(data.tabId, data.url));
  onMessage('startTour', async ({ data }) => {
    const state = await startTourInTab(data.tabId, data.packId, data.tourId);
    await sendMessage('showPlayer', state, data.tabId).catch(() => undefined);
    return state;
  });
  onMessage('resumeTour', async ({ data }) => {
    const state = await applyTourEvent(data.tabId, { type: 'resume' });
    await sendMessage('showPlayer', state, data.tabId).catch(() => undefined);
    return state;
  });

  onMessage('getPlayerState', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    return tabId === undefined ? null : playerStateForPage(tabId, String(data.url));
  });
  onMessage('tourEvent', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    const event = TourEventMessage.safeParse(data);
    if (tabId === undefined || !event.success) return null;
    return applyTourEvent(tabId, event.data);
  });
  onMessage('dismissTour', ({ sender }) => (sender.tab?.id === undefined ? undefined : forgetTab(sender.tab.id)));

  onMessage('exportProgress', async () => exportProgress((await ensureLearnerProfile()).learnerId));
  onMessage('countStatements', () => countStatements());
});
