import { handleMessage } from '../../messaging/gate.ts';
import { authoringHere, forgetAuthoringTab, requestPick, runCommand, startAuthoring } from './authoringSessions.ts';

/** The background's side of mentor authoring: one call from the background entrypoint. */
export function registerAuthoring(): void {
  browser.tabs.onRemoved.addListener((tabId) => void forgetAuthoringTab(tabId));
  // payloads and senders are checked by the gate against AUTHORING_MESSAGES (authoringProtocol.ts)
  handleMessage('startAuthoring', (data) => startAuthoring(data.tabId, data.url));
  handleMessage('authoringHere', (_data, sender) => authoringHere(sender.tabId!));
  handleMessage('authoringCommand', (data, sender) => runCommand(sender.tabId!, data));
  handleMessage('requestPick', (data) => requestPick(data));
}
