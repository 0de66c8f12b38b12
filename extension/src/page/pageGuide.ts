import type { PageContext } from './pageContext.ts';
import { sendMessage } from '../messaging/protocol.ts';
import type { PageSetup, PlayerState } from '../tours/protocol.ts';
import { handleTabMessage } from '../messaging/tabGate.ts';
import { guardGuideKeyboard } from '../tours/page/guideKeyboard.ts';
import { TourLauncher } from '../tours/page/tourLauncher.ts';
import { loadTourGuide } from './tourGuideBundle.ts';
import { whenPageSettled } from './pageSettled.ts';
import type { FieldTips } from '../learning/page/fieldTips.ts';
import type { TourPlayer } from '../tours/page/tourPlayer.ts';
import { featureLog } from '../logging/featureLog.ts';

const log = featureLog('tours');

/** The drawing parts, once tour-guide.js is loaded on this page. */
interface DrawingParts {
  player: TourPlayer;
  tips: FieldTips;
}

/**
 * Everything Preceptor does on one EMR page: the tour player, the launcher, field tips, and
 * answering the popup (page URL, health check). Each part is drawn only when a pack covers the page.
 *
 * This file is the always-on content script and stays small: it asks the background what this
 * page needs only once the page has loaded and gone idle, and imports the drawing half
 * (tour-guide.js) only when a tour, tip, on-screen question or health check needs it.
 */
export function startPageGuide(ctx: PageContext): void {
  let setup: PageSetup | undefined;
  let parts: DrawingParts | undefined;
  let partsLoading: Promise<DrawingParts> | undefined;

  const launcher = new TourLauncher((tour) => {
    void sendMessage('startTourHere', { packId: tour.packId, tourId: tour.tourId, url: location.href }).then(showPlayer);
  });

  function drawingParts(): Promise<DrawingParts> {
    if (!partsLoading) {
      partsLoading = loadTourGuide().then((bundle) => {
        parts = { player: bundle.createTourPlayer(ctx, refreshLauncher), tips: new bundle.FieldTips() };
        return parts;
      });
      partsLoading.catch(() => (partsLoading = undefined)); // a failed load may be retried
    }
    return partsLoading;
  }

  /** Show (or clear) the tour player; nothing is loaded for "no tour" on a page that never had one. */
  async function showPlayer(state: PlayerState | null): Promise<void> {
    if (!state && !partsLoading) return;
    const { player } = await drawingParts();
    await player.show(state);
  }

  function refreshLauncher(): void {
    if (setup) launcher.update(setup.tours, setup.checklists, setup.language, parts?.player.isShowing() ?? false);
  }

  async function load(): Promise<void> {
    setup = await sendMessage('getPageSetup', { url: location.href });
    await showPlayer(setup.player);
    refreshLauncher(); // the list itself may have changed
    if (setup.tips.length > 0 || parts) (await drawingParts()).tips.show(setup.tips, setup.language);
  }

  guardGuideKeyboard(ctx, {
    focusCard: () => parts?.player.focusCard() ?? false,
    cardKey: (event) => parts?.player.onCardKey(event),
  });

  // payloads are parsed in the tour-guide bundle before use ("no tour" needs no bundle)
  handleTabMessage('showPlayer', async ({ data }) => {
    const state = data === null ? null : (await loadTourGuide()).parseTabPayload('showPlayer', data);
    void showPlayer(state).catch((error) => log.warn('show the tour card', error));
  });
  handleTabMessage('getPageUrl', () => location.href);
  handleTabMessage('answerOnScreen', async ({ data }) => {
    const bundle = await loadTourGuide();
    return bundle.answerOnScreen(bundle.parseTabPayload('answerOnScreen', data));
  });
  handleTabMessage('runHealthCheck', async () => {
    const [bundle, tours] = await Promise.all([loadTourGuide(), sendMessage('healthCheckTours', { url: location.href })]);
    return bundle.healthCheckRows(tours, location.href, document);
  });

  // Mentor authoring is its own bundle (authoring.js), imported into this isolated world only when
  // a mentor switched it on for this tab: learners' pages never load it.
  const authoring = () => import(/* @vite-ignore */ browser.runtime.getURL('/authoring.js')).catch((error) => log.warn('load the authoring panel', error));
  handleTabMessage('openAuthoring', () => void authoring());

  // A training sandbox posts an ended scenario attempt to its own window. Only same-window,
  // same-origin messages of that kind are passed on; the background decides from the sender URL
  // whether this page is a configured sandbox, parses the attempt and builds the statements.
  ctx.addEventListener(window, 'message', (event) => {
    const data = event.data as { source?: unknown; type?: unknown } | null;
    if (event.source !== window || event.origin !== location.origin || data?.source !== 'preceptor-sandbox' || data.type !== 'scenario-attempt') return;
    void sendMessage('relayScenarioAttempt', data as Parameters<typeof sendMessage<'relayScenarioAttempt'>>[1]).catch((error) => log.warn('pass on a sandbox attempt', error));
  });
  // A scenario's "play the hint tour" button: the learner's own click starts the pack's tour here
  // (a page script's .click() starts nothing; the background also checks page and role).
  ctx.addEventListener(document, 'click', (event) => {
    if (!event.isTrusted) return;
    const button = (event.target as Element | null)?.closest?.('[data-action="play-hint-tour"][data-hint-pack][data-hint-tour]');
    if (!button) return;
    void sendMessage('startTourHere', { packId: button.getAttribute('data-hint-pack')!, tourId: button.getAttribute('data-hint-tour')!, url: location.href }).then(showPlayer);
  });

  ctx.onLocationChange(() => {
    parts?.player.onLocationChange();
    void load().catch((error) => log.warn('set up the page after a route change', error));
  });
  ctx.onInvalidated(() => {
    parts?.tips.clear();
    launcher.destroy();
  });

  // Nothing is asked of the background (which may have to wake up) while the EMR page is still
  // loading: the learner's page comes first.
  void whenPageSettled(ctx).then(() => {
    if (ctx.isInvalid) return;
    void load().catch((error) => log.warn('set up the page', error));
    void sendMessage('authoringHere', undefined).then((on) => on && authoring(), log.quiet('ask whether authoring is on here'));
  });
}
