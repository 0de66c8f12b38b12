import { sendMessage } from '../messaging/protocol.ts';
import { featureLog } from '../logging/featureLog.ts';

const log = featureLog('pages');

/**
 * The EMR tab the popup is about: the active tab, or — when the popup is opened as a tab
 * itself — the tab used last. Its URL comes from our content script there, so the extension
 * needs no "tabs" permission; a tab without the content script is not an EMR page to us.
 */
export async function findTargetTab(): Promise<{ id: number; url: string } | undefined> {
  const self = await browser.tabs.getCurrent();
  const tabs = (await browser.tabs.query({ currentWindow: true })).filter((tab) => tab.id !== undefined && tab.id !== self?.id);
  // as a popup: the active tab; as a tab itself: the most recently used tab that is a web page
  const candidates = self ? tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0)) : tabs.filter((tab) => tab.active);
  for (const tab of candidates) {
    const url = await sendMessage('getPageUrl', undefined, tab.id!).catch(log.quiet('ask the page for its URL (no content script there)'));
    if (url && /^https?:/.test(url)) return { id: tab.id!, url };
  }
  return undefined;
}

export async function isOpenAsTab(): Promise<boolean> {
  return (await browser.tabs.getCurrent()) !== undefined;
}
