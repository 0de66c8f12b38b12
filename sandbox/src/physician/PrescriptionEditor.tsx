// 门诊处方: lines from the dictionary, the rules engine's alerts with override/acknowledge, signature.

import type { ActionIssue } from '@preceptor/shared/hospital/actionIssues.ts';
import {
  DIAGNOSES,
  FREQUENCIES,
  Frequency,
  canSign,
  checkMedicationLines,
  currentDrugs,
  findDrug,
  quantityFor,
  type ActionResult,
  type AlertOverride,
  type HospitalAction,
  type MedicationOrderInput,
  type Patient,
  type Prescription,
  type PrescriptionKind,
  type StaffMember,
} from '@preceptor/shared/hospital/index.ts';
import { useId, useState, type ReactNode } from 'react';
import { useI18n, type MessageKey } from '../i18n.ts';
import type { SandboxState } from '../store/sandboxStore.ts';
import { DataTable } from '../ui/DataTable.tsx';
import { DrugPicker } from '../ui/DrugPicker.tsx';
import { diagnosisLabel, drugLabel, drugSpec, mdhm } from '../ui/format.ts';
import { FieldLabel } from '../ui/FieldLabel.tsx';
import { IssueList } from '../ui/IssueList.tsx';
import { MedAlerts } from '../ui/MedAlerts.tsx';
import { StatusTag } from '../ui/StatusTag.tsx';
import { useShortcut } from '../ui/useShortcut.ts';

export type RxDraft = { lines: MedicationOrderInput[]; diagnoses: string[]; kind: PrescriptionKind; chronic: boolean; overrides: AlertOverride[] };
export const EMPTY_RX: RxDraft = { lines: [], diagnoses: [], kind: 'normal', chronic: false, overrides: [] };

export type PrescriptionEditorProps = {
  state: SandboxState;
  patient: Patient;
  operator: StaffMember;
  registrationId?: string;
  deptCode: string;
  draft: RxDraft;
  onDraft: (d: RxDraft) => void;
  noteDiagnoses: readonly string[];
  dispatch: (action: HospitalAction) => ActionResult;
  notify: (m: string) => void;
};

export function PrescriptionEditor({ state, patient, operator, registrationId, deptCode, draft, onDraft, noteDiagnoses, dispatch, notify }: PrescriptionEditorProps): ReactNode {
  const { t, lang } = useI18n();
  const ids = { kind: useId(), chronic: useId(), dx: useId() };
  const [issues, setIssues] = useState<ActionIssue[]>([]);
  const diagnoses = draft.diagnoses.length > 0 ? draft.diagnoses : [...noteDiagnoses];
  const alerts = checkMedicationLines(draft.lines, {
    allergies: patient.allergies, currentDrugs: currentDrugs(state, patient.patientId), prescriberTitle: operator.title,
    setting: draft.kind === 'emergency' ? 'emergency' : 'outpatient', chronic: draft.chronic,
  });
  const signable = canSign(alerts, draft.overrides).ok;
  const history = state.prescriptions.filter((p) => p.patientId === patient.patientId).slice().reverse();
  const setLine = (i: number, patch: Partial<MedicationOrderInput>) => onDraft({ ...draft, lines: draft.lines.map((l, j) => (j === i ? { ...l, ...patch } : l)) });

  const sign = (): void => {
    const result = dispatch({
      type: 'prescription/sign', patientId: patient.patientId, registrationId, deptCode, kind: draft.kind, diagnoses,
      chronic: draft.chronic, lines: draft.lines, overrides: draft.overrides,
    });
    if (!result.ok) {
      setIssues(result.issues);
      return;
    }
    setIssues([]);
    onDraft(EMPTY_RX);
    notify(t('rx.signed', { id: result.id ?? '' }));
  };
  useShortcut('F9', sign);

  return (
    <div className="rx-editor" data-panel="prescription">
      <div className="form-grid form-grid--3">
        <div className="form-row">
          <FieldLabel htmlFor={ids.kind}>{t('rx.kind')}</FieldLabel>
          <select id={ids.kind} name="rxKind" className="input" value={draft.kind} onChange={(e) => onDraft({ ...draft, kind: e.target.value as PrescriptionKind })}>
            {(['normal', 'emergency'] as const).map((k) => (
              <option key={k} value={k}>{t(`rxKind.${k}`)}</option>
            ))}
          </select>
        </div>
        <div className="form-row form-row--wide-2">
          <FieldLabel htmlFor={ids.dx}>{t('rx.diagnosis')}</FieldLabel>
          <select
            id={ids.dx}
            name="rxDiagnosis"
            className="input"
            value={diagnoses[0] ?? ''}
            onChange={(e) => onDraft({ ...draft, diagnoses: e.target.value ? [e.target.value] : [] })}
          >
            <option value="">{t('rx.noDiagnosis')}</option>
            {DIAGNOSES.map((d) => (
              <option key={d.code} value={d.code}>{d.code} {lang === 'en' ? d.en : d.zh}{noteDiagnoses.includes(d.code) ? ` (${t('rx.diagnosisFromNote')})` : ''}</option>
            ))}
          </select>
        </div>
        <label className="check">
          <input id={ids.chronic} type="checkbox" name="chronic" checked={draft.chronic} onChange={(e) => onDraft({ ...draft, chronic: e.target.checked })} />
          {t('rx.chronic')}
        </label>
      </div>
      <DrugPicker
        onPick={(d) =>
          onDraft({ ...draft, lines: [...draft.lines, { drug: d.code, dose: d.usual.dose, route: d.usual.route, frequency: d.usual.frequency, days: FREQUENCIES[d.usual.frequency].once ? 1 : 3 }] })
        }
      />
      <DataTable<MedicationOrderInput & { index: number }>
        caption={t('rx.linesCaption')}
        rows={draft.lines.map((l, index) => ({ ...l, index }))}
        rowKey={(l) => `${l.index}-${l.drug}`}
        rowData={(l) => ({ 'data-drug': l.drug })}
        empty={t('rx.noLines')}
        columns={[
          { key: 'drug', header: t('rx.col.drug'), render: (l) => <span className="strong">{drugLabel(l.drug, lang)}</span> },
          { key: 'spec', header: t('rx.col.spec'), render: (l) => drugSpec(l.drug, lang) },
          {
            key: 'dose', header: t('rx.col.dose'),
            render: (l) => (
              <span className="cell-input">
                <input className="input input--num" name="dose" type="number" step="any" min="0" aria-label={t('rx.doseFor', { drug: drugLabel(l.drug, lang) })} value={l.dose} onChange={(e) => setLine(l.index, { dose: Number(e.target.value) })} />
                <span className="muted">{findDrug(l.drug)?.unit}</span>
              </span>
            ),
          },
          {
            key: 'route', header: t('rx.col.route'),
            render: (l) => (
              <select className="input input--sm" name="route" aria-label={t('rx.routeFor', { drug: drugLabel(l.drug, lang) })} value={l.route} onChange={(e) => setLine(l.index, { route: e.target.value as MedicationOrderInput['route'] })}>
                {(findDrug(l.drug)?.routes ?? [l.route]).map((r) => (
                  <option key={r} value={r}>{t(`route.${r}` as MessageKey)}</option>
                ))}
              </select>
            ),
          },
          {
            key: 'freq', header: t('rx.col.frequency'),
            render: (l) => (
              <select className="input input--sm" name="frequency" aria-label={t('rx.frequencyFor', { drug: drugLabel(l.drug, lang) })} value={l.frequency} onChange={(e) => setLine(l.index, { frequency: e.target.value as Frequency })}>
                {Frequency.options.map((f) => (
                  <option key={f} value={f}>{f}</option>
                ))}
              </select>
            ),
          },
          {
            key: 'days', header: t('rx.col.days'),
            render: (l) => <input className="input input--num" name="days" type="number" min="1" max="90" aria-label={t('rx.daysFor', { drug: drugLabel(l.drug, lang) })} value={l.days} onChange={(e) => setLine(l.index, { days: Math.max(1, Math.round(Number(e.target.value))) })} />,
          },
          { key: 'qty', header: t('rx.col.quantity'), className: 'num', render: (l) => { const d = findDrug(l.drug); return d ? `${quantityFor(d, l.dose, l.frequency, l.days)} ${lang === 'en' ? d.dispenseUnit.en : d.dispenseUnit.zh}` : ''; } },
          {
            key: 'x', header: t('col.action'), className: 'col-action',
            render: (l) => (
              <button type="button" className="btn btn--xs btn--danger-outline" data-action="remove-line" onClick={() => onDraft({ ...draft, lines: draft.lines.filter((_, j) => j !== l.index) })}>
                {t('common.remove')}<span className="sr-only"> {drugLabel(l.drug, lang)}</span>
              </button>
            ),
          },
        ]}
      />
      <MedAlerts title={t('rx.alerts')} alerts={alerts} overrides={draft.overrides} onOverride={(overrides) => onDraft({ ...draft, overrides })} />
      <IssueList issues={issues} />
      <div className="form-actions">
        <button type="button" className="btn btn--primary btn--lg" data-action="sign-prescription" aria-describedby={signable ? undefined : 'rx-unsigned-hint'} onClick={sign}>
          {t('rx.sign')}
        </button>
        <button type="button" className="btn" onClick={() => { onDraft(EMPTY_RX); setIssues([]); }}>{t('rx.clear')}</button>
        {!signable && draft.lines.length > 0 ? <span id="rx-unsigned-hint" className="form-actions__summary">{t('issue.rx.unresolvedAlerts')}</span> : null}
      </div>
      <DataTable<Prescription>
        caption={t('rx.history')}
        rows={history}
        rowKey={(p) => p.rxId}
        rowData={(p) => ({ 'data-rx-id': p.rxId })}
        empty={t('common.empty')}
        maxHeight={170}
        columns={[
          { key: 'id', header: t('rx.col.id'), render: (p) => <span className="mono">{p.rxId}</span> },
          { key: 'time', header: t('rx.col.time'), render: (p) => <span className="mono">{mdhm(p.signedAt)}</span> },
          { key: 'dx', header: t('rx.diagnosis'), render: (p) => p.diagnoses.map((d) => diagnosisLabel(d, lang)).join(t('fmt.clauseSep')) },
          { key: 'lines', header: t('rx.lines'), render: (p) => p.lines.map((l) => `${drugLabel(l.drug, lang)} ${l.dose}${l.unit} ${l.frequency}×${l.days}`).join(t('fmt.clauseSep')) },
          { key: 'status', header: t('rx.col.status'), render: (p) => <StatusTag tone={p.status === 'returned' ? 'danger' : p.status === 'dispensed' ? 'ok' : 'info'}>{t(`rxStatus.${p.status}`)}</StatusTag> },
          { key: 'review', header: t('rx.col.review'), render: (p) => (p.review ? [...p.review.reasons.map((r) => t(`reviewReason.${r}`)), p.review.note].filter(Boolean).join(t('fmt.clauseSep')) : '') },
        ]}
      />
    </div>
  );
}
