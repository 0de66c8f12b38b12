// The running-scenario bar under the top bar: goal, timer, hint (practice), submit, abandon.

import { isoDuration } from '@preceptor/shared/record/xapiStatement.ts';
import { useRef, useState, type ReactNode } from 'react';
import { useNow } from '../clock.ts';
import { useI18n } from '../i18n.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { clockText } from '../ui/format.ts';
import { useAttempt } from './AttemptContext.tsx';
import { ResultDialog } from './ResultDialog.tsx';
import { Icon } from '../ui/Icon.tsx';
import { ContentText } from '../ui/ContentText.tsx';

export function ScenarioBar({ notify }: { notify: (message: string) => void }): ReactNode {
  const { t, lang } = useI18n();
  const attempt = useAttempt();
  const now = useNow(1000);
  const [confirm, setConfirm] = useState<'submit' | 'abandon' | null>(null);
  const [hintOpen, setHintOpen] = useState(false);
  const [backgroundOpen, setBackgroundOpen] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const active = attempt.active;

  return (
    <>
      {active ? (
        <section className="scenario-bar" data-panel="scenario-bar" data-scenario-id={active.scenario.id} data-mode={active.mode} aria-label={t('bar.label')}>
          <span className={`scenario-bar__mode scenario-bar__mode--${active.mode}`}>{t(`bar.mode.${active.mode}`)}</span>
          <div className="scenario-bar__text">
            <strong className="scenario-bar__title"><ContentText text={active.scenario.title[lang]} /></strong>
            <span className="scenario-bar__goal"><span className="muted">{t('fmt.labelled', { label: t('sc.goal') })}</span><ContentText text={active.scenario.goal[lang]} /></span>
          </div>
          {(() => {
            const elapsed = now.getTime() - Date.parse(active.startedAt);
            const over = elapsed > active.scenario.timeLimitMinutes * 60_000;
            return (
              <span className={over ? 'scenario-bar__timer is-over' : 'scenario-bar__timer'} role="timer" aria-live="off">
                <span className="sr-only">{t('bar.timer')} </span>
                <time dateTime={isoDuration(elapsed)} className="mono">{clockText(elapsed)}</time>
                <span className="muted"> / {active.scenario.timeLimitMinutes}:00</span>
                {over ? <span className="scenario-bar__over"> ⚠ {t('bar.overTime')}</span> : null}
              </span>
            );
          })()}
          <button type="button" className="btn btn--xs" aria-expanded={backgroundOpen} data-action="show-background" onClick={() => setBackgroundOpen((o) => !o)}>
            {t('bar.showBackground')}
          </button>
          {active.mode === 'practice' && active.scenario.hint ? (
            <button type="button" className="btn btn--xs" aria-expanded={hintOpen} data-action="show-hint" onClick={() => setHintOpen((o) => !o)}>
              <Icon name="hint" /> {t('bar.hint')}
            </button>
          ) : null}
          <button type="button" className="btn btn--xs btn--primary" data-action="submit-scenario" onClick={() => setConfirm('submit')}>{t('bar.submit')}</button>
          <button type="button" className="btn btn--xs btn--danger-outline" data-action="abandon-scenario" onClick={() => setConfirm('abandon')}>{t('bar.abandon')}</button>
          {backgroundOpen ? (
            <div className="scenario-bar__drawer" data-panel="scenario-background">
              <p><ContentText text={active.scenario.background[lang]} /></p>
            </div>
          ) : null}
          {hintOpen && active.mode === 'practice' && active.scenario.hint ? (
            <div className="scenario-bar__drawer scenario-bar__drawer--hint" data-panel="scenario-hint" role="note">
              <p>{active.scenario.hint.text[lang]}</p>
              <p className="scenario-bar__tour">
                <button type="button" className="btn btn--xs" data-action="play-hint-tour" data-hint-pack={active.scenario.hint.packId} data-hint-tour={active.scenario.hint.tourId}>
                  {t('bar.playTour')}
                </button>
                <span className="muted">{t('bar.tourNeedsExtension', { tour: active.scenario.hint.tourId })}</span>
              </p>
            </div>
          ) : null}
        </section>
      ) : null}
      {confirm && active ? (
        <Dialog
          name={confirm === 'submit' ? 'submit-scenario' : 'abandon-scenario'}
          role="alertdialog"
          size="sm"
          title={t(confirm === 'submit' ? 'bar.submitTitle' : 'bar.abandonTitle')}
          onClose={() => setConfirm(null)}
          initialFocus={cancelRef}
          footer={
            <>
              <button
                type="button"
                className={confirm === 'submit' ? 'btn btn--primary' : 'btn btn--danger'}
                data-action={confirm === 'submit' ? 'confirm-submit-scenario' : 'confirm-abandon-scenario'}
                onClick={() => {
                  setConfirm(null);
                  if (confirm === 'submit') void attempt.submit();
                  else void attempt.abandon().then(() => notify(t('bar.abandoned')));
                }}
              >
                {t(confirm === 'submit' ? 'bar.submit' : 'bar.abandon')}
              </button>
              <button type="button" className="btn" ref={cancelRef} onClick={() => setConfirm(null)}>{t('common.cancel')}</button>
            </>
          }
        >
          <p>{confirm === 'submit' ? t('bar.submitBody') : t(active.mode === 'assessment' ? 'bar.abandonAssessment' : 'bar.abandonPractice')}</p>
        </Dialog>
      ) : null}
      {attempt.lastResult ? <ResultDialog result={attempt.lastResult} onClose={attempt.dismissResult} /> : null}
    </>
  );
}
