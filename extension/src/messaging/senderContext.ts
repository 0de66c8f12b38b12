/**
 * Which part of the extension sent a runtime message, decided from what the browser says about
 * the sender (never from the message). Pure: unit-tested with fake senders (test/messageGate.test.ts).
 */

/** The extension's contexts that send messages. */
export type SenderContext = 'content' | 'popup' | 'options' | 'editor' | 'quiz' | 'lesson' | 'background';

/** What the browser reports about a sender (a subset of runtime.MessageSender). */
export interface MessageSenderFacts {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** This extension: its id and the base URL of its pages (`runtime.getURL('/')`). */
export interface ExtensionSelf {
  id: string;
  baseUrl: string;
}

/** The extension pages WXT builds (extension/.output/chrome-mv3/*.html), by file name. */
const PAGE_CONTEXTS: Record<string, SenderContext> = {
  'popup.html': 'popup',
  'options.html': 'options',
  'editor.html': 'editor',
  'quiz.html': 'quiz',
  'lesson.html': 'lesson',
  // the MV3 service worker, when it sends to a tab
  'background.js': 'background',
};

/**
 * The sender's context, or undefined when it is none of ours:
 * - another extension or a web page (externally_connectable is not declared, but be sure): undefined;
 * - a URL inside this extension: the page it is (popup/options/editor/quiz) or the background;
 * - a tab with a web page URL: our content script there;
 * - no tab and no URL: the background (some browsers leave the service worker's URL out).
 */
export function senderContext(sender: MessageSenderFacts, self: ExtensionSelf): SenderContext | undefined {
  if (!sender.id || sender.id !== self.id) return undefined;
  const url = sender.url;
  if (url !== undefined && url.startsWith(self.baseUrl)) {
    const path = url.slice(self.baseUrl.length).split(/[?#]/)[0]!;
    return Object.hasOwn(PAGE_CONTEXTS, path) ? PAGE_CONTEXTS[path] : undefined;
  }
  if (sender.tab !== undefined) {
    if (sender.tab.id === undefined || url === undefined) return undefined;
    return /^https?:\/\//i.test(url) ? 'content' : undefined;
  }
  return url === undefined ? 'background' : undefined;
}
