import { TourEventMessage } from '@preceptor/shared/tour/tourEventMessage.ts';
import { onMessage, sendMessage } from '../messaging/protocol.ts';
import { installBundledPacksOnce } from '../background/bundledPacks.ts';
import { ensureLearnerProfile } from '../background/learner.ts';
import { countStatements, exportProgress } from '../background/progressLog.ts';
import { z } from 'zod';
import {
  applyTourEvent,
  forgetTab,
  healthCheckTours,
  listPageTours,
  logTargetMissing,
  pageSetup,
  startTourInTab,
} from '../background/tourRunner.ts';

/** A content script's report that a step could not be placed: ids only, parsed before use. */
const TargetMissingReport = z.object({ url: z.string().url(), stepId: z.string().min(1).max(80), resolution: z.enum(['missing', 'ambiguous']) }).strict();

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

  onMessage('getPageSetup', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    return tabId === undefined ? { player: null, tours: [], tips: [], language: 'zh-CN' as const } : pageSetup(tabId, String(data.url));
  });
  onMessage('startTourHere', ({ data, sender }) =>
    sender.tab?.id === undefined ? null : startTourInTab(sender.tab.id, String(data.packId), String(data.tourId)),
  );
  onMessage('reportTargetMissing', ({ data, sender }) => {
    const report = TargetMissingReport.safeParse(data);
    if (sender.tab?.id === undefined || !report.success) return;
    return logTargetMissing(sender.tab.id, report.data.url, report.data.stepId, report.data.resolution);
  });
  onMessage('healthCheckTours', ({ data }) => healthCheckTours(String(data.url)));
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
