import { onMessage } from '../../messaging/protocol.ts';
import { AuthoringCommand, PickRequest } from '../authoringProtocol.ts';
import { authoringHere, forgetAuthoringTab, requestPick, runCommand, startAuthoring } from './authoringSessions.ts';

/** The background's side of mentor authoring: one call from the background entrypoint. */
export function registerAuthoring(): void {
  browser.tabs.onRemoved.addListener((tabId) => void forgetAuthoringTab(tabId));
  onMessage('startAuthoring', ({ data }) => startAuthoring(Number(data.tabId), String(data.url)));
  onMessage('authoringHere', ({ sender }) => (sender.tab?.id === undefined ? false : authoringHere(sender.tab.id)));
  onMessage('authoringCommand', ({ data, sender }) => {
    const command = AuthoringCommand.safeParse(data);
    if (sender.tab?.id === undefined || !command.success) return null;
    return runCommand(sender.tab.id, command.data);
  });
  onMessage('requestPick', ({ data }) => {
    const request = PickRequest.safeParse(data);
    return request.success ? requestPick(request.data) : 'not-allowed';
  });
}
