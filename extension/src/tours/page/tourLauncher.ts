import { html, nothing, render } from 'lit/html.js';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import { playerTranslator as translator } from '../../i18n/playerMessages.ts';
import type { ChecklistSummary } from '../../learning/protocol.ts';
import type { PageTour } from '../protocol.ts';
import { ownUiHost } from '../../page/ownUiHost.ts';

const launcherStyles = `
.launcher { position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; font: 13px/1.5 "Noto Sans CJK SC", "Microsoft YaHei", system-ui, sans-serif; }
.open { border: 0; border-radius: 18px; padding: 6px 14px; background: #0b3a66; color: #fff; cursor: pointer; font: inherit; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
.menu { position: absolute; right: 0; bottom: 42px; width: 280px; background: #fff; color: #1b2430; border: 1px solid #9fb3c8; border-radius: 8px; box-shadow: 0 6px 20px rgba(0,0,0,.25); padding: 8px; }
.menu h2 { font-size: 13px; margin: 2px 4px 6px; color: #0b3a66; }
.menu ul { list-style: none; margin: 0; padding: 0; }
.menu button { display: block; width: 100%; text-align: left; border: 1px solid transparent; background: none; padding: 6px 8px; border-radius: 4px; cursor: pointer; font: inherit; color: inherit; }
.menu button:hover { background: #eef4fb; border-color: #c9d9ea; }
.muted { color: #4a5b6e; font-size: 12px; padding: 0 8px; }
.report { border-top: 1px solid #e3e9f0; margin-top: 6px; padding-top: 4px; }
.checklist { border-top: 1px solid #e3e9f0; margin-top: 6px; padding-top: 4px; }
.checklist .bar { height: 5px; background: #e3e9f0; border-radius: 3px; margin: 0 4px 4px; overflow: hidden; }
.checklist .bar > span { display: block; height: 100%; background: #1f6fb2; }
button:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
`;

/**
 * The small in-page launcher: lists this page's tours for the learner's role, one click to start.
 * Hidden while a tour is on screen; absent on pages with no tours.
 */
export class TourLauncher {
  private host: HTMLElement | undefined;
  /** closed: `host.shadowRoot` is null, for the page and for us; this is the only reference */
  private root: ShadowRoot | undefined;
  private open = false;
  private tours: PageTour[] = [];
  private checklists: ChecklistSummary[] = [];
  private language: Language = 'zh-CN';

  constructor(
    private readonly start: (tour: PageTour) => void,
    /** 报告问题: the pilot problem form (loaded on demand, problems/page/problemForm.ts) */
    private readonly report?: () => void,
  ) {}

  /** Focus the launcher's own button (after the problem form closes). */
  focusButton(): void {
    this.root?.querySelector<HTMLElement>('.open')?.focus();
  }

  update(tours: PageTour[], checklists: ChecklistSummary[], language: Language, hidden: boolean): void {
    this.tours = tours;
    this.checklists = checklists;
    this.language = language;
    if ((tours.length === 0 && checklists.length === 0) || hidden) {
      this.destroy();
      return;
    }
    if (!this.host) {
      ({ host: this.host, root: this.root } = ownUiHost('data-preceptor-launcher'));
      this.host.addEventListener('keydown', (event) => {
        event.stopPropagation();
        if (event.isTrusted && event.key === 'Escape' && this.open) this.toggle(false);
      });
      (document.body ?? document.documentElement).append(this.host);
    }
    this.draw();
  }

  destroy(): void {
    this.host?.remove();
    this.host = undefined;
    this.root = undefined;
    this.open = false;
  }

  private toggle(open: boolean): void {
    this.open = open;
    this.draw();
    const focusTarget = this.root?.querySelector<HTMLElement>(open ? '.menu button' : '.open');
    focusTarget?.focus();
  }

  private draw(): void {
    const root = this.root;
    if (!root) return;
    const t = translator(this.language);
    const lang = this.language;
    render(
      html`<style>${launcherStyles}</style>
        <div class="launcher">
          ${this.open
            ? html`<div class="menu" role="dialog" aria-label=${t('launcherHeading')}>
                <h2>${t('launcherHeading')}</h2>
                <ul>
                  ${this.tours.map(
                    (tour) => html`<li><button type="button" data-tour=${tour.tourId} @click=${() => { this.toggle(false); this.start(tour); }}>
                      <strong>${tour.title[lang]}</strong>
                      <div class="muted">${tour.run ? t('stepOf', { current: tour.run.stepIndex + 1, total: tour.stepCount }) : t('stepCount', { count: tour.stepCount })}</div>
                    </button></li>`,
                  )}
                </ul>
                ${this.checklists.map((list) => {
                  const next = list.next;
                  const startable = next?.tourId && this.tours.find((tour) => tour.tourId === next.tourId && tour.packId === next.packId);
                  return html`<section class="checklist" data-checklist=${list.checklistId} aria-label=${list.title[lang]}>
                    <h2>${list.title[lang]} · ${t('checklistProgress', { done: list.requiredDone, total: list.requiredTotal })}</h2>
                    <div class="bar" role="progressbar" aria-valuemin="0" aria-valuemax=${list.requiredTotal} aria-valuenow=${list.requiredDone} aria-label=${list.title[lang]}>
                      <span style="width:${list.requiredTotal ? Math.round((list.requiredDone / list.requiredTotal) * 100) : 100}%"></span></div>
                    ${next
                      ? startable
                        ? html`<button type="button" data-next-item=${next.itemId} @click=${() => { this.toggle(false); this.start(startable); }}>${t('checklistNext')}: ${next.title[lang]}</button>`
                        : html`<div class="muted">${t('checklistNext')}: ${next.title[lang]}</div>`
                      : ''}
                  </section>`;
                })}
                ${this.report
                  ? html`<div class="report"><button type="button" data-action="report-problem" @click=${() => { this.toggle(false); this.report?.(); }}>${t('reportProblem')}</button></div>`
                  : nothing}
              </div>`
            : nothing}
          <button class="open" type="button" aria-expanded=${this.open ? 'true' : 'false'} @click=${() => this.toggle(!this.open)}>
            ? ${t('launcherButton', { count: this.tours.length })}
          </button>
        </div>`,
      root,
    );
  }
}
