// 患者列表: today's clinic queue of the signed-in doctor, or the patients of a ward.

import { WARDS, findDoctor, todaysQueue, type Admission, type Registration } from '@preceptor/shared/hospital/index.ts';
import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n.ts';
import type { SandboxState } from '../store/sandboxStore.ts';
import { DataTable } from '../ui/DataTable.tsx';
import { Data } from '../ui/Data.tsx';
import { deptName, formatAgeYears, listText, wardName } from '../ui/format.ts';
import { Panel } from '../ui/Panel.tsx';
import { Tabs } from '../ui/Tabs.tsx';

export type ListSource = 'outpatient' | 'inpatient';

export type PatientListPanelProps = {
  state: SandboxState;
  today: string;
  doctorId: string;
  source: ListSource;
  onSource: (s: ListSource) => void;
  ward: string;
  onWard: (w: string) => void;
  selectedId: string | null;
  onSelect: (patientId: string) => void;
};

export function PatientListPanel({ state, today, doctorId, source, onSource, ward, onWard, selectedId, onSelect }: PatientListPanelProps): ReactNode {
  const { t, tx, lang } = useI18n();
  const wardSelectId = useId();
  const patient = (id: string) => state.patients.find((p) => p.patientId === id);
  const clinic = findDoctor(doctorId);
  const queue = todaysQueue(state.registrations, today).filter((r) => r.doctorId === doctorId && r.status !== 'cancelled');
  const admissions = state.admissions.filter((a) => a.ward === ward && a.status !== 'discharged').sort((a, b) => a.bed.localeCompare(b.bed));
  const allergyFlag = (id: string) =>
    (patient(id)?.allergies.length ?? 0) > 0 ? (
      <span className="flag flag--allergy">
        <Data title={listText(patient(id)!.allergies, lang)}>⚠</Data>
        <span className="sr-only">{tx('strip.allergy', { list: <Data>{listText(patient(id)!.allergies, lang)}</Data> })}</span>
      </span>
    ) : null;

  return (
    <Panel title={t('phys.patients')} panel="patient-list" className="panel--patients" flush>
      <Tabs
        name="patient-source"
        label={t('phys.listTabs')}
        active={source}
        onChange={onSource}
        tabs={[
          { id: 'outpatient', label: t('phys.outpatients'), badge: queue.filter((r) => r.status !== 'completed').length },
          { id: 'inpatient', label: t('phys.inpatients'), badge: admissions.length },
        ]}
      >
        {source === 'outpatient' ? (
          <>
            <p className="list-meta">{clinic ? tx('phys.myClinic', { dept: deptName(clinic.deptCode, t, lang), doctor: <Data>{clinic.name}</Data>, n: queue.length }) : t('phys.noClinic')}</p>
            <DataTable<Registration>
              caption={t('phys.outpatients')}
              captionHidden
              rows={queue}
              rowKey={(r) => r.registrationId}
              rowData={(r) => ({ 'data-patient-id': r.patientId })}
              selectedKey={queue.find((r) => r.patientId === selectedId)?.registrationId ?? null}
              onRowClick={(r) => onSelect(r.patientId)}
              empty={t('queue.empty')}
              className="grid-wrap--list grid-wrap--fit"
              columns={[
                { key: 'no', header: t('phys.queueNo'), className: 'num', render: (r) => r.queueNo },
                { key: 'name', header: t('col.name'), render: (r) => <><Data className="strong">{patient(r.patientId)?.name}</Data> {allergyFlag(r.patientId)}</> },
                { key: 'sex', header: t('col.sexAge'), className: 'nowrap', render: (r) => { const p = patient(r.patientId); return p ? `${t(`sex.${p.sex}`)}/${formatAgeYears(p.birthDate, today, t)}` : ''; } },
                { key: 'status', header: t('col.status'), render: (r) => t(`regStatus.${r.status}`) },
                {
                  key: 'act', header: t('col.action'), className: 'col-action',
                  render: (r) => (
                    <button type="button" className="btn btn--xs" data-action="open-patient" aria-pressed={r.patientId === selectedId} onClick={() => onSelect(r.patientId)}>
                      {t('phys.callPatient')}<Data className="sr-only"> {patient(r.patientId)?.name}</Data>
                    </button>
                  ),
                },
              ]}
            />
          </>
        ) : (
          <>
            <div className="list-meta">
              <label htmlFor={wardSelectId}>{t('phys.wardSelect')}</label>{' '}
              <select id={wardSelectId} name="ward" className="input input--sm" value={ward} onChange={(e) => onWard(e.target.value)}>
                {WARDS.map((w) => (
                  <option key={w.code} value={w.code}>{wardName(w.code, lang)}</option>
                ))}
              </select>
            </div>
            <DataTable<Admission>
              caption={t('phys.inpatients')}
              captionHidden
              rows={admissions}
              rowKey={(a) => a.admissionId}
              rowData={(a) => ({ 'data-patient-id': a.patientId, 'data-bed': a.bed })}
              selectedKey={admissions.find((a) => a.patientId === selectedId)?.admissionId ?? null}
              onRowClick={(a) => onSelect(a.patientId)}
              empty={t('common.empty')}
              className="grid-wrap--list grid-wrap--fit"
              columns={[
                { key: 'bed', header: t('common.bed'), className: 'num', render: (a) => <span className="strong">{a.bed}</span> },
                { key: 'name', header: t('col.name'), render: (a) => <><Data className="strong">{patient(a.patientId)?.name}</Data> {allergyFlag(a.patientId)}</> },
                { key: 'sex', header: t('col.sexAge'), className: 'nowrap', render: (a) => { const p = patient(a.patientId); return p ? `${t(`sex.${p.sex}`)}/${formatAgeYears(p.birthDate, today, t)}` : ''; } },
                { key: 'new', header: t('col.status'), render: (a) => (a.status === 'discharge-ordered' ? t('phys.dischargeOrdered') : state.orders.some((o) => o.admissionId === a.admissionId && o.status === 'returned') ? <span className="tag tag--warn">{t('orderStatus.returned')}</span> : '') },
                {
                  key: 'act', header: t('col.action'), className: 'col-action',
                  render: (a) => (
                    <button type="button" className="btn btn--xs" data-action="open-patient" aria-pressed={a.patientId === selectedId} onClick={() => onSelect(a.patientId)}>
                      {t('phys.open')}<span className="sr-only"> {t('common.bedN', { n: a.bed })} <Data>{patient(a.patientId)?.name}</Data></span>
                    </button>
                  ),
                },
              ]}
            />
          </>
        )}
      </Tabs>
    </Panel>
  );
}
