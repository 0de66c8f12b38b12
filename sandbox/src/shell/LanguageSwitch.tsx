import { useId, type ReactNode } from 'react';
import { LANGS, useI18n } from '../i18n.ts';

export function LanguageSwitch(): ReactNode {
  const { lang, setLang, t } = useI18n();
  const labelId = useId();
  return (
    <div className="his-lang" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="sr-only">{t('shell.language')}</span>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          className="his-lang__btn"
          aria-pressed={lang === l}
          lang={l}
          onClick={() => setLang(l)}
        >
          {t(`lang.${l}`)}
        </button>
      ))}
    </div>
  );
}
