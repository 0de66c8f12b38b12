// 住院收费结算: discharge list, bill by fee and insurance category, card reading (医保读卡),
// the DOMAIN.md 3.8 settlement preview, settlement, e-receipt printing and voiding (冲红).

import type { ActionIssue } from '@preceptor/shared/hospital/actionIssues.ts';
import {
  FeeCategory,
  INPATIENT_POLICIES,
  addDays,
  depositBalance,
  formatFen,
  isoDate,
  settleInpatient,
  type Admission,
  type ChargeItem,
  type InsuranceScheme,
  type Settlement,
} from '@preceptor/shared/hospital/index.ts';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useNow } from '../clock.ts';
import { useI18n, type MessageKey } from '../i18n.ts';
import { useHospital } from '../store/operator.ts';
import { DataTable } from '../ui/DataTable.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { FieldLabel } from '../ui/FieldLabel.tsx';
import { ModulePage } from '../ui/ModulePage.tsx';
import { Data } from '../ui/Data.tsx';
import { deptName, itemName, ymdhm } from '../ui/format.ts';
import { StaffName } from '../ui/StaffLabel.tsx';
import { IssueList } from '../ui/IssueList.tsx';
import { Panel } from '../ui/Panel.tsx';
import { PatientStrip } from '../ui/PatientStrip.tsx';
import { StatusTag } from '../ui/StatusTag.tsx';
import { Tabs } from '../ui/Tabs.tsx';
import { Icon } from '../ui/Icon.tsx';

function days(a: Admission, today: string): number {
  const from = isoDate(new Date(a.admittedAt));
  let n = 0;
  for (let d = from; d <= (a.dischargedAt ? isoDate(new Date(a.dischargedAt)) : today); d = addDays(d, 1)) n += 1;
  return n;
}

export default function BillingPage({ notify }: { notify: (message: string) => void }): ReactNode {
  const { t, tx, lang } = useI18n();
  const { state, dispatch } = useHospital('billing');
  const today = isoDate(useNow(60_000));
  const voidReasonId = useId();
  const [list, setList] = useState<'pending' | 'settled'>('pending');
  const [admissionId, setAdmissionId] = useState<string | null>(null);
  const [cardReadFor, setCardReadFor] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [invoiceId, setInvoiceId] = useState<string | null>(null);
  const [voiding, setVoiding] = useState<Settlement | null>(null);
  const [voidReason, setVoidReason] = useState('');
  const [issues, setIssues] = useState<ActionIssue[]>([]);
  const cancelRef = useRef<HTMLButtonElement>(null);

  const pending = state.admissions.filter((a) => a.status === 'discharge-ordered');
  const settlements = state.settlements.slice().reverse();
  const patientOf = (id: string) => state.patients.find((p) => p.patientId === id)!;
  const chargesOf = (id: string) => state.charges.filter((c) => c.admissionId === id);
  const total = (id: string) => chargesOf(id).reduce((s, c) => s + c.amountFen, 0);
  const admission = pending.find((a) => a.admissionId === admissionId) ?? pending[0];
  const cardRead = admission !== undefined && cardReadFor === admission.admissionId;
  const patient = admission ? patientOf(admission.patientId) : undefined;
  const insured = patient && (patient.insuranceType === 'employee' || patient.insuranceType === 'resident');
  const scheme: InsuranceScheme = cardRead && insured ? (patient!.insuranceType as InsuranceScheme) : 'self-pay';
  const charges = admission ? chargesOf(admission.admissionId) : [];
  const breakdown = settleInpatient(charges.map((c) => ({ category: c.insuranceCategory, amountFen: c.amountFen })), scheme);
  const balance = admission ? depositBalance(breakdown.patientFen, admission.depositFen) : { refundFen: 0, dueFen: 0 };
  const balanceText = balance.dueFen > 0 ? `${t('bill.due')} ${formatFen(balance.dueFen)}` : `${t('bill.refund')} ${formatFen(balance.refundFen)}`;

  const pick = (a: Admission): void => {
    setAdmissionId(a.admissionId);
    setIssues([]);
  };

  const byCategory = FeeCategory.options
    .map((cat) => {
      const rows = charges.filter((c) => c.feeCategory === cat);
      const sum = (k: ChargeItem['insuranceCategory']) => rows.filter((c) => c.insuranceCategory === k).reduce((s, c) => s + c.amountFen, 0);
      return { cat, A: sum('A'), B: sum('B'), self: sum('self'), total: rows.reduce((s, c) => s + c.amountFen, 0) };
    })
    .filter((r) => r.total > 0);

  const invoice = state.settlements.find((s) => s.settlementId === invoiceId);

  const settlementPanel = admission && patient ? (
    <div className="work-area">
      <PatientStrip patient={patient} admission={admission} today={today} />
      <div className="two-col">
        <DataTable
          caption={t('bill.summaryCaption')}
          rows={byCategory}
          rowKey={(r) => r.cat}
          columns={[
            { key: 'cat', header: t('bill.col.category'), render: (r) => t(`fee.${r.cat}` as MessageKey) },
            { key: 'A', header: t('bill.col.classA'), className: 'num', render: (r) => formatFen(r.A) },
            { key: 'B', header: t('bill.col.classB'), className: 'num', render: (r) => formatFen(r.B) },
            { key: 'self', header: t('bill.col.self'), className: 'num', render: (r) => formatFen(r.self) },
            { key: 'total', header: t('bill.col.amount'), className: 'num', render: (r) => <span className="strong">{formatFen(r.total)}</span> },
          ]}
        />
        <div className="work-area">
          <div className="card-box" data-panel="insurance-card">
            <span className="strong">{t('fmt.labelled', { label: t('bill.card') })}</span>
            {insured ? (
              cardRead ? (
                <StatusTag tone="ok" icon="✔">{t('bill.cardRead', { scheme: t(`bill.scheme.${patient.insuranceType}` as MessageKey), card: `${patient.idNumber.slice(0, 4)}****${patient.idNumber.slice(-4)}` })}</StatusTag>
              ) : (
                <>
                  <StatusTag tone="warn" icon="⚠">{t('bill.cardNotRead')}</StatusTag>
                  <button type="button" className="btn btn--primary" data-action="read-insurance-card" onClick={() => setCardReadFor(admission.admissionId)}><Icon name="card" /> {t('bill.readCard')}</button>
                </>
              )
            ) : (
              <span className="muted">{t('bill.cardSelfPay', { type: t(`insurance.${patient.insuranceType}`) })}</span>
            )}
          </div>
          <div className="settle-preview" data-panel="settlement-preview" data-scheme={breakdown.scheme}>
            <div className="med-alerts__title">{t('bill.preview')} · {t(`bill.scheme.${breakdown.scheme}` as MessageKey)}{breakdown.scheme !== 'self-pay' ? ` · ${t('bill.ratio', { n: Math.round(INPATIENT_POLICIES[breakdown.scheme].ratio * 100) })}` : ''}</div>
            <dl className="settle-grid">
              <dt>{t('bill.total')}</dt><dd className="mono" data-field="total">{formatFen(breakdown.totalFen)}</dd>
              <dt>{t('bill.selfItems')}</dt><dd className="mono">{formatFen(breakdown.selfFen)}</dd>
              <dt>{t('bill.classBSelf')}</dt><dd className="mono">{formatFen(breakdown.classBSelfPayFen)}</dd>
              <dt>{t('bill.deductible')}</dt><dd className="mono">{formatFen(breakdown.deductibleFen)}</dd>
              <dt>{t('bill.fund')}</dt><dd className="mono strong" data-field="fund">{formatFen(breakdown.fundFen)}</dd>
              <dt>{t('bill.patientShare')}</dt><dd className="mono strong" data-field="patient">{formatFen(breakdown.patientFen)}</dd>
              <dt>{t('bill.deposit')}</dt><dd className="mono">{formatFen(admission.depositFen)}</dd>
              <dt>{balance.dueFen > 0 ? t('bill.due') : t('bill.refund')}</dt><dd className="mono fee" data-field="balance">{formatFen(balance.dueFen > 0 ? balance.dueFen : balance.refundFen)}</dd>
            </dl>
          </div>
          <IssueList issues={issues} />
          <div className="form-actions">
            <button type="button" className="btn btn--primary btn--lg" data-action="settle" onClick={() => setConfirming(true)}>{t('bill.settle')}</button>
          </div>
        </div>
      </div>
      <DataTable<ChargeItem>
        caption={t('bill.detailCaption')}
        rows={charges}
        rowKey={(c) => c.chargeId}
        maxHeight={240}
        columns={[
          { key: 'date', header: t('bill.col.date'), render: (c) => <span className="mono">{c.date}</span> },
          { key: 'cat', header: t('bill.col.category'), render: (c) => t(`fee.${c.feeCategory}` as MessageKey) },
          { key: 'item', header: t('bill.col.item'), render: (c) => itemName(c.itemCode, lang) },
          { key: 'qty', header: t('bill.col.qty'), className: 'num', render: (c) => c.quantity },
          { key: 'ins', header: t('bill.col.insCat'), render: (c) => <span className={c.insuranceCategory === 'self' ? 'strong' : undefined}>{t(`insCat.${c.insuranceCategory}` as MessageKey)}</span> },
          { key: 'amount', header: t('bill.col.amount'), className: 'num', render: (c) => formatFen(c.amountFen) },
        ]}
      />
    </div>
  ) : (
    <p className="muted">{t('bill.pick')}</p>
  );

  return (
    <ModulePage module="billing" title={t('module.billing')} breadcrumb={t('bill.breadcrumb')} aside={today} asideTone="mono">
      <div className="split split--wide-left">
        <Panel title={t('bill.list')} panel="discharge-list" className="panel--patients" flush>
          <Tabs
            name="billing-lists"
            label={t('bill.listTabs')}
            active={list}
            onChange={setList}
            tabs={[
              { id: 'pending', label: t('bill.pending'), badge: pending.length },
              { id: 'settled', label: t('bill.settled') },
            ]}
          >
            {list === 'pending' ? (
              <DataTable<Admission>
                caption={t('bill.pendingCaption')}
                captionHidden
                rows={pending}
                rowKey={(a) => a.admissionId}
                rowData={(a) => ({ 'data-admission-id': a.admissionId, 'data-patient-id': a.patientId })}
                selectedKey={admission?.admissionId ?? null}
                onRowClick={pick}
                empty={t('common.empty')}
                columns={[
                  { key: 'ward', header: t('common.ward'), render: (a) => `${deptName(a.ward, t, lang)} ${a.bed}` },
                  { key: 'name', header: t('col.name'), render: (a) => <button type="button" className="linkish" data-action="open-bill" onClick={() => pick(a)}><Data>{patientOf(a.patientId).name}</Data></button> },
                  { key: 'ins', header: t('col.insurance'), render: (a) => t(`insurance.${patientOf(a.patientId).insuranceType}`) },
                  { key: 'days', header: t('bill.col.days'), className: 'num', render: (a) => days(a, today) },
                  { key: 'total', header: t('bill.col.total'), className: 'num', render: (a) => formatFen(total(a.admissionId)) },
                ]}
              />
            ) : (
              <DataTable<Settlement>
                caption={t('bill.settledCaption')}
                captionHidden
                rows={settlements}
                rowKey={(s) => s.settlementId}
                rowData={(s) => ({ 'data-settlement-id': s.settlementId })}
                empty={t('common.empty')}
                columns={[
                  { key: 'name', header: t('col.name'), render: (s) => <Data>{patientOf(s.patientId).name}</Data> },
                  { key: 'scheme', header: t('bill.col.scheme'), render: (s) => t(`bill.scheme.${s.scheme}` as MessageKey) },
                  { key: 'total', header: t('bill.col.total'), className: 'num', render: (s) => formatFen(s.totalFen) },
                  { key: 'status', header: t('common.status'), render: (s) => <StatusTag tone={s.status === 'settled' ? 'ok' : 'muted'}>{t(`bill.status.${s.status}` as MessageKey)}</StatusTag> },
                  {
                    key: 'act', header: t('col.action'), className: 'col-action',
                    render: (s) => (
                      <span className="cell-input">
                        <button type="button" className="btn btn--xs" data-action="view-invoice" onClick={() => setInvoiceId(s.settlementId)}>{t('bill.viewInvoice')}<Data className="sr-only"> {patientOf(s.patientId).name}</Data></button>
                        {s.status === 'settled' ? (
                          <button type="button" className="btn btn--xs btn--danger-outline" data-action="void-settlement" onClick={() => { setVoiding(s); setVoidReason(''); setIssues([]); }}>{t('bill.void')}<Data className="sr-only"> {patientOf(s.patientId).name}</Data></button>
                        ) : null}
                      </span>
                    ),
                  },
                ]}
              />
            )}
          </Tabs>
        </Panel>
        {settlementPanel}
      </div>

      {confirming && admission && patient ? (
        <Dialog
          name="confirm-settlement"
          role="alertdialog"
          size="md"
          title={t('bill.settleTitle')}
          onClose={() => setConfirming(false)}
          initialFocus={cancelRef}
          footer={
            <>
              <button
                type="button"
                className="btn btn--primary"
                data-action="confirm-settle"
                onClick={() => {
                  const r = dispatch({ type: 'billing/settle', admissionId: admission.admissionId, cardRead });
                  setConfirming(false);
                  if (!r.ok) return setIssues(r.issues);
                  notify(t('bill.settledMsg', { name: patient.name, balance: balanceText }));
                  setAdmissionId(null);
                  setInvoiceId(r.id ?? null);
                }}
              >
                {t('bill.settle')}
              </button>
              <button type="button" className="btn" ref={cancelRef} onClick={() => setConfirming(false)}>{t('common.cancel')}</button>
            </>
          }
        >
          <p>{tx('bill.settleBody', { name: <Data>{patient.name}</Data>, total: formatFen(breakdown.totalFen), fund: formatFen(breakdown.fundFen), patient: formatFen(breakdown.patientFen), balance: balanceText })}</p>
          {breakdown.scheme === 'self-pay' && insured ? <p className="msg msg--warn">⚠ {t('bill.cardNotRead')}</p> : null}
        </Dialog>
      ) : null}

      {invoice ? (
        <Dialog
          name="invoice"
          size="lg"
          title={t('bill.invoice')}
          onClose={() => setInvoiceId(null)}
          footer={
            <>
              <button
                type="button"
                className="btn btn--primary"
                data-action="print-invoice"
                disabled={invoice.status !== 'settled'}
                onClick={() => {
                  dispatch({ type: 'billing/printInvoice', settlementId: invoice.settlementId });
                  try {
                    window.print();
                  } catch {
                    // printing is optional in the sandbox
                  }
                }}
              >
                <Icon name="printer" /> {t('bill.printInvoice')}
              </button>
              {invoice.printedAt ? <StatusTag tone="ok" icon="✔">{t('bill.printed')}</StatusTag> : null}
              <button type="button" className="btn" onClick={() => setInvoiceId(null)}>{t('common.close')}</button>
            </>
          }
        >
          {invoiceView(invoice)}
        </Dialog>
      ) : null}

      {voiding ? (
        <Dialog
          name="void-settlement"
          size="sm"
          title={t('bill.voidTitle', { id: voiding.settlementId })}
          onClose={() => setVoiding(null)}
          footer={
            <>
              <button
                type="button"
                className="btn btn--danger"
                data-action="confirm-void"
                onClick={() => {
                  const r = dispatch({ type: 'billing/void', settlementId: voiding.settlementId, reason: voidReason });
                  if (!r.ok) return setIssues(r.issues);
                  notify(t('bill.voided', { id: voiding.settlementId }));
                  setVoiding(null);
                  setList('pending');
                }}
              >
                {t('bill.void')}
              </button>
              <button type="button" className="btn" onClick={() => setVoiding(null)}>{t('common.cancel')}</button>
            </>
          }
        >
          <div className="form-row">
            <FieldLabel htmlFor={voidReasonId} required>{t('bill.voidReason')}</FieldLabel>
            <input id={voidReasonId} name="voidReason" className="input" value={voidReason} onChange={(e) => setVoidReason(e.target.value)} />
          </div>
          <IssueList issues={issues} />
        </Dialog>
      ) : null}
    </ModulePage>
  );

  function invoiceView(s: Settlement): ReactNode {
    const a = state.admissions.find((x) => x.admissionId === s.admissionId)!;
    const p = patientOf(s.patientId);
    const cats = FeeCategory.options.map((cat) => ({ cat, sum: chargesOf(s.admissionId).filter((c) => c.feeCategory === cat).reduce((n, c) => n + c.amountFen, 0) })).filter((x) => x.sum > 0);
    return (
      <div className="invoice" data-panel="invoice" data-settlement-id={s.settlementId}>
        <div className="invoice__title">{t('inv.title')}</div>
        <div className="invoice__meta">
          <span>{t('fmt.labelled', { label: t('inv.code') })}<span className="mono">{s.invoice.code}</span></span>
          <span>{t('fmt.labelled', { label: t('inv.number') })}<span className="mono">{s.invoice.number}</span></span>
          <span>{t('fmt.labelled', { label: t('inv.check') })}<span className="mono">{s.invoice.checkCode}</span></span>
          <span>{t('fmt.labelled', { label: t('inv.payer') })}<Data>{p.name}</Data></span>
          <span>{t('fmt.labelled', { label: t('inv.admission') })}<span className="mono">{a.admissionId}</span></span>
          <span>{t('fmt.labelled', { label: t('inv.date') })}<span className="mono">{ymdhm(s.at)}</span></span>
          <span>{t('fmt.labelled', { label: t('inv.stay') })}<span className="mono">{isoDate(new Date(a.admittedAt))} – {a.dischargedAt ? isoDate(new Date(a.dischargedAt)) : ''}</span></span>
          <span>{t('fmt.labelled', { label: t('col.insurance') })}{t(`bill.scheme.${s.scheme}` as MessageKey)}</span>
          {s.status === 'voided' ? <StatusTag tone="danger">{t('bill.status.voided')}</StatusTag> : null}
        </div>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('inv.category')}</th>
              <th scope="col" className="num">{t('inv.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {cats.map((c) => (
              <tr key={c.cat}>
                <td>{t(`fee.${c.cat}` as MessageKey)}</td>
                <td className="num mono">{(c.sum / 100).toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="invoice__sum">
          <span>{t('inv.total')} {formatFen(s.totalFen)}</span>
          <span>{t('inv.fund')} {formatFen(s.fundFen)}</span>
          <span>{t('inv.personal')} {formatFen(s.patientFen)}</span>
        </div>
        <div className="invoice__sum muted">
          <span>{t('inv.payee')}</span>
          <span>{tx('inv.cashier', { name: <StaffName staffId={s.by} /> })}</span>
        </div>
      </div>
    );
  }
}
