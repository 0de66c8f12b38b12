import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Placement, TourStep } from '@preceptor/shared/schema/contentPack.ts';
import { stepKind, type StepKind } from '@preceptor/shared/tour/stepKind.ts';
import { targetSummary } from '@preceptor/shared/authoring/packDiff.ts';
import type { StepHealth } from '@preceptor/shared/authoring/healthResults.ts';
import { renderMarkdownText } from '../../ui/markdownView.ts';
import type { AuthoringKey, AuthoringTranslate } from '../authoringMessages.ts';
import type { AuthoringView } from '../protocol.ts';
import type { PickerState } from './elementPicker.ts';
import { crumbLabel } from './pageTree.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { panelStyles } from './panelStyles.ts';

export type PickPurpose = { purpose: 'new' } | { purpose: 'repick'; stepId: string } | { purpose: 'request' };

/** Everything the panel shows; the app owns it and redraws after each change. */
export interface PanelModel {
  view: AuthoringView;
  minimised: boolean;
  dockLeft: boolean;
  editing?: string;
  picking?: PickPurpose;
  pickState?: PickerState;
  pickMessage?: string;
  checking: boolean;
  /** the last notice (health check summary, what was picked), drawn in the current language */
  notice?: { key: AuthoringKey; vars: Record<string, string | number> };
  undo?: { n: number };
}

export interface PanelActions {
  close(): void;
  minimise(minimised: boolean): void;
  dock(): void;
  openEditor(stepId?: string): void;
  chooseTour(tourId: string): void;
  newTour(): void;
  saveTourTitle(language: 'zh-CN' | 'en', value: string): void;
  record(on: boolean): void;
  startPick(purpose: PickPurpose): void;
  stopPick(): void;
  selectCrumb(el: Element): void;
  checkPage(): void;
  preview(from: number): void;
  stopPreview(): void;
  toggleEdit(stepId: string): void;
  changeStep(index: number, step: TourStep): void;
  moveStep(index: number, to: number): void;
  deleteStep(index: number): void;
  undoDelete(): void;
  insertStep(after: number): void;
}

const KINDS: StepKind[] = ['info', 'point', 'click', 'enter', 'navigate'];
const PLACEMENTS: Placement[] = ['auto', 'top', 'bottom', 'left', 'right'];

export function panelTemplate(model: PanelModel, actions: PanelActions, t: AuthoringTranslate, outline: TemplateResult): TemplateResult {
  const { view } = model;
  const lang = view.language;
  const styles = html`<style>${panelStyles}</style>`;
  if (view.previewing) {
    return html`${styles}
      <div class="chip" role="region" aria-label=${t('panelLabel')}>
        <span>${t('previewing')}</span>
        <button type="button" data-action="stop-preview" @click=${actions.stopPreview}>${t('backToEditing')}</button>
      </div>`;
  }
  if (model.minimised) {
    return html`${styles}${outline}
      <div class="chip" role="region" aria-label=${t('panelLabel')}>
        <span>${t('panelMinimised')}${view.recording ? html` · <span class="rec">${t('recordingBadge')}</span>` : nothing}</span>
        <button type="button" data-action="expand" @click=${() => actions.minimise(false)}>${t('expand')}</button>
      </div>`;
  }
  const locked = view.recording;
  return html`${styles}${outline}
    <section class="panel ${model.dockLeft ? 'left' : ''}" role="dialog" aria-modal="false" aria-labelledby="pa-title" tabindex="-1">
      <header>
        <h2 id="pa-title">${t('panelLabel')} · ${view.packTitle[lang] || view.packId}</h2>
        ${view.recording ? html`<span class="rec" aria-hidden="true">${t('recordingBadge')}</span>` : nothing}
        <button type="button" data-action="dock" title=${model.dockLeft ? t('dockRight') : t('dockLeft')} aria-label=${model.dockLeft ? t('dockRight') : t('dockLeft')} @click=${actions.dock}>⇆</button>
        <button type="button" data-action="minimise" title=${t('minimise')} aria-label=${t('minimise')} @click=${() => actions.minimise(true)}>–</button>
        <button type="button" data-action="close-authoring" title=${t('closeAuthoring')} aria-label=${t('closeAuthoring')} @click=${actions.close}>×</button>
      </header>
      <div class="body">
        <div class="row">
          <label class="inline grow">${t('tour')}
            <select data-field="tour" .value=${view.tourId} @change=${(e: Event) => actions.chooseTour((e.target as HTMLSelectElement).value)} ?disabled=${locked}>
              ${view.tours.map((tour) => html`<option value=${tour.id} ?selected=${tour.id === view.tourId}>${tour.title[lang] || tour.id}</option>`)}
            </select>
          </label>
          <button type="button" data-action="new-tour" @click=${actions.newTour} ?disabled=${locked}>${t('newTour')}</button>
        </div>
        <div class="two">
          <label>${t('tourTitleZh')}<input data-field="tour-title-zh" .value=${view.tourTitle['zh-CN']} ?disabled=${locked}
            @change=${(e: Event) => actions.saveTourTitle('zh-CN', (e.target as HTMLInputElement).value)} /></label>
          <label>${t('tourTitleEn')}<input data-field="tour-title-en" .value=${view.tourTitle.en} ?disabled=${locked}
            @change=${(e: Event) => actions.saveTourTitle('en', (e.target as HTMLInputElement).value)} /></label>
        </div>
        <div class="toolbar">
          <button type="button" data-action="record" class=${view.recording ? 'recording' : ''} aria-pressed=${view.recording ? 'true' : 'false'}
            @click=${() => actions.record(!view.recording)} ?disabled=${model.picking !== undefined}>${view.recording ? t('stopRecording') : t('record')}</button>
          <button type="button" data-action="pick" @click=${() => (model.picking ? actions.stopPick() : actions.startPick({ purpose: 'new' }))} ?disabled=${locked}
            aria-pressed=${model.picking ? 'true' : 'false'}>${t('pick')}</button>
          <button type="button" data-action="check-page" @click=${actions.checkPage} ?disabled=${model.checking}>${model.checking ? t('checkingPage') : t('checkPage')}</button>
          <button type="button" data-action="preview" @click=${() => actions.preview(0)} ?disabled=${locked || view.steps.length === 0}>${t('preview')}</button>
          <button type="button" data-action="open-editor" @click=${() => actions.openEditor()}>${t('openEditor')} ↗</button>
        </div>
        <div role="status" aria-live="polite">
          ${view.recording ? html`<p class="notice">${t('recordingNotice')}</p>` : nothing}
          ${model.notice ? html`<p class="info" data-region="check-summary">${t(model.notice.key, model.notice.vars)}</p>` : nothing}
          ${model.undo ? html`<p class="info">${t('deleted', { n: model.undo.n })} <button type="button" @click=${actions.undoDelete}>${t('undo')}</button></p>` : nothing}
        </div>
        ${view.pick && !model.picking
          ? html`<div class="warn" data-region="pick-request">${t('pickRequest', { label: view.pick.label })}
              <div class="row end"><button type="button" class="primary" @click=${() => actions.startPick({ purpose: 'request' })}>${t('startPicking')}</button></div></div>`
          : nothing}
        ${model.picking ? pickerTemplate(model, actions, t) : nothing}
        ${view.problems && view.problems.length > 0
          ? html`<div class="warn" role="alert" data-region="preview-problems">${t('previewProblems')}
              <ul class="problems">${view.problems.map((p) => html`<li><code>${p.path}</code>: ${problemMessage(p, t, lang)}</li>`)}</ul></div>`
          : nothing}
        <h3 class="sr-only">${t('stepsHeading', { count: view.steps.length })}</h3>
        <p class="muted">${t('stepsHeading', { count: view.steps.length })}${locked ? ` · ${t('stepsLockedWhileRecording')}` : ''}</p>
        ${view.steps.length === 0 ? html`<p class="muted">${t('noSteps')}</p>` : nothing}
        <ol class="steps" data-region="steps">
          ${view.steps.map((step, i) => stepTemplate(model, actions, t, step, i, locked))}
        </ol>
        <div class="row end"><button type="button" data-action="add-step" @click=${() => actions.insertStep(view.steps.length - 1)} ?disabled=${locked}>${t('addStep')}</button></div>
      </div>
    </section>`;
}

function pickerTemplate(model: PanelModel, actions: PanelActions, t: AuthoringTranslate): TemplateResult {
  const state = model.pickState;
  const q = state?.quality;
  const quality = !q
    ? html`<span class="quality">${t('pickNone')}</span>`
    : q.status === 'unique'
      ? html`<span class="quality unique">✓ ${t('pickUnique', { confidence: q.confidence.toFixed(2) })}</span>
          ${q.standIn
            ? html`<div class="warn" data-region="pick-stand-in">⚠ ${t('pickStandIn', { what: q.standIn.description, confidence: q.standIn.confidence.toFixed(2) })}</div>`
            : html`<div class="muted" data-region="pick-stand-in" data-none>${t('pickNoStandIn')}</div>`}`
      : q.status === 'other'
        ? html`<span class="quality bad">✗ ${t('pickOther')}</span>`
        : q.status === 'ambiguous'
          ? html`<span class="quality bad">⚠ ${t('pickAmbiguous', { confidence: q.confidence.toFixed(2) })}</span>`
          : html`<span class="quality bad">✗ ${t('pickMissing', { reason: q.reason })}</span><div class="muted">${t('pickMissingHint')}</div>`;
  return html`<div class="picker" data-region="picker">
    <p class="muted" style="margin:0 0 4px">${t('pickHint')}</p>
    <div data-region="pick-quality" data-status=${q?.status ?? 'none'}>${quality}</div>
    ${state ? html`<div class="target">${targetSummary(state.fingerprint)}</div>` : nothing}
    ${state
      ? html`<ul class="crumbs" aria-label=${t('breadcrumb')}>
          ${state.path.map((el) => html`<li><button type="button" aria-current=${el === state.element ? 'true' : 'false'} @click=${() => actions.selectCrumb(el)}>${crumbLabel(el)}</button></li>`)}
        </ul>`
      : nothing}
    ${model.pickMessage ? html`<p class="warn" role="alert">${model.pickMessage}</p>` : nothing}
    <div class="row end"><button type="button" data-action="stop-pick" @click=${actions.stopPick}>${t('cancel')} (Esc)</button></div>
  </div>`;
}

function healthBadge(health: StepHealth | undefined, t: AuthoringTranslate): TemplateResult | typeof nothing {
  if (!health) return nothing;
  const text = health.status === 'found' ? t('health_found', { confidence: (health.confidence ?? 0).toFixed(2) }) : t(`health_${health.status}`);
  return html`<span class="health ${health.status}" data-health=${health.status} title=${health.reason}>${text}</span>`;
}

function stepTemplate(model: PanelModel, actions: PanelActions, t: AuthoringTranslate, step: TourStep, i: number, locked: boolean): TemplateResult {
  const lang = model.view.language;
  const kind = stepKind(step);
  const open = model.editing === step.id && !locked;
  const health = model.view.health.find((h) => h.stepId === step.id);
  return html`<li class="step ${open ? 'open' : ''}" data-step=${step.id}>
    <div class="step-head">
      <span class="num">${i + 1}</span>
      <span class="badge" data-kind=${kind}>${t(`badge_${kind}` as AuthoringKey)}</span>
      <span class="title">${step.title[lang] || '—'}</span>
      ${healthBadge(health, t)}
      <button type="button" data-action="preview-from" title=${t('previewFrom')} aria-label=${`${t('previewFrom')} ${i + 1}`} @click=${() => actions.preview(i)} ?disabled=${locked}>▶</button>
      <button type="button" data-action="edit-step" aria-expanded=${open ? 'true' : 'false'} @click=${() => actions.toggleEdit(step.id)} ?disabled=${locked}>${open ? t('done') : t('edit')}</button>
    </div>
    ${open ? stepEditor(model, actions, t, step, i) : nothing}
  </li>`;
}

function stepEditor(model: PanelModel, actions: PanelActions, t: AuthoringTranslate, step: TourStep, i: number): TemplateResult {
  const lang = model.view.language;
  const kind = stepKind(step);
  const change = (next: TourStep) => actions.changeStep(i, next);
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  const text = (field: 'title' | 'body', language: 'zh-CN' | 'en') => (e: Event) => change({ ...step, [field]: { ...step[field], [language]: value(e) } });
  const needsTarget = kind !== 'info' && kind !== 'navigate';
  const count = model.view.steps.length;
  return html`<div class="step-edit" data-region="step-editor">
    <div class="two">
      <label>${t('titleZh')}<input data-field="title-zh" .value=${step.title['zh-CN']} @change=${text('title', 'zh-CN')} /></label>
      <label>${t('titleEn')}<input data-field="title-en" .value=${step.title.en} @change=${text('title', 'en')} /></label>
    </div>
    <label>${t('bodyZh')}<textarea data-field="body-zh" .value=${step.body['zh-CN']} @change=${text('body', 'zh-CN')}></textarea></label>
    <label>${t('bodyEn')}<textarea data-field="body-en" .value=${step.body.en} @change=${text('body', 'en')}></textarea></label>
    <div class="md-caption" aria-hidden="true">${t('markdownPreview')}</div>
    <div class="md" role="group" aria-label=${t('markdownPreview')} data-region="markdown-preview">${renderMarkdownText(step.body[lang])}</div>
    <div class="two">
      <label>${t('kind')}
        <select data-field="kind" @change=${(e: Event) => change(withKind(step, value(e) as StepKind))}>
          ${KINDS.map((k) => html`<option value=${k} ?selected=${k === kind}>${t(`kind_${k}` as AuthoringKey)}</option>`)}
        </select></label>
      <label>${t('placement')}
        <select data-field="placement" @change=${(e: Event) => change({ ...step, placement: value(e) as Placement })}>
          ${PLACEMENTS.map((p) => html`<option value=${p} ?selected=${p === step.placement}>${t(`placement_${p}` as AuthoringKey)}</option>`)}
        </select></label>
    </div>
    ${step.advance.on === 'enter' ? ruleEditor(step, change, t) : nothing}
    ${step.advance.on === 'navigate'
      ? html`<label>${t('urlPattern')}<input data-field="url-pattern" .value=${step.advance.urlPattern}
          @change=${(e: Event) => change({ ...step, advance: { on: 'navigate', urlPattern: value(e) } })} /></label>`
      : nothing}
    <label>${t('page')}<input data-field="page" .value=${step.page ?? ''}
      @change=${(e: Event) => {
        const { page: _old, ...rest } = step;
        const page = value(e).trim();
        change(page ? { ...rest, page } : (rest as TourStep));
      }} /></label>
    <label>${t('target')}</label>
    <div class="target" data-region="step-target">${step.target ? targetSummary(step.target) : t('noTarget')}</div>
    ${needsTarget && !step.target ? html`<p class="warn">${t('needsTarget')}</p>` : nothing}
    <div class="row" style="margin-top:6px">
      <button type="button" data-action="repick" @click=${() => actions.startPick({ purpose: 'repick', stepId: step.id })}>${t('repick')}</button>
      ${step.target && kind !== 'click' && kind !== 'enter'
        ? html`<button type="button" @click=${() => {
            const { target: _t, ...rest } = step;
            change(rest as TourStep);
          }}>${t('removeTarget')}</button>`
        : nothing}
    </div>
    <div class="row" style="margin-top:6px">
      <button type="button" data-action="move-up" aria-label=${t('moveUp')} title=${t('moveUp')} ?disabled=${i === 0} @click=${() => actions.moveStep(i, i - 1)}>↑</button>
      <button type="button" data-action="move-down" aria-label=${t('moveDown')} title=${t('moveDown')} ?disabled=${i === count - 1} @click=${() => actions.moveStep(i, i + 1)}>↓</button>
      <button type="button" data-action="insert-after" @click=${() => actions.insertStep(i)}>${t('insertAfter')}</button>
      <button type="button" class="danger" data-action="delete-step" @click=${() => actions.deleteStep(i)}>${t('deleteStep')}</button>
      <span class="grow"></span>
      <button type="button" class="primary" data-action="done" @click=${() => actions.toggleEdit(step.id)}>${t('done')}</button>
    </div>
  </div>`;
}

function ruleEditor(step: TourStep, change: (s: TourStep) => void, t: AuthoringTranslate): TemplateResult {
  if (step.advance.on !== 'enter') return html``;
  const rule = step.advance.rule;
  const value = (e: Event) => (e.target as HTMLInputElement).value;
  const setRule = (kind: string) =>
    change({ ...step, advance: { on: 'enter', rule: kind === 'equals' ? { kind: 'equals', value: '' } : kind === 'pattern' ? { kind: 'pattern', pattern: '.+' } : { kind: 'not-empty' } } });
  return html`<div class="two">
    <label>${t('rule')}
      <select data-field="rule" @change=${(e: Event) => setRule(value(e))}>
        <option value="not-empty" ?selected=${rule.kind === 'not-empty'}>${t('rule_not_empty')}</option>
        <option value="equals" ?selected=${rule.kind === 'equals'}>${t('rule_equals')}</option>
        <option value="pattern" ?selected=${rule.kind === 'pattern'}>${t('rule_pattern')}</option>
      </select></label>
    ${rule.kind === 'equals'
      ? html`<label>${t('ruleValue')}<input data-field="rule-value" .value=${rule.value} @change=${(e: Event) => change({ ...step, advance: { on: 'enter', rule: { kind: 'equals', value: value(e) } } })} /></label>`
      : rule.kind === 'pattern'
        ? html`<label>${t('rulePattern')}<input data-field="rule-pattern" .value=${rule.pattern} @change=${(e: Event) => change({ ...step, advance: { on: 'enter', rule: { kind: 'pattern', pattern: value(e) } } })} /></label>`
        : html`<span></span>`}
  </div>`;
}

/** Change a step's kind: the advance rule follows; an info step has no target. */
export function withKind(step: TourStep, kind: StepKind): TourStep {
  const { target, ...rest } = step;
  switch (kind) {
    case 'info':
      return { ...rest, advance: { on: 'next' } } as TourStep;
    case 'point':
      return { ...step, advance: { on: 'next' } };
    case 'click':
      return { ...step, advance: { on: 'click' } };
    case 'enter':
      return { ...step, advance: step.advance.on === 'enter' ? step.advance : { on: 'enter', rule: { kind: 'not-empty' } } };
    case 'navigate':
      return { ...step, ...(target ? { target } : {}), advance: step.advance.on === 'navigate' ? step.advance : { on: 'navigate', urlPattern: step.page ?? `${location.origin}/*` } };
  }
}
