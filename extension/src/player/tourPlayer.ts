import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TourEventMessage } from '@preceptor/shared/tour/tourEventMessage.ts';
import { sendMessage, onMessage, type PlayerState } from '../messaging/protocol.ts';
import { translator } from '../i18n/messages.ts';
import { PlayerCard, type CardActions } from './playerCard.ts';
import { StepHighlight } from './stepHighlight.ts';
import { waitForTarget } from './waitForTarget.ts';

const TARGET_WAIT_MS = 4000;

/**
 * The in-page tour player. It never acts for the user: it highlights, explains, and
 * listens for the user's own click. Every change of tour state goes through the background.
 */
export function startTourPlayer(ctx: ContentScriptContext): void {
  let state: PlayerState | null = null;
  let card: PlayerCard | undefined;
  const highlight = new StepHighlight();
  let target: Element | undefined;
  let stepAbort: AbortController | undefined;
  let focusBeforeTour: Element | null = null;
  let shownKey = '';
  /** the next step keeps focus in the page: the learner moved on by acting there */
  let learnerIsInPage = false;

  const send = (event: TourEventMessage) => void sendMessage('tourEvent', event).then(show, () => show(null));
  const actions: CardActions = {
    next: () => send({ type: 'next' }),
    back: () => send({ type: 'back' }),
    skip: () => send({ type: 'skip' }),
    close: () => (state?.run.status === 'completed' ? dismiss() : send({ type: 'close' })),
  };

  function dismiss(): void {
    void sendMessage('dismissTour', undefined).catch(() => undefined);
    show(null);
  }

  function teardown(): void {
    stepAbort?.abort();
    highlight.clear();
    card?.destroy();
    card = undefined;
    target = undefined;
    shownKey = '';
    if (focusBeforeTour instanceof HTMLElement && focusBeforeTour.isConnected) focusBeforeTour.focus();
    focusBeforeTour = null;
  }

  async function show(next: PlayerState | null): Promise<void> {
    const wasShowing = state !== null;
    state = next;
    if (!next || next.run.status === 'paused') return teardown();
    if (!wasShowing || !card) {
      focusBeforeTour = document.activeElement;
      card ??= new PlayerCard();
    }
    const t = translator(next.language);
    const lang = next.language;
    const { run, tour } = next;
    const key = `${run.registration}:${run.stepIndex}:${run.status}`;
    if (key === shownKey) return;
    shownKey = key;
    stepAbort?.abort();
    stepAbort = new AbortController();
    const signal = stepAbort.signal;

    if (run.status === 'completed') {
      highlight.clear();
      target = undefined;
      const seconds = Math.round((Date.now() - run.startedAt) / 1000);
      const duration = seconds < 60 ? t('seconds', { s: seconds }) : t('minutesSeconds', { m: Math.floor(seconds / 60), s: seconds % 60 });
      card.show({ kind: 'complete', title: t('tourComplete'), body: t('tourCompleteBody', { title: tour.title[lang], duration }) }, actions, t, undefined);
      return;
    }

    const step = tour.steps[run.stepIndex];
    if (!step) return teardown();
    let status: 'found' | 'none' | 'missing' = 'none';
    target = undefined;
    if (step.target) {
      const resolution = await waitForTarget(step.target, { timeoutMs: TARGET_WAIT_MS, signal });
      if (signal.aborted || !card) return;
      if (resolution.status === 'found') {
        status = 'found';
        target = resolution.element;
      } else {
        status = 'missing';
      }
    }
    const takeFocus = !learnerIsInPage;
    learnerIsInPage = false;
    if (status === 'missing') highlight.clear();
    else highlight.show(target);
    card.show(
      {
        kind: 'step',
        title: step.title[lang],
        body: step.body[lang],
        stepNumber: run.stepIndex + 1,
        stepCount: run.stepCount,
        waitsForClick: step.advance.on === 'click',
        canGoBack: run.stepIndex > 0,
        isLast: run.stepIndex === run.stepCount - 1,
        target: status,
      },
      actions,
      t,
      target ? { element: target, placement: step.placement } : undefined,
      takeFocus,
    );
  }

  // The learner's own click on the highlighted element moves a click step on; the click itself goes through untouched.
  ctx.addEventListener(
    document,
    'click',
    (event) => {
      if (!state || state.run.status !== 'running' || !target) return;
      const step = state.tour.steps[state.run.stepIndex];
      if (step?.advance.on !== 'click' || !event.composedPath().includes(target)) return;
      learnerIsInPage = true;
      send({ type: 'target-clicked', stepId: step.id });
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'keydown',
    (event) => {
      if (event.key === 'Escape' && state && card) actions.close();
    },
    { capture: true },
  );

  const refresh = () => void sendMessage('getPlayerState', { url: location.href }).then(show, () => undefined);
  onMessage('showPlayer', ({ data }) => void show(data));
  onMessage('getPageUrl', () => location.href);
  ctx.addEventListener(window, 'wxt:locationchange', refresh);
  ctx.onInvalidated(teardown);
  refresh();
}
