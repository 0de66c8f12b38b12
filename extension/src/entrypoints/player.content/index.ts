import { startPageGuide } from '../../page/pageGuide.ts';
import { claimPage } from '../../page/pageContext.ts';

export default defineContentScript({
  // Not in the manifest: the background registers it (deployment/playerRegistration.ts) for the
  // policy's EMR and sandbox origins, or the local list of sites (all http(s) sites unless narrowed).
  // Nothing is drawn unless an installed pack's site rules match. No `matches` here: WXT would add
  // them to host_permissions (site access is hospitalManifest's, deployment/hospitalManifest.ts).
  registration: 'runtime',
  // Injected before the page parses, so Chromium has no extra injection task to fit in before the
  // page's load event (measured: an empty document_idle script delays a heavy page's load by ~6%,
  // a document_start one not at all). The script then does nothing until the page has loaded.
  runAt: 'document_start',
  // WXT would post "<extension-id>:player:wxt:content-script-started" to every page (any page learns
  // the id), and its context stops when a page dispatches that name. The page guide ignores WXT's
  // context and runs on its own, kept in the isolated world (page/pageContext.ts).
  noScriptStartedPostMessage: true,
  main() {
    startPageGuide(claimPage('player'));
  },
});
