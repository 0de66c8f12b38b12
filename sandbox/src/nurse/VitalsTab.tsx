// 生命体征: entry with live flags against the adult ranges, the recent chart and a T/P trend.

import type { ActionIssue } from '@preceptor/shared/hospital/actionIssues.ts';
import { vitalFlags, type ActionResult, type HospitalAction, type Patient, type VitalSigns, type VitalSignsInput } from '@preceptor/shared/hospital/index.ts';
import { useId, useState, type ReactNode } from 'react';
import { useI18n, type MessageKey } from '../i18n.ts';
import type { SandboxState } from '../store/sandboxStore.ts';
import { DataTable } from '../ui/DataTable.tsx';
import { FieldLabel } from '../ui/FieldLabel.tsx';
import { listText, mdhm } from '../ui/format.ts';
import { StaffName } from '../ui/StaffLabel.tsx';
import { IssueList } from '../ui/IssueList.tsx';
import { Data } from '../ui/Data.tsx';

const FIELDS = ['temperature', 'pulse', 'respiration', 'systolic', 'diastolic', 'spo2', 'pain'] as const;
type Field = (typeof FIELDS)[number];

function Trend({ readings }: { readings: readonly VitalSigns[] }): ReactNode {
  const { t } = useI18n();
  const pts = readings.slice(-8);
  if (pts.length < 2) return null;
  const w = 320, h = 90;
  const x = (i: number) => 20 + (i * (w - 30)) / (pts.length - 1);
  const yT = (v: number) => h - 10 - ((v - 35.5) / 4) * (h - 20);
  const yP = (v: number) => h - 10 - ((v - 40) / 100) * (h - 20);
  const line = (f: (v: VitalSigns) => number | null, y: (n: number) => number) =>
    pts.map((p, i) => (f(p) === null ? null : `${x(i)},${y(f(p)!)}`)).filter(Boolean).join(' ');
  return (
    <figure className="trend" aria-label={t('vitals.trend')}>
      <svg width={w} height={h} role="img" aria-label={t('vitals.trend')}>
        <rect x="0" y="0" width={w} height={h} fill="#fff" stroke="#c8d0da" />
        <line x1="0" x2={w} y1={yT(37.2)} y2={yT(37.2)} stroke="#e0a39e" strokeDasharray="3 3" />
        <polyline points={line((p) => p.temperature, yT)} fill="none" stroke="#b3261e" strokeWidth="2" />
        <polyline points={line((p) => p.pulse, yP)} fill="none" stroke="#1f5fa8" strokeWidth="1.5" strokeDasharray="4 2" />
      </svg>
      <figcaption className="field-hint">
        <span style={{ color: '#b3261e' }}>━ T ℃</span> · <span style={{ color: '#1f5fa8' }}>┅ P /min</span> · {t('vitals.trend')}
      </figcaption>
    </figure>
  );
}

export function VitalsTab({ state, patient, dispatch, notify }: { state: SandboxState; patient: Patient; dispatch: (a: HospitalAction) => ActionResult; notify: (m: string) => void }): ReactNode {
  const { t, lang } = useI18n();
  const base = useId();
  const [form, setForm] = useState<Record<Field, string>>({ temperature: '', pulse: '', respiration: '', systolic: '', diastolic: '', spo2: '', pain: '' });
  const [issues, setIssues] = useState<ActionIssue[]>([]);
  const values = Object.fromEntries(FIELDS.map((f) => [f, form[f].trim() === '' || Number.isNaN(Number(form[f])) ? null : Number(form[f])])) as VitalSignsInput;
  const flags = vitalFlags(values);
  const readings = state.vitals.filter((v) => v.patientId === patient.patientId);
  const flagText = (fs: readonly string[]) => listText(fs.map((f) => t(`vitalFlag.${f}` as MessageKey)), lang);

  const save = (): void => {
    const r = dispatch({ type: 'vitals/record', patientId: patient.patientId, values });
    if (!r.ok) return setIssues(r.issues);
    setIssues([]);
    notify(flags.length ? t('vitals.savedAbnormal', { flags: flagText(flags) }) : t('vitals.saved'));
    setForm({ temperature: '', pulse: '', respiration: '', systolic: '', diastolic: '', spo2: '', pain: '' });
  };

  return (
    <div data-panel="vitals" className="vitals">
      <fieldset className="order-entry">
        <legend className="order-entry__title">{t('vitals.entry')}</legend>
        <div className="vitals-form">
          {FIELDS.map((f) => (
            <div key={f} className="form-row">
              <FieldLabel htmlFor={`${base}-${f}`}>{t(`vitals.${f}` as MessageKey)}</FieldLabel>
              <input id={`${base}-${f}`} name={f} className="input input--num" inputMode="decimal" value={form[f]} onChange={(e) => setForm((x) => ({ ...x, [f]: e.target.value }))} />
            </div>
          ))}
        </div>
        {flags.length ? <p className="flag--abn" role="status">⚠ {t('vitals.live', { flags: flagText(flags) })}</p> : null}
        <IssueList issues={issues} />
        <div className="form-actions">
          <button type="button" className="btn btn--primary" data-action="save-vitals" onClick={save}>{t('vitals.save')}</button>
        </div>
      </fieldset>
      <div className="two-col">
        <DataTable<VitalSigns>
          caption={t('vitals.history')}
          rows={readings.slice().reverse()}
          rowKey={(v) => v.vitalsId}
          empty={t('common.empty')}
          maxHeight={220}
          columns={[
            { key: 'time', header: t('vitals.col.time'), render: (v) => <span className="mono">{mdhm(v.at)}</span> },
            { key: 't', header: 'T', className: 'num', render: (v) => <span className={v.flags.includes('fever') ? 'value-h' : ''}>{v.temperature ?? ''}</span> },
            { key: 'p', header: 'P', className: 'num', render: (v) => v.pulse ?? '' },
            { key: 'r', header: 'R', className: 'num', render: (v) => v.respiration ?? '' },
            { key: 'bp', header: t('vitals.col.bp'), render: (v) => (v.systolic !== null ? `${v.systolic}/${v.diastolic ?? ''}` : '') },
            { key: 'spo2', header: 'SpO₂', className: 'num', render: (v) => <span className={v.flags.includes('hypoxaemia') ? 'value-l' : ''}>{v.spo2 ?? ''}</span> },
            { key: 'pain', header: 'NRS', className: 'num', render: (v) => v.pain ?? '' },
            { key: 'flags', header: t('vitals.col.flags'), render: (v) => <span className="flag--abn">{flagText(v.flags)}</span> },
            { key: 'by', header: t('common.operator'), render: (v) => <StaffName staffId={v.nurseId} /> },
          ]}
        />
        <Trend readings={readings} />
      </div>
    </div>
  );
}
