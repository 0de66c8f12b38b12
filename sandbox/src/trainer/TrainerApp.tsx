import { useEffect, useId, type ReactNode } from 'react';
import { LANGS } from '../i18n.ts';
import TrainerDashboard from './TrainerDashboard.tsx';
import { useTrainerText } from './trainerMessages.ts';

/**
 * The trainer dashboard as an application of its own: its own top bar and language switch, none
 * of the simulated HIS around it. The sandbox serves it at /trainer; `pnpm build` also writes it
 * alone to sandbox/dist-trainer/ for the hospital's intranet web server (docs/deploy.md).
 */
export function TrainerApp({ path }: { path: string }): ReactNode {
  const { lang, setLang, t } = useTrainerText();
  const labelId = useId();
  useEffect(() => {
    document.title = t('app.name');
  }, [t]);
  return (
    <div className="tr-app">
      <a className="tr-skip" href="#tr-main">{t('app.skip')}</a>
      <header className="tr-appbar">
        <span className="tr-appbar__name">{t('app.name')}</span>
        <div className="tr-appbar__lang" role="group" aria-labelledby={labelId}>
          <span id={labelId} className="tr-sr-only">{t('app.language')}</span>
          {LANGS.map((l) => (
            <button key={l} type="button" aria-pressed={lang === l} lang={l} onClick={() => setLang(l)}>
              {t(`lang.${l}`)}
            </button>
          ))}
        </div>
      </header>
      <main id="tr-main" tabIndex={-1}>
        <TrainerDashboard path={path} />
      </main>
    </div>
  );
}
