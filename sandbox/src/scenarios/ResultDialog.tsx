// What the learner sees after submitting: score, pass/fail, each check, each trap and why it matters.

import type { ReactNode } from 'react';
import { useI18n } from '../i18n.ts';
import { navigate } from '../router.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { StatusTag } from '../ui/StatusTag.tsx';
import type { FinishedAttempt } from './AttemptContext.tsx';
import { clockText } from '../ui/format.ts';
import { Icon } from '../ui/Icon.tsx';
import { ContentText } from '../ui/ContentText.tsx';

export function ResultDialog({ result, onClose }: { result: FinishedAttempt; onClose: () => void }): ReactNode {
  const { t, tx, lang } = useI18n();
  const { scenario, outcome } = result;
  return (
    <Dialog
      name="scenario-result"
      size="lg"
      title={tx('result.title', { title: <ContentText text={scenario.title[lang]} /> })}
      onClose={onClose}
      footer={
        <>
          <button
            type="button"
            className="btn btn--primary"
            data-action="back-to-scenarios"
            onClick={() => {
              onClose();
              navigate('/scenarios');
            }}
          >
            {t('result.toList')}
          </button>
          <button type="button" className="btn" onClick={onClose}>{t('common.close')}</button>
        </>
      }
    >
      <div className="result" data-result={outcome.passed ? 'passed' : 'failed'} data-score={outcome.score}>
        <p className={outcome.passed ? 'result__verdict result__verdict--pass' : 'result__verdict result__verdict--fail'}>
          <span aria-hidden="true">{outcome.passed ? '✔ ' : '✖ '}</span>
          {t(outcome.passed ? 'result.passed' : 'result.failed')}
          <span className="result__score">{t('result.score', { score: outcome.score, passing: scenario.scoring.passingScore })}</span>
        </p>
        <p className="muted">
          {t('result.duration', { time: clockText(outcome.durationMs), limit: scenario.timeLimitMinutes })}
          {outcome.timedOut ? <> · <StatusTag tone="danger" icon={<Icon name="timer" />}>{t('result.timedOut')}</StatusTag></> : null}
        </p>
        <h3 className="result__heading">{t('result.checks')}</h3>
        <ul className="result__list">
          {outcome.checks.map((c) => {
            const check = scenario.checks.find((x) => x.id === c.id)!;
            return (
              <li key={c.id} data-check={c.id} data-passed={c.passed}>
                <StatusTag tone={c.passed ? 'ok' : 'danger'} icon={c.passed ? '✔' : '✖'}>{t(c.passed ? 'result.checkPassed' : 'result.checkFailed')}</StatusTag>{' '}
                {check.label[lang]} <span className="muted">({c.weight}{c.required ? ` · ${t('result.required')}` : ''})</span>
              </li>
            );
          })}
        </ul>
        {outcome.traps.length > 0 ? (
          <>
            <h3 className="result__heading">{t('result.traps')}</h3>
            <ul className="result__list">
              {outcome.traps.map((tr) => {
                const trap = scenario.traps.find((x) => x.id === tr.id)!;
                return (
                  <li key={tr.id} data-trap={tr.id} data-sprung={tr.sprung} data-avoided={tr.avoided}>
                    {tr.sprung ? (
                      <StatusTag tone="danger" icon="⚠">{t('result.trapSprung')}</StatusTag>
                    ) : tr.avoided ? (
                      <StatusTag tone="ok" icon="✔">{t('result.trapAvoided')}</StatusTag>
                    ) : (
                      // the task was not done, so the trap was never met: no credit for avoiding it
                      <StatusTag tone="muted" icon="–">{t('result.trapNotMet')}</StatusTag>
                    )}{' '}
                    {trap.label[lang]}
                    {tr.sprung ? <p className="result__explain">{trap.explanation[lang]}</p> : null}
                  </li>
                );
              })}
            </ul>
          </>
        ) : null}
        <p className="field-hint">{t('result.recorded')}</p>
      </div>
    </Dialog>
  );
}
