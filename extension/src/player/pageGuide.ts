import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { healthCheckRows } from '@preceptor/shared/tour/healthCheck.ts';
import { onMessage, sendMessage, type PageSetup } from '../messaging/protocol.ts';
import { FieldTips } from './fieldTips.ts';
import { answerOnScreen } from './onScreenAnswer.ts';
import { TourLauncher } from './tourLauncher.ts';
import { createTourPlayer } from './tourPlayer.ts';

/**
 * Everything Preceptor does on one EMR page: the tour player, the launcher, field tips, and
 * answering the popup (page URL, health check). Each part is drawn only when a pack covers the page.
 */
export function startPageGuide(ctx: ContentScriptContext): void {
  let setup: PageSetup | undefined;
  const player = createTourPlayer(ctx, () => refreshLauncher());
  const tips = new FieldTips();
  const launcher = new TourLauncher((tour) => {
    void sendMessage('startTourHere', { packId: tour.packId, tourId: tour.tourId }).then(player.show);
  });

  function refreshLauncher(): void {
    if (setup) launcher.update(setup.tours, setup.checklists, setup.language, player.isShowing());
  }

  async function load(): Promise<void> {
    setup = await sendMessage('getPageSetup', { url: location.href });
    await player.show(setup.player);
    refreshLauncher(); // the list itself may have changed
    tips.show(setup.tips, setup.language);
  }

  onMessage('showPlayer', ({ data }) => void player.show(data));
  onMessage('getPageUrl', () => location.href);
  onMessage('answerOnScreen', ({ data }) => answerOnScreen(data));
  onMessage('runHealthCheck', async () => healthCheckRows(await sendMessage('healthCheckTours', { url: location.href }), location.href, document));

  // Mentor authoring is its own bundle (authoring.js), imported into this isolated world only when
  // a mentor switched it on for this tab: learners' pages never load it.
  const authoring = () => import(/* @vite-ignore */ browser.runtime.getURL('/authoring.js')).catch(() => undefined);
  onMessage('openAuthoring', () => void authoring());
  void sendMessage('authoringHere', undefined).then((on) => on && authoring(), () => undefined);

  // The sandbox posts scenario results to its own window; only same-window, same-origin messages
  // of its shape are passed on, and the background parses them with zod.
  ctx.addEventListener(window, 'message', (event) => {
    const data = event.data as { source?: unknown } | null;
    if (event.source !== window || event.origin !== location.origin || data?.source !== 'preceptor-sandbox') return;
    void sendMessage('relaySandboxStatements', { url: location.href, message: data }).catch(() => undefined);
  });
  // A scenario's "play the hint tour" button: the learner's own click starts the pack's tour here.
  ctx.addEventListener(document, 'click', (event) => {
    const button = (event.target as Element | null)?.closest?.('[data-action="play-hint-tour"][data-hint-pack][data-hint-tour]');
    if (!button) return;
    void sendMessage('startTourHere', { packId: button.getAttribute('data-hint-pack')!, tourId: button.getAttribute('data-hint-tour')! }).then(player.show);
  });

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    player.onLocationChange();
    void load().catch(() => undefined);
  });
  ctx.onInvalidated(() => {
    tips.clear();
    launcher.destroy();
  });
  void load().catch(() => undefined);
}
