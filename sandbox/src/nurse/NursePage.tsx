// 护士工作站: reminders, bed board, then per patient: order check, administration with barcode
// scanning, vital signs, nursing notes and critical values.

import { WARDS, findLabItem, isoDate, vitalFlags, type Admission } from '@preceptor/shared/hospital/index.ts';
import { useId, useState, type ReactNode } from 'react';
import { useNow } from '../clock.ts';
import { useI18n, type MessageKey } from '../i18n.ts';
import { useHospital } from '../store/operator.ts';
import { ModulePage } from '../ui/ModulePage.tsx';
import { Data } from '../ui/Data.tsx';
import { ago, listText, wardName } from '../ui/format.ts';
import { Panel } from '../ui/Panel.tsx';
import { PatientStrip } from '../ui/PatientStrip.tsx';
import { Tabs } from '../ui/Tabs.tsx';
import { useIsV2 } from '../uiVersion.ts';
import { CriticalValues } from './CriticalValues.tsx';
import { ExecutionSheet } from './ExecutionSheet.tsx';
import { NursingRecords } from './NursingRecords.tsx';
import { VerifyOrders } from './VerifyOrders.tsx';
import { VitalsTab } from './VitalsTab.tsx';
import { Icon } from '../ui/Icon.tsx';

type NurseTab = 'verify' | 'execute' | 'vitals' | 'records' | 'critical';

export default function NursePage({ notify }: { notify: (message: ReactNode) => void }): ReactNode {
  const { t, tx, lang } = useI18n();
  const v2 = useIsV2();
  const { state, operator, dispatch } = useHospital('nurse');
  const now = useNow(15_000);
  const today = isoDate(now);
  const wardSelectId = useId();
  const [ward, setWard] = useState(operator.ward ?? 'cardio-1');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [tab, setTab] = useState<NurseTab>('verify');

  const admissions = state.admissions.filter((a) => a.ward === ward && a.status !== 'discharged');
  const patientIds = new Set(admissions.map((a) => a.patientId));
  const patientOf = (id: string) => state.patients.find((p) => p.patientId === id);
  const byBed = new Map(admissions.map((a) => [a.bed, a]));
  const beds = WARDS.find((w) => w.code === ward)?.beds ?? 0;
  const newOrders = state.orders.filter((o) => o.status === 'new' && patientIds.has(o.patientId));
  const openCritical = state.criticalAlerts.filter((c) => patientIds.has(c.patientId) && c.status !== 'acknowledged');
  const selected = admissions.find((a) => a.patientId === selectedId);
  const patient = selected ? patientOf(selected.patientId) : undefined;

  const open = (a: Admission, next?: NurseTab): void => {
    setSelectedId(a.patientId);
    if (next) setTab(next);
  };

  type Reminder = { key: string; at: string; critical: boolean; text: ReactNode; admission: Admission; tab: NurseTab };
  const reminders: Reminder[] = [];
  for (const a of admissions) {
    const p = patientOf(a.patientId)!;
    for (const c of openCritical.filter((x) => x.patientId === a.patientId)) {
      const item = findLabItem(c.testCode, c.itemCode);
      reminders.push({
        key: c.alertId, at: c.report?.at ?? c.detectedAt, critical: true, admission: a, tab: 'critical',
        text: tx('nurse.reminder.critical', { bed: a.bed, name: <Data>{p.name}</Data>, item: item ? (lang === 'en' ? item.en : item.zh) : c.itemCode, value: `${c.value} ${item?.unit ?? ''}`, ago: ago(c.report?.at ?? c.detectedAt, now, t) }),
      });
    }
    const fresh = newOrders.filter((o) => o.patientId === a.patientId);
    if (fresh.length) reminders.push({ key: `new-${a.admissionId}`, at: fresh[0]!.startAt, critical: false, admission: a, tab: 'verify', text: tx('nurse.reminder.newOrders', { bed: a.bed, name: <Data>{p.name}</Data>, n: fresh.length }) });
    if (state.orders.some((o) => o.patientId === a.patientId && o.status === 'returned')) {
      reminders.push({ key: `ret-${a.admissionId}`, at: a.admittedAt, critical: false, admission: a, tab: 'verify', text: t('nurse.reminder.returned', { bed: a.bed, name: p.name }) });
    }
    const last = state.vitals.filter((v) => v.patientId === a.patientId).at(-1);
    if (last && last.flags.length) {
      reminders.push({ key: `vs-${last.vitalsId}`, at: last.at, critical: false, admission: a, tab: 'vitals', text: tx('nurse.reminder.vitals', { bed: a.bed, name: <Data>{p.name}</Data>, flags: listText(last.flags.map((f) => t(`vitalFlag.${f}` as MessageKey)), lang) }) });
    }
    const toCollect = state.specimens.filter((s) => s.patientId === a.patientId && s.status === 'to-collect');
    if (toCollect.length) reminders.push({ key: `sp-${a.admissionId}`, at: a.admittedAt, critical: false, admission: a, tab: 'execute', text: tx('nurse.reminder.specimen', { bed: a.bed, name: <Data>{p.name}</Data>, n: toCollect.length }) });
  }
  reminders.sort((x, y) => x.admission.bed.localeCompare(y.admission.bed));

  const reminderPanel = (
    <Panel title={t('nurse.reminders')} panel="nurse-reminders" meta={t('common.count', { n: reminders.length })} flush>
      <ul className="reminders" style={{ maxHeight: 150, overflow: 'auto' }}>
        {reminders.length === 0 ? <li className="muted">{t('nurse.noReminders')}</li> : null}
        {reminders.map((r) => (
          <li key={r.key} className={r.critical ? 'is-critical' : undefined} data-reminder={r.critical ? 'critical' : 'routine'}>
            <span aria-hidden="true">{r.critical ? <Icon name="stop" /> : '•'}</span>
            <span>{r.text}</span>
            <button type="button" className="btn btn--xs" data-action="open-reminder" onClick={() => open(r.admission, r.tab)}>
              {t('nurse.reminder.open')}<span className="sr-only"> {r.text}</span>
            </button>
          </li>
        ))}
      </ul>
    </Panel>
  );

  const bedBoard = (
    <Panel title={t('nurse.bedBoard')} panel="bed-board" meta={t('nurse.summary', { n: admissions.length, orders: newOrders.length, critical: openCritical.length })} flush>
      <div className="bed-board">
        {Array.from({ length: beds }, (_, i) => String(i + 1).padStart(2, '0')).map((bed) => {
          const a = byBed.get(bed);
          if (!a) {
            return (
              <div key={bed} className="bed-card bed-card--empty" data-bed={bed}>
                <span className="bed-card__no">{bed}</span>
                <span>{t('nurse.emptyBed')}</span>
              </div>
            );
          }
          const p = patientOf(a.patientId)!;
          const crit = openCritical.some((c) => c.patientId === a.patientId);
          const fresh = newOrders.some((o) => o.patientId === a.patientId);
          const drip = state.orders.some((o) => o.patientId === a.patientId && o.infusion?.state === 'running');
          const last = state.vitals.filter((v) => v.patientId === a.patientId).at(-1);
          return (
            <button
              key={bed}
              type="button"
              className={`bed-card bed-card--${a.nursingLevel}`}
              data-bed={bed}
              data-patient-id={a.patientId}
              aria-pressed={selectedId === a.patientId}
              onClick={() => open(a)}
            >
              <span className="bed-card__top">
                <span className="bed-card__no">{bed}</span>
                <Data className="bed-card__name">{p.name}</Data>
                <span className="muted">{t(`sex.${p.sex}`)}</span>
              </span>
              <span className="muted">{t(`level.${a.nursingLevel}` as MessageKey)}{last ? ` · T${last.temperature ?? '-'}` : ''}</span>
              <span className="bed-card__badges">
                {crit ? <span className="tag tag--danger">{t('nurse.badge.critical')}</span> : null}
                {fresh ? <span className="tag tag--info">{t('nurse.badge.new')}</span> : null}
                {p.allergies.length ? <span className="tag tag--warn">{t('nurse.badge.allergy')}</span> : null}
                {drip ? <span className="tag tag--progress">{t('nurse.badge.infusion')}</span> : null}
                {a.status === 'discharge-ordered' ? <span className="tag tag--muted">{t('nurse.badge.discharge')}</span> : null}
                {last && vitalFlags(last).length ? <span className="tag tag--warn">!</span> : null}
              </span>
            </button>
          );
        })}
      </div>
    </Panel>
  );

  const work = (
    <div className="work-area">
      <PatientStrip patient={patient} admission={selected} today={today} />
      <Tabs
        name="nurse-work"
        label={t('nurse.tabs')}
        active={tab}
        onChange={setTab}
        tabs={[
          { id: 'verify', label: t('nurse.tab.verify'), badge: newOrders.length },
          { id: 'execute', label: t('nurse.tab.execute') },
          { id: 'vitals', label: t('nurse.tab.vitals') },
          { id: 'records', label: t('nurse.tab.records') },
          { id: 'critical', label: t('nurse.tab.critical'), badge: openCritical.length },
        ]}
      >
        {tab === 'verify' ? <VerifyOrders state={state} ward={ward} selected={selected} dispatch={dispatch} notify={notify} /> : null}
        {tab === 'execute' ? (selected && patient ? <ExecutionSheet state={state} admission={selected} patient={patient} now={now} dispatch={dispatch} notify={notify} /> : <p className="muted">{t('common.noPatient')}</p>) : null}
        {tab === 'vitals' ? (patient ? <VitalsTab key={patient.patientId} state={state} patient={patient} dispatch={dispatch} notify={notify} /> : <p className="muted">{t('common.noPatient')}</p>) : null}
        {tab === 'records' ? (patient && selected ? <NursingRecords key={patient.patientId} state={state} patient={patient} admission={selected} dispatch={dispatch} notify={notify} /> : <p className="muted">{t('common.noPatient')}</p>) : null}
        {tab === 'critical' ? <CriticalValues state={state} ward={ward} now={now} selectedPatient={selectedId} onSelectPatient={setSelectedId} dispatch={dispatch} notify={notify} /> : null}
      </Tabs>
    </div>
  );

  return (
    <ModulePage
      module="nurse"
      title={t('module.nurse')}
      breadcrumb={t('nurse.breadcrumb')}
      aside={
        <>
          <label htmlFor={wardSelectId}>{t('nurse.ward')}</label>{' '}
          <select id={wardSelectId} name="ward" className="input input--sm" value={ward} onChange={(e) => { setWard(e.target.value); setSelectedId(null); }}>
            {WARDS.map((w) => (
              <option key={w.code} value={w.code}>{wardName(w.code, lang)}</option>
            ))}
          </select>
        </>
      }
    >
      {v2 ? (
        <div className="split split--nurse-v2">
          {work}
          <div className="work-area">{bedBoard}{reminderPanel}</div>
        </div>
      ) : (
        <>
          {reminderPanel}
          <div className="split split--nurse">
            {bedBoard}
            {work}
          </div>
        </>
      )}
    </ModulePage>
  );
}
