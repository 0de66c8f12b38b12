import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import type { Translate } from '../../i18n/messages.ts';
import type { PageTour } from '../protocol.ts';

/** The tours this page offers the learner's role, each with start or resume. */
export function PageTours(props: {
  tours: PageTour[] | undefined;
  hasRole: boolean;
  hasPage: boolean;
  language: Language;
  t: Translate;
  onStart(tour: PageTour): void;
  onResume(tour: PageTour): void;
}) {
  const { tours, hasRole, hasPage, language, t } = props;
  let content: React.ReactNode;
  if (!hasPage) content = <p className="muted">{t('noPage')}</p>;
  else if (!hasRole) content = <p className="muted">{t('noRoleYet')}</p>;
  else if (tours && tours.length === 0) content = <p className="muted">{t('noToursForPage')}</p>;
  else
    content = (
      <ul className="tours">
        {(tours ?? []).map((tour) => {
          const run = tour.run;
          const percent = run ? Math.round((run.stepIndex / run.stepCount) * 100) : 0;
          return (
            <li key={`${tour.packId}/${tour.tourId}`} data-tour={tour.tourId}>
              <div className="row">
                <strong>{tour.title[language]}</strong>
                <span className="muted">{t('stepOf', { current: run ? run.stepIndex + 1 : 1, total: tour.stepCount })}</span>
              </div>
              {tour.description && <div className="muted">{tour.description[language]}</div>}
              {run && (
                <div className="progressbar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}
                  aria-label={tour.title[language]}>
                  <span style={{ width: `${percent}%` }} />
                </div>
              )}
              <div className="row" style={{ justifyContent: 'flex-end', marginTop: 4 }}>
                {run && (
                  <button type="button" className="primary" onClick={() => props.onResume(tour)}>
                    {t('resume')}
                  </button>
                )}
                <button type="button" className={run ? '' : 'primary'} onClick={() => props.onStart(tour)}>
                  {run ? t('restart') : t('start')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    );
  return (
    <section className="panel" aria-labelledby="tours-h">
      <h2 id="tours-h">{t('toursHeading')}</h2>
      {content}
    </section>
  );
}
