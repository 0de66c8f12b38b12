import { sendMessage } from '../messaging/protocol.ts';

/**
 * The EMR tab the popup is about: the active tab, or — when the popup is opened as a tab
 * itself — the tab used last. Its URL comes from our content script there, so the extension
 * needs no "tabs" permission; a tab without the content script is not an EMR page to us.
 */
export async function findTargetTab(): Promise<{ id: number; url: string } | undefined> {
  const self = await browser.tabs.getCurrent();
  const tabs = (await browser.tabs.query({ currentWindow: true })).filter((tab) => tab.id !== undefined && tab.id !== self?.id);
  const chosen = self ? tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0] : tabs.find((tab) => tab.active);
  if (chosen?.id === undefined) return undefined;
  const url = await sendMessage('getPageUrl', undefined, chosen.id).catch(() => undefined);
  return url && /^https?:/.test(url) ? { id: chosen.id, url } : undefined;
}

export async function isOpenAsTab(): Promise<boolean> {
  return (await browser.tabs.getCurrent()) !== undefined;
}
