import type { OperatorModule } from '@preceptor/shared/hospital/index.ts';
import type { ReactNode } from 'react';
import { useNow } from '../clock.ts';
import { useI18n, type MessageKey } from '../i18n.ts';
import { useOperator } from '../store/operator.ts';
import { useIsV2 } from '../uiVersion.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { ResetButton } from './ResetButton.tsx';
import { Data } from '../ui/Data.tsx';

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

function Operator({ module }: { module: OperatorModule }): ReactNode {
  const { t } = useI18n();
  const operator = useOperator(module);
  return (
    <div className="his-topbar__operator" data-operator={operator.staffId}>
      <span className="his-topbar__label">{t('shell.operator')}:</span> <Data>{operator.name}</Data>
      <span className="his-topbar__sub">
        {' '}({t(`operator.${module}` as MessageKey)} · {t(`staffTitle.${operator.title}` as MessageKey)} · {t('shell.staffNo')} {operator.staffId})
      </span>
    </div>
  );
}

export function TopBar({ moduleTitle, operatorModule, onReset }: { moduleTitle: string; operatorModule: OperatorModule | undefined; onReset: () => void }): ReactNode {
  const { t } = useI18n();
  const v2 = useIsV2();
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
      {v2 ? <span className="his-topbar__release">{t('shell.releaseV2')}</span> : null}
      {operatorModule ? <Operator module={operatorModule} /> : null}
      <Clock />
      <LanguageSwitch />
      <ResetButton onReset={onReset} />
    </header>
  );
}
