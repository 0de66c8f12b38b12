import type { ReactNode } from 'react';
import { useTrainerText } from './trainerMessages.ts';
import { TrainerSection, dateTime, shortId, stepTitleOf, titleOf } from './trainerUi.tsx';
import { useDashboard } from './useDashboard.ts';

export function TargetMissingView(): ReactNode {
  const { t, lang } = useTrainerText();
  const { model } = useDashboard();
  if (!model) return <p className="tr-hint">{t('loading')}</p>;
  const rows = model.targetMissing;
  return (
    <TrainerSection heading={t('missing.heading')}>
      <p className="tr-hint">{t('missing.explain')}</p>
      {rows.length === 0 ? (
        <p className="tr-ok">{t('missing.none')}</p>
      ) : (
        <table className="tr-table" data-table="target-missing">
          <caption>{t('missing.caption', { count: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('missing.tour')}</th>
              <th scope="col">{t('missing.version')}</th>
              <th scope="col">{t('missing.step')}</th>
              <th scope="col">{t('missing.resolution')}</th>
              <th scope="col" className="num">{t('missing.count')}</th>
              <th scope="col" className="num">{t('missing.learners')}</th>
              <th scope="col">{t('missing.pages')}</th>
              <th scope="col">{t('missing.last')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} data-step={r.stepId}>
                <th scope="row">
                  {titleOf(model, r.tour, lang)} <span className="tr-kind">{shortId(r.pack)}</span>
                </th>
                <td>{r.packVersion || '—'}</td>
                <td>
                  {r.stepIndex === null ? '' : `${r.stepIndex + 1}. `}
                  <span title={r.stepId}>{stepTitleOf(model, r.tour, r.stepId, lang)}</span>
                </td>
                <td>{r.resolution === 'ambiguous' ? t('resolution.ambiguous') : r.resolution === 'missing' ? t('resolution.missing') : r.resolution === 'page-moved' ? t('resolution.page-moved') : r.resolution}</td>
                <td className="num">{r.count}</td>
                <td className="num">{r.learners}</td>
                <td>
                  {r.pagePatterns.map((p) => (
                    <div key={p}>
                      <code>{p}</code>
                    </div>
                  ))}
                </td>
                <td>{dateTime(r.lastAt, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </TrainerSection>
  );
}
