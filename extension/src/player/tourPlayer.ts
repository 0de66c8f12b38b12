import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TourEventMessage } from '@preceptor/shared/tour/tourEventMessage.ts';
import type { TourStep } from '@preceptor/shared/schema/contentPack.ts';
import { stepKind } from '@preceptor/shared/tour/stepKind.ts';
import { fieldSatisfies, fieldValueOf } from '@preceptor/shared/tour/fieldRule.ts';
import { urlMatches } from '@preceptor/shared/site/urlPattern.ts';
import { sendMessage, type PlayerState } from '../messaging/protocol.ts';
import { playerTranslator as translator } from '../i18n/playerMessages.ts';
import { PlayerCard, type CardActions } from './playerCard.ts';
import { StepHighlight } from './stepHighlight.ts';
import { waitForTarget } from './waitForTarget.ts';

const TARGET_WAIT_MS = 4000;

/** Is the step meant for the page the learner is on? (multi-page tours) */
function stepIsOnThisPage(step: TourStep): boolean {
  return step.page === undefined || urlMatches(location.href, [step.page]);
}

export interface TourPlayer {
  show(next: PlayerState | null): Promise<void>;
  /** the page's URL changed (SPA route): a navigate step may be done */
  onLocationChange(): void;
  isShowing(): boolean;
  /** keyboard focus to the card (the learner's shortcut); false when no card shows */
  focusCard(): boolean;
  /** a key typed inside the card: Esc closes, ← → move */
  onCardKey(event: KeyboardEvent): void;
}

/**
 * The in-page tour player. It never acts for the user: it highlights, explains, and
 * listens for the learner's own click, entry or navigation. Every change of tour state goes
 * through the background, which records it.
 */
export function createTourPlayer(ctx: ContentScriptContext, onShownOrHidden: () => void = () => undefined): TourPlayer {
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
    void show(null);
  }

  /** Remove everything the player put on the page (the tour itself stays in the background). */
  function clearPage(): void {
    stepAbort?.abort();
    highlight.clear();
    card?.destroy();
    card = undefined;
    target = undefined;
    shownKey = '';
  }

  function teardown(): void {
    clearPage();
    if (focusBeforeTour instanceof HTMLElement && focusBeforeTour.isConnected) focusBeforeTour.focus();
    focusBeforeTour = null;
  }

  function currentStep(): TourStep | undefined {
    return state && state.run.status === 'running' ? state.tour.steps[state.run.stepIndex] : undefined;
  }

  /** A navigate step is done as soon as the page is where it should be. */
  function checkNavigation(): boolean {
    const step = currentStep();
    if (step?.advance.on === 'navigate' && urlMatches(location.href, [step.advance.urlPattern])) {
      learnerIsInPage = true;
      send({ type: 'url-matched', stepId: step.id });
      return true;
    }
    return false;
  }

  async function show(next: PlayerState | null): Promise<void> {
    const wasOnScreen = card !== undefined;
    await draw(next);
    if (wasOnScreen !== (card !== undefined)) onShownOrHidden();
  }

  async function draw(next: PlayerState | null): Promise<void> {
    const wasShowing = state !== null;
    state = next;
    if (!next || next.run.status === 'paused') return teardown();
    if (!wasShowing) focusBeforeTour = document.activeElement;
    const t = translator(next.language);
    const lang = next.language;
    const { run, tour } = next;
    const key = `${run.registration}:${run.stepIndex}:${run.status}:${location.href}`;
    if (key === shownKey) return;
    if (checkNavigation()) return;
    const step = tour.steps[run.stepIndex];
    if (run.status === 'running' && (!step || !stepIsOnThisPage(step))) {
      // the tour goes on elsewhere: leave this page alone until the learner gets there
      clearPage();
      return;
    }
    card ??= new PlayerCard();
    shownKey = key;
    stepAbort?.abort();
    stepAbort = new AbortController();
    const signal = stepAbort.signal;

    if (run.status === 'completed' || !step) {
      highlight.clear();
      target = undefined;
      const seconds = Math.round((Date.now() - run.startedAt) / 1000);
      const duration = seconds < 60 ? t('seconds', { s: seconds }) : t('minutesSeconds', { m: Math.floor(seconds / 60), s: seconds % 60 });
      card.show({ kind: 'complete', title: t('tourComplete'), body: t('tourCompleteBody', { title: tour.title[lang], duration }) }, actions, t, undefined);
      return;
    }

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
        void sendMessage('reportTargetMissing', { url: location.href, stepId: step.id, resolution: resolution.status }).catch(() => undefined);
      }
    }
    const takeFocus = !learnerIsInPage;
    learnerIsInPage = false;
    // navigate steps leave the page free to use; others keep clicks on the target only
    if (status === 'missing' || stepKind(step) === 'navigate') highlight.clear();
    else highlight.show(target);
    card.show(
      {
        kind: 'step',
        title: step.title[lang],
        body: step.body[lang],
        stepNumber: run.stepIndex + 1,
        stepCount: run.stepCount,
        stepKind: stepKind(step),
        canGoBack: run.stepIndex > 0,
        isLast: run.stepIndex === run.stepCount - 1,
        target: status,
      },
      actions,
      t,
      target ? { element: target, placement: step.placement } : undefined,
      takeFocus,
    );
    if (target && step.advance.on === 'enter') watchField(target, step, signal);
  }

  /** Enter steps: re-check the rule whenever the learner edits the field; only pass/fail leaves the page. */
  function watchField(field: Element, step: TourStep, signal: AbortSignal): void {
    if (step.advance.on !== 'enter') return;
    const rule = step.advance.rule;
    const check = () => {
      if (!signal.aborted && fieldSatisfies(rule, fieldValueOf(field))) {
        learnerIsInPage = true;
        send({ type: 'field-satisfied', stepId: step.id });
      }
    };
    field.addEventListener('input', check, { signal });
    field.addEventListener('change', check, { signal });
  }

  // The learner's own click on the highlighted element moves a click step on; the click itself goes through untouched.
  ctx.addEventListener(
    document,
    'click',
    (event) => {
      const step = currentStep();
      if (!step || step.advance.on !== 'click' || !target || !event.composedPath().includes(target)) return;
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
  ctx.onInvalidated(teardown);

  return {
    show,
    onLocationChange() {
      if (!checkNavigation() && state) {
        shownKey = '';
        void show(state);
      }
    },
    isShowing: () => card !== undefined,
    focusCard() {
      card?.focus();
      return card !== undefined;
    },
    onCardKey(event) {
      if (event.key === 'Escape') actions.close();
      else card?.handleKey(event);
    },
  };
}
