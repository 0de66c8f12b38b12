// 医生工作站: patient list (clinic queue or ward), then notes, orders, prescriptions and results.

import { activeAdmission, findDoctor, isoDate, type TemplateMedication } from '@preceptor/shared/hospital/index.ts';
import { useEffect, useState, type ReactNode } from 'react';
import { useNow } from '../clock.ts';
import { useI18n } from '../i18n.ts';
import { useSearchParam } from '../router.ts';
import { useHospital } from '../store/operator.ts';
import { ModulePage } from '../ui/ModulePage.tsx';
import { deptName, wardName } from '../ui/format.ts';
import { PatientStrip } from '../ui/PatientStrip.tsx';
import { Tabs } from '../ui/Tabs.tsx';
import { useIsV2 } from '../uiVersion.ts';
import { NoteEditor } from './NoteEditor.tsx';
import { OrdersPanel } from './OrdersPanel.tsx';
import { PatientListPanel, type ListSource } from './PatientListPanel.tsx';
import { EMPTY_RX, PrescriptionEditor, type RxDraft } from './PrescriptionEditor.tsx';
import { ResultsPanel } from './ResultsPanel.tsx';

type WorkTab = 'note' | 'orders' | 'prescription' | 'results';

export default function PhysicianPage({ notify }: { notify: (message: string) => void }): ReactNode {
  const { t, lang } = useI18n();
  const v2 = useIsV2();
  const { state, operator, dispatch } = useHospital('physician');
  const today = isoDate(useNow(30_000));
  const opened = useSearchParam('patient');
  const clinic = findDoctor(operator.staffId);
  const initialInpatient = opened ? activeAdmission(state, opened) !== undefined : !clinic;
  const [source, setSource] = useState<ListSource>(initialInpatient ? 'inpatient' : 'outpatient');
  const [ward, setWard] = useState(
    (opened ? activeAdmission(state, opened)?.ward : undefined) ?? operator.ward ?? 'cardio-1',
  );
  const [selectedId, setSelectedId] = useState<string | null>(opened);
  const [tab, setTab] = useState<WorkTab>('note');
  const [rxDraft, setRxDraft] = useState<RxDraft>(EMPTY_RX);

  useEffect(() => {
    if (opened) setSelectedId(opened);
  }, [opened]);

  const patient = state.patients.find((p) => p.patientId === selectedId);
  const admission = patient ? activeAdmission(state, patient.patientId) : undefined;
  const registration = patient
    ? state.registrations.filter((r) => r.patientId === patient.patientId && r.date === today && r.status !== 'cancelled').at(-1)
    : undefined;
  const inpatient = admission !== undefined;
  const effectiveTab: WorkTab = inpatient && tab === 'prescription' ? 'orders' : !inpatient && tab === 'orders' ? 'prescription' : tab;
  const noteDiagnoses = patient
    ? (state.notes.filter((n) => n.patientId === patient.patientId && (n.registrationId === registration?.registrationId || n.createdAt.startsWith(today))).at(-1)?.diagnoses ?? [])
    : [];

  const select = (id: string): void => {
    if (id !== selectedId) setRxDraft(EMPTY_RX);
    setSelectedId(id);
  };
  const onTemplateMeds = (meds: readonly TemplateMedication[], diagnoses: readonly string[]): void => {
    setRxDraft({ ...EMPTY_RX, lines: meds.map((m) => ({ ...m })), diagnoses: [...diagnoses] });
    setTab('prescription');
  };

  const list = (
    <PatientListPanel
      state={state}
      today={today}
      doctorId={operator.staffId}
      source={source}
      onSource={setSource}
      ward={ward}
      onWard={setWard}
      selectedId={selectedId}
      onSelect={select}
    />
  );

  const work = (
    <div className="work-area">
      <PatientStrip patient={patient} admission={admission} today={today} />
      {patient ? (
        <Tabs
          key={patient.patientId}
          name="physician-work"
          label={t('phys.workTabs')}
          active={effectiveTab}
          onChange={setTab}
          tabs={[
            { id: 'note', label: t('phys.tab.note') },
            inpatient ? { id: 'orders', label: t('phys.tab.orders') } : { id: 'prescription', label: t('phys.tab.prescription'), badge: rxDraft.lines.length || undefined },
            { id: 'results', label: t('phys.tab.results') },
          ]}
        >
          {effectiveTab === 'note' ? (
            <NoteEditor
              key={`note-${patient.patientId}`}
              patient={patient}
              notes={state.notes}
              inpatient={admission ? { admissionId: admission.admissionId } : null}
              registrationId={registration?.registrationId}
              dispatch={dispatch}
              notify={notify}
              onTemplateMeds={onTemplateMeds}
            />
          ) : null}
          {effectiveTab === 'prescription' && !inpatient ? (
            <PrescriptionEditor
              state={state}
              patient={patient}
              operator={operator}
              registrationId={registration?.registrationId}
              deptCode={registration?.deptCode ?? clinic?.deptCode ?? operator.deptCode ?? ''}
              draft={rxDraft}
              onDraft={setRxDraft}
              noteDiagnoses={noteDiagnoses}
              dispatch={dispatch}
              notify={notify}
            />
          ) : null}
          {effectiveTab === 'orders' && admission ? (
            <OrdersPanel key={`orders-${admission.admissionId}`} state={state} patient={patient} admission={admission} operator={operator} dispatch={dispatch} notify={notify} />
          ) : null}
          {effectiveTab === 'results' ? <ResultsPanel key={`res-${patient.patientId}`} state={state} patient={patient} operator={operator} /> : null}
        </Tabs>
      ) : null}
    </div>
  );

  return (
    <ModulePage
      module="physician"
      title={t('module.physician')}
      breadcrumb={t('phys.breadcrumb')}
      aside={
        <>
          {clinic ? deptName(clinic.deptCode, t, lang) : ''}
          {operator.ward ? ` · ${wardName(operator.ward, lang)}` : ''} · <span className="mono">{today}</span>
        </>
      }
    >
      <div className={v2 ? 'split split--v2' : 'split'}>
        {v2 ? (
          <>
            {work}
            {list}
          </>
        ) : (
          <>
            {list}
            {work}
          </>
        )}
      </div>
    </ModulePage>
  );
}
