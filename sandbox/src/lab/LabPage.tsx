// 检验 LIS: specimen receipt by barcode (accept / reject with reason), result entry with live
// flags, release, 危急值 phone report with read-back, and released reports in the viewer frame.

import type { ActionIssue } from '@preceptor/shared/hospital/actionIssues.ts';
import {
  RejectReason,
  findLabItem,
  findLabTest,
  flagResult,
  isoDate,
  type CriticalAlert,
  type LabResult,
  type Specimen,
} from '@preceptor/shared/hospital/index.ts';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useNow } from '../clock.ts';
import { useI18n, type MessageKey } from '../i18n.ts';
import { useHospital } from '../store/operator.ts';
import { DataTable } from '../ui/DataTable.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { FieldLabel } from '../ui/FieldLabel.tsx';
import { Data } from '../ui/Data.tsx';
import { deptName, labTestName, mdhm, minutesSince } from '../ui/format.ts';
import { StaffName } from '../ui/StaffLabel.tsx';
import { IssueList } from '../ui/IssueList.tsx';
import { ModulePage, ModuleWorkTabs } from '../ui/ModulePage.tsx';
import { ReportFrame } from '../ui/ReportFrame.tsx';
import { StatusTag } from '../ui/StatusTag.tsx';
import { useAnchorId } from '../uiVersion.ts';
import { Icon } from '../ui/Icon.tsx';

type LabTab = 'receipt' | 'entry' | 'critical' | 'reports';

export default function LabPage({ notify }: { notify: (message: string) => void }): ReactNode {
  const { t, tx, lang } = useI18n();
  const { state, operator, dispatch } = useHospital('lab');
  const now = useNow(15_000);
  const today = isoDate(now);
  const barcodeId = useAnchorId('specimen-barcode');
  const ids = { hint: useId(), reason: useId(), note: useId(), ward: useId(), receiver: useId() };
  const [tab, setTab] = useState<LabTab>('receipt');
  const [barcode, setBarcode] = useState('');
  const [issues, setIssues] = useState<ActionIssue[]>([]);
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [reason, setReason] = useState<RejectReason | ''>('');
  const [note, setNote] = useState('');
  const [entryId, setEntryId] = useState<string | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [alertId, setAlertId] = useState<string | null>(null);
  const [toWard, setToWard] = useState('');
  const [receiver, setReceiver] = useState('');
  const [readBack, setReadBack] = useState(false);
  const [reportId, setReportId] = useState<string | null>(null);
  const rejectCancel = useRef<HTMLButtonElement>(null);

  const patientName = (id: string) => state.patients.find((p) => p.patientId === id)?.name ?? id;
  const sourceName = (s: string) => (s === 'outpatient' ? t('dept.outpatient') : deptName(s, t, lang));
  const collected = state.specimens.filter((s) => s.status === 'collected').sort((a, b) => (a.priority === b.priority ? a.collected!.at.localeCompare(b.collected!.at) : a.priority === 'urgent' ? -1 : 1));
  const received = state.specimens.filter((s) => s.status === 'received');
  const entered = state.labResults.filter((r) => r.status === 'entered');
  const pendingCritical = state.criticalAlerts.filter((c) => c.status === 'pending-report');
  const released = state.labResults.filter((r) => r.status === 'released').slice().sort((a, b) => (b.releasedAt ?? '').localeCompare(a.releasedAt ?? ''));

  const receive = (id: string): void => {
    const r = dispatch({ type: 'specimen/receive', specimenId: id });
    if (!r.ok) return setIssues(r.issues);
    setIssues([]);
    setBarcode('');
    notify(t('lab.received', { id: id.trim() }));
  };

  const receipt = (
    <div data-panel="specimen-receipt">
      <form
        className="search-bar"
        onSubmit={(e) => {
          e.preventDefault();
          receive(barcode);
        }}
      >
        <label htmlFor={barcodeId} className="search-bar__label">{t('lab.scan')}</label>
        <input id={barcodeId} name="specimenBarcode" className="input search-bar__input mono" inputMode="numeric" autoComplete="off" value={barcode} aria-describedby={ids.hint} onChange={(e) => setBarcode(e.target.value)} />
        <button type="submit" className="btn btn--primary" data-action="receive-specimen">{t('lab.receive')}</button>
        <button type="button" className="btn btn--danger-outline" data-action="reject-specimen" disabled={barcode.trim() === ''} onClick={() => { setRejecting(barcode.trim()); setReason(''); setNote(''); }}>{t('lab.reject')}</button>
      </form>
      <p id={ids.hint} className="field-hint">{t('lab.scanHint')}</p>
      <IssueList issues={issues} />
      <DataTable<Specimen>
        caption={t('lab.pendingCaption')}
        rows={collected}
        rowKey={(s) => s.specimenId}
        rowData={(s) => ({ 'data-specimen-id': s.specimenId, 'data-appearance': s.appearance })}
        selectedKey={barcode.trim() || null}
        onRowClick={(s) => setBarcode(s.specimenId)}
        empty={t('common.empty')}
        maxHeight={420}
        columns={[
          { key: 'barcode', header: t('lab.col.barcode'), render: (s) => <button type="button" className="linkish mono" data-action="pick-specimen" onClick={() => setBarcode(s.specimenId)}>{s.specimenId}</button> },
          { key: 'priority', header: t('lab.col.priority'), render: (s) => (s.priority === 'urgent' ? <StatusTag tone="danger">{t('priority.urgent')}</StatusTag> : t('priority.routine')) },
          { key: 'patient', header: t('lab.col.patient'), render: (s) => <Data>{patientName(s.patientId)}</Data> },
          { key: 'test', header: t('lab.col.test'), render: (s) => labTestName(s.testCode, lang) },
          { key: 'tube', header: t('lab.col.tube'), render: (s) => <><span className={`tube tube--${s.tube}`} aria-hidden="true" />{t(`tube.${s.tube}` as MessageKey)}</> },
          { key: 'source', header: t('lab.col.source'), render: (s) => sourceName(s.source) },
          { key: 'time', header: t('lab.col.collected'), render: (s) => <span className="mono">{s.collected ? mdhm(s.collected.at) : ''}</span> },
          { key: 'look', header: t('lab.col.appearance'), render: (s) => <span className={s.appearance === 'normal' ? 'muted' : 'strong'}>{t(`appearance.${s.appearance}` as MessageKey)}</span> },
        ]}
      />
    </div>
  );

  const entrySpecimen = received.find((s) => s.specimenId === entryId) ?? received[0];
  const entryTest = entrySpecimen ? findLabTest(entrySpecimen.testCode) : undefined;
  const entryPatient = entrySpecimen ? state.patients.find((p) => p.patientId === entrySpecimen.patientId) : undefined;
  const entry = (
    <div data-panel="result-entry" className="split split--wide-left">
      <div className="work-area">
        <DataTable<Specimen>
          caption={t('lab.worklistCaption')}
          rows={received}
          rowKey={(s) => s.specimenId}
          rowData={(s) => ({ 'data-specimen-id': s.specimenId })}
          selectedKey={entrySpecimen?.specimenId ?? null}
          onRowClick={(s) => { setEntryId(s.specimenId); setValues({}); setIssues([]); }}
          empty={t('common.empty')}
          columns={[
            { key: 'barcode', header: t('lab.col.barcode'), render: (s) => <button type="button" className="linkish mono" data-action="pick-worklist" onClick={() => { setEntryId(s.specimenId); setValues({}); setIssues([]); }}>{s.specimenId}</button> },
            { key: 'patient', header: t('lab.col.patient'), render: (s) => <Data>{patientName(s.patientId)}</Data> },
            { key: 'test', header: t('lab.col.test'), render: (s) => labTestName(s.testCode, lang) },
            { key: 'source', header: t('lab.col.source'), render: (s) => sourceName(s.source) },
          ]}
        />
        <DataTable<LabResult>
          caption={t('lab.toReleaseCaption')}
          rows={entered}
          rowKey={(r) => r.resultId}
          empty={t('common.empty')}
          columns={[
            { key: 'patient', header: t('lab.col.patient'), render: (r) => <Data>{patientName(r.patientId)}</Data> },
            { key: 'test', header: t('lab.col.test'), render: (r) => labTestName(r.testCode, lang) },
            { key: 'flags', header: t('res.col.flags'), render: (r) => (r.items.some((i) => i.flag === 'HH' || i.flag === 'LL') ? <StatusTag tone="danger" icon={<Icon name="stop" />}>{t('lab.criticalLive')}</StatusTag> : r.items.some((i) => i.flag !== 'N') ? <StatusTag tone="warn">↕</StatusTag> : '') },
            {
              key: 'act', header: t('col.action'), className: 'col-action',
              render: (r) => (
                <button
                  type="button"
                  className="btn btn--xs btn--primary"
                  data-action="release-result"
                  data-result-id={r.resultId}
                  onClick={() => {
                    const res = dispatch({ type: 'labResult/release', resultId: r.resultId });
                    if (!res.ok) return setIssues(res.issues);
                    const critical = res.state.criticalAlerts.some((c) => c.resultId === r.resultId && c.status === 'pending-report');
                    notify(critical ? t('lab.releasedCritical') : t('lab.released', { id: r.resultId }));
                    if (critical) setTab('critical');
                  }}
                >
                  {t('lab.release')}<span className="sr-only"> <Data>{patientName(r.patientId)}</Data> {labTestName(r.testCode, lang)}</span>
                </button>
              ),
            },
          ]}
        />
      </div>
      <div className="work-area">
        {entrySpecimen && entryTest && entryPatient ? (
          <fieldset className="order-entry">
            <legend className="order-entry__title">{t('lab.entryFor', { test: labTestName(entryTest.code, lang), id: entrySpecimen.specimenId })}</legend>
            <p className="muted"><Data>{entryPatient.name}</Data> · {t(`sex.${entryPatient.sex}`)} · {sourceName(entrySpecimen.source)}</p>
            <table className="grid">
              <thead>
                <tr>
                  <th scope="col">{t('viewer.item')}</th>
                  <th scope="col">{t('viewer.result')}</th>
                  <th scope="col">{t('viewer.unit')}</th>
                  <th scope="col">{t('viewer.flag')}</th>
                </tr>
              </thead>
              <tbody>
                {entryTest.items.map((item) => {
                  const v = values[item.code] ?? '';
                  const num = v.trim() === '' ? null : Number(v);
                  const flag = num === null || Number.isNaN(num) ? null : flagResult(item, num, entryPatient.sex);
                  return (
                    <tr key={item.code} className={flag === 'HH' || flag === 'LL' ? 'is-critical' : undefined}>
                      <td><label htmlFor={`result-${item.code}`}>{lang === 'en' ? item.en : item.zh} <span className="mono muted">{item.code}</span></label></td>
                      <td><input id={`result-${item.code}`} name={`result-${item.code}`} className="input input--num" inputMode="decimal" value={v} onChange={(e) => setValues((x) => ({ ...x, [item.code]: e.target.value }))} /></td>
                      <td>{item.unit}</td>
                      <td>{flag && flag !== 'N' ? <span className={`value-${flag.toLowerCase()}`}>{t(`flag.${flag}` as MessageKey)}</span> : ''}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <IssueList issues={issues} />
            <div className="form-actions">
              <button
                type="button"
                className="btn btn--primary"
                data-action="save-result"
                onClick={() => {
                  const parsed = Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, Number(v)]));
                  const r = dispatch({ type: 'labResult/enter', specimenId: entrySpecimen.specimenId, values: parsed });
                  if (!r.ok) return setIssues(r.issues);
                  setIssues([]);
                  setEntryId(null);
                  setValues({});
                  notify(t('lab.saved'));
                }}
              >
                {t('lab.save')}
              </button>
            </div>
          </fieldset>
        ) : (
          <p className="muted">{t('lab.pickSpecimen')}</p>
        )}
      </div>
    </div>
  );

  const alertOf = pendingCritical.find((c) => c.alertId === alertId) ?? pendingCritical[0];
  const admissionOf = (c: CriticalAlert) => state.admissions.find((a) => a.patientId === c.patientId && a.status !== 'discharged');
  const itemLabel = (c: CriticalAlert) => { const item = findLabItem(c.testCode, c.itemCode); return item ? (lang === 'en' ? item.en : item.zh) : c.itemCode; };
  const critical = (
    <div data-panel="critical-report" className="two-col">
      <div className="work-area">
        <DataTable<CriticalAlert>
          caption={t('lab.criticalPendingCaption')}
          rows={pendingCritical}
          rowKey={(c) => c.alertId}
          rowData={(c) => ({ 'data-alert-id': c.alertId })}
          rowClass={() => 'is-critical'}
          selectedKey={alertOf?.alertId ?? null}
          onRowClick={(c) => setAlertId(c.alertId)}
          empty={t('common.empty')}
          columns={[
            { key: 'patient', header: t('lab.col.patient'), render: (c) => <Data>{patientName(c.patientId)}</Data> },
            { key: 'ward', header: t('lab.col.source'), render: (c) => { const a = admissionOf(c); return a ? `${deptName(a.ward, t, lang)} ${t('common.bedN', { n: a.bed })}` : t('dept.outpatient'); } },
            { key: 'item', header: t('lab.col.item'), render: (c) => itemLabel(c) },
            { key: 'value', header: t('lab.col.value'), className: 'num', render: (c) => <span className="value-hh">{c.value}</span> },
            { key: 'time', header: t('lab.col.detected'), render: (c) => <span className="mono">{mdhm(c.detectedAt)}</span> },
          ]}
        />
        {alertOf ? (
          <fieldset className="order-entry" data-panel="critical-phone" data-alert-id={alertOf.alertId}>
            <legend className="order-entry__title">{tx('lab.reportFor', { patient: <Data>{patientName(alertOf.patientId)}</Data>, item: itemLabel(alertOf), value: `${alertOf.value} ${findLabItem(alertOf.testCode, alertOf.itemCode)?.unit ?? ''}` })}</legend>
            <div className="form-row">
              <FieldLabel htmlFor={ids.ward} required>{t('lab.toWard')}</FieldLabel>
              <input id={ids.ward} name="toWard" className="input" value={toWard || (admissionOf(alertOf) ? deptName(admissionOf(alertOf)!.ward, t, lang) : t('dept.outpatient'))} onChange={(e) => setToWard(e.target.value)} />
            </div>
            <div className="form-row">
              <FieldLabel htmlFor={ids.receiver} required>{t('lab.receiverName')}</FieldLabel>
              <input id={ids.receiver} name="receiverName" className="input" value={receiver} onChange={(e) => setReceiver(e.target.value)} />
            </div>
            <label className="check">
              <input type="checkbox" name="readBackConfirmed" checked={readBack} onChange={(e) => setReadBack(e.target.checked)} />
              {t('lab.readBackConfirmed')}
            </label>
            <IssueList issues={issues} />
            <div className="form-actions">
              <button
                type="button"
                className="btn btn--danger"
                data-action="record-critical-report"
                onClick={() => {
                  const ward = toWard || (admissionOf(alertOf) ? admissionOf(alertOf)!.ward : 'outpatient');
                  const r = dispatch({ type: 'critical/report', alertId: alertOf.alertId, toWard: ward, receiverName: receiver, readBackConfirmed: readBack });
                  if (!r.ok) return setIssues(r.issues);
                  setIssues([]);
                  setReceiver('');
                  setReadBack(false);
                  setToWard('');
                  notify(t('lab.reportRecorded'));
                }}
              >
                {t('lab.recordReport')}
              </button>
            </div>
          </fieldset>
        ) : null}
      </div>
      <DataTable<CriticalAlert>
        caption={t('lab.criticalHistoryCaption')}
        rows={state.criticalAlerts.filter((c) => c.status !== 'pending-report').slice().reverse()}
        rowKey={(c) => c.alertId}
        empty={t('common.empty')}
        columns={[
          { key: 'patient', header: t('lab.col.patient'), render: (c) => <Data>{patientName(c.patientId)}</Data> },
          { key: 'item', header: t('lab.col.item'), render: (c) => `${itemLabel(c)} ${c.value}` },
          { key: 'reported', header: t('lab.col.reported'), render: (c) => <span className="mono">{c.report ? mdhm(c.report.at) : ''}</span> },
          { key: 'receiver', header: t('lab.col.receiver'), render: (c) => c.report?.receiverName ?? '' },
          { key: 'elapsed', header: t('lab.col.elapsed'), render: (c) => (c.report ? `${Math.round((Date.parse(c.report.at) - Date.parse(c.detectedAt)) / 60_000)}′` : '') },
          {
            key: 'ack', header: t('lab.col.ack'),
            render: (c) => (c.ack ? <><StaffName staffId={c.ack.by} /> {mdhm(c.ack.at)}</> : c.report && minutesSince(c.report.at, now) > 10 ? <StatusTag tone="danger" icon={<Icon name="escalate" />}>{t('lab.escalated')}</StatusTag> : <StatusTag tone="warn">{t('lab.criticalStatus.reported')}</StatusTag>),
          },
        ]}
      />
    </div>
  );

  const selectedReport = released.find((r) => r.resultId === reportId) ?? released[0];
  const reports = (
    <div data-panel="lab-reports" className="results-split">
      <DataTable<LabResult>
        caption={t('lab.reportsCaption')}
        rows={released.slice(0, 60)}
        rowKey={(r) => r.resultId}
        rowData={(r) => ({ 'data-report-id': r.resultId })}
        selectedKey={selectedReport?.resultId ?? null}
        onRowClick={(r) => setReportId(r.resultId)}
        maxHeight={460}
        columns={[
          { key: 'time', header: t('res.col.time'), render: (r) => <span className="mono">{mdhm(r.releasedAt!)}</span> },
          { key: 'patient', header: t('lab.col.patient'), render: (r) => <Data>{patientName(r.patientId)}</Data> },
          { key: 'test', header: t('lab.col.test'), render: (r) => <button type="button" className="linkish" data-action="open-report" onClick={() => setReportId(r.resultId)}>{labTestName(r.testCode, lang)}</button> },
          { key: 'flags', header: t('res.col.flags'), render: (r) => { const n = r.items.filter((i) => i.flag !== 'N').length; return n ? <StatusTag tone={r.items.some((i) => i.flag.length === 2) ? 'danger' : 'warn'}>{t('res.abnormal', { n })}</StatusTag> : ''; } },
        ]}
      />
      <div className="results-split__viewer">
        {selectedReport ? <ReportFrame kind="lab" id={selectedReport.resultId} title={`${t('fmt.labelled', { label: t('res.viewer') })}${labTestName(selectedReport.testCode, lang)}`} operator={operator.staffId} /> : null}
      </div>
    </div>
  );

  return (
    <ModulePage module="lab" title={t('module.lab')} breadcrumb={t('lab.breadcrumb')} aside={today} asideTone="mono">
      <ModuleWorkTabs
        module="lab"
        label={t('lab.tabs')}
        active={tab}
        onChange={(x) => { setTab(x); setIssues([]); }}
        tabs={[
          { id: 'receipt', label: t('lab.tab.receipt'), badge: collected.length },
          { id: 'entry', label: t('lab.tab.entry'), badge: received.length + entered.length },
          { id: 'critical', label: t('lab.tab.critical'), badge: pendingCritical.length },
          { id: 'reports', label: t('lab.tab.reports') },
        ]}
      >
        {tab === 'receipt' ? receipt : tab === 'entry' ? entry : tab === 'critical' ? critical : reports}
      </ModuleWorkTabs>
      {rejecting ? (
        <Dialog
          name="reject-specimen"
          size="md"
          title={t('lab.rejectTitle', { id: rejecting })}
          onClose={() => setRejecting(null)}
          initialFocus={rejectCancel}
          footer={
            <>
              <button
                type="button"
                className="btn btn--danger"
                data-action="confirm-reject-specimen"
                onClick={() => {
                  if (reason === '') return setIssues(['review.reasonRequired']);
                  const r = dispatch({ type: 'specimen/reject', specimenId: rejecting, reason, note });
                  if (!r.ok) return setIssues(r.issues);
                  notify(t('lab.rejected', { id: rejecting, reason: t(`rejectReason.${reason}` as MessageKey) }));
                  setRejecting(null);
                  setBarcode('');
                  setIssues([]);
                }}
              >
                {t('lab.reject')}
              </button>
              <button type="button" className="btn" ref={rejectCancel} onClick={() => setRejecting(null)}>{t('common.cancel')}</button>
            </>
          }
        >
          <div className="form-row">
            <FieldLabel htmlFor={ids.reason} required>{t('lab.rejectReason')}</FieldLabel>
            <select id={ids.reason} name="rejectReason" className="input" value={reason} onChange={(e) => setReason(e.target.value as RejectReason | '')}>
              <option value="">{t('common.choose')}</option>
              {RejectReason.options.map((r) => (
                <option key={r} value={r}>{t(`rejectReason.${r}` as MessageKey)}</option>
              ))}
            </select>
          </div>
          <div className="form-row" style={{ marginTop: 6 }}>
            <FieldLabel htmlFor={ids.note}>{t('lab.rejectNote')}</FieldLabel>
            <textarea id={ids.note} name="rejectNote" className="input" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <IssueList issues={issues} />
        </Dialog>
      ) : null}
    </ModulePage>
  );
}
