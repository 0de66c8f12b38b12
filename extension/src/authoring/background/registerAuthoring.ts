import { onMessage } from '../../messaging/protocol.ts';
import { AuthoringCommand, PickRequest } from '../authoringProtocol.ts';
import { tabPageUrl } from '../../background/tourRunner.ts';
import { authoringHere, forgetAuthoringTab, requestPick, runCommand, startAuthoring } from './authoringSessions.ts';

/** The background's side of mentor authoring: one call from the background entrypoint. */
export function registerAuthoring(): void {
  browser.tabs.onRemoved.addListener((tabId) => void forgetAuthoringTab(tabId));
  // the tab's URL from the browser where it can tell; the popup's word only as a fallback
  onMessage('startAuthoring', async ({ data }) => startAuthoring(Number(data.tabId), (await tabPageUrl(Number(data.tabId))) ?? String(data.url)));
  // the page a content script runs in is the sender frame's URL (the browser's word, not the page's)
  onMessage('authoringHere', ({ sender }) => (sender.tab?.id === undefined ? false : authoringHere(sender.tab.id, sender.url)));
  onMessage('authoringCommand', ({ data, sender }) => {
    const command = AuthoringCommand.safeParse(data);
    if (sender.tab?.id === undefined || !command.success) return null;
    return runCommand(sender.tab.id, sender.url, command.data);
  });
  onMessage('requestPick', ({ data }) => {
    const request = PickRequest.safeParse(data);
    return request.success ? requestPick(request.data) : 'not-allowed';
  });
}
