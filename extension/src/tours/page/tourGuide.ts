import { sendMessage } from '../../messaging/protocol.ts';
import { handleTabMessage } from '../../messaging/tabGate.ts';
import { featureLog } from '../../logging/featureLog.ts';
import type { PageFeature } from '../../page/pageFeature.ts';
import { loadTourGuide } from '../../page/tourGuideBundle.ts';
import type { FieldTips } from '../../learning/page/fieldTips.ts';
import type { PageSetup, PlayerState } from '../protocol.ts';
import { guardGuideKeyboard } from './guideKeyboard.ts';
import { TourLauncher } from './tourLauncher.ts';
import type { TourPlayer } from './tourPlayer.ts';

const log = featureLog('tours');

/** The drawing parts, once tour-guide.js is loaded on this page. */
interface DrawingParts {
  player: TourPlayer;
  tips: FieldTips;
}

/**
 * The tour guide on one page: the tour player, the launcher and field tips, each drawn only when a
 * pack covers the page; the page URL for the popup; a scenario's hint-tour buttons. The drawing
 * half (tour-guide.js) is imported only when a tour or tip needs it.
 */
export const tourGuide: PageFeature = ({ ctx, settled }) => {
  let setup: PageSetup | undefined;
  let parts: DrawingParts | undefined;
  let partsLoading: Promise<DrawingParts> | undefined;

  const launcher = new TourLauncher(
    (tour) => {
      void sendMessage('startTourHere', { packId: tour.packId, tourId: tour.tourId, url: location.href }).then(showPlayer);
    },
    () => void openProblemForm(() => launcher.focusButton()),
    () => void openHelpPanel(() => launcher.focusButton()),
  );

  /** 帮助 (issue 16): the panel comes with the drawing half; search and suggestions go to the background. */
  async function openHelpPanel(returnFocus?: () => void): Promise<void> {
    const bundle = await loadTourGuide();
    bundle.openHelpPanel({
      language: setup?.language ?? 'zh-CN',
      search: (query) => sendMessage('searchHelp', { query, url: location.href }),
      startTour: (packId, tourId) => void sendMessage('startTourHere', { packId, tourId, url: location.href }).then(showPlayer),
      suggest: (suggestion) => sendMessage('suggestTip', suggestion),
      ...(returnFocus ? { returnFocus } : {}),
    });
  }

  /** 报告问题 (issue 16): the form comes with the drawing half; the report goes to the background. */
  async function openProblemForm(returnFocus?: () => void): Promise<void> {
    const bundle = await loadTourGuide();
    bundle.openProblemForm({
      language: setup?.language ?? 'zh-CN',
      stepOpen: parts?.player.isShowing() ?? false,
      ...(returnFocus ? { returnFocus } : {}),
      submit: (report) => sendMessage('reportProblem', report),
    });
  }

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
    if (setup) launcher.update(setup.tours, setup.checklists, setup.language, parts?.player.isShowing() ?? false, setup.pageAnswers);
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
  handleTabMessage('openProblemForm', async () => {
    await openProblemForm();
    return true;
  });

  // A scenario's "play the hint tour" button: the learner's own click starts the pack's tour here
  // (a page script's .click() starts nothing; the background also checks page and role).
  ctx.addEventListener(document, 'click', (event) => {
    if (!event.isTrusted) return;
    const button = (event.target as Element | null)?.closest?.('[data-action="play-hint-tour"][data-hint-pack][data-hint-tour]');
    if (!button) return;
    void sendMessage('startTourHere', { packId: button.getAttribute('data-hint-pack')!, tourId: button.getAttribute('data-hint-tour')!, url: location.href }).then(showPlayer);
  });

  // The learner switched language or role (popup, options): the background says so; redraw the
  // open card, the launcher (its tours are chosen by role) and the tips, in the new language.
  handleTabMessage('learnerChanged', () => {
    if (ctx.isInvalid || !setup) return;
    void load().catch((error) => log.warn('redraw the guide after a profile change', error));
  });

  ctx.onLocationChange(() => {
    parts?.player.onLocationChange();
    void load().catch((error) => log.warn('set up the page after a route change', error));
  });
  ctx.onInvalidated(() => {
    parts?.tips.clear();
    launcher.destroy();
  });

  void settled.then(() => {
    if (ctx.isInvalid) return;
    void load().catch((error) => log.warn('set up the page', error));
  });
};
