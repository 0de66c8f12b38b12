import type { ReactNode } from 'react';
import { useNow } from '../clock.ts';
import { useI18n } from '../i18n.ts';
import { OPERATOR } from '../store/operator.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { ResetButton } from './ResetButton.tsx';

function Clock(): ReactNode {
  const { lang, t } = useI18n();
  const now = useNow(1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const weekday = new Intl.DateTimeFormat(lang, { weekday: 'short' }).format(now);
  const time = `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
  return (
    <div className="his-topbar__clock">
      <span className="sr-only">{t('shell.clock')} </span>
      <time dateTime={`${date}T${time}`}>
        {date} {weekday} <span className="his-topbar__time">{time}</span>
      </time>
    </div>
  );
}

export function TopBar({ moduleTitle, onReset }: { moduleTitle: string; onReset: () => void }): ReactNode {
  const { t } = useI18n();
  return (
    <header className="his-topbar">
      <div className="his-topbar__brand">
        <span className="his-topbar__logo" aria-hidden="true">✚</span>
        <div className="his-topbar__names">
          <span className="his-topbar__hospital">{t('app.hospital')}</span>
          <span className="his-topbar__system">{t('app.system')}</span>
        </div>
      </div>
      <div className="his-topbar__module">{moduleTitle}</div>
      <span className="his-topbar__env" title={t('app.trainingEnvHint')}>
        {t('app.trainingEnv')}
      </span>
      <div className="his-topbar__spacer" />
      <div className="his-topbar__operator">
        <span className="his-topbar__label">{t('shell.operator')}:</span> {OPERATOR.name}
        <span className="his-topbar__sub">
          {' '}({t('shell.operatorRole')} · {t('shell.staffNo')} {OPERATOR.operatorId})
        </span>
      </div>
      <Clock />
      <LanguageSwitch />
      <ResetButton onReset={onReset} />
    </header>
  );
}
