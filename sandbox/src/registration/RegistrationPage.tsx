// 门诊挂号 screen: find or create the patient, issue the registration, watch today's queue.

import { formatFen, isoDate, type Patient, type Registration } from '@preceptor/shared/hospital/index.ts';
import { useId, useState, type ReactNode } from 'react';
import { useNow } from '../clock.ts';
import { useI18n } from '../i18n.ts';
import { anchorId, useUiVersion } from '../uiVersion.ts';
import { useSandboxState } from '../store/StoreContext.ts';
import { ModulePage } from '../ui/ModulePage.tsx';
import { deptName } from '../ui/format.ts';
import { IssuedSlip } from './IssuedSlip.tsx';
import { NewPatientDialog } from './NewPatientDialog.tsx';
import { PatientBanner } from './PatientBanner.tsx';
import { PatientSearch } from './PatientSearch.tsx';
import { RegisterVisitForm } from './RegisterVisitForm.tsx';
import { TodayQueue } from './TodayQueue.tsx';

export function RegistrationPage({ notify }: { notify: (message: string) => void }): ReactNode {
  const { t, lang } = useI18n();
  const ui = useUiVersion();
  const state = useSandboxState();
  const today = isoDate(useNow(30_000));
  const registerHeadingId = useId();
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [newPatientOpen, setNewPatientOpen] = useState(false);
  const [issued, setIssued] = useState<Registration | null>(null);

  const patient = state.patients.find((p) => p.patientId === selectedId);
  const select = (p: Patient): void => {
    setSelectedId(p.patientId);
    setIssued(null);
  };

  const onIssued = (r: Registration): void => {
    setIssued(r);
    setSelectedId(null);
    setQuery('');
    notify(`${t('form.successTitle')}: ${patient?.name ?? r.patientId} ${deptName(r.deptCode, t, lang)} ${t('form.successQueue', { queueNo: r.queueNo })}`);
    document.getElementById(anchorId('patient-query', ui))?.focus();
  };

  // The 2.0 release moves today's queue above the desk, inside a wrapper of its own.
  const queueView = (
    <TodayQueue
      registrations={state.registrations}
      patients={state.patients}
      today={today}
      highlightId={issued?.registrationId ?? null}
      onCancelled={(r) => {
        const name = state.patients.find((p) => p.patientId === r.patientId)?.name ?? r.patientId;
        notify(
          t('cancel.done', {
            name,
            dept: deptName(r.deptCode, t, lang),
            queueNo: t('queue.queueNo', { n: r.queueNo }),
            fee: formatFen(r.feeFen),
            payment: t(`payment.${r.paymentMethod}`),
          }),
        );
      }}
    />
  );

  return (
    <ModulePage
      module="registration"
      title={t('module.registration')}
      breadcrumb={t('reg.breadcrumb')}
      aside={
        <>
          {t('reg.clinicDate')}: <span className="mono">{today}</span>
        </>
      }
    >
      {ui === 'v2' ? <div className="v2-region v2-region--queue">{queueView}</div> : null}
      <div className="reg-layout">
        <PatientSearch
          patients={state.patients}
          query={query}
          onQueryChange={setQuery}
          selectedId={selectedId}
          onSelect={select}
          onNewPatient={() => setNewPatientOpen(true)}
          today={today}
        />
        <section className="panel panel--register" aria-labelledby={registerHeadingId}>
          <div className="panel__head">
            <h2 id={registerHeadingId} className="panel__title">{t('form.panel')}</h2>
          </div>
          <div className="panel__body">
            <PatientBanner patient={patient} registrations={state.registrations} today={today} onClear={() => setSelectedId(null)} />
            {issued ? <IssuedSlip registration={issued} patient={state.patients.find((p) => p.patientId === issued.patientId)} /> : null}
            <RegisterVisitForm patient={patient} registrations={state.registrations} today={today} onIssued={onIssued} />
          </div>
        </section>
      </div>
      {ui === 'v2' ? null : queueView}
      {newPatientOpen ? (
        <NewPatientDialog
          patients={state.patients}
          today={today}
          onClose={() => setNewPatientOpen(false)}
          onDone={(p, created) => {
            setNewPatientOpen(false);
            select(p);
            setQuery(p.patientId);
            notify(t(created ? 'np.created' : 'np.usedExisting', { name: p.name, patientId: p.patientId }));
          }}
        />
      ) : null}
    </ModulePage>
  );
}
