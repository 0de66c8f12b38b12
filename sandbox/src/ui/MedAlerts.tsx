// 合理用药 alerts as the doctor (with override inputs) and the pharmacist (read-only) see them.

import { alertKey, type AlertOverride, type MedAlert } from '@preceptor/shared/hospital/index.ts';
import type { ReactNode } from 'react';
import { useI18n, type I18n, type Lang, type MessageKey } from '../i18n.ts';
import { drugLabel } from './format.ts';
import { StatusTag } from './StatusTag.tsx';
import { Icon } from './Icon.tsx';

export function alertText(alert: MedAlert, t: I18n['t'], lang: Lang): string {
  const drug = alert.drugs.map((d) => drugLabel(d, lang)).join(' + ');
  let detail = alert.detail ?? '';
  const lookup = (prefix: string): string => {
    const key = `${prefix}.${detail}` as MessageKey;
    const text = t(key);
    return text === key ? detail : text;
  };
  if (alert.code === 'allergy' || alert.code === 'duplicate-class' || alert.code === 'cross-allergy') detail = lookup('class');
  else if (alert.code === 'interaction') detail = lookup('interaction');
  else if (alert.code === 'antibiotic-tier') detail = lookup('tier');
  else if (alert.code === 'route-forbidden') detail = lookup('route');
  return t(`alert.${alert.code}` as MessageKey, { drug, detail });
}

const TONE = { block: 'danger', warn: 'warn', info: 'info' } as const;
const ICON = { block: <Icon name="stop" />, warn: '⚠', info: 'ℹ' } as const;

export type MedAlertsProps = {
  alerts: readonly MedAlert[];
  /** present: the prescriber answers alerts here */
  overrides?: readonly AlertOverride[];
  onOverride?: (next: AlertOverride[]) => void;
  panel?: string;
  title: ReactNode;
};

export function MedAlerts({ alerts, overrides, onOverride, panel = 'rx-alerts', title }: MedAlertsProps): ReactNode {
  const { t, lang } = useI18n();
  const answer = (a: MedAlert) => overrides?.find((o) => o.code === a.code && o.drugs.join('+') === a.drugs.join('+'));
  const set = (a: MedAlert, next: AlertOverride | null) => {
    if (!onOverride || !overrides) return;
    const rest = overrides.filter((o) => !(o.code === a.code && o.drugs.join('+') === a.drugs.join('+')));
    onOverride(next ? [...rest, next] : rest);
  };
  const sorted = [...alerts].sort((a, b) => ['block', 'warn', 'info'].indexOf(a.severity) - ['block', 'warn', 'info'].indexOf(b.severity));
  return (
    <div className="med-alerts" data-panel={panel} role="region" aria-label={typeof title === 'string' ? title : undefined} aria-live="polite">
      <div className="med-alerts__title">{title}</div>
      {sorted.length === 0 ? (
        <p className="med-alerts__none"><span aria-hidden="true">✔ </span>{t('rx.noAlerts')}</p>
      ) : (
        <ul className="med-alerts__list">
          {sorted.map((a) => {
            const key = alertKey(a);
            const o = answer(a);
            return (
              <li key={key} className={`med-alert med-alert--${a.severity}`} data-alert-code={a.code} data-severity={a.severity}>
                <StatusTag tone={TONE[a.severity]} icon={ICON[a.severity]}>{t(`severity.${a.severity}`)}</StatusTag>
                <span className="med-alert__text">{alertText(a, t, lang)}</span>
                {onOverride && a.severity === 'block' && a.overridable ? (
                  <label className="med-alert__override">
                    <span>{t('rx.overrideReason')}</span>
                    <input
                      className="input input--sm"
                      name="overrideReason"
                      data-alert={key}
                      value={o?.reason ?? ''}
                      onChange={(e) => set(a, e.target.value === '' ? null : { code: a.code, drugs: a.drugs, reason: e.target.value })}
                    />
                  </label>
                ) : null}
                {onOverride && a.severity === 'warn' ? (
                  <label className="med-alert__ack">
                    <input
                      type="checkbox"
                      name="acknowledgeAlert"
                      data-alert={key}
                      checked={o !== undefined}
                      onChange={(e) => set(a, e.target.checked ? { code: a.code, drugs: a.drugs, reason: '' } : null)}
                    />
                    {t('rx.acknowledge')}
                  </label>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
