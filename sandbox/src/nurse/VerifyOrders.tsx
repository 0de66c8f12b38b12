// 医嘱核对: the ward's new orders; check and accept, or return one to the doctor with a reason.

import type { ActionIssue } from '@preceptor/shared/hospital/actionIssues.ts';
import { OrderReturnReason, findDrug, type ActionResult, type Admission, type HospitalAction, type Order } from '@preceptor/shared/hospital/index.ts';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n.ts';
import type { SandboxState } from '../store/sandboxStore.ts';
import { DataTable } from '../ui/DataTable.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { FieldLabel } from '../ui/FieldLabel.tsx';
import { mdhm, orderText } from '../ui/format.ts';
import { StaffName } from '../ui/StaffLabel.tsx';
import { IssueList } from '../ui/IssueList.tsx';
import { StatusTag } from '../ui/StatusTag.tsx';
import { Data } from '../ui/Data.tsx';

export function VerifyOrders({ state, ward, selected, dispatch, notify }: { state: SandboxState; ward: string; selected: Admission | undefined; dispatch: (a: HospitalAction) => ActionResult; notify: (m: string) => void }): ReactNode {
  const { t, lang } = useI18n();
  const ids = { only: useId(), reason: useId(), note: useId() };
  const [onlyPatient, setOnlyPatient] = useState(false);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [returning, setReturning] = useState<Order | null>(null);
  const [reason, setReason] = useState<OrderReturnReason | ''>('');
  const [note, setNote] = useState('');
  const [issues, setIssues] = useState<ActionIssue[]>([]);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const admissions = state.admissions.filter((a) => a.ward === ward && a.status !== 'discharged');
  const admissionOf = (o: Order) => admissions.find((a) => a.admissionId === o.admissionId);
  const rows = state.orders
    .filter((o) => o.status === 'new' && admissionOf(o) && (!onlyPatient || o.patientId === selected?.patientId))
    .sort((a, b) => admissionOf(a)!.bed.localeCompare(admissionOf(b)!.bed) || a.startAt.localeCompare(b.startAt));
  const name = (o: Order) => state.patients.find((p) => p.patientId === o.patientId)?.name ?? '';

  const verify = (): void => {
    const result = dispatch({ type: 'order/verify', orderIds: [...checked] });
    if (!result.ok) return setIssues(result.issues);
    notify(t('verify.verified', { n: checked.size }));
    setChecked(new Set());
    setIssues([]);
  };

  return (
    <div data-panel="order-verify">
      <p className="msg msg--info">{t('verify.hint')}</p>
      <div className="toolbar">
        <label className="check">
          <input id={ids.only} type="checkbox" name="onlyCurrentPatient" checked={onlyPatient} disabled={!selected} onChange={(e) => setOnlyPatient(e.target.checked)} />
          {t('verify.onlyPatient')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            name="selectAllOrders"
            checked={rows.length > 0 && rows.every((o) => checked.has(o.orderId))}
            onChange={(e) => setChecked(e.target.checked ? new Set(rows.map((o) => o.orderId)) : new Set())}
          />
          {t('verify.selectAll')}
        </label>
        <button type="button" className="btn btn--primary" data-action="verify-orders" disabled={checked.size === 0} onClick={verify}>
          {t('verify.verify')} ({checked.size})
        </button>
      </div>
      <IssueList issues={issues} />
      <DataTable<Order>
        caption={t('verify.caption')}
        rows={rows}
        rowKey={(o) => o.orderId}
        rowData={(o) => ({ 'data-order-id': o.orderId })}
        rowClass={(o) => (checked.has(o.orderId) ? 'is-selected' : undefined)}
        empty={t('verify.none')}
        maxHeight={360}
        columns={[
          {
            key: 'pick', header: <span className="sr-only">{t('common.select')}</span>, className: 'col-action',
            render: (o) => (
              <input
                type="checkbox"
                name="verifyOrder"
                value={o.orderId}
                aria-label={t('verify.pick', { order: `${admissionOf(o)!.bed} ${name(o)} ${orderText(o, t, lang)}` })}
                checked={checked.has(o.orderId)}
                onChange={(e) => {
                  const next = new Set(checked);
                  if (e.target.checked) next.add(o.orderId);
                  else next.delete(o.orderId);
                  setChecked(next);
                }}
              />
            ),
          },
          { key: 'bed', header: t('common.bed'), render: (o) => <span className="strong">{admissionOf(o)!.bed}</span> },
          { key: 'name', header: t('col.name'), render: (o) => name(o) },
          { key: 'type', header: t('ord.col.type'), render: (o) => <span className={`order-type order-type--${o.type}`}>{t(`orderType.${o.type}`)}</span> },
          {
            key: 'content', header: t('ord.col.content'),
            render: (o) => (
              <>
                <span className="strong">{orderText(o, t, lang)}</span>
                {o.text ? <span className="muted"> （{o.text}）</span> : null}
                {o.drug && findDrug(o.drug)?.highAlert ? <> <StatusTag tone="danger" icon="⚠">{t('rx.tagHighAlert')}</StatusTag></> : null}
              </>
            ),
          },
          { key: 'doctor', header: t('ord.col.doctor'), render: (o) => <StaffName staffId={o.doctorId} /> },
          { key: 'time', header: t('ord.col.start'), render: (o) => <span className="mono">{mdhm(o.startAt)}</span> },
          {
            key: 'act', header: t('col.action'), className: 'col-action',
            render: (o) => (
              <button type="button" className="btn btn--xs btn--danger-outline" data-action="return-order" onClick={() => { setReturning(o); setReason(''); setNote(''); setIssues([]); }}>
                {t('verify.return')}<span className="sr-only"> {orderText(o, t, lang)}</span>
              </button>
            ),
          },
        ]}
      />
      {returning ? (
        <Dialog
          name="return-order"
          size="md"
          title={t('verify.returnTitle')}
          onClose={() => setReturning(null)}
          initialFocus={cancelRef}
          footer={
            <>
              <button
                type="button"
                className="btn btn--danger"
                data-action="confirm-return-order"
                onClick={() => {
                  if (reason === '') return setIssues(['review.reasonRequired']);
                  const r = dispatch({ type: 'order/return', orderId: returning.orderId, reason, note });
                  if (!r.ok) return setIssues(r.issues);
                  setReturning(null);
                  setIssues([]);
                  notify(t('verify.returned'));
                }}
              >
                {t('verify.return')}
              </button>
              <button type="button" className="btn" ref={cancelRef} onClick={() => setReturning(null)}>{t('common.cancel')}</button>
            </>
          }
        >
          <p className="strong">{admissionOf(returning)?.bed} {name(returning)} · {orderText(returning, t, lang)}</p>
          <div className="form-row">
            <FieldLabel htmlFor={ids.reason} required>{t('verify.returnReason')}</FieldLabel>
            <select id={ids.reason} name="returnReason" className="input" value={reason} onChange={(e) => setReason(e.target.value as OrderReturnReason | '')}>
              <option value="">{t('common.choose')}</option>
              {OrderReturnReason.options.map((r) => (
                <option key={r} value={r}>{t(`returnReason.${r}`)}</option>
              ))}
            </select>
          </div>
          <div className="form-row" style={{ marginTop: 6 }}>
            <FieldLabel htmlFor={ids.note}>{t('verify.returnNote')}</FieldLabel>
            <textarea id={ids.note} name="returnNote" className="input" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <IssueList issues={issues} />
        </Dialog>
      ) : null}
    </div>
  );
}
