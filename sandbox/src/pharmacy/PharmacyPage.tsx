// 药房: prescription review (四查十对, approve / return with reasons), dispensing first-expiry-
// first-out with an identity check, stock with 库存预警, quarantine and requisitions.

import type { ActionIssue } from '@preceptor/shared/hospital/actionIssues.ts';
import {
  ReviewReason,
  batchStatus,
  checkMedicationLines,
  currentDrugs,
  findDrug,
  findStaff,
  isoDate,
  onShelf,
  stockAlerts,
  suggestedRequisition,
  type Prescription,
  type StockItem,
} from '@preceptor/shared/hospital/index.ts';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useNow } from '../clock.ts';
import { useI18n, type MessageKey } from '../i18n.ts';
import { useHospital } from '../store/operator.ts';
import { DataTable, type Column } from '../ui/DataTable.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { FieldLabel } from '../ui/FieldLabel.tsx';
import { Data } from '../ui/Data.tsx';
import { deptName, diagnosisLabel, drugLabel, drugSpec, formatAgeYears, listText, mdhm } from '../ui/format.ts';
import { StaffName } from '../ui/StaffLabel.tsx';
import { IssueList } from '../ui/IssueList.tsx';
import { MedAlerts, alertText } from '../ui/MedAlerts.tsx';
import { ModulePage, ModuleWorkTabs } from '../ui/ModulePage.tsx';
import { StatusTag } from '../ui/StatusTag.tsx';
import { Icon } from '../ui/Icon.tsx';

type PhTab = 'review' | 'dispense' | 'stock' | 'requisitions';

export default function PharmacyPage({ notify }: { notify: (message: string) => void }): ReactNode {
  const { t, tx, lang } = useI18n();
  const { state, dispatch } = useHospital('pharmacy');
  const today = isoDate(useNow(60_000));
  const [tab, setTab] = useState<PhTab>('review');
  const [rxId, setRxId] = useState<string | null>(null);
  const [reasons, setReasons] = useState<ReviewReason[]>([]);
  const [note, setNote] = useState('');
  const [identity, setIdentity] = useState(false);
  const [issues, setIssues] = useState<ActionIssue[]>([]);
  const [requisition, setRequisition] = useState<{ item: StockItem; qty: string; urgent: boolean } | null>(null);
  const ids = { note: useId(), qty: useId() };
  const reqCancel = useRef<HTMLButtonElement>(null);

  const pending = state.prescriptions.filter((p) => p.status === 'pending-review');
  const approved = state.prescriptions.filter((p) => p.status === 'approved');
  const alerts = stockAlerts(state.stock, today);
  const patientOf = (p: Prescription) => state.patients.find((x) => x.patientId === p.patientId)!;
  const selected =
    state.prescriptions.find((p) => p.rxId === rxId && (tab === 'review' ? p.status === 'pending-review' : p.status === 'approved')) ??
    (tab === 'review' ? pending[0] : tab === 'dispense' ? approved[0] : undefined);
  const pick = (p: Prescription) => {
    setRxId(p.rxId);
    setReasons([]);
    setNote('');
    setIdentity(false);
    setIssues([]);
  };
  const systemAlerts = (p: Prescription) => {
    const patient = patientOf(p);
    const doctor = findStaff(p.doctorId);
    return checkMedicationLines(p.lines, {
      allergies: patient.allergies, currentDrugs: currentDrugs(state, patient.patientId), prescriberTitle: doctor?.title ?? 'attending',
      setting: p.kind === 'emergency' ? 'emergency' : 'outpatient', chronic: p.chronic,
    });
  };

  const rxHead = (p: Prescription): ReactNode => {
    const patient = patientOf(p);
    return (
      <div className="rx-slip" data-rx-id={p.rxId}>
        <div className="rx-slip__head">
          <span className="strong">{t('ph.rxTitle', { id: p.rxId })}</span>
          <span className="tag tag--info">{t('ph.rxKindBadge', { kind: t(`rxKind.${p.kind}`) })}</span>
          <span className="muted">{deptName(p.deptCode, t, lang)} · <StaffName staffId={p.doctorId} /> · {mdhm(p.signedAt)}</span>
        </div>
        <dl className="facts facts--inline">
          <dt>{t('ph.col.patient')}</dt>
          <dd>{tx('ph.patientInfo', { name: <Data>{patient.name}</Data>, sex: t(`sex.${patient.sex}`), age: formatAgeYears(patient.birthDate, today, t), insurance: t(`insurance.${patient.insuranceType}`) })} <span className="mono muted">{patient.patientId}</span></dd>
          <dt>{t('ph.allergies')}</dt>
          <dd>{patient.allergies.length ? <span className="allergy allergy--yes">⚠ <Data>{listText(patient.allergies, lang)}</Data></span> : t('ph.none')}</dd>
          <dt>{t('ph.currentMeds')}</dt>
          <dd>{listText(currentDrugs(state, patient.patientId).map((d) => drugLabel(d, lang)), lang) || t('ph.none')}</dd>
          <dt>{t('ph.diagnosis')}</dt>
          <dd>{p.diagnoses.map((d) => diagnosisLabel(d, lang)).join(lang === 'en' ? '; ' : '；')}</dd>
        </dl>
        <DataTable
          caption={t('rx.linesCaption')}
          captionHidden
          rows={p.lines}
          rowKey={(l) => l.drug}
          columns={[
            { key: 'drug', header: t('rx.col.drug'), render: (l) => <span className="strong">{drugLabel(l.drug, lang)}</span> },
            { key: 'spec', header: t('rx.col.spec'), render: (l) => drugSpec(l.drug, lang) },
            { key: 'dose', header: t('rx.col.dose'), render: (l) => `${l.dose}${l.unit}` },
            { key: 'route', header: t('rx.col.route'), render: (l) => t(`route.${l.route}` as MessageKey) },
            { key: 'freq', header: t('rx.col.frequency'), render: (l) => l.frequency },
            { key: 'days', header: t('rx.col.days'), className: 'num', render: (l) => l.days },
            { key: 'qty', header: t('rx.col.quantity'), className: 'num', render: (l) => { const d = findDrug(l.drug); return `${l.quantity}${d ? (lang === 'en' ? ` ${d.dispenseUnit.en}` : d.dispenseUnit.zh) : ''}`; } },
          ]}
        />
      </div>
    );
  };

  // review and dispensing: a queue of prescriptions beside the one picked
  const rxColumn: Column<Prescription> = { key: 'id', header: t('ph.col.rx'), render: (p) => <button type="button" className="linkish mono" data-action="open-prescription" onClick={() => pick(p)}>{p.rxId.slice(-6)}</button> };
  const patientColumn: Column<Prescription> = { key: 'patient', header: t('ph.col.patient'), render: (p) => <Data>{patientOf(p).name}</Data> };
  const signedColumn: Column<Prescription> = { key: 'time', header: t('ph.col.time'), render: (p) => <span className="mono">{mdhm(p.signedAt)}</span> };
  const rxQueue = (panel: string, caption: string, rows: Prescription[], columns: Column<Prescription>[], work: (rx: Prescription) => ReactNode): ReactNode => (
    <div className="split split--wide-left" data-panel={panel}>
      <DataTable<Prescription>
        caption={caption}
        rows={rows}
        rowKey={(p) => p.rxId}
        rowData={(p) => ({ 'data-rx-id': p.rxId })}
        selectedKey={selected?.rxId ?? null}
        onRowClick={pick}
        empty={t('common.empty')}
        columns={columns}
      />
      <div className="work-area">{selected ? work(selected) : <p className="muted">{t('ph.pick')}</p>}</div>
    </div>
  );

  const review = rxQueue(
    'rx-review',
    t('ph.queueCaption'),
    pending,
    [
      rxColumn,
      patientColumn,
      { key: 'dept', header: t('ph.col.dept'), render: (p) => deptName(p.deptCode, t, lang) },
      signedColumn,
      { key: 'flags', header: t('ph.col.flags'), render: (p) => { const n = systemAlerts(p).filter((a) => a.severity !== 'info').length; return n ? <StatusTag tone="warn" icon="⚠">{n}</StatusTag> : <span className="muted">—</span>; } },
    ],
    (rx) => (
      <>
        {rxHead(rx)}
        <MedAlerts title={t('ph.systemCheck')} alerts={systemAlerts(rx)} panel="review-alerts" />
        {rx.overrides.length ? <p className="field-hint">{t('ph.prescriberAck', { list: rx.alerts.filter((a) => rx.overrides.some((o) => o.code === a.code)).map((a) => alertText(a, t, lang)).join(t('fmt.clauseSep')) })}</p> : null}
        <fieldset className="order-entry" data-panel="review-decision">
          <legend className="order-entry__title">{t('ph.decision')}</legend>
          <div role="group" aria-label={t('ph.reasons')}>
            <span className="strong">{t('fmt.labelled', { label: t('ph.reasons') })}</span>
            <span className="radios">
              {ReviewReason.options.map((r) => (
                <label key={r} className="radio">
                  <input type="checkbox" name="reviewReason" value={r} checked={reasons.includes(r)} onChange={(e) => setReasons((x) => (e.target.checked ? [...x, r] : x.filter((y) => y !== r)))} />
                  {t(`reviewReason.${r}`)}
                </label>
              ))}
            </span>
          </div>
          <div className="form-row form-row--wide">
            <FieldLabel htmlFor={ids.note}>{t('ph.note')}</FieldLabel>
            <textarea id={ids.note} name="reviewNote" className="input" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <IssueList issues={issues} />
          <div className="form-actions">
            <button
              type="button"
              className="btn btn--primary"
              data-action="approve-prescription"
              onClick={() => {
                const r = dispatch({ type: 'prescription/review', rxId: rx.rxId, decision: 'approved', reasons: [], note });
                if (!r.ok) return setIssues(r.issues);
                notify(t('ph.approved', { id: rx.rxId }));
                setRxId(null);
              }}
            >
              ✔ {t('ph.approve')}
            </button>
            <button
              type="button"
              className="btn btn--danger"
              data-action="return-prescription"
              onClick={() => {
                const r = dispatch({ type: 'prescription/review', rxId: rx.rxId, decision: 'returned', reasons, note });
                if (!r.ok) return setIssues(r.issues);
                notify(t('ph.returnedMsg', { id: rx.rxId }));
                setRxId(null);
              }}
            >
              ↩ {t('ph.return')}
            </button>
          </div>
        </fieldset>
      </>
    ),
  );

  const pickList = (p: Prescription) =>
    p.lines.flatMap((l) => {
      const item = state.stock.find((s) => s.drug === l.drug);
      if (!item) return [{ key: `${l.drug}-none`, drug: l.drug, batch: '—', expiry: '', shelf: '', qty: l.quantity, short: true }];
      let needed = l.quantity;
      const rows: { key: string; drug: string; batch: string; expiry: string; shelf: string; qty: number; short: boolean }[] = [];
      for (const b of item.batches.filter((x) => !x.quarantined && x.quantity > 0).sort((a, b) => a.expiry.localeCompare(b.expiry))) {
        if (needed === 0) break;
        const take = Math.min(needed, b.quantity);
        needed -= take;
        rows.push({ key: `${l.drug}-${b.batchNo}`, drug: l.drug, batch: b.batchNo, expiry: b.expiry, shelf: item.shelf, qty: take, short: false });
      }
      if (needed > 0) rows.push({ key: `${l.drug}-short`, drug: l.drug, batch: '—', expiry: '', shelf: item.shelf, qty: needed, short: true });
      return rows;
    });

  const dispense = rxQueue(
    'dispensing',
    t('ph.dispQueueCaption'),
    approved,
    [rxColumn, patientColumn, { key: 'drugs', header: t('ph.col.drugs'), render: (p) => listText(p.lines.map((l) => drugLabel(l.drug, lang)), lang) }, signedColumn],
    (rx) => (
      <>
        {rxHead(rx)}
        <DataTable
          caption={t('ph.pickList')}
          rows={pickList(rx)}
          rowKey={(r) => r.key}
          rowClass={(r) => (r.short || (r.expiry && r.expiry < today) ? 'is-flagged' : undefined)}
          columns={[
            { key: 'drug', header: t('ph.col.drug'), render: (r) => drugLabel(r.drug, lang) },
            { key: 'shelf', header: t('ph.col.shelf'), render: (r) => <span className="mono">{r.shelf}</span> },
            { key: 'batch', header: t('ph.col.batch'), render: (r) => <span className="mono">{r.batch}</span> },
            {
              key: 'exp', header: t('ph.col.expiry'),
              render: (r) => (r.short ? <StatusTag tone="danger">{t('ph.insufficient')}</StatusTag> : (
                <span className="mono">
                  {r.expiry}{' '}
                  {r.expiry < today ? <StatusTag tone="danger" icon={<Icon name="stop" />}>{t('ph.expired')}</StatusTag> : null}
                </span>
              )),
            },
            { key: 'qty', header: t('ph.col.qty'), className: 'num', render: (r) => r.qty },
          ]}
        />
        <label className="check">
          <input type="checkbox" name="identityChecked" checked={identity} onChange={(e) => setIdentity(e.target.checked)} />
          {t('ph.identity')}
        </label>
        <IssueList issues={issues} />
        <div className="form-actions">
          <button
            type="button"
            className="btn btn--primary btn--lg"
            data-action="dispense"
            onClick={() => {
              const r = dispatch({ type: 'prescription/dispense', rxId: rx.rxId, identityChecked: identity });
              if (!r.ok) return setIssues(r.issues);
              notify(t('ph.dispensed', { id: rx.rxId }));
              setRxId(null);
            }}
          >
            {t('ph.dispense')}
          </button>
        </div>
      </>
    ),
  );

  const stock = (
    <div data-panel="stock">
      <div className="stock-alerts" data-panel="stock-alerts" role="region" aria-label={t('ph.stockAlerts')}>
        <div className="med-alerts__title">{t('ph.stockAlerts')} ({alerts.length})</div>
        {alerts.length === 0 ? <p className="med-alerts__none">{t('ph.noAlerts')}</p> : null}
        <ul className="med-alerts__list">
          {alerts.map((a) => (
            <li key={`${a.kind}-${a.drug}-${a.batchNo ?? ''}`} className={`med-alert med-alert--${a.kind === 'near-expiry' ? 'warn' : 'block'}`} data-stock-alert={a.kind} data-drug={a.drug}>
              <StatusTag tone={a.kind === 'near-expiry' ? 'warn' : 'danger'} icon={a.kind === 'expired' ? <Icon name="stop" /> : '⚠'}>{t(a.kind === 'expired' ? 'ph.expired' : a.kind === 'near-expiry' ? 'ph.nearExpiry' : 'ph.stock.low')}</StatusTag>
              <span className="med-alert__text">{t(`ph.alert.${a.kind}` as MessageKey, { drug: drugLabel(a.drug, lang), batch: a.batchNo ?? '', expiry: a.expiry ?? '', qty: a.quantity })}</span>
            </li>
          ))}
        </ul>
      </div>
      <DataTable<StockItem>
        caption={t('ph.stockCaption')}
        rows={state.stock}
        rowKey={(s) => s.drug}
        rowData={(s) => ({ 'data-drug': s.drug })}
        rowClass={(s) => (onShelf(s) < s.min || s.batches.some((b) => batchStatus(b, today) === 'expired') ? 'is-flagged' : undefined)}
        maxHeight={420}
        columns={[
          { key: 'shelf', header: t('ph.col.shelf'), render: (s) => <span className="mono">{s.shelf}</span> },
          { key: 'drug', header: t('ph.col.drug'), render: (s) => <span className="strong">{drugLabel(s.drug, lang)}</span> },
          { key: 'spec', header: t('ph.col.spec'), render: (s) => drugSpec(s.drug, lang) },
          { key: 'qty', header: t('ph.col.onShelf'), className: 'num', render: (s) => onShelf(s) },
          { key: 'min', header: t('ph.col.min'), className: 'num', render: (s) => s.min },
          { key: 'max', header: t('ph.col.max'), className: 'num', render: (s) => s.max },
          { key: 'status', header: t('ph.col.status'), render: (s) => (onShelf(s) < s.min ? <StatusTag tone="danger" icon="▼">{t('ph.stock.low')}</StatusTag> : <StatusTag tone="ok">{t('ph.stock.ok')}</StatusTag>) },
          {
            key: 'batches', header: t('ph.col.batches'),
            render: (s) => (
              <ul className="batch-list">
                {s.batches.map((b) => {
                  const status = batchStatus(b, today);
                  return (
                    <li key={b.batchNo} data-batch={b.batchNo} data-batch-status={status}>
                      <span className="mono">{b.batchNo}</span> <span className="mono">{b.expiry}</span> ×{b.quantity}{' '}
                      {status === 'expired' ? <StatusTag tone="danger" icon={<Icon name="stop" />}>{t('ph.expired')}</StatusTag> : status === 'near-expiry' ? <StatusTag tone="warn">{t('ph.nearExpiry')}</StatusTag> : status === 'quarantined' ? <StatusTag tone="muted">{t('ph.quarantined')}</StatusTag> : null}
                      {status !== 'quarantined' && status !== 'ok' ? (
                        <button
                          type="button"
                          className="btn btn--xs btn--danger-outline"
                          data-action="quarantine-batch"
                          onClick={() => {
                            const r = dispatch({ type: 'stock/quarantine', drug: s.drug, batchNo: b.batchNo });
                            if (r.ok) notify(t('ph.quarantinedMsg', { drug: drugLabel(s.drug, lang), batch: b.batchNo }));
                          }}
                        >
                          {t('ph.quarantine')}<span className="sr-only"> {drugLabel(s.drug, lang)} {b.batchNo}</span>
                        </button>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            ),
          },
          {
            key: 'act', header: t('col.action'), className: 'col-action',
            render: (s) => (
              <button type="button" className="btn btn--xs" data-action="requisition" onClick={() => { setRequisition({ item: s, qty: String(suggestedRequisition(s)), urgent: onShelf(s) < s.min }); setIssues([]); }}>
                {t('ph.requisition')}<span className="sr-only"> {drugLabel(s.drug, lang)}</span>
              </button>
            ),
          },
        ]}
      />
    </div>
  );

  const requisitions = (
    <DataTable
      caption={t('ph.reqCaption')}
      rows={state.requisitions.slice().reverse()}
      rowKey={(r) => r.requisitionId}
      empty={t('common.empty')}
      columns={[
        { key: 'id', header: t('ph.col.reqId'), render: (r) => <span className="mono">{r.requisitionId}</span> },
        { key: 'drug', header: t('ph.col.drug'), render: (r) => drugLabel(r.drug, lang) },
        { key: 'qty', header: t('ph.col.qty'), className: 'num', render: (r) => r.quantity },
        { key: 'urgent', header: t('ph.col.urgent'), render: (r) => (r.urgent ? <StatusTag tone="danger">{t('ph.reqUrgent')}</StatusTag> : '') },
        { key: 'by', header: t('common.operator'), render: (r) => <StaffName staffId={r.by} /> },
        { key: 'time', header: t('common.time'), render: (r) => <span className="mono">{mdhm(r.at)}</span> },
        { key: 'status', header: t('common.status'), render: (r) => t(`ph.reqStatus.${r.status}`) },
      ]}
    />
  );

  return (
    <ModulePage module="pharmacy" title={t('module.pharmacy')} breadcrumb={t('ph.breadcrumb')} aside={today} asideTone="mono">
      <ModuleWorkTabs
        module="pharmacy"
        label={t('ph.tabs')}
        active={tab}
        onChange={(x) => { setTab(x); setRxId(null); setIssues([]); }}
        tabs={[
          { id: 'review', label: t('ph.tab.review'), badge: pending.length },
          { id: 'dispense', label: t('ph.tab.dispense'), badge: approved.length },
          { id: 'stock', label: t('ph.tab.stock'), badge: alerts.length },
          { id: 'requisitions', label: t('ph.tab.requisitions') },
        ]}
      >
        {tab === 'review' ? review : tab === 'dispense' ? dispense : tab === 'stock' ? stock : requisitions}
      </ModuleWorkTabs>
      {requisition ? (
        <Dialog
          name="requisition"
          size="sm"
          title={t('ph.reqTitle', { drug: drugLabel(requisition.item.drug, lang) })}
          onClose={() => setRequisition(null)}
          initialFocus={reqCancel}
          footer={
            <>
              <button
                type="button"
                className="btn btn--primary"
                data-action="submit-requisition"
                onClick={() => {
                  const r = dispatch({ type: 'stock/requisition', drug: requisition.item.drug, quantity: Number(requisition.qty), urgent: requisition.urgent });
                  if (!r.ok) return setIssues(r.issues);
                  notify(t('ph.reqSubmitted', { id: r.id ?? '' }));
                  setRequisition(null);
                }}
              >
                {t('ph.reqSubmit')}
              </button>
              <button type="button" className="btn" ref={reqCancel} onClick={() => setRequisition(null)}>{t('common.cancel')}</button>
            </>
          }
        >
          <p className="muted">{t('ph.col.onShelf')} {onShelf(requisition.item)} · {t('ph.col.min')} {requisition.item.min} · {t('ph.col.max')} {requisition.item.max}</p>
          <div className="form-row">
            <FieldLabel htmlFor={ids.qty} required>{t('ph.reqQty')}</FieldLabel>
            <input id={ids.qty} name="requisitionQuantity" className="input input--num" inputMode="numeric" value={requisition.qty} onChange={(e) => setRequisition({ ...requisition, qty: e.target.value })} />
          </div>
          <p className="field-hint">{t('ph.reqSuggest', { n: suggestedRequisition(requisition.item) })}</p>
          <label className="check">
            <input type="checkbox" name="requisitionUrgent" checked={requisition.urgent} onChange={(e) => setRequisition({ ...requisition, urgent: e.target.checked })} />
            {t('ph.reqUrgent')}
          </label>
          <IssueList issues={issues} />
        </Dialog>
      ) : null}
    </ModulePage>
  );
}
