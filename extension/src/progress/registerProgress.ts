import { handleMessage } from '../messaging/gate.ts';
import { consentedStaffIdentity } from '@preceptor/shared/record/exportBundle.ts';
import { ensureLearnerProfile, statementLearner } from './learnerProfile.ts';
import { countStatements, exportProgressBundle, progressBundleChunk } from './progressLog.ts';
import { registerLrs } from './lrs/lrsSender.ts';
import { relayScenarioAttempt } from './sandboxRelay.ts';
import { signingKeyInfo } from './signingKey.ts';
import { linkLmsCourse, unlinkLmsCourse } from './lmsLink.ts';

/** The background's side of progress: one call from the background entrypoint (gate: PROGRESS_MESSAGES, protocol.ts). */
export function registerProgress(): void {
  browser.runtime.onInstalled.addListener(() => void ensureLearnerProfile());
  handleMessage('relayScenarioAttempt', (data, sender) => relayScenarioAttempt(sender.url, data.attempt));
  handleMessage('countStatements', () => countStatements());
  // the learner's name, staff number, department and role go in the manifest only with consent
  handleMessage('exportProgressBundle', async () => exportProgressBundle(await statementLearner(), browser.runtime.getManifest().version, consentedStaffIdentity(await ensureLearnerProfile())));
  handleMessage('signingKeyInfo', () => signingKeyInfo());
  handleMessage('progressBundleChunk', (data) => progressBundleChunk(data.exportId, data.index));
  handleMessage('linkLmsCourse', (data) => linkLmsCourse(data.registration));
  handleMessage('unlinkLmsCourse', () => unlinkLmsCourse());
  registerLrs(); // statements to the hospital's LRS (outbox, alarm, options page status)
}
