// 今日挂号队列: today's registrations with status; 退号 while a patient is still waiting.

import {
  DEPARTMENTS,
  canCancel,
  formatFen,
  todaysQueue,
  type Patient,
  type Registration,
  type RegistrationStatus,
} from '@preceptor/shared/hospital/index.ts';
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n.ts';
import { useIsV2 } from '../uiVersion.ts';
import { CancelRegistrationDialog } from './CancelRegistrationDialog.tsx';
import { deptName, hm } from '../ui/format.ts';
import { StaffName } from '../ui/StaffLabel.tsx';
import { Data } from '../ui/Data.tsx';

const STATUS_ICON: Record<RegistrationStatus, string> = {
  waiting: '◷',
  'in-consultation': '▶',
  completed: '✓',
  cancelled: '✕',
};

export type TodayQueueProps = {
  registrations: readonly Registration[];
  patients: readonly Patient[];
  today: string;
  highlightId: string | null;
  onCancelled: (registration: Registration) => void;
};

export function TodayQueue({ registrations, patients, today, highlightId, onCancelled }: TodayQueueProps): ReactNode {
  const { t, lang } = useI18n();
  const v2 = useIsV2();
  const headingId = useId();
  const filterId = useId();
  const captionId = useId();
  const [dept, setDept] = useState('');
  const [cancelling, setCancelling] = useState<Registration | null>(null);

  const wrapRef = useRef<HTMLDivElement>(null);

  // Bring a just-issued registration into view inside the scrolling grid.
  useEffect(() => {
    if (!highlightId) return;
    const row = wrapRef.current?.querySelector<HTMLElement>(`tr[data-registration-id="${highlightId}"]`);
    row?.scrollIntoView({ block: 'nearest' });
  }, [highlightId]);

  const patientById = useMemo(() => new Map(patients.map((p) => [p.patientId, p])), [patients]);
  const queue = useMemo(() => todaysQueue(registrations, today), [registrations, today]);
  const rows = dept ? queue.filter((r) => r.deptCode === dept) : queue;
  const count = (s: RegistrationStatus): number => queue.filter((r) => r.status === s).length;

  return (
    <section className={v2 ? 'v2-card panel--queue' : 'panel panel--queue'} data-panel="today-queue" aria-labelledby={headingId}>
      <div className="panel__head">
        <h2 id={headingId} className="panel__title">{t('queue.title')}</h2>
        <span className="panel__meta">
          {t('queue.summary', {
            total: queue.length,
            waiting: count('waiting'),
            inConsultation: count('in-consultation'),
            completed: count('completed'),
            cancelled: count('cancelled'),
          })}
        </span>
        <div className="panel__tools">
          <label htmlFor={filterId}>{t('queue.filterDept')}</label>
          <select id={filterId} className="input input--sm" value={dept} onChange={(e) => setDept(e.target.value)}>
            <option value="">{t('queue.allDepts')}</option>
            {DEPARTMENTS.map((d) => (
              <option key={d.code} value={d.code}>{lang === 'en' ? d.en : d.zh}</option>
            ))}
          </select>
        </div>
      </div>
      <div className="panel__body panel__body--flush">
        <div ref={wrapRef} className="grid-wrap grid-wrap--queue" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table className="grid">
            <caption id={captionId} className="sr-only">{t('queue.caption', { date: today })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col.queueNo')}</th>
                <th scope="col">{t('col.registrationId')}</th>
                <th scope="col">{t('col.patientId')}</th>
                <th scope="col">{t('col.name')}</th>
                <th scope="col">{t('col.department')}</th>
                <th scope="col">{t('col.doctor')}</th>
                <th scope="col">{t('col.type')}</th>
                <th scope="col">{t('col.slot')}</th>
                <th scope="col">{t('col.visitKind')}</th>
                <th scope="col" className="num">{t('col.fee')}</th>
                <th scope="col">{t('col.payment')}</th>
                <th scope="col">{t('col.status')}</th>
                <th scope="col">{t('col.time')}</th>
                <th scope="col" className="col-action">{t('col.action')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 ? (
                <tr>
                  <td colSpan={14} className="grid__empty">{t('queue.empty')}</td>
                </tr>
              ) : (
                rows.map((r) => {
                  const patient = patientById.get(r.patientId);
                  const classes = [r.registrationId === highlightId ? 'is-new' : '', r.status === 'cancelled' ? 'is-cancelled' : '']
                    .filter(Boolean)
                    .join(' ');
                  return (
                    <tr key={r.registrationId} className={classes || undefined} data-registration-id={r.registrationId}>
                      <td className="num strong">{r.queueNo}</td>
                      <td className="mono">{r.registrationId}</td>
                      <td className="mono">{r.patientId}</td>
                      <td className="strong"><Data>{patient?.name ?? '—'}</Data></td>
                      <td>{deptName(r.deptCode, t, lang)}</td>
                      <td><StaffName staffId={r.doctorId} /></td>
                      <td>{t(`regType.${r.type}`)}</td>
                      <td>{t(`slot.${r.slot}`)}</td>
                      <td>{t(`visitKind.${r.visitKind}`)}</td>
                      <td className="num mono">{formatFen(r.feeFen)}</td>
                      <td>{t(`payment.${r.paymentMethod}`)}</td>
                      <td>
                        <span className={`status status--${r.status}`}>
                          <span aria-hidden="true">{STATUS_ICON[r.status]} </span>
                          {t(`regStatus.${r.status}`)}
                        </span>
                        {r.cancellation ? (
                          <span className="status__reason">
                            {t('queue.cancelledBecause', {
                              reason: [t(`cancelReason.${r.cancellation.reason}`), r.cancellation.note].filter(Boolean).join(' · '),
                            })}
                          </span>
                        ) : null}
                      </td>
                      <td className="mono">{hm(r.createdAt)}</td>
                      <td className="col-action">
                        {canCancel(r) ? (
                          <button
                            type="button"
                            className="btn btn--xs btn--danger-outline"
                            data-action="cancel-registration"
                            onClick={() => setCancelling(r)}
                          >
                            {t('queue.cancel')}
                            <Data className="sr-only"> {patient?.name ?? r.patientId} {r.registrationId}</Data>
                          </button>
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </td>
                    </tr>
                  );
                })
              )}
            </tbody>
          </table>
        </div>
      </div>
      {cancelling ? (
        <CancelRegistrationDialog
          registration={cancelling}
          patient={patientById.get(cancelling.patientId)}
          onClose={() => setCancelling(null)}
          onCancelled={(reg) => {
            setCancelling(null);
            onCancelled(reg);
          }}
        />
      ) : null}
    </section>
  );
}
