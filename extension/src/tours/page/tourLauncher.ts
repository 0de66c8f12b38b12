import { html, nothing, render } from 'lit/html.js';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import { playerTranslator as translator } from '../../i18n/playerMessages.ts';
import type { ChecklistSummary } from '../../learning/protocol.ts';
import type { PageTour } from '../protocol.ts';
import { ownUiHost } from '../../page/ownUiHost.ts';
import { launcherPlace, saveLauncherPlace, type LauncherPlace, type Point } from './guidePlaces.ts';
import { arrowKeyMove, dragWithPointer } from './dragWithPointer.ts';

const launcherStyles = `
.launcher { position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; font: 13px/1.5 "Noto Sans CJK SC", "Microsoft YaHei", system-ui, sans-serif; }
.launcher.placed { right: auto; bottom: auto; }
.pill { display: flex; align-items: stretch; border-radius: 18px; background: #0b3a66; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
.pill .open { box-shadow: none; }
.grip, .tuck { border: 0; background: none; color: #fff; font: inherit; padding: 0 8px; cursor: pointer; border-radius: 18px; }
.grip { cursor: move; touch-action: none; }
.tab { position: fixed; right: 0; z-index: 2147483000; border: 0; border-radius: 8px 0 0 8px; padding: 10px 5px; background: #0b3a66; color: #fff; cursor: pointer; font: 13px/1 system-ui, sans-serif; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
.menu.below { bottom: auto; top: 42px; }
.menu.leftward { right: auto; left: 0; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.open { border: 0; border-radius: 18px; padding: 6px 14px; background: #0b3a66; color: #fff; cursor: pointer; font: inherit; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
.menu { position: absolute; right: 0; bottom: 42px; width: 280px; background: #fff; color: #1b2430; border: 1px solid #9fb3c8; border-radius: 8px; box-shadow: 0 6px 20px rgba(0,0,0,.25); padding: 8px; }
.menu h2 { font-size: 13px; margin: 2px 4px 6px; color: #0b3a66; }
.menu ul { list-style: none; margin: 0; padding: 0; }
.menu button { display: block; width: 100%; text-align: left; border: 1px solid transparent; background: none; padding: 6px 8px; border-radius: 4px; cursor: pointer; font: inherit; color: inherit; }
.menu button:hover { background: #eef4fb; border-color: #c9d9ea; }
.muted { color: #4a5b6e; font-size: 12px; padding: 0 8px; }
.answers { margin-left: 6px; padding: 0 6px; border-radius: 9px; background: #f0a500; color: #1b2430; font-size: 12px; font-weight: 600; }
.report { border-top: 1px solid #e3e9f0; margin-top: 6px; padding-top: 4px; }
.checklist { border-top: 1px solid #e3e9f0; margin-top: 6px; padding-top: 4px; }
.checklist .bar { height: 5px; background: #e3e9f0; border-radius: 3px; margin: 0 4px 4px; overflow: hidden; }
.checklist .bar > span { display: block; height: 100%; background: #1f6fb2; }
button:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
`;

/**
 * The small in-page launcher: lists this page's tours for the learner's role, one click to start.
 * Hidden while a tour is on screen; absent on pages with no tours, checklists or answers. When the
 * pack answers questions about this page (FAQ), the button says how many and a screen reader hears
 * it once, politely; focus stays where the learner is.
 */
export class TourLauncher {
  private host: HTMLElement | undefined;
  /** closed: `host.shadowRoot` is null, for the page and for us; this is the only reference */
  private root: ShadowRoot | undefined;
  private open = false;
  private tours: PageTour[] = [];
  private checklists: ChecklistSummary[] = [];
  private language: Language = 'zh-CN';
  /** collapsed to an edge tab, and where the learner moved it (guidePlaces.ts) */
  private place: LauncherPlace = { collapsed: false };
  private placeLoaded = false;
  private status = '';
  /** FAQ entries written for this page */
  private answers = 0;

  constructor(
    private readonly start: (tour: PageTour) => void,
    /** 报告问题: the pilot problem form (loaded on demand, problems/page/problemForm.ts) */
    private readonly report?: () => void,
    /** 帮助: the knowledge-base help panel (loaded on demand, knowledge/page/helpPanel.ts) */
    private readonly help?: () => void,
  ) {}

  /** Focus the launcher's own button (after the problem form closes). */
  focusButton(): void {
    this.root?.querySelector<HTMLElement>('.open')?.focus();
  }

  update(tours: PageTour[], checklists: ChecklistSummary[], language: Language, hidden: boolean, answers = 0): void {
    this.tours = tours;
    this.checklists = checklists;
    this.language = language;
    if ((tours.length === 0 && checklists.length === 0 && answers === 0) || hidden) {
      this.destroy();
      return;
    }
    if (answers !== this.answers) {
      this.answers = answers;
      // said after the live region is on the page (text present when it appears is not announced)
      if (answers > 0) setTimeout(() => this.sayAnswers(answers), 600);
    }
    if (!this.host) {
      ({ host: this.host, root: this.root } = ownUiHost('data-preceptor-launcher'));
      this.host.addEventListener('keydown', (event) => {
        event.stopPropagation();
        if (event.isTrusted && event.key === 'Escape' && this.open) this.toggle(false);
      });
      (document.body ?? document.documentElement).append(this.host);
      if (!this.placeLoaded) {
        this.placeLoaded = true;
        void launcherPlace().then((place) => {
          this.place = place;
          this.draw();
        });
      }
    }
    this.draw();
  }

  private sayAnswers(count: number): void {
    if (!this.root || this.answers !== count) return;
    this.status = translator(this.language)('pageAnswersSaid', { count });
    this.draw();
  }

  private savePlace(place: LauncherPlace, status = ''): void {
    this.place = place;
    this.status = status;
    void saveLauncherPlace(place);
    this.draw();
  }

  private collapse(collapsed: boolean): void {
    // a keyboard user keeps focus on the launcher (the tab, or the button back); a mouse press leaves it in the page
    const hadFocus = Boolean(this.root?.activeElement);
    this.open = false;
    this.savePlace({ ...this.place, collapsed });
    if (hadFocus) this.root?.querySelector<HTMLElement>(collapsed ? '.tab' : '.open')?.focus();
  }

  /** The launcher's top-left kept inside the viewport. */
  private clamped(point: Point): Point {
    const box = this.root?.querySelector<HTMLElement>('.pill')?.getBoundingClientRect();
    const width = box?.width || 160;
    const height = box?.height || 34;
    return {
      x: Math.min(Math.max(point.x, 4), Math.max(4, innerWidth - width - 4)),
      y: Math.min(Math.max(point.y, 4), Math.max(4, innerHeight - height - 4)),
    };
  }

  private currentTopLeft(): Point {
    const box = this.root?.querySelector<HTMLElement>('.pill')?.getBoundingClientRect();
    return box ? { x: box.left, y: box.top } : { x: innerWidth - 176, y: innerHeight - 50 };
  }

  private startDrag(event: PointerEvent): void {
    const before = this.place;
    dragWithPointer(event, {
      from: this.currentTopLeft(),
      move: (to) => {
        this.place = { ...this.place, at: this.clamped(to) };
        this.draw();
      },
      drop: () => this.savePlace(this.place, translator(this.language)('launcherMoved')),
      cancel: () => {
        this.place = before;
        this.draw();
      },
    });
  }

  private moveKey(event: KeyboardEvent): void {
    const to = arrowKeyMove(event, this.currentTopLeft());
    if (!to) return; // (a page script's keys never get here: acceptOnlyTrustedEvents on the root)
    event.preventDefault();
    this.savePlace({ ...this.place, at: this.clamped(to) }, translator(this.language)('launcherMoved'));
  }

  destroy(): void {
    this.host?.remove();
    this.host = undefined;
    this.root = undefined;
    this.open = false;
    this.answers = 0; // a launcher drawn again says its answers again
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
    const at = this.place.at;
    const status = html`<div class="sr-only" aria-live="polite">${this.status}</div>`;
    // mousedown on our own controls keeps focus in the EMR field the learner is in (no blur, no validation)
    const keepFocus = (event: MouseEvent) => event.preventDefault();
    if (this.place.collapsed) {
      render(
        html`<style>${launcherStyles}</style>
          <button class="tab" type="button" aria-expanded="false" aria-label=${t('expandLauncher')} title=${t('expandLauncher')}
            style="top:${at ? Math.min(Math.max(at.y, 4), innerHeight - 40) : innerHeight - 90}px" @mousedown=${keepFocus} @click=${() => this.collapse(false)}>?</button>
          ${status}`,
        root,
      );
      return;
    }
    const spot = at ? this.clamped(at) : undefined;
    const answers = this.answers > 0 ? html`<span class="answers" data-region="page-answers">${t('pageAnswers', { count: this.answers })}</span>` : nothing;
    const menuClass = `menu ${spot && spot.y < innerHeight / 2 ? 'below' : ''} ${spot && spot.x < innerWidth / 2 ? 'leftward' : ''}`;
    render(
      html`<style>${launcherStyles}</style>
        <div class="launcher ${spot ? 'placed' : ''}" style=${spot ? `left:${spot.x}px;top:${spot.y}px` : ''}>
          ${this.open
            ? html`<div class=${menuClass} role="dialog" aria-label=${t('launcherHeading')}>
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
                ${this.help
                  ? html`<div class="report"><button type="button" data-action="open-help" @click=${() => { this.toggle(false); this.help?.(); }}>${t('openHelp')}${answers}</button></div>`
                  : nothing}
                ${this.report
                  ? html`<div class="report"><button type="button" data-action="report-problem" @click=${() => { this.toggle(false); this.report?.(); }}>${t('reportProblem')}</button></div>`
                  : nothing}
              </div>`
            : nothing}
          <div class="pill" @mousedown=${keepFocus}>
            <button class="grip" type="button" aria-label=${t('moveLauncher')} title=${t('moveLauncher')}
              @pointerdown=${(event: PointerEvent) => this.startDrag(event)} @keydown=${(event: KeyboardEvent) => this.moveKey(event)}>⠿</button>
            <button class="open" type="button" aria-expanded=${this.open ? 'true' : 'false'} @click=${() => this.toggle(!this.open)}>
              ? ${this.tours.length > 0 ? t('launcherButton', { count: this.tours.length }) : t('launcherButtonNoTours')}${answers}
            </button>
            <button class="tuck" type="button" aria-label=${t('collapseLauncher')} title=${t('collapseLauncher')} @click=${() => this.collapse(true)}>›</button>
          </div>
        </div>
        ${status}`,
      root,
    );
  }
}
