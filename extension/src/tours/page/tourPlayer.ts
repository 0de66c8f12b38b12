import type { PageContext } from '../../page/pageContext.ts';
import type { TourEventMessage } from '@preceptor/shared/tour/tourEventMessage.ts';
import type { TourStep } from '@preceptor/shared/schema/contentPack.ts';
import { stepKind } from '@preceptor/shared/tour/stepKind.ts';
import { fieldCheck, fieldValueOf } from '@preceptor/shared/tour/fieldRule.ts';
import { urlMatches } from '@preceptor/shared/site/urlPattern.ts';
import { sendMessage } from '../../messaging/protocol.ts';
import type { PlayerState } from '../protocol.ts';
import { playerTranslator as translator } from '../../i18n/playerMessages.ts';
import { PlayerCard, type CardActions } from './playerCard.ts';
import { StepHighlight } from './stepHighlight.ts';
import { waitForTarget } from './waitForTarget.ts';
import { followTarget } from './followTarget.ts';
import { pageAwaitedHere, type StepBeginning } from './pageAwaited.ts';
import { isLearnersFieldChange } from '../../page/trustedEvents.ts';
import { featureLog } from '../../logging/featureLog.ts';

const log = featureLog('tours');

const TARGET_WAIT_MS = 4000;
/**
 * How long a step may wait for its page on another page of the site before the card says the page
 * may have moved. Counted from the moment this page settled (or its SPA route changed): a page of
 * a slow EMR that is still loading has not settled yet.
 */
export const MOVED_PAGE_WAIT_MS = 4000;

const sameStep = (a: PlayerState, b: PlayerState) =>
  a.run.registration === b.run.registration && a.run.stepIndex === b.run.stepIndex && a.run.status === b.run.status;

/**
 * May the card take keyboard focus as it draws? Only when focus is nowhere in the page (the body),
 * or already on Preceptor's own UI (the card itself, the launcher the learner clicked): never from
 * an EMR field or control, which would blur it and set off the page's validation ("× 请输入姓名").
 * The learner's shortcut (Alt+Shift+G) still brings focus to the card.
 */
export function focusIsFree(): boolean {
  const active = document.activeElement;
  if (!active || active === document.body || active === document.documentElement) return true;
  return active.matches('[data-preceptor-player], [data-preceptor-launcher]');
}

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
export function createTourPlayer(ctx: PageContext, onShownOrHidden: () => void = () => undefined): TourPlayer {
  let state: PlayerState | null = null;
  let card: PlayerCard | undefined;
  const highlight = new StepHighlight();
  let target: Element | undefined;
  let stepAbort: AbortController | undefined;
  let focusBeforeTour: Element | null = null;
  let shownKey = '';
  /** the next step keeps focus in the page: the learner moved on by acting there */
  let learnerIsInPage = false;
  /** where (which URL of this document) the current step began, if the player saw it begin */
  let beginning: StepBeginning | undefined;
  /** this document has seen the run before (its steps can have begun here) */
  let seenRegistration: string | undefined;

  const send = (event: TourEventMessage) => void sendMessage('tourEvent', event).then(show, () => show(null));
  const actions: CardActions = {
    next: () => send({ type: 'next' }),
    back: () => send({ type: 'back' }),
    skip: () => send({ type: 'skip' }),
    close: () => (state?.run.status === 'completed' ? dismiss() : send({ type: 'close' })),
  };

  function dismiss(): void {
    void sendMessage('dismissTour', undefined).catch(log.quiet('tell the background the tour was closed'));
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
    // focus goes back where it was only from the card (or nowhere): a learner working in an EMR
    // field keeps it (moving it would blur the field and set off the page's validation)
    const free = focusIsFree();
    clearPage();
    if (free && focusBeforeTour instanceof HTMLElement && focusBeforeTour.isConnected) focusBeforeTour.focus();
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
    noteBeginning(next);
    // a new pack version (remapped run) redraws the card even on the same step number
    // a language change redraws it too (the learner switched language with the card open)
    const key = `${run.registration}:${run.packVersion}:${run.stepCount}:${run.stepIndex}:${run.status}:${location.href}:${lang}`;
    if (key === shownKey) return;
    if (checkNavigation()) return;
    const step = tour.steps[run.stepIndex];
    if (run.status === 'running' && (!step || !stepIsOnThisPage(step))) {
      // the tour goes on elsewhere: leave this page alone until the learner gets there, unless
      // this is where the tour is waiting for the step's page and it never comes (pageAwaited.ts)
      clearPage();
      if (step && pageAwaitedHere(step, next, location.href, beginning)) {
        shownKey = key;
        stepAbort = new AbortController();
        waitForMovedPage(next, step, stepAbort.signal);
      }
      return;
    }
    if (run.status === 'running' && step?.page !== undefined && (run.pageReachedUpTo ?? -1) < run.stepIndex) {
      // remembered by the background: off this page later, the learner went elsewhere on purpose
      void sendMessage('tourEvent', { type: 'page-reached', stepId: step.id }).then(
        (reached) => reached && state && sameStep(reached, state) && (state = reached),
        () => undefined,
      );
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
      card.show({ kind: 'complete', title: t('tourComplete'), body: t('tourCompleteBody', { title: tour.title[lang], duration }) }, actions, t, undefined, focusIsFree());
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
        reportMissing(step, resolution.status);
      }
    }
    const takeFocus = !learnerIsInPage && focusIsFree();
    learnerIsInPage = false;
    showStep(next, step, status, takeFocus);
    if (target && step.target) keepOnTarget(next, step, step.target, signal);
  }

  function reportMissing(step: TourStep, resolution: 'missing' | 'ambiguous' | 'page-moved'): void {
    void sendMessage('reportTargetMissing', { url: location.href, stepId: step.id, resolution }).catch((error) => log.warn('record a missing target', error));
  }

  /** Draw the card (and the cut-out) for a step; `target` is where it points, if anywhere. */
  function showStep(next: PlayerState, step: TourStep, status: 'found' | 'none' | 'missing' | 'moved', takeFocus: boolean): void {
    if (!card) return;
    const { run, language: lang } = next;
    // navigate steps leave the page free to use; others keep clicks on the target only
    if (status === 'missing' || status === 'moved' || stepKind(step) === 'navigate') highlight.clear();
    else highlight.show(target);
    card.show(
      {
        kind: 'step',
        title: step.title[lang],
        body: step.body[lang],
        stepNumber: run.stepIndex + 1,
        stepCount: run.stepCount,
        stepKind: stepKind(step),
        // Back from a page that never came would lead to a step of another page: nothing to show here
        canGoBack: run.stepIndex > 0 && status !== 'moved',
        isLast: run.stepIndex === run.stepCount - 1,
        target: status,
      },
      actions,
      translator(lang),
      anchorFor(step),
      takeFocus,
    );
  }

  function anchorFor(step: TourStep) {
    return target ? { element: target, placement: step.placement, onMove: () => highlight.refresh() } : undefined;
  }

  /**
   * Stay on the step's element while the page re-renders: a replaced node is resolved again (same
   * fingerprint, same rules) and the cut-out, the ring and the click/entry listeners move to the
   * new one; if it cannot be found again the step shows unattached, like a missing target.
   */
  function keepOnTarget(next: PlayerState, step: TourStep, fingerprint: NonNullable<TourStep['target']>, signal: AbortSignal): void {
    let fieldWatch = new AbortController();
    signal.addEventListener('abort', () => fieldWatch.abort(), { once: true });
    if (target && step.advance.on === 'enter') watchField(target, step, fieldWatch.signal);
    followTarget(target!, fingerprint, signal, {
      onMoved: () => highlight.refresh(),
      onReplaced: (element) => {
        target = element;
        fieldWatch.abort();
        fieldWatch = new AbortController();
        if (stepKind(step) !== 'navigate') highlight.show(element);
        card?.follow(anchorFor(step));
        if (step.advance.on === 'enter') watchField(element, step, fieldWatch.signal);
      },
      onLost: (resolution) => {
        target = undefined;
        fieldWatch.abort();
        showStep(next, step, 'missing', false);
        reportMissing(step, resolution);
      },
    });
  }

  /**
   * The step's page has not come: after MOVED_PAGE_WAIT_MS on this page of the site, say that
   * the page may have moved, offer Skip, and log it under the step's pattern (never this URL).
   * Focus stays in the page: the learner may be working there; the notice is an alert.
   */
  function waitForMovedPage(next: PlayerState, step: TourStep, signal: AbortSignal): void {
    const timer = setTimeout(() => {
      if (signal.aborted || !state || !sameStep(state, next) || stepIsOnThisPage(step)) return;
      card ??= new PlayerCard();
      target = undefined;
      showStep(next, step, 'moved', false);
      onShownOrHidden();
      reportMissing(step, 'page-moved');
    }, MOVED_PAGE_WAIT_MS);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  }

  /** Remember where the current step began, when this document saw it begin (pageAwaited.ts). */
  function noteBeginning(next: PlayerState): void {
    const { run } = next;
    if (beginning?.registration === run.registration && beginning.stepIndex === run.stepIndex) return;
    // A step begins here when this document already showed the run (the learner acted here), or
    // the run started while this document was open (the launcher or the popup started it here).
    const beganHere = seenRegistration === run.registration || run.startedAt >= performance.timeOrigin;
    beginning = { registration: run.registration, stepIndex: run.stepIndex, url: beganHere ? location.href : undefined };
    seenRegistration = run.registration;
  }

  /** Enter steps: re-check the rule whenever the learner edits the field; only pass/fail leaves the page. */
  function watchField(field: Element, step: TourStep, signal: AbortSignal): void {
    if (step.advance.on !== 'enter') return;
    const satisfies = fieldCheck(step.advance.rule);
    const check = (event: Event) => {
      if (!signal.aborted && isLearnersFieldChange(event, field) && satisfies(fieldValueOf(field))) {
        learnerIsInPage = true;
        send({ type: 'field-satisfied', stepId: step.id });
      }
    };
    field.addEventListener('input', check, { signal });
    field.addEventListener('change', check, { signal });
  }

  // The learner's own click on the highlighted element moves a click step on; the click itself goes
  // through untouched. A page script's .click() on the target (isTrusted false) moves nothing.
  ctx.addEventListener(
    document,
    'click',
    (event) => {
      if (!event.isTrusted) return;
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
      if (event.isTrusted && event.key === 'Escape' && state && card) actions.close();
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
      if (!event.isTrusted) return;
      if (event.key === 'Escape') actions.close();
      else card?.handleKey(event);
    },
  };
}
