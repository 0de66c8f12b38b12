import { html, nothing, render } from 'lit/html.js';
import { problemTextPatientData, type ReportedElement } from '@preceptor/shared/record/problemReport.ts';
import { SUGGESTION_QUESTION_MAX, SUGGESTION_TEXT_MAX, type SuggestionInput, type SuggestionKind } from '@preceptor/shared/record/suggestion.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import { controlRoleWord } from '../../i18n/controlRoleMessages.ts';
import { helpPanelTranslator, type HelpPanelKey, type HelpPanelTranslate } from '../../i18n/helpPanelMessages.ts';
import { PATIENT_DATA_KIND_KEYS } from '../../i18n/patientDataMessages.ts';
import { pickControl } from '../../page/controlPicker.ts';
import { ownOverlayHost } from '../../page/ownUiHost.ts';
import type { HelpHitView, HelpSearchReply, SuggestionReply } from '../protocol.ts';

export interface HelpPanelOptions {
  language: Language;
  /** the background's search (searchHelp message) */
  search(query: string): Promise<HelpSearchReply>;
  /** start a tour of a pack on this page (the learner chose it) */
  startTour(packId: string, tourId: string): void;
  /** record a suggestion (suggestTip message) */
  suggest(suggestion: SuggestionInput): Promise<SuggestionReply>;
  /** where focus goes when the panel closes (the launcher's button) */
  returnFocus?: () => void;
}

const styles = `
.panel { position: fixed; right: 16px; bottom: 16px; width: min(420px, calc(100vw - 32px)); max-height: calc(100vh - 32px); overflow: auto; box-sizing: border-box;
  pointer-events: auto; background: #fff; color: #1b2430; border: 1px solid #9fb3c8; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.3); padding: 12px 14px;
  font: 13px/1.5 "Noto Sans CJK SC", "Microsoft YaHei", system-ui, sans-serif; }
h2 { font-size: 15px; margin: 0 0 6px; color: #0b3a66; }
label.field { display: block; font-weight: 600; margin: 4px 0 2px; }
input[type="search"], input.text, textarea { box-sizing: border-box; width: 100%; font: inherit; border: 1px solid #9fb3c8; border-radius: 4px; padding: 4px 6px; }
textarea { min-height: 64px; resize: vertical; }
[aria-invalid="true"] { border-color: #b3261e; }
.count { font-size: 12px; color: #4a5b6e; margin: 4px 0; }
ul[role="listbox"] { list-style: none; margin: 0; padding: 0; max-height: 260px; overflow: auto; border: 1px solid #e3e9f0; border-radius: 4px; }
li[role="option"] { padding: 5px 8px; cursor: pointer; border-bottom: 1px solid #eef2f6; display: flex; gap: 6px; align-items: baseline; }
li[role="option"]:last-child { border-bottom: 0; }
li[role="option"][aria-selected="true"] { background: #dbe9f7; outline: 2px solid #1f6fb2; outline-offset: -2px; }
.kind { flex: none; font-size: 11px; border-radius: 3px; padding: 0 4px; background: #eef2f6; color: #0b3a66; }
.title { flex: 1; }
.here { flex: none; font-size: 11px; color: #1e6b34; font-weight: 600; }
.detail { margin-top: 8px; padding: 8px; background: #f5f8fb; border-left: 3px solid #1f6fb2; border-radius: 4px; }
.detail h3 { font-size: 13px; margin: 0 0 4px; }
.detail p { margin: 0; white-space: pre-wrap; }
.intro { margin: 0 0 8px; color: #4a5b6e; font-size: 12px; }
fieldset { border: 1px solid #d3dde8; border-radius: 6px; margin: 0 0 8px; padding: 4px 8px 6px; }
legend { font-weight: 600; padding: 0 4px; }
label.choice { display: flex; gap: 4px; align-items: center; cursor: pointer; }
.chars { text-align: right; font-size: 12px; color: #4a5b6e; }
.error { color: #b3261e; margin: 2px 0; }
.row { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 4px; }
button { font: inherit; border: 1px solid #1f6fb2; background: #fff; color: #0b3a66; border-radius: 4px; padding: 3px 10px; cursor: pointer; }
button.primary { background: #0b3a66; color: #fff; border-color: #0b3a66; }
button:disabled { opacity: .6; cursor: default; }
a { color: #0b3a66; }
button:focus-visible, input:focus-visible, textarea:focus-visible, a:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
.actions { display: flex; justify-content: space-between; gap: 8px; margin-top: 10px; }
.sent { color: #1e6b34; font-weight: 600; }
.bar { position: fixed; left: 50%; bottom: 12px; transform: translateX(-50%); pointer-events: auto; background: #0b3a66; color: #fff; border-radius: 8px; padding: 10px 14px;
  max-width: min(640px, 92vw); font: 14px/1.5 "Noto Sans CJK SC", "Microsoft YaHei", system-ui, sans-serif; box-shadow: 0 6px 20px rgba(0,0,0,.35); }
.bar button { margin-left: 8px; border-color: #fff; background: none; color: #fff; }
.bar .error { color: #ffd7d2; }
`;

const KIND_KEY: Record<HelpHitView['kind'], HelpPanelKey> = { tour: 'help_tour', tip: 'help_tip', reading: 'help_reading', faq: 'help_faq' };

type Field = 'text' | 'question' | 'answer';
type Errors = Partial<Record<Field | 'form', string>>;

/** The one panel on this page (opening it again brings it back into focus). */
let open: HelpPanel | undefined;

/** Open the help panel (from the launcher). */
export function openHelpPanel(options: HelpPanelOptions): void {
  if (open) {
    open.focusFirst();
    return;
  }
  open = new HelpPanel(options);
}

/**
 * The knowledge base on the EMR page (issue 16): one search box over the pack's tours, tips,
 * readings and FAQ for the learner's role, this page's first (a combobox over a listbox: ↑/↓ move,
 * Enter chooses, the count is announced); and "suggest a tip". A non-modal dialog in Preceptor's
 * own closed shadow root, in the top layer; Esc closes it and focus goes back to the launcher.
 */
class HelpPanel {
  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly t: HelpPanelTranslate;
  private mode: 'search' | 'suggest' | 'picking' | 'sending' | 'sent' = 'search';
  private query = '';
  private reply: HelpSearchReply | undefined;
  private active = -1;
  private chosen: HelpHitView | undefined;
  private asked = 0;
  private status = '';
  // the suggestion form
  private kind: SuggestionKind = 'tip';
  private fields: Record<Field, string> = { text: '', question: '', answer: '' };
  private element: ReportedElement | undefined;
  private pickMiss = false;
  private stopPicking: (() => void) | undefined;
  private errors: Errors = {};

  constructor(private readonly options: HelpPanelOptions) {
    this.t = helpPanelTranslator(options.language);
    ({ host: this.host, root: this.root } = ownOverlayHost('data-preceptor-help'));
    // keys typed here are the panel's: the EMR's own shortcuts never see them
    for (const type of ['keydown', 'keyup', 'keypress'] as const) this.host.addEventListener(type, (event) => event.stopPropagation());
    this.root.addEventListener('keydown', (event) => {
      const key = event as KeyboardEvent;
      if (!key.isTrusted || key.key !== 'Escape') return;
      key.preventDefault();
      if (this.mode === 'picking') this.endPicking();
      else this.close();
    });
    (document.body ?? document.documentElement).append(this.host);
    this.host.showPopover?.();
    this.draw();
    this.focusFirst();
    void this.runSearch();
  }

  focusFirst(): void {
    this.root.querySelector<HTMLElement>('#help-q, textarea, .bar button, .sent-close')?.focus();
  }

  private close(focusBack = true): void {
    this.stopPicking?.();
    this.host.remove();
    open = undefined;
    if (focusBack) this.options.returnFocus?.();
  }

  // ------------------------------------------------------------------ search

  private async runSearch(): Promise<void> {
    const asked = ++this.asked;
    let reply: HelpSearchReply;
    try {
      reply = await this.options.search(this.query);
    } catch {
      return; // the extension is reloading: the panel keeps what it showed
    }
    if (asked !== this.asked) return; // a later keystroke's answer wins
    this.reply = reply;
    this.active = reply.hits.length > 0 && this.query.trim() ? 0 : -1;
    this.status = this.countText();
    this.draw();
  }

  private countText(): string {
    const reply = this.reply;
    if (!reply) return '';
    if (!this.query.trim()) return this.t('helpPageItems', { count: reply.total });
    if (reply.total === 0) return this.t('helpNone');
    return reply.total > reply.hits.length ? this.t('helpCountMore', { count: reply.total, shown: reply.hits.length }) : this.t('helpCount', { count: reply.total });
  }

  private onSearchKey(event: KeyboardEvent): void {
    const hits = this.reply?.hits ?? [];
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = this.active < 0 ? (step > 0 ? 0 : hits.length - 1) : (this.active + step + hits.length) % hits.length;
      this.draw();
      this.root.getElementById(`hit-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[this.active] ?? hits[0];
      if (hit) this.choose(hit);
    }
  }

  private choose(hit: HelpHitView): void {
    if (hit.kind === 'tour') {
      this.close(false); // the tour's card takes over
      this.options.startTour(hit.packId, hit.id);
      return;
    }
    this.chosen = hit;
    this.active = this.reply?.hits.indexOf(hit) ?? -1;
    this.draw();
  }

  // ------------------------------------------------------------------ suggest

  private openSuggest(): void {
    this.mode = 'suggest';
    this.errors = {};
    this.draw();
    this.root.querySelector<HTMLElement>('input[name="kind"]:checked')?.focus();
  }

  private startPicking(): void {
    this.mode = 'picking';
    this.pickMiss = false;
    this.stopPicking = pickControl(this.host, {
      picked: (element) => {
        this.element = element;
        this.endPicking();
      },
      missed: () => {
        this.pickMiss = true;
        this.draw();
      },
      cancelled: () => this.endPicking(),
    });
    this.draw();
    this.root.querySelector<HTMLElement>('.bar button')?.focus();
  }

  private endPicking(): void {
    this.stopPicking?.();
    this.stopPicking = undefined;
    if (this.mode !== 'picking') return;
    this.mode = 'suggest';
    this.draw();
    this.root.querySelector<HTMLElement>('[data-action="pick"]')?.focus();
  }

  private fieldsOfKind(): Field[] {
    return this.kind === 'tip' ? ['text'] : ['question', 'answer'];
  }

  private fieldName(field: Field): string {
    return this.t(field === 'text' ? 'suggestText' : field === 'question' ? 'suggestQuestion' : 'suggestAnswer');
  }

  private validate(): Errors {
    const errors: Errors = {};
    const need: Record<Field, HelpPanelKey> = { text: 'suggestNeedText', question: 'suggestNeedQuestion', answer: 'suggestNeedAnswer' };
    for (const field of this.fieldsOfKind()) {
      const value = this.fields[field].trim();
      if (!value) {
        errors[field] = this.t(need[field]);
        continue;
      }
      const data = problemTextPatientData(value);
      if (data) errors[field] = this.t('suggestPatientData', { field: this.fieldName(field), kind: this.t(PATIENT_DATA_KIND_KEYS[data.kind]), value: data.value });
    }
    return errors;
  }

  private async send(): Promise<void> {
    this.errors = this.validate();
    const firstBad = this.fieldsOfKind().find((f) => this.errors[f]);
    if (firstBad) {
      this.draw();
      this.root.querySelector<HTMLElement>(`[name="${firstBad}"]`)?.focus();
      return;
    }
    const language = this.options.language;
    const element = this.element ? { element: this.element } : {};
    const suggestion: SuggestionInput =
      this.kind === 'tip' ? { kind: 'tip', text: this.fields.text.trim(), language, ...element } : { kind: 'faq', question: this.fields.question.trim(), answer: this.fields.answer.trim(), language, ...element };
    this.mode = 'sending';
    this.draw();
    let reply: SuggestionReply;
    try {
      reply = await this.options.suggest(suggestion);
    } catch (error) {
      reply = { recorded: false, problems: [{ path: '', message: error instanceof Error ? error.message : String(error) }] };
    }
    if (reply.recorded) {
      this.mode = 'sent';
      this.fields = { text: '', question: '', answer: '' };
      this.element = undefined;
      this.draw();
      this.root.querySelector<HTMLElement>('.sent-close')?.focus();
      return;
    }
    this.mode = 'suggest';
    this.errors = {};
    for (const problem of reply.problems) {
      const field = (['text', 'question', 'answer'] as const).find((f) => problem.path === f);
      if (field && problem.patientData) this.errors[field] = this.t('suggestPatientData', { field: this.fieldName(field), kind: this.t(PATIENT_DATA_KIND_KEYS[problem.patientData.kind]), value: problem.patientData.value });
    }
    if (!this.fieldsOfKind().some((f) => this.errors[f])) this.errors.form = this.t('suggestNotRecorded', { detail: reply.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ') });
    this.draw();
    const bad = this.fieldsOfKind().find((f) => this.errors[f]);
    this.root.querySelector<HTMLElement>(bad ? `[name="${bad}"]` : '[data-action="submit"]')?.focus();
  }

  private elementText(element: ReportedElement): string {
    const role = controlRoleWord(element.role, this.t);
    return element.label ? this.t('suggestElement', { role, label: element.label }) : this.t('suggestElementRoleOnly', { role });
  }

  // ------------------------------------------------------------------ drawing

  private draw(): void {
    const t = this.t;
    if (this.mode === 'picking') {
      render(
        html`<style>${styles}</style>
          <div class="bar" role="dialog" aria-labelledby="pick-hint">
            <span id="pick-hint">${t('suggestPickHint')}</span>
            ${this.pickMiss ? html`<div class="error" role="alert">${t('suggestPickNoControl')}</div>` : nothing}
            <button type="button" @click=${() => this.endPicking()}>${t('helpClose')}</button>
          </div>`,
        this.root,
      );
      return;
    }
    const inSuggest = this.mode === 'suggest' || this.mode === 'sending' || this.mode === 'sent';
    render(
      html`<style>${styles}</style>
        <div class="panel" role="dialog" aria-labelledby="help-title" data-mode=${this.mode}>
          <h2 id="help-title">${inSuggest ? t('suggestTitle') : t('helpTitle')}</h2>
          ${inSuggest ? this.suggestView() : this.searchView()}
        </div>`,
      this.root,
    );
  }

  private searchView() {
    const t = this.t;
    const hits = this.reply?.hits ?? [];
    const activeId = this.active >= 0 && hits[this.active] ? `hit-${this.active}` : nothing;
    const chosen = this.chosen;
    return html`
      <label class="field" for="help-q">${t('helpSearchLabel')}</label>
      <input id="help-q" type="search" role="combobox" autocomplete="off" aria-autocomplete="list" aria-expanded=${hits.length > 0 ? 'true' : 'false'} aria-controls="help-list"
        aria-activedescendant=${activeId} aria-describedby="help-count" .value=${this.query}
        @input=${(e: Event) => { this.query = (e.target as HTMLInputElement).value; this.chosen = undefined; void this.runSearch(); }}
        @keydown=${(e: KeyboardEvent) => this.onSearchKey(e)} />
      <div class="count" id="help-count" role="status" aria-live="polite">${this.status}</div>
      <ul id="help-list" role="listbox" aria-label=${t('helpResults')}>
        ${hits.map(
          (hit, i) => html`<li role="option" id=${`hit-${i}`} aria-selected=${i === this.active ? 'true' : 'false'} data-key=${hit.key} data-kind=${hit.kind}
            @mousedown=${(e: MouseEvent) => e.preventDefault()} @click=${() => this.choose(hit)}>
            <span class="kind">${t(KIND_KEY[hit.kind])}</span><span class="title">${hit.title}</span>${hit.onPage ? html`<span class="here">${t('helpOnPage')}</span>` : nothing}
          </li>`,
        )}
      </ul>
      ${chosen
        ? html`<section class="detail" data-region="detail" data-key=${chosen.key} aria-live="polite" aria-labelledby="detail-title">
            <h3 id="detail-title">${t(KIND_KEY[chosen.kind])} · ${chosen.title}</h3>
            ${chosen.body ? html`<p>${chosen.body}</p>` : nothing}
            ${chosen.url && /^https?:\/\//i.test(chosen.url) ? html`<p><a href=${chosen.url} target="_blank" rel="noopener noreferrer">${t('helpOpenLink')}</a></p>` : nothing}
          </section>`
        : nothing}
      <div class="actions">
        <button type="button" data-action="suggest" @click=${() => this.openSuggest()}>${t('helpSuggest')}</button>
        <button type="button" data-action="close" @click=${() => this.close()}>${t('helpClose')}</button>
      </div>`;
  }

  private suggestView() {
    const t = this.t;
    if (this.mode === 'sent') {
      return html`<p class="sent" role="status">${t('suggestSent')}</p>
        <div class="actions">
          <button type="button" data-action="back" @click=${() => { this.mode = 'search'; this.draw(); this.focusFirst(); }}>${t('suggestBack')}</button>
          <button type="button" class="primary sent-close" @click=${() => this.close()}>${t('helpClose')}</button>
        </div>`;
    }
    const busy = this.mode === 'sending';
    const err = this.errors;
    const textField = (field: Field, max: number, multiline: boolean) => {
      const id = `s-${field}`;
      const error = err[field];
      const described = error ? `err-${field} ${id}-chars` : `${id}-chars`;
      const onInput = (e: Event) => {
        this.fields[field] = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
        if (this.errors[field]) this.errors = { ...this.errors, [field]: undefined };
        this.draw();
      };
      return html`<label class="field" for=${id}>${this.fieldName(field)}</label>
        ${multiline
          ? html`<textarea id=${id} name=${field} maxlength=${max} .value=${this.fields[field]} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${described} @input=${onInput}></textarea>`
          : html`<input class="text" id=${id} name=${field} maxlength=${max} .value=${this.fields[field]} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${described} @input=${onInput} />`}
        <div class="chars" id=${`${id}-chars`}>${t('suggestCount', { count: this.fields[field].length, max })}</div>
        ${error ? html`<p class="error" id=${`err-${field}`} role="alert">${error}</p>` : nothing}`;
    };
    return html`<p class="intro">${t('suggestIntro')}</p>
      <fieldset>
        <legend>${t('suggestKind')}</legend>
        ${(['tip', 'faq'] as const).map(
          (kind) => html`<label class="choice"><input type="radio" name="kind" value=${kind} .checked=${this.kind === kind}
            @change=${() => { this.kind = kind; this.errors = {}; this.draw(); }} />${t(kind === 'tip' ? 'suggestKindTip' : 'suggestKindFaq')}</label>`,
        )}
      </fieldset>
      ${this.kind === 'tip' ? textField('text', SUGGESTION_TEXT_MAX, true) : html`${textField('question', SUGGESTION_QUESTION_MAX, false)}${textField('answer', SUGGESTION_TEXT_MAX, true)}`}
      <fieldset>
        <legend>${t('suggestAbout')}</legend>
        <div data-region="element">${this.element ? this.elementText(this.element) : t('suggestElementNone')}</div>
        <div class="row">
          <button type="button" data-action="pick" @click=${() => this.startPicking()}>${t('suggestPick')}</button>
          ${this.element ? html`<button type="button" data-action="clear-element" @click=${() => { this.element = undefined; this.draw(); this.root.querySelector<HTMLElement>('[data-action="pick"]')?.focus(); }}>${t('suggestClearElement')}</button>` : nothing}
        </div>
      </fieldset>
      ${err.form ? html`<p class="error" role="alert">${err.form}</p>` : nothing}
      <div class="actions">
        <button type="button" data-action="back" @click=${() => { this.mode = 'search'; this.draw(); this.focusFirst(); }}>${t('suggestBack')}</button>
        <button type="button" class="primary" data-action="submit" ?disabled=${busy} @click=${() => void this.send()}>${busy ? t('suggestSending') : t('suggestSubmit')}</button>
      </div>`;
  }
}
