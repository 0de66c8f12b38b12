import { html, nothing, render } from 'lit/html.js';
import type { TourStep } from '@preceptor/shared/schema/contentPack.ts';
import { healthCheckRows } from '@preceptor/shared/tour/healthCheck.ts';
import { defaultTexts, targetName } from '@preceptor/shared/authoring/recorder.ts';
import { insertItem, moveItem, newDraftStep, removeItem } from '@preceptor/shared/authoring/draftPack.ts';
import { generaliseUrl, pagePatternOf } from '@preceptor/shared/authoring/urlGeneraliser.ts';
import { sendMessage } from '../../messaging/protocol.ts';
import { handleTabMessage } from '../../messaging/tabGate.ts';
import { authoringTranslator } from '../authoringMessages.ts';
import type { AuthoringCommand, AuthoringView } from '../protocol.ts';
import { panelTemplate, type PanelActions, type PanelModel, type PickPurpose } from './authoringPanel.ts';
import { ElementPicker, type PickerState } from './elementPicker.ts';
import { PageRecorder } from './pageRecorder.ts';
import { withSketch } from './targetSketchOnPage.ts';
import { isElement, rectInTop } from './pageTree.ts';
import { ownOverlayHost } from '../../page/ownUiHost.ts';
import { claimPage } from '../../page/pageContext.ts';
import { featureLog } from '../../logging/featureLog.ts';

const log = featureLog('authoring');

const HEALTH_CHECK_DELAY_MS = 1200;
const PRECEPTOR_UI = ['data-preceptor-authoring', 'data-preceptor-player', 'data-preceptor-launcher', 'data-preceptor-tip'];

/**
 * The authoring bundle's main: runs once per page where a mentor switched authoring on. Draws the
 * panel in a shadow root (lit templates, no custom elements), runs the recorder and picker, and
 * sends every change to the background, which keeps the draft and the recording across page loads.
 */
export function startAuthoringOnPage(): void {
  // our own page context: WXT's would post the extension id to the page (page/pageContext.ts)
  const ctx = claimPage('authoring');
  // top layer, like the player card: above the EMR's modal dialogs; clicks pass through except on the panel.
  // The panel obeys only the mentor: a page script's clicks and edits in it are stopped (ownOverlayHost).
  const { host, root } = ownOverlayHost('data-preceptor-authoring');
  // Preceptor's own UI (this panel, the player card, launcher and tips) is never recorded or picked
  const isOwnUi = (event: Event) =>
    event.composedPath().some((node) => node === host || (isElement(node) && PRECEPTOR_UI.some((attr) => node.hasAttribute(attr))));
  const isOwnElement = (el: Element) => el === host || PRECEPTOR_UI.some((attr) => el.closest(`[${attr}]`) !== null);

  let model: PanelModel | undefined;
  let lastDeleted: { step: TourStep; index: number } | undefined;

  const picker = new ElementPicker({
    onChange: (state) => {
      if (!model) return;
      model = { ...model, pickState: state, pickMessage: undefined };
      draw();
    },
    onCapture: (state) => void captured(state),
    onCancel: () => stopPick(),
    isOwnUi,
    ownFieldFocused: () => ['INPUT', 'TEXTAREA', 'SELECT'].includes(root.activeElement?.tagName ?? ''),
  });
  const recorder = new PageRecorder((action) => void command({ type: 'action', action }), isOwnUi, isOwnElement);

  /**
   * The background runs commands one at a time, in the order this page sent them, so the newest
   * answer already holds every earlier command's effect. Only that one is drawn: an older answer
   * arriving late (a recorder event, the stop of a recording) would put back steps the mentor has
   * edited since, and the next edit, made on those, would lose the earlier one.
   */
  let sent = 0;
  async function command(cmd: AuthoringCommand): Promise<AuthoringView | null> {
    const n = ++sent;
    const view = await sendMessage('authoringCommand', cmd).catch((error) => (log.warn(`run the ${cmd.type} command`, error), null));
    if (n === sent) apply(view);
    return view;
  }

  function apply(view: AuthoringView | null): void {
    if (!view) return teardown();
    const keepEditing = model?.editing && view.steps.some((s) => s.id === model!.editing) ? model.editing : undefined;
    model = model
      ? { ...model, view, editing: keepEditing }
      : { view, minimised: false, dockLeft: false, checking: false };
    if (view.recording && !recorder.running) recorder.start();
    if (!view.recording && recorder.running) recorder.stop();
    if (view.previewing && picker.running) stopPick();
    // the editor asked for an element: start picking at once
    if (view.pick && !model.picking && !view.previewing) startPick({ purpose: 'request' });
    draw();
  }

  function show(): void {
    if (!host.isConnected) (document.body ?? document.documentElement).append(host);
    if (typeof host.showPopover === 'function' && !host.matches(':popover-open')) host.showPopover();
  }

  function teardown(): void {
    picker.stop();
    recorder.stop();
    render(nothing, root);
    host.remove();
    model = undefined;
  }

  function outline() {
    const state = model?.pickState;
    if (!model?.picking || !state || !state.element.isConnected) return html`<div class="outline" hidden></div>`;
    const r = rectInTop(state.element);
    const good = state.quality.status === 'unique';
    return html`<div class="outline ${good ? 'good' : ''}" data-region="pick-outline"
      style="left:${r.left - 2}px;top:${r.top - 2}px;width:${r.width + 4}px;height:${r.height + 4}px">
      <span class="tag">${state.element.tagName.toLowerCase()}${good ? ' ✓' : ' ⚠'}</span></div>`;
  }

  function draw(): void {
    if (!model) return;
    const t = authoringTranslator(model.view.language);
    show();
    render(panelTemplate(model, actions, t, outline()), root);
  }

  // ------------------------------------------------------------ picking

  function startPick(purpose: PickPurpose): void {
    if (!model) return;
    model = { ...model, picking: purpose, pickState: undefined, pickMessage: undefined, minimised: false };
    picker.start();
    draw();
  }

  function stopPick(): void {
    const wasRequest = model?.picking?.purpose === 'request';
    picker.stop();
    if (model) model = { ...model, picking: undefined, pickState: undefined, pickMessage: undefined };
    if (wasRequest) void command({ type: 'cancelPick' });
    else draw();
  }

  async function captured(state: PickerState): Promise<void> {
    if (!model?.picking) return;
    const t = authoringTranslator(model.view.language);
    if (state.quality.status !== 'unique') {
      model = { ...model, pickMessage: t('pickRefused') };
      draw();
      return;
    }
    const purpose = model.picking;
    picker.stop();
    model = { ...model, picking: undefined, pickState: undefined };
    const url = generaliseUrl(location.href);
    // measured now, as the mentor chose it: a re-pick replaces the old sketch with this one
    const target = state.element.isConnected ? withSketch(state.fingerprint, state.element, isOwnElement) : state.fingerprint;
    if (purpose.purpose === 'repick') {
      await command({ type: 'picked', stepId: purpose.stepId, target, url });
      runHealthCheck();
    } else if (purpose.purpose === 'request') {
      await command({ type: 'picked', target, url });
    } else {
      const steps = model.view.steps;
      const at = model.editing ? steps.findIndex((s) => s.id === model!.editing) + 1 : steps.length;
      const base = { ...newDraftStep(steps, pagePatternOf(location.href)), target };
      const step = { ...base, ...defaultTexts(base) };
      model = { ...model, editing: step.id, notice: { key: 'pickCaptured', vars: { name: targetName(state.fingerprint) ?? state.fingerprint.tag } } };
      await saveSteps(insertItem(steps, at, step));
    }
  }

  // ------------------------------------------------------------ steps

  function saveSteps(steps: TourStep[]): Promise<AuthoringView | null> {
    if (model) {
      // draw at once; the background's answer follows
      model = { ...model, view: { ...model.view, steps } };
      draw();
    }
    return command({ type: 'saveSteps', steps });
  }

  // ------------------------------------------------------------ health check of this page

  async function runHealthCheck(): Promise<void> {
    if (!model || model.view.previewing) return;
    const tours = await sendMessage('authoredToursHere', { url: location.href }).catch(log.quiet('read the authored tours for this page'));
    if (!tours || !model) return;
    model = { ...model, checking: true };
    draw();
    const rows = healthCheckRows(tours, location.href, document);
    const n = ++sent;
    const view = await sendMessage('authoringCommand', { type: 'health', url: generaliseUrl(location.href), rows }).catch((error) => (log.warn('run the health check', error), null));
    if (!view || !model) return n === sent ? apply(view) : undefined;
    const mine = rows.filter((r) => r.tourId === view.tourId);
    const count = (status: string) => mine.filter((r) => r.status === status).length;
    model = { ...model, checking: false, notice: { key: 'healthChecked', vars: { found: count('found'), ambiguous: count('ambiguous'), missing: count('missing') } } };
    if (n === sent) apply(view);
    else draw(); // a newer command's answer is the one to draw
  }

  const actions: PanelActions = {
    close: () => void command({ type: 'close' }),
    minimise: (minimised) => {
      if (!model) return;
      model = { ...model, minimised };
      draw();
      const focus = root.querySelector<HTMLElement>(minimised ? '.chip button' : '.panel');
      focus?.focus();
    },
    dock: () => {
      if (!model) return;
      model = { ...model, dockLeft: !model.dockLeft };
      draw();
    },
    openEditor: (stepId) => void command({ type: 'openEditor', ...(stepId ? { stepId } : {}) }),
    chooseTour: (tourId) => void command({ type: 'chooseTour', tourId }),
    newTour: () => void command({ type: 'newTour' }),
    saveTourTitle: (language, value) => {
      if (!model) return;
      void command({ type: 'saveTourTitle', title: { ...model.view.tourTitle, [language]: value } });
    },
    record: (on) => void command({ type: 'record', on, url: generaliseUrl(location.href) }),
    startPick,
    stopPick,
    selectCrumb: (el) => picker.select(el),
    checkPage: () => void runHealthCheck(),
    preview: (from) => void command({ type: 'preview', from }),
    stopPreview: () => void command({ type: 'stopPreview' }),
    toggleEdit: (stepId) => {
      if (!model) return;
      model = { ...model, editing: model.editing === stepId ? undefined : stepId };
      draw();
    },
    changeStep: (index, step) => {
      if (!model) return;
      void saveSteps(model.view.steps.map((s, i) => (i === index ? step : s)));
    },
    moveStep: (index, to) => {
      if (!model) return;
      void saveSteps(moveItem(model.view.steps, index, to));
    },
    deleteStep: (index) => {
      if (!model) return;
      const step = model.view.steps[index];
      if (!step) return;
      lastDeleted = { step, index };
      model = { ...model, undo: { n: index + 1 }, editing: undefined };
      void saveSteps(removeItem(model.view.steps, index));
    },
    undoDelete: () => {
      if (!model || !lastDeleted) return;
      const { step, index } = lastDeleted;
      lastDeleted = undefined;
      model = { ...model, undo: undefined, editing: step.id };
      void saveSteps(insertItem(model.view.steps, index, step));
    },
    insertStep: (after) => {
      if (!model) return;
      const step = newDraftStep(model.view.steps, pagePatternOf(location.href));
      const filled = { ...step, ...defaultTexts(step) };
      model = { ...model, editing: filled.id };
      void saveSteps(insertItem(model.view.steps, after + 1, filled));
    },
  };

  // Keys typed in the panel are the panel's; Esc steps back: picking -> editing -> minimised.
  host.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (!event.isTrusted || event.key !== 'Escape' || !model) return;
    if (model.picking) stopPick();
    else if (model.editing) actions.toggleEdit(model.editing);
    else actions.minimise(true);
  });

  // picker outline follows scrolling
  ctx.addEventListener(window, 'scroll', () => model?.picking && draw(), { capture: true, passive: true });

  function onPage(): void {
    void command({ type: 'page', url: generaliseUrl(location.href) }).then((view) => {
      if (view) ctx.setTimeout(() => void runHealthCheck(), HEALTH_CHECK_DELAY_MS);
    });
  }

  // Shown again from the popup or the editor (a pick request): expand and take focus.
  handleTabMessage('openAuthoring', async () => {
    const view = await command({ type: 'view', url: generaliseUrl(location.href) });
    if (view && model) {
      model = { ...model, minimised: false };
      draw();
      root.querySelector<HTMLElement>('.panel')?.focus();
    }
  });
  // a draft changed (the editor, the recorder): the background says so
  handleTabMessage('authoringChanged', () => {
    if (model && !model.view.recording) void command({ type: 'view', url: generaliseUrl(location.href) });
  });
  ctx.onLocationChange(onPage);
  ctx.onInvalidated(() => teardown());
  onPage();
}
