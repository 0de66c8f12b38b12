import type { ReactNode } from 'react';
import { durationWords } from '../ui/durationWords.ts';
import { useReportText } from './reportMessages.ts';
import { useTrainerText } from './trainerMessages.ts';
import { TrainerSection, percent, stepTitleOf, titleOf } from './trainerUi.tsx';
import { useDashboard } from './useDashboard.ts';

export function FunnelsView(): ReactNode {
  const { t, lang } = useTrainerText();
  const { p } = useReportText();
  const { model } = useDashboard();
  if (!model) return <p className="tr-hint">{t('loading')}</p>;
  return (
    <TrainerSection heading={t('funnels.heading')}>
      {model.funnels.length === 0 && <p className="tr-hint">{t('funnels.none')}</p>}
      <div className="tr-grid">
        {model.funnels.map((f) => (
          <table className="tr-table tr-funnel" key={f.tour} data-table="funnel" data-tour={f.tour}>
            <caption>
              {t('funnels.caption', { title: titleOf(model, f.tour, lang), launched: f.launched, completed: f.completed })}
              {f.medianCompletionMs !== undefined && <span data-median={f.medianCompletionMs}>{lang === 'en' ? '; ' : '；'}{p('funnels.median', { time: durationWords(f.medianCompletionMs, lang) })}</span>}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('funnels.step')}</th>
                <th scope="col">{t('funnels.passed')}</th>
                <th scope="col" className="num">{t('funnels.skipped')}</th>
                <th scope="col" className="num">{t('funnels.missing')}</th>
              </tr>
            </thead>
            <tbody>
              {f.steps.map((s) => {
                const share = f.launched ? s.passed / f.launched : 0;
                return (
                  <tr key={s.index} data-step={s.index}>
                    <th scope="row" data-step-id={s.stepId}>
                      {s.index + 1}. {stepTitleOf(model, f.tour, s.stepId, lang)}
                    </th>
                    <td>
                      <span className="tr-bar" aria-hidden="true">
                        <span style={{ width: `${share * 100}%` }} />
                      </span>
                      {t('funnels.barLabel', { passed: s.passed, launched: f.launched })} ({percent(share, lang)})
                    </td>
                    <td className="num">{s.skipped}</td>
                    <td className="num">{s.targetMissing ? `⚠ ${s.targetMissing}` : 0}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ))}
      </div>
    </TrainerSection>
  );
}
