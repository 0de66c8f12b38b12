// 病历书写: template, sections, ICD-10 diagnoses, draft and signature.

import type { ActionIssue } from '@preceptor/shared/hospital/actionIssues.ts';
import {
  NOTE_TEMPLATES,
  deniesAllergy,
  findTemplate,
  searchDiagnoses,
  type ActionResult,
  type ClinicalNote,
  type HospitalAction,
  type NoteSections,
  type Patient,
  type TemplateMedication,
} from '@preceptor/shared/hospital/index.ts';
import { useId, useState, type ReactNode } from 'react';
import { useI18n, type MessageKey } from '../i18n.ts';
import { DataTable } from '../ui/DataTable.tsx';
import { diagnosisLabel, drugLabel, listText, mdhm } from '../ui/format.ts';
import { StaffName } from '../ui/StaffLabel.tsx';
import { FieldLabel } from '../ui/FieldLabel.tsx';
import { IssueList } from '../ui/IssueList.tsx';
import { StatusTag } from '../ui/StatusTag.tsx';
import { useAnchorId, useIsV2 } from '../uiVersion.ts';
import { Data } from '../ui/Data.tsx';

const SECTIONS: readonly (keyof NoteSections)[] = ['chiefComplaint', 'presentIllness', 'pastHistory', 'allergyHistory', 'physicalExam', 'plan'];
const EMPTY: NoteSections = { chiefComplaint: '', presentIllness: '', pastHistory: '', allergyHistory: '', physicalExam: '', plan: '' };

export type NoteEditorProps = {
  patient: Patient;
  notes: readonly ClinicalNote[];
  inpatient: { admissionId: string } | null;
  registrationId?: string;
  dispatch: (action: HospitalAction) => ActionResult;
  notify: (m: string) => void;
  onTemplateMeds: (meds: readonly TemplateMedication[], diagnoses: readonly string[]) => void;
};

export function NoteEditor({ patient, notes, inpatient, registrationId, dispatch, notify, onTemplateMeds }: NoteEditorProps): ReactNode {
  const { t, tx, lang } = useI18n();
  const v2 = useIsV2();
  const ids = { kind: useId(), template: useId(), dxHint: useId() };
  const dxInputId = useAnchorId('diagnosis-search');
  const sectionIds = { chiefComplaint: useId(), presentIllness: useId(), pastHistory: useId(), allergyHistory: useId(), physicalExam: useId(), plan: useId() };
  const kinds = inpatient ? (['admission', 'progress'] as const) : (['outpatient'] as const);
  const draft = notes.find((n) => n.status === 'draft' && n.patientId === patient.patientId);
  const [kind, setKind] = useState<ClinicalNote['kind']>(draft?.kind ?? kinds[0]);
  const [templateId, setTemplateId] = useState(draft?.templateId ?? '');
  const [sections, setSections] = useState<NoteSections>(draft?.sections ?? EMPTY);
  const [diagnoses, setDiagnoses] = useState<string[]>(draft?.diagnoses ?? []);
  const [noteId, setNoteId] = useState<string | undefined>(draft?.noteId);
  const [dxQuery, setDxQuery] = useState('');
  const [issues, setIssues] = useState<ActionIssue[]>([]);
  const [templateMeds, setTemplateMeds] = useState<readonly TemplateMedication[]>([]);
  const [appliedName, setAppliedName] = useState('');
  const templates = NOTE_TEMPLATES.filter((tp) => tp.kind === kind);
  const dxHits = searchDiagnoses(dxQuery, 8);
  const history = notes.filter((n) => n.patientId === patient.patientId).slice().reverse();

  const apply = (): void => {
    const template = findTemplate(templateId);
    if (!template) return;
    const filled = Object.fromEntries(SECTIONS.map((s) => [s, template.sections[s][lang]])) as NoteSections;
    setSections(filled);
    setDiagnoses([...template.diagnoses]);
    setTemplateMeds(template.medications);
    setAppliedName(template.name[lang]);
    setIssues([]);
  };

  const save = (sign: boolean): void => {
    const result = dispatch({
      type: 'note/save', noteId, patientId: patient.patientId, kind, templateId: templateId || undefined,
      admissionId: inpatient?.admissionId, registrationId, sections, diagnoses, sign,
    });
    if (!result.ok) {
      setIssues(result.issues);
      return;
    }
    setIssues([]);
    const saved = result.state.notes.find((n) => n.noteId === result.id)!;
    if (sign) {
      notify(t('note.signed', { name: patient.name }));
      setNoteId(undefined);
      setSections(EMPTY);
      setDiagnoses([]);
      setTemplateId('');
      setTemplateMeds([]);
      setAppliedName('');
    } else {
      setNoteId(saved.noteId);
      notify(t('note.saved'));
    }
  };

  const allergyConflict = patient.allergies.length > 0 && deniesAllergy(sections.allergyHistory);

  const header = (
    <div className="form-grid form-grid--3">
      <div className="form-row">
        <FieldLabel htmlFor={ids.kind}>{t('note.kind')}</FieldLabel>
        <select id={ids.kind} name="noteKind" className="input" value={kind} onChange={(e) => setKind(e.target.value as ClinicalNote['kind'])}>
          {kinds.map((k) => (
            <option key={k} value={k}>{t(`note.kind.${k}`)}</option>
          ))}
        </select>
      </div>
      <div className="form-row">
        <FieldLabel htmlFor={ids.template}>{t('note.template')}</FieldLabel>
        <select id={ids.template} name="noteTemplate" className="input" value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
          <option value="">{t('common.choose')}</option>
          {templates.map((tp) => (
            <option key={tp.id} value={tp.id}>{tp.name[lang]}</option>
          ))}
        </select>
      </div>
      <div className="form-row form-row--button">
        <button type="button" className="btn" data-action="apply-template" disabled={!templateId} onClick={apply}>{t('note.applyTemplate')}</button>
      </div>
    </div>
  );

  return (
    <div className="note-editor" data-panel="emr-note">
      {v2 ? null : header}
      {appliedName ? (
        <div className="msg msg--info" role="status">
          {t('note.templateApplied', { name: appliedName })}
          {templateMeds.length > 0 ? (
            <span className="template-meds">
              {' '}{t('note.templateMeds', { list: templateMeds.map((m) => `${drugLabel(m.drug, lang)} ${m.dose} ${m.frequency} ×${m.days}`).join(t('fmt.clauseSep')) })}{' '}
              <button type="button" className="btn btn--xs" data-action="use-template-prescription" onClick={() => onTemplateMeds(templateMeds, diagnoses)}>
                {t('note.useTemplateMeds')}
              </button>
            </span>
          ) : null}
        </div>
      ) : null}
      <div className="note-grid">
        {SECTIONS.map((s) => (
          <div key={s} className={`note-field note-field--${s}`}>
            <div className="note-field__label">
              <label htmlFor={sectionIds[s]}>{t(`note.${s}` as MessageKey)}</label>
              {s === 'allergyHistory' && patient.allergies.length > 0 ? (
                <span className="note-field__empi">
                  <span className="allergy allergy--yes">⚠ {tx('note.empiAllergy', { list: <Data>{listText(patient.allergies, lang)}</Data> })}</span>{' '}
                  <button
                    type="button"
                    className="btn btn--xs"
                    data-action="insert-allergy"
                    onClick={() => setSections((x) => ({ ...x, allergyHistory: t('note.allergyText', { list: listText(patient.allergies, lang) }) }))}
                  >
                    {t('note.useEmpiAllergy')}
                  </button>
                </span>
              ) : null}
            </div>
            <textarea
              id={sectionIds[s]}
              name={s}
              className="input"
              rows={s === 'presentIllness' || s === 'physicalExam' ? 3 : 2}
              value={sections[s]}
              aria-invalid={s === 'allergyHistory' && allergyConflict ? true : undefined}
              onChange={(e) => setSections((x) => ({ ...x, [s]: e.target.value }))}
            />
            {s === 'allergyHistory' && allergyConflict ? <p className="field-error" role="alert">⚠ {t('note.allergyMismatch')}</p> : null}
          </div>
        ))}
      </div>
      <div className="dx-box">
        <div className="dx-box__search">
          <label htmlFor={dxInputId} className="strong">{t('note.diagnosisSearch')}</label>{' '}
          <input id={dxInputId} name="diagnosisSearch" className="input" autoComplete="off" value={dxQuery} aria-describedby={ids.dxHint} onChange={(e) => setDxQuery(e.target.value)} />
          <span id={ids.dxHint} className="field-hint field-hint--inline">{t('note.diagnosisHint')}</span>
        </div>
        {dxHits.length > 0 ? (
          <ul className="picker-list" aria-label={t('note.diagnosisSearch')}>
            {dxHits.map((d) => (
              <li key={d.code} className="picker-list__item">
                <span className="mono">{d.code}</span> <span className="strong">{lang === 'en' ? d.en : d.zh}</span>
                <button
                  type="button"
                  className="btn btn--xs"
                  data-action="add-diagnosis"
                  data-code={d.code}
                  disabled={diagnoses.includes(d.code)}
                  onClick={() => {
                    setDiagnoses((x) => [...x, d.code]);
                    setDxQuery('');
                  }}
                >
                  {t('note.addDiagnosis')}<span className="sr-only"> {lang === 'en' ? d.en : d.zh}</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <div className="dx-box__chosen">
          <span className="strong">{t('fmt.labelled', { label: t('note.diagnoses') })}</span>
          {diagnoses.length === 0 ? <span className="muted">{t('note.noDiagnosis')}</span> : null}
          {diagnoses.map((code, i) => (
            <span key={code} className="chip" data-diagnosis={code}>
              {i + 1}. {diagnosisLabel(code, lang)} <span className="mono muted">{code}</span>
              <button type="button" className="chip__x" aria-label={`${t('common.remove')} ${diagnosisLabel(code, lang)}`} onClick={() => setDiagnoses((x) => x.filter((c) => c !== code))}>×</button>
            </span>
          ))}
        </div>
      </div>
      {v2 ? header : null}
      <IssueList issues={issues} />
      <div className="form-actions">
        <button type="button" className="btn btn--primary btn--lg" data-action="sign-note" onClick={() => save(true)}>{t('note.sign')}</button>
        <button type="button" className="btn" data-action="save-note" onClick={() => save(false)}>{t('note.saveDraft')}</button>
      </div>
      <DataTable<ClinicalNote>
        caption={t('note.history')}
        rows={history}
        rowKey={(n) => n.noteId}
        empty={t('common.empty')}
        maxHeight={180}
        columns={[
          { key: 'time', header: t('common.time'), render: (n) => <span className="mono">{mdhm(n.signedAt ?? n.createdAt)}</span> },
          { key: 'kind', header: t('note.col.kind'), render: (n) => t(`note.kind.${n.kind}`) },
          { key: 'cc', header: t('note.col.cc'), render: (n) => n.sections.chiefComplaint },
          { key: 'dx', header: t('note.diagnoses'), render: (n) => n.diagnoses.map((d) => diagnosisLabel(d, lang)).join(t('fmt.clauseSep')) },
          { key: 'author', header: t('note.col.author'), render: (n) => <StaffName staffId={n.authorId} /> },
          { key: 'status', header: t('col.status'), render: (n) => <StatusTag tone={n.status === 'signed' ? 'ok' : 'muted'}>{t(`note.status.${n.status}`)}</StatusTag> },
        ]}
      />
    </div>
  );
}
