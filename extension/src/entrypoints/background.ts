import { TourEventMessage } from '@preceptor/shared/tour/tourEventMessage.ts';
import { onMessage, sendMessage } from '../messaging/protocol.ts';
import { installBundledPacksOnce } from '../background/bundledPacks.ts';
import { ensureLearnerProfile } from '../background/learner.ts';
import { relaySandboxStatements } from '../background/sandboxRelay.ts';
import { countStatements, exportProgressBundle } from '../background/progressLog.ts';
import { z } from 'zod';
import { QuizSubmission } from '@preceptor/shared/learning/quizAnswerMessage.ts';
import { logProfileChange, myChecklists, quizStatus, submitQuiz, tickChecklistItem } from '../background/learningRecords.ts';
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
} from '../background/tourRunner.ts';

const ChecklistTick = z
  .object({
    packId: z.string().max(80),
    checklistId: z.string().max(80),
    itemId: z.string().max(80),
    mentor: z.object({ staffNumber: z.string().min(1).max(20), code: z.string().min(1).max(64) }).strict().optional(),
  })
  .strict();

/** A content script's report that a step could not be placed: ids only, parsed before use. */
const TargetMissingReport = z.object({ url: z.string().url(), stepId: z.string().min(1).max(80), resolution: z.enum(['missing', 'ambiguous', 'page-moved']) }).strict();

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void installBundledPacksOnce();
    void ensureLearnerProfile();
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  installedPacks.watch((after, before) => void reconcileRunsWithPacks(before, after)); // a replaced pack ends or remaps runs

  onMessage('listPageTours', ({ data }) => listPageTours(data.tabId, data.url));
  onMessage('startTour', async ({ data }) => {
    const state = await startTourInTab(data.tabId, data.packId, data.tourId, await tabPageUrl(data.tabId));
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
    return tabId === undefined ? { player: null, tours: [], checklists: [], tips: [], language: 'zh-CN' as const } : pageSetup(tabId, String(data.url));
  });
  onMessage('startTourHere', ({ data, sender }) =>
    sender.tab?.id === undefined ? null : startTourInTab(sender.tab.id, String(data.packId), String(data.tourId), sender.url ?? sender.tab.url),
  );
  onMessage('reportTargetMissing', ({ data, sender }) => {
    const report = TargetMissingReport.safeParse(data);
    if (sender.tab?.id === undefined || !report.success) return;
    return logTargetMissing(sender.tab.id, report.data.url, report.data.stepId, report.data.resolution);
  });
  onMessage('healthCheckTours', ({ data }) => healthCheckTours(String(data.url)));
  onMessage('relaySandboxStatements', ({ data, sender }) => relaySandboxStatements(String(sender.tab?.url ?? data.url), data.message));
  onMessage('tourEvent', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    const event = TourEventMessage.safeParse(data);
    if (tabId === undefined || !event.success) return null;
    return applyTourEvent(tabId, event.data);
  });
  onMessage('dismissTour', ({ sender }) => (sender.tab?.id === undefined ? undefined : forgetTab(sender.tab.id)));

  learnerProfile.watch((after, before) => void logProfileChange(before, after));
  onMessage('myChecklists', () => myChecklists());
  onMessage('quizStatus', ({ data }) => quizStatus(String(data.packId), String(data.quizId)));
  onMessage('submitQuiz', ({ data }) => {
    const submission = QuizSubmission.safeParse(data);
    return submission.success ? submitQuiz(submission.data) : { refused: 'invalid' as const };
  });
  onMessage('tickChecklistItem', ({ data }) => {
    const tick = ChecklistTick.safeParse(data);
    return tick.success ? tickChecklistItem(tick.data.packId, tick.data.checklistId, tick.data.itemId, tick.data.mentor) : 'invalid';
  });

  onMessage('countStatements', () => countStatements());
  onMessage('exportProgressBundle', async () => exportProgressBundle(await statementLearner(), browser.runtime.getManifest().version)); // issue 6
  onMessage('signingKeyInfo', () => signingKeyInfo()); // issue 6

  registerAuthoring(); // mentor authoring (issue 7): extension/src/authoring/background/
});

// ---- mentor authoring (issue 7)
import { registerAuthoring } from '../authoring/background/registerAuthoring.ts';

// ---- signed progress bundles (issue 6)
import { statementLearner } from '../background/learner.ts';
import { signingKeyInfo } from '../background/signingKey.ts';
