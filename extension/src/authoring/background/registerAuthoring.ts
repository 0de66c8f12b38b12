import { handleMessage } from '../../messaging/gate.ts';
import { tabPageUrl } from '../../tours/tourRunner.ts';
import { authoredPacks } from '../authoringStore.ts';
import { authoredToursHere, authoringHere, forgetAuthoringTab, requestPick, runCommand, startAuthoring, tellAuthoringTabs } from './authoringSessions.ts';

/** The background's side of mentor authoring: one call from the background entrypoint. */
export function registerAuthoring(): void {
  browser.tabs.onRemoved.addListener((tabId) => void forgetAuthoringTab(tabId));
  // the panel redraws when a draft changes (the editor, the recorder): it cannot watch storage itself
  authoredPacks.watch(() => void tellAuthoringTabs());
  // payloads and senders are checked by the gate against AUTHORING_MESSAGES (authoring/protocol.ts)
  // the tab's URL from the browser where it can tell; the popup's word only as a fallback
  handleMessage('startAuthoring', async (data) => startAuthoring(data.tabId, (await tabPageUrl(data.tabId)) ?? data.url));
  // the page a content script runs in is the sender frame's URL (the browser's word, not the page's)
  handleMessage('authoringHere', (_data, sender) => authoringHere(sender.tabId!, sender.url));
  handleMessage('authoringCommand', (data, sender) => runCommand(sender.tabId!, sender.url, data));
  handleMessage('authoredToursHere', (data, sender) => authoredToursHere(sender.tabId!, sender.url, data.url));
  handleMessage('requestPick', (data) => requestPick(data));
}
