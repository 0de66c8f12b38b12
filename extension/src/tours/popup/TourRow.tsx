import { useId } from 'react';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import type { CatalogTour } from '@preceptor/shared/learning/tourCatalog.ts';
import type { TourRun } from '@preceptor/shared/tour/tourMachine.ts';
import type { Translate } from '../../i18n/messages.ts';
import type { TourState } from '../protocol.ts';

/** A row's state: the run in this tab wins over the log (it knows the step the card is on). */
export type RowState = { status: 'not-started' } | { status: 'in-progress'; stepsDone: number } | { status: 'completed' };

export function rowState(logged: TourState | undefined, run: TourRun | undefined): RowState {
  if (run) return { status: 'in-progress', stepsDone: run.stepIndex };
  return logged ?? { status: 'not-started' };
}

/**
 * One tour: its title, where the learner stands ("5 步 · 约 2 分钟", "进行中 3/5", "✓ 已完成"),
 * and Start / Resume / Start again when it can start on this page; otherwise why not.
 */
export function TourRow(props: {
  tour: CatalogTour;
  state: RowState;
  run?: TourRun;
  /** the tour runs on this page for this learner's role */
  startable: boolean;
  /**
   * The background has not yet said whether this tour runs in this tab (nor the log its state):
   * the row shows a disabled, verbless button, never Start / Start again for a tour that will turn
   * out to be running here (it would restart it instead of resuming).
   */
  pending?: boolean;
  /** show the module and roles (search results mix modules) */
  showModule?: boolean;
  showDescription?: boolean;
  language: Language;
  t: Translate;
  onStart(tour: CatalogTour): void;
  onResume(tour: CatalogTour): void;
}) {
  const { tour, state, run, startable, language, t } = props;
  const titleId = useId();
  const stateText =
    state.status === 'completed'
      ? t('tourDone')
      : state.status === 'in-progress'
        ? t('tourInProgress', { done: Math.min(state.stepsDone, tour.stepCount), total: tour.stepCount })
        : t(tour.stepCount === 1 ? 'tourLengthOneStep' : 'tourLength', { steps: tour.stepCount, minutes: tour.minutes });
  const roles = tour.roleTitles.map((r) => r[language]).join(language === 'zh-CN' ? '、' : ', ');
  const percent = run ? Math.round((run.stepIndex / run.stepCount) * 100) : 0;
  return (
    <li data-tour={tour.tourId} data-pack={tour.packId} data-state={state.status}>
      <div className="tour-head">
        <strong id={titleId}>{tour.title[language]}</strong>
        <span className={state.status === 'completed' ? 'tour-state done' : 'tour-state muted'} data-region="tour-state">{stateText}</span>
      </div>
      {props.showDescription && tour.description && <div className="muted">{tour.description[language]}</div>}
      {props.showModule && (
        <div className="muted tour-meta" data-region="tour-module">{tour.module[language]}</div>
      )}
      {run && (
        <div className="progressbar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-labelledby={titleId}>
          <span style={{ width: `${percent}%` }} />
        </div>
      )}
      {startable && props.pending ? (
        <div className="tour-actions">
          <button type="button" disabled aria-describedby={titleId} data-pending="">
            {t('tourActionsPending')}
          </button>
        </div>
      ) : startable ? (
        <div className="tour-actions">
          {run && (
            <button type="button" className="primary" aria-describedby={titleId} onClick={() => props.onResume(tour)}>
              {t('resume')}
            </button>
          )}
          <button type="button" className={run ? '' : 'primary'} aria-describedby={titleId} onClick={() => props.onStart(tour)}>
            {state.status === 'not-started' ? t('start') : t('restart')}
          </button>
        </div>
      ) : (
        <div className="muted tour-meta" data-region="not-here">
          {tour.audience === 'other' ? t('tourForRoles', { roles }) : t('tourOnAnotherPage')}
        </div>
      )}
    </li>
  );
}
