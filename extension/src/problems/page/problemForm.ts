import { html, nothing, render } from 'lit/html.js';
import { PROBLEM_CATEGORIES, PROBLEM_SEVERITIES, PROBLEM_TEXT_MAX, problemTextPatientData, type ProblemCategory, type ProblemReportInput, type ProblemSeverity, type ReportedElement } from '@preceptor/shared/record/problemReport.ts';
import { PATIENT_DATA_KIND_KEYS } from '../../i18n/patientDataMessages.ts';
import { pagePatternOf } from '@preceptor/shared/authoring/urlGeneraliser.ts';
import { reportedControlOf } from '@preceptor/shared/targeting/reportedControl.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import { PROBLEM_CATEGORY_KEYS, problemFormTranslator, type ProblemFormKey, type ProblemFormTranslate } from '../../i18n/problemFormMessages.ts';
import { controlRoleWord } from '../../i18n/controlRoleMessages.ts';
import { pickControl } from '../../page/controlPicker.ts';
import { ownOverlayHost } from '../../page/ownUiHost.ts';
import type { ProblemReportReply } from '../protocol.ts';

export interface ProblemFormOptions {
  language: Language;
  /** a tour step is on screen in this tab: the report may be about it */
  stepOpen: boolean;
  /** where focus goes when the form closes (the launcher's button); else the element focused before */
  returnFocus?: () => void;
  submit(report: ProblemReportInput): Promise<ProblemReportReply>;
}

const styles = `
.panel { position: fixed; right: 16px; bottom: 16px; width: min(380px, calc(100vw - 32px)); max-height: calc(100vh - 32px); overflow: auto; box-sizing: border-box;
  pointer-events: auto; background: #fff; color: #1b2430; border: 1px solid #9fb3c8; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.3); padding: 12px 14px;
  font: 13px/1.5 "Noto Sans CJK SC", "Microsoft YaHei", system-ui, sans-serif; }
h2 { font-size: 15px; margin: 0 0 4px; color: #0b3a66; }
.intro { margin: 0 0 8px; color: #4a5b6e; font-size: 12px; }
fieldset { border: 1px solid #d3dde8; border-radius: 6px; margin: 0 0 8px; padding: 4px 8px 6px; }
legend { font-weight: 600; padding: 0 4px; }
.choices { display: grid; grid-template-columns: 1fr 1fr; gap: 2px 8px; }
label.choice { display: flex; gap: 4px; align-items: center; cursor: pointer; }
.field { display: block; font-weight: 600; margin: 4px 0 2px; }
textarea { box-sizing: border-box; width: 100%; min-height: 72px; font: inherit; border: 1px solid #9fb3c8; border-radius: 4px; padding: 4px 6px; resize: vertical; }
textarea[aria-invalid="true"] { border-color: #b3261e; }
.count { text-align: right; font-size: 12px; color: #4a5b6e; }
.error { color: #b3261e; margin: 2px 0; }
.page { font-size: 12px; color: #4a5b6e; word-break: break-all; }
.element { margin: 2px 0; }
.row { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 4px; }
button { font: inherit; border: 1px solid #1f6fb2; background: #fff; color: #0b3a66; border-radius: 4px; padding: 3px 10px; cursor: pointer; }
button.primary { background: #0b3a66; color: #fff; border-color: #0b3a66; }
button:disabled { opacity: .6; cursor: default; }
button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
.actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 8px; }
.sent { color: #1e6b34; font-weight: 600; }
.bar { position: fixed; left: 50%; bottom: 12px; transform: translateX(-50%); pointer-events: auto; background: #0b3a66; color: #fff; border-radius: 8px; padding: 10px 14px;
  max-width: min(640px, 92vw); font: 14px/1.5 "Noto Sans CJK SC", "Microsoft YaHei", system-ui, sans-serif; box-shadow: 0 6px 20px rgba(0,0,0,.35); }
.bar button { margin-left: 8px; border-color: #fff; background: none; color: #fff; }
.bar .error { color: #ffd7d2; }
`;

const SEVERITY_KEY: Record<ProblemSeverity, ProblemFormKey> = { 'blocks-work': 'severityBlocks', 'slows-work': 'severitySlows', minor: 'severityMinor' };
export function roleName(t: ProblemFormTranslate, role: string): string {
  return controlRoleWord(role, t);
}

type Errors = Partial<Record<'category' | 'severity' | 'text' | 'form', string>>;

/** The one form on this page (opening it again brings it back into focus). */
let open: ProblemForm | undefined;

/** Open the 报告问题 dialog (from the launcher or the popup). */
export function openProblemForm(options: ProblemFormOptions): void {
  if (open) {
    open.focusFirst();
    return;
  }
  open = new ProblemForm(options);
}

/**
 * The 报告问题 dialog. A non-modal dialog in Preceptor's own closed shadow root (top layer, so an
 * EMR modal does not cover it); opened only by the learner, so it takes focus then, and gives it
 * back when it closes (Esc, Close, or after sending). Picking an element swallows that one click:
 * it never operates the EMR. What it records of the element: reportedControlOf (role, control label).
 */
class ProblemForm {
  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly t: ProblemFormTranslate;
  private readonly before: Element | null;
  /** the page control the learner was in when they opened the form, if it names one */
  private readonly focused: ReportedElement | undefined;
  private category: ProblemCategory | undefined;
  private severity: ProblemSeverity | undefined;
  private text = '';
  private element: ReportedElement | undefined;
  private aboutStep: boolean;
  private errors: Errors = {};
  private state: 'editing' | 'picking' | 'sending' | 'sent' = 'editing';
  private pickMiss = false;
  /** stops the control picker while one runs */
  private stopPick: (() => void) | undefined;

  constructor(private readonly options: ProblemFormOptions) {
    this.t = problemFormTranslator(options.language);
    this.aboutStep = options.stepOpen;
    this.before = deepActiveElement();
    this.focused = this.before && !isOwnUi(this.before) ? reportedControlOf(this.before) : undefined;
    ({ host: this.host, root: this.root } = ownOverlayHost('data-preceptor-problem'));
    // keys typed here are the form's: the EMR's own shortcuts never see them
    for (const type of ['keydown', 'keyup', 'keypress'] as const) this.host.addEventListener(type, (event) => event.stopPropagation());
    this.root.addEventListener('keydown', (event) => {
      const key = event as KeyboardEvent;
      if (!key.isTrusted || key.key !== 'Escape') return;
      key.preventDefault();
      if (this.state === 'picking') this.stopPicking();
      else this.close();
    });
    (document.body ?? document.documentElement).append(this.host);
    this.host.showPopover?.();
    this.draw();
    this.focusFirst();
  }

  focusFirst(): void {
    this.root.querySelector<HTMLElement>('input[name="category"]:checked, input[name="category"], .bar button, .sent-close')?.focus();
  }

  private close(): void {
    this.stopPicking(false);
    this.host.remove();
    open = undefined;
    if (this.options.returnFocus) this.options.returnFocus();
    else if (this.before instanceof HTMLElement && this.before.isConnected) this.before.focus();
  }

  private startPicking(): void {
    this.state = 'picking';
    this.pickMiss = false;
    // the learner's own click picks; it never reaches the EMR (page/controlPicker.ts)
    this.stopPick = pickControl(this.host, {
      picked: (element) => {
        this.element = element;
        this.stopPicking();
      },
      missed: () => {
        this.pickMiss = true;
        this.draw();
      },
      cancelled: () => this.stopPicking(),
    });
    this.draw();
    this.root.querySelector<HTMLElement>('.bar button')?.focus();
  }

  private stopPicking(redraw = true): void {
    this.stopPick?.();
    this.stopPick = undefined;
    if (this.state !== 'picking') return;
    this.state = 'editing';
    if (!redraw) return;
    this.draw();
    this.root.querySelector<HTMLElement>('[data-action="pick"]')?.focus();
  }

  private validate(): Errors {
    const t = this.t;
    const errors: Errors = {};
    if (!this.category) errors.category = t('problemNeedCategory');
    if (!this.severity) errors.severity = t('problemNeedSeverity');
    const text = this.text.trim();
    if (!text) errors.text = t('problemNeedText');
    else {
      const data = problemTextPatientData(text);
      if (data) errors.text = t('problemPatientData', { kind: t(PATIENT_DATA_KIND_KEYS[data.kind]), value: data.value });
    }
    return errors;
  }

  private async send(): Promise<void> {
    this.errors = this.validate();
    if (Object.keys(this.errors).length > 0) {
      this.draw();
      const first = this.errors.category ? 'input[name="category"]' : this.errors.severity ? 'input[name="severity"]' : 'textarea';
      this.root.querySelector<HTMLElement>(first)?.focus();
      return;
    }
    this.state = 'sending';
    this.draw();
    const report: ProblemReportInput = { category: this.category!, severity: this.severity!, text: this.text.trim(), ...(this.element ? { element: this.element } : {}), ...(this.options.stepOpen && this.aboutStep ? { aboutCurrentStep: true } : {}) };
    let reply: ProblemReportReply;
    try {
      reply = await this.options.submit(report);
    } catch (error) {
      reply = { recorded: false, problems: [{ path: '', message: error instanceof Error ? error.message : String(error) }] };
    }
    if (reply.recorded) {
      this.state = 'sent';
      this.draw();
      this.root.querySelector<HTMLElement>('.sent-close')?.focus();
      return;
    }
    this.state = 'editing';
    const data = reply.problems.find((p) => p.patientData);
    this.errors = data?.patientData
      ? { text: this.t('problemPatientData', { kind: this.t(PATIENT_DATA_KIND_KEYS[data.patientData.kind]), value: data.patientData.value }) }
      : { form: this.t('problemNotRecorded', { detail: reply.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ') }) };
    this.draw();
    this.root.querySelector<HTMLElement>(this.errors.text ? 'textarea' : '[data-action="submit"]')?.focus();
  }

  private elementText(element: ReportedElement): string {
    const role = roleName(this.t, element.role);
    return element.label ? this.t('problemElement', { role, label: element.label }) : this.t('problemElementRoleOnly', { role });
  }

  /** One required choice (category, severity): radios in a fieldset, its error under it. */
  private choiceGroup<V extends string>(name: 'category' | 'severity', legend: string, values: readonly V[], label: (value: V) => string, current: V | undefined, choose: (value: V) => void) {
    const error = this.errors[name];
    return html`<fieldset aria-describedby=${error ? `err-${name}` : nothing}>
      <legend>${legend}</legend>
      <div class="choices">
        ${values.map(
          (v) => html`<label class="choice"><input type="radio" name=${name} value=${v} .checked=${current === v} @change=${() => { choose(v); this.errors = { ...this.errors, [name]: undefined }; this.draw(); }} />${label(v)}</label>`,
        )}
      </div>
      ${error ? html`<p class="error" id=${`err-${name}`} role="alert">${error}</p>` : nothing}
    </fieldset>`;
  }

  private draw(): void {
    const t = this.t;
    if (this.state === 'picking') {
      render(
        html`<style>${styles}</style>
          <div class="bar" role="dialog" aria-labelledby="pick-hint">
            <span id="pick-hint">${t('problemPickHint')}</span>
            ${this.pickMiss ? html`<div class="error" role="alert">${t('problemPickNoControl')}</div>` : nothing}
            <button type="button" @click=${() => this.stopPicking()}>${t('problemClose')}</button>
          </div>`,
        this.root,
      );
      return;
    }
    const err = this.errors;
    const busy = this.state === 'sending';
    render(
      html`<style>${styles}</style>
        <div class="panel" role="dialog" aria-labelledby="problem-title" aria-describedby="problem-intro" data-state=${this.state}>
          <h2 id="problem-title">${t('problemFormTitle')}</h2>
          ${this.state === 'sent'
            ? html`<p class="sent" role="status">${t('problemSent')}</p>
                <div class="actions"><button type="button" class="primary sent-close" @click=${() => this.close()}>${t('problemClose')}</button></div>`
            : html`<p class="intro" id="problem-intro">${t('problemFormIntro')}</p>
                ${this.choiceGroup('category', t('problemCategory'), PROBLEM_CATEGORIES, (c) => t(PROBLEM_CATEGORY_KEYS[c]), this.category, (c) => (this.category = c))}
                ${this.choiceGroup('severity', t('problemSeverity'), PROBLEM_SEVERITIES, (v) => t(SEVERITY_KEY[v]), this.severity, (v) => (this.severity = v))}
                <label class="field" for="problem-text">${t('problemText')}</label>
                <textarea id="problem-text" maxlength=${PROBLEM_TEXT_MAX} .value=${this.text} aria-invalid=${err.text ? 'true' : 'false'} aria-describedby=${err.text ? 'err-text problem-count' : 'problem-count'}
                  @input=${(e: Event) => { this.text = (e.target as HTMLTextAreaElement).value; if (this.errors.text) this.errors = { ...this.errors, text: undefined }; this.draw(); }}></textarea>
                <div class="count" id="problem-count">${t('problemTextCount', { count: this.text.length, max: PROBLEM_TEXT_MAX })}</div>
                ${err.text ? html`<p class="error" id="err-text" role="alert">${err.text}</p>` : nothing}
                <fieldset>
                  <legend>${t('problemAbout')}</legend>
                  <div class="page">${t('problemPage', { page: pagePatternOf(location.href) })}</div>
                  ${this.options.stepOpen
                    ? html`<label class="choice"><input type="checkbox" name="about-step" .checked=${this.aboutStep} @change=${(e: Event) => { this.aboutStep = (e.target as HTMLInputElement).checked; }} />${t('problemAboutStep')}</label>`
                    : nothing}
                  <div class="element" data-region="element">${this.element ? this.elementText(this.element) : t('problemElementNone')}</div>
                  <div class="row">
                    <button type="button" data-action="pick" @click=${() => this.startPicking()}>${t('problemPickElement')}</button>
                    ${this.focused && !this.element ? html`<button type="button" data-action="use-focused" @click=${() => { this.element = this.focused; this.draw(); }}>${t('problemUseFocused')}</button>` : nothing}
                    ${this.element ? html`<button type="button" data-action="clear-element" @click=${() => { this.element = undefined; this.draw(); this.root.querySelector<HTMLElement>('[data-action="pick"]')?.focus(); }}>${t('problemClearElement')}</button>` : nothing}
                  </div>
                </fieldset>
                ${err.form ? html`<p class="error" role="alert">${err.form}</p>` : nothing}
                <div class="actions">
                  <button type="button" @click=${() => this.close()}>${t('problemClose')}</button>
                  <button type="button" class="primary" data-action="submit" ?disabled=${busy} @click=${() => void this.send()}>${busy ? t('problemSending') : t('problemSubmit')}</button>
                </div>`}
        </div>`,
      this.root,
    );
  }
}

/** The focused element, inside open shadow roots too. */
function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function isOwnUi(el: Element): boolean {
  return el.closest('[data-preceptor-player], [data-preceptor-launcher], [data-preceptor-tip], [data-preceptor-problem]') !== null;
}
