// 护理记录: notes by type, with the doctor who was told, newest first.

import type { ActionIssue } from '@preceptor/shared/hospital/actionIssues.ts';
import { NursingRecordKind, wardDoctors, type ActionResult, type Admission, type HospitalAction, type NursingRecord, type Patient } from '@preceptor/shared/hospital/index.ts';
import { useId, useState, type ReactNode } from 'react';
import { useI18n, type MessageKey } from '../i18n.ts';
import type { SandboxState } from '../store/sandboxStore.ts';
import { Data } from '../ui/Data.tsx';
import { DataTable } from '../ui/DataTable.tsx';
import { FieldLabel } from '../ui/FieldLabel.tsx';
import { mdhm } from '../ui/format.ts';
import { StaffName, StaffOption } from '../ui/StaffLabel.tsx';
import { IssueList } from '../ui/IssueList.tsx';

export function NursingRecords({ state, patient, admission, dispatch, notify }: { state: SandboxState; patient: Patient; admission: Admission; dispatch: (a: HospitalAction) => ActionResult; notify: (m: string) => void }): ReactNode {
  const { t } = useI18n();
  const ids = { kind: useId(), text: useId(), doctor: useId() };
  const [kind, setKind] = useState<NursingRecord['kind']>('observation');
  const [text, setText] = useState('');
  const [doctor, setDoctor] = useState('');
  const [issues, setIssues] = useState<ActionIssue[]>([]);
  const records = state.nursingRecords.filter((r) => r.patientId === patient.patientId).slice().reverse();
  const save = (): void => {
    const r = dispatch({ type: 'nursingRecord/add', patientId: patient.patientId, kind, text, doctorNotifiedId: doctor || undefined });
    if (!r.ok) return setIssues(r.issues);
    setIssues([]);
    setText('');
    setDoctor('');
    notify(t('nrec.saved'));
  };
  return (
    <div data-panel="nursing-records">
      <fieldset className="order-entry">
        <legend className="order-entry__title">{t('nrec.entry')}</legend>
        <div className="order-entry__row">
          <FieldLabel htmlFor={ids.kind}>{t('nrec.kind')}</FieldLabel>
          <select id={ids.kind} name="recordKind" className="input" value={kind} onChange={(e) => setKind(e.target.value as NursingRecord['kind'])}>
            {NursingRecordKind.options.map((k) => (
              <option key={k} value={k}>{t(`nrec.kind.${k}` as MessageKey)}</option>
            ))}
          </select>
          <FieldLabel htmlFor={ids.doctor}>{t('nrec.notified')}</FieldLabel>
          <select id={ids.doctor} name="doctorNotified" className="input" value={doctor} onChange={(e) => setDoctor(e.target.value)}>
            <option value="">{t('common.none')}</option>
            {wardDoctors(admission.ward).map((d) => (
              <StaffOption key={d.staffId} staffId={d.staffId} />
            ))}
          </select>
        </div>
        <div className="form-row form-row--wide">
          <FieldLabel htmlFor={ids.text} required>{t('nrec.text')}</FieldLabel>
          <textarea id={ids.text} name="recordText" className="input" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <IssueList issues={issues} />
        <div className="form-actions">
          <button type="button" className="btn btn--primary" data-action="save-nursing-record" onClick={save}>{t('nrec.save')}</button>
        </div>
      </fieldset>
      <DataTable<NursingRecord>
        caption={t('nrec.history')}
        rows={records}
        rowKey={(r) => r.recordId}
        empty={t('common.empty')}
        maxHeight={260}
        columns={[
          { key: 'time', header: t('common.time'), render: (r) => <span className="mono">{mdhm(r.at)}</span> },
          { key: 'kind', header: t('nrec.kind'), render: (r) => t(`nrec.kind.${r.kind}` as MessageKey) },
          // what the nurse wrote, in the words she wrote it
          { key: 'text', header: t('nrec.text'), className: 'wrap', render: (r) => <Data>{r.text}</Data> },
          { key: 'doctor', header: t('nrec.notified'), render: (r) => (r.doctorNotifiedId ? <StaffName staffId={r.doctorNotifiedId} /> : '') },
          { key: 'by', header: t('common.operator'), render: (r) => <StaffName staffId={r.nurseId} /> },
        ]}
      />
    </div>
  );
}
