import type { ReactNode } from 'react';
import { useI18n } from '../i18n.ts';

export function StatusBar({ message, moduleId }: { message: ReactNode; moduleId?: string }): ReactNode {
  const { t } = useI18n();
  return (
    <footer className="his-statusbar">
      <span className="his-statusbar__keys">
        <span className="sr-only">{t('status.shortcuts')}: </span>
        {moduleId === 'registration' ? (
          <>
            <kbd>F2</kbd> {t('keys.f2')}
            <kbd>F3</kbd> {t('keys.f3')}
            <kbd>F9</kbd> {t('keys.f9')}
          </>
        ) : moduleId === 'physician' ? (
          <>
            <kbd>F9</kbd> {t('keys.f9Rx')}
          </>
        ) : null}
        <kbd>Esc</kbd> {t('keys.esc')}
        <kbd>←→</kbd> {t('keys.tabs')}
      </span>
      <span className="his-statusbar__msg" role="status">{message}</span>
      <span className="his-statusbar__meta">
        {t('status.db')} · {t('status.version')}
      </span>
    </footer>
  );
}
