// 危急值 on the ward: what the lab phoned, read back (the value typed must match), the doctor
// told, the action; who and when are recorded. Unacknowledged after 10 minutes escalates.

import type { ActionIssue } from '@preceptor/shared/hospital/actionIssues.ts';
import { findLabItem, wardDoctors, type ActionResult, type CriticalAlert, type HospitalAction } from '@preceptor/shared/hospital/index.ts';
import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n.ts';
import type { SandboxState } from '../store/sandboxStore.ts';
import { Data } from '../ui/Data.tsx';
import { DataTable } from '../ui/DataTable.tsx';
import { FieldLabel } from '../ui/FieldLabel.tsx';
import { hm, labTestName, mdhm, minutesSince } from '../ui/format.ts';
import { StaffName, StaffOption } from '../ui/StaffLabel.tsx';
import { IssueList } from '../ui/IssueList.tsx';
import { StatusTag } from '../ui/StatusTag.tsx';
import { useAnchorId } from '../uiVersion.ts';
import { Icon } from '../ui/Icon.tsx';

export type CriticalValuesProps = {
  state: SandboxState;
  ward: string;
  now: Date;
  selectedPatient: string | null;
  onSelectPatient: (id: string) => void;
  dispatch: (a: HospitalAction) => ActionResult;
  notify: (m: ReactNode) => void;
};

export function CriticalValues({ state, ward, now, selectedPatient, onSelectPatient, dispatch, notify }: CriticalValuesProps): ReactNode {
  const { t, tx, lang } = useI18n();
  const readBackId = useAnchorId('read-back-value');
  const ids = { doctor: useId(), action: useId() };
  const admissions = state.admissions.filter((a) => a.ward === ward && a.status !== 'discharged');
  const admissionOf = (patientId: string) => admissions.find((a) => a.patientId === patientId);
  const alerts = state.criticalAlerts.filter((c) => admissionOf(c.patientId)).slice().sort((a, b) => (a.status === 'acknowledged' ? 1 : 0) - (b.status === 'acknowledged' ? 1 : 0) || b.detectedAt.localeCompare(a.detectedAt));
  const firstOpen = alerts.find((a) => a.status !== 'acknowledged' && (!selectedPatient || a.patientId === selectedPatient)) ?? alerts.find((a) => a.status !== 'acknowledged');
  const [pickedId, setPickedId] = useState<string | null>(firstOpen?.alertId ?? null);
  const picked = alerts.find((a) => a.alertId === pickedId);
  const [readBack, setReadBack] = useState('');
  const [doctor, setDoctor] = useState('');
  const [action, setAction] = useState('');
  const [issues, setIssues] = useState<ActionIssue[]>([]);
  const itemOf = (c: CriticalAlert) => findLabItem(c.testCode, c.itemCode);
  const name = (c: CriticalAlert) => state.patients.find((p) => p.patientId === c.patientId)?.name ?? '';

  const acknowledge = (): void => {
    if (!picked) return;
    const r = dispatch({ type: 'critical/acknowledge', alertId: picked.alertId, readBackValue: readBack, doctorId: doctor, action });
    if (!r.ok) return setIssues(r.issues);
    setIssues([]);
    notify(tx('crit.acknowledged', { doctor: <StaffName staffId={doctor} /> }));
    setReadBack('');
    setAction('');
  };

  const statusOf = (c: CriticalAlert): ReactNode => {
    if (c.status === 'acknowledged') return <StatusTag tone="ok" icon="✔">{t('lab.criticalStatus.acknowledged')}</StatusTag>;
    const waited = minutesSince(c.report?.at ?? c.detectedAt, now);
    return waited > 10 ? <StatusTag tone="danger" icon={<Icon name="escalate" />}>{t('crit.escalated')}</StatusTag> : <StatusTag tone="danger" icon={<Icon name="stop" />}>{t('crit.waiting', { n: waited })}</StatusTag>;
  };

  return (
    <div data-panel="critical-values" className="two-col crit-panel">
      <DataTable<CriticalAlert>
        caption={t('crit.caption')}
        className="grid-wrap--fit"
        rows={alerts}
        rowKey={(c) => c.alertId}
        rowData={(c) => ({ 'data-alert-id': c.alertId, 'data-status': c.status })}
        rowClass={(c) => (c.status !== 'acknowledged' ? 'is-critical' : undefined)}
        selectedKey={pickedId}
        onRowClick={(c) => { setPickedId(c.alertId); onSelectPatient(c.patientId); setIssues([]); }}
        empty={t('crit.none')}
        columns={[
          { key: 'bed', header: t('common.bed'), render: (c) => <span className="strong">{admissionOf(c.patientId)?.bed}</span> },
          { key: 'name', header: t('col.name'), render: (c) => <Data className="nowrap">{name(c)}</Data> },
          { key: 'item', header: t('crit.col.item'), render: (c) => `${labTestName(c.testCode, lang)} ${itemOf(c) ? (lang === 'en' ? itemOf(c)!.en : itemOf(c)!.zh) : c.itemCode}` },
          { key: 'value', header: t('crit.col.value'), className: 'num', render: (c) => <span className="value-hh">{c.value}</span> },
          { key: 'time', header: t('crit.col.time'), render: (c) => <span className="mono">{mdhm(c.report?.at ?? c.detectedAt)}</span> },
          { key: 'status', header: t('crit.col.status'), render: statusOf },
          {
            key: 'act', header: t('col.action'), className: 'col-action',
            render: (c) => (c.status !== 'acknowledged' ? (
              <button type="button" className="btn btn--xs btn--danger" data-action="open-critical" onClick={() => { setPickedId(c.alertId); onSelectPatient(c.patientId); }}>
                {t('crit.acknowledge')}<Data className="sr-only"> {name(c)}</Data>
              </button>
            ) : null),
          },
        ]}
      />
      <div className="crit-form">
        {picked ? (
          picked.status === 'acknowledged' && picked.ack ? (
            <p className="msg msg--ok">{tx('crit.ackedBy', { nurse: <StaffName staffId={picked.ack.by} />, time: mdhm(picked.ack.at), doctor: <StaffName staffId={picked.ack.doctorId} /> })}</p>
          ) : (
            <fieldset className="order-entry" data-panel="critical-ack" data-alert-id={picked.alertId}>
              <legend className="order-entry__title">{tx('crit.ackTitle', { bed: admissionOf(picked.patientId)?.bed ?? '', name: <Data>{name(picked)}</Data> })}</legend>
              <p className="msg msg--error">
                <Icon name="stop" /> {picked.report
                  ? tx('crit.phoned', { reporter: <StaffName staffId={picked.report.by} />, time: hm(picked.report.at), item: itemOf(picked) ? (lang === 'en' ? itemOf(picked)!.en : itemOf(picked)!.zh) : picked.itemCode, value: picked.value, unit: itemOf(picked)?.unit ?? '' })
                  : `${labTestName(picked.testCode, lang)} ${picked.itemCode} ${picked.value}`}
              </p>
              <div className="form-row">
                <FieldLabel htmlFor={readBackId} required>{t('crit.readBack')}</FieldLabel>
                <input id={readBackId} name="readBackValue" className="input mono" inputMode="decimal" autoComplete="off" value={readBack} onChange={(e) => setReadBack(e.target.value)} />
              </div>
              <div className="form-row">
                <FieldLabel htmlFor={ids.doctor} required>{t('crit.doctor')}</FieldLabel>
                <select id={ids.doctor} name="notifiedDoctor" className="input" value={doctor} onChange={(e) => setDoctor(e.target.value)}>
                  <option value="">{t('common.choose')}</option>
                  {wardDoctors(ward).map((d) => (
                    <StaffOption key={d.staffId} staffId={d.staffId} />
                  ))}
                </select>
              </div>
              <div className="form-row">
                <FieldLabel htmlFor={ids.action}>{t('crit.action')}</FieldLabel>
                <textarea id={ids.action} name="criticalAction" className="input" rows={2} value={action} onChange={(e) => setAction(e.target.value)} />
              </div>
              <IssueList issues={issues} />
              <div className="form-actions">
                <button type="button" className="btn btn--danger" data-action="acknowledge-critical" onClick={acknowledge}>{t('crit.acknowledge')}</button>
              </div>
            </fieldset>
          )
        ) : (
          <p className="muted">{t('crit.pick')}</p>
        )}
      </div>
    </div>
  );
}
