import { handleMessage } from '../messaging/gate.ts';
import { sendMessage } from '../messaging/protocol.ts';
import { installBundledPacksOnce } from '../packs/bundledPacks.ts';
import { ensureLearnerProfile } from '../progress/learnerProfile.ts';
import { relayScenarioAttempt } from '../progress/sandboxRelay.ts';
import { countStatements, exportProgressBundle, progressBundleChunk } from '../progress/progressLog.ts';
import { logProfileChange, myChecklists, quizStatus, submitQuiz, tickChecklistItem } from '../learning/learningRecords.ts';
import { installedPacks, learnerProfile } from '../storage/items.ts';
import {
  applyTourEvent,
  forgetTab,
  healthCheckTours,
  listPageTours,
  logTargetMissing,
  pageSetup,
  reconcileRunsWithPacks,
  startTourInTab,
  tabPageUrl,
} from '../tours/tourRunner.ts';
import { samePageOrigin } from '@preceptor/shared/tour/tourStart.ts';

// Every message goes through the gate (messaging/gate.ts): the sender's context and the payload
// are checked against messaging/messages.ts before a handler sees parsed data.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void installBundledPacksOnce();
    void ensureLearnerProfile();
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  installedPacks.watch((after, before) => void reconcileRunsWithPacks(before, after)); // a replaced pack ends or remaps runs

  handleMessage('listPageTours', (data) => listPageTours(data.tabId, data.url));
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
  handleMessage('relayScenarioAttempt', (data, sender) => relayScenarioAttempt(sender.url, data.attempt));
  handleMessage('tourEvent', (data, sender) => applyTourEvent(sender.tabId!, data));
  handleMessage('dismissTour', (_data, sender) => forgetTab(sender.tabId!));

  learnerProfile.watch((after, before) => void logProfileChange(before, after));
  handleMessage('myChecklists', () => myChecklists());
  handleMessage('quizStatus', (data) => quizStatus(data.packId, data.quizId));
  handleMessage('submitQuiz', (data) => submitQuiz(data));
  handleMessage('tickChecklistItem', (data) => tickChecklistItem(data.packId, data.checklistId, data.itemId, data.mentor));

  handleMessage('countStatements', () => countStatements());
  handleMessage('exportProgressBundle', async () => exportProgressBundle(await statementLearner(), browser.runtime.getManifest().version)); // issue 6
  handleMessage('signingKeyInfo', () => signingKeyInfo()); // issue 6
  handleMessage('progressBundleChunk', (data) => progressBundleChunk(data.exportId, data.index));

  registerAuthoring(); // mentor authoring (issue 7): extension/src/authoring/background/
});

// ---- mentor authoring (issue 7)
import { registerAuthoring } from '../authoring/background/registerAuthoring.ts';

// ---- signed progress bundles (issue 6)
import { statementLearner } from '../progress/learnerProfile.ts';
import { signingKeyInfo } from '../progress/signingKey.ts';
import { featureLog } from '../logging/featureLog.ts';

const log = featureLog('tours');
