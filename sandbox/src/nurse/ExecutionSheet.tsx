// 医嘱执行: today's doses for the patient; each is given by scanning the wristband and the
// drug label (扫码执行). Running drips can be held pending the doctor. Specimens are collected here.

import type { ActionIssue } from '@preceptor/shared/hospital/actionIssues.ts';
import { FREQUENCIES, findLabTest, isoDate, type ActionResult, type Admission, type HospitalAction, type Order, type Patient } from '@preceptor/shared/hospital/index.ts';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n.ts';
import type { SandboxState } from '../store/sandboxStore.ts';
import { Barcode } from '../ui/Barcode.tsx';
import { DataTable } from '../ui/DataTable.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { FieldLabel } from '../ui/FieldLabel.tsx';
import { Data } from '../ui/Data.tsx';
import { hm, labTestName, orderText } from '../ui/format.ts';
import { StaffName } from '../ui/StaffLabel.tsx';
import { IssueList } from '../ui/IssueList.tsx';
import { StatusTag } from '../ui/StatusTag.tsx';
import { useAnchorId } from '../uiVersion.ts';
import { Icon } from '../ui/Icon.tsx';

type Dose = { key: string; order: Order; doseTime: string; done?: { at: string; nurseId: string } };

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** Today's doses of a patient's checked medication orders. */
export function dosesToday(orders: readonly Order[], today: string): Dose[] {
  const out: Dose[] = [];
  for (const o of orders) {
    if (o.category !== 'medication' || !o.frequency) continue;
    if (o.status !== 'verified' && o.status !== 'executed') continue;
    const doneAt = (time: string) => o.executions.find((e) => e.doseTime === time && (o.type === 'temp' || isoDate(new Date(e.at)) === today));
    if (o.type === 'temp' || FREQUENCIES[o.frequency].once) {
      if (o.status === 'executed' && isoDate(new Date(o.executions.at(-1)?.at ?? o.startAt)) !== today) continue;
      out.push({ key: `${o.orderId}-once`, order: o, doseTime: 'once', done: doneAt('once') });
    } else if (o.frequency === 'prn') {
      out.push({ key: `${o.orderId}-prn`, order: o, doseTime: 'prn', done: doneAt('prn') });
    } else {
      for (const time of FREQUENCIES[o.frequency].times) out.push({ key: `${o.orderId}-${time}`, order: o, doseTime: time, done: doneAt(time) });
    }
  }
  return out.sort((a, b) => (a.doseTime === 'once' ? -1 : b.doseTime === 'once' ? 1 : a.doseTime.localeCompare(b.doseTime)));
}

export type ExecutionSheetProps = { state: SandboxState; admission: Admission; patient: Patient; now: Date; dispatch: (a: HospitalAction) => ActionResult; notify: (m: string) => void };

export function ExecutionSheet({ state, admission, patient, now, dispatch, notify }: ExecutionSheetProps): ReactNode {
  const { t, tx, lang } = useI18n();
  const today = isoDate(now);
  const nowMin = now.getHours() * 60 + now.getMinutes();
  const wristbandId = useAnchorId('wristband-scan');
  const labelId = useAnchorId('order-barcode');
  const ids = { manualReason: useId(), holdReason: useId() };
  const [scanning, setScanning] = useState<Dose | null>(null);
  const [wristband, setWristband] = useState('');
  const [label, setLabel] = useState('');
  const [manual, setManual] = useState(false);
  const [manualReason, setManualReason] = useState('');
  const [focused, setFocused] = useState<'wristband' | 'label'>('wristband');
  const [issues, setIssues] = useState<ActionIssue[]>([]);
  const [holding, setHolding] = useState<Order | null>(null);
  const [holdReason, setHoldReason] = useState('');
  const wristRef = useRef<HTMLInputElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  const orders = state.orders.filter((o) => o.admissionId === admission.admissionId);
  const doses = dosesToday(orders, today);
  const infusions = orders.filter((o) => o.infusion && o.infusion.state !== 'completed');
  const toCollect = state.specimens.filter((s) => s.patientId === patient.patientId && s.status === 'to-collect');

  // The treatment cart holds labels for this bed and its neighbours (the wrong-patient risk).
  const ward = state.admissions.filter((a) => a.ward === admission.ward && a.status !== 'discharged');
  const neighbours = ward.filter((a) => Math.abs(Number(a.bed) - Number(admission.bed)) <= 1);
  const cart = neighbours.flatMap((a) => {
    const p = state.patients.find((x) => x.patientId === a.patientId)!;
    return dosesToday(state.orders.filter((o) => o.admissionId === a.admissionId), today)
      .filter((d) => !d.done)
      .map((d) => ({ admission: a, patient: p, dose: d }));
  });
  const uniqueLabels = [...new Map(cart.map((c) => [c.dose.order.orderId, c])).values()];

  const begin = (d: Dose): void => {
    setScanning(d);
    setWristband('');
    setLabel('');
    setManual(false);
    setManualReason('');
    setFocused('wristband');
    setIssues([]);
  };
  const scanItem = (code: string): void => {
    if (focused === 'wristband' && wristband === '') setWristband(code);
    else if (focused === 'label' || wristband !== '') setLabel(code);
  };
  const confirm = (): void => {
    if (!scanning) return;
    const r = dispatch({
      type: 'order/execute', orderId: scanning.order.orderId, doseTime: scanning.doseTime, wristband, barcode: label,
      method: manual ? 'manual' : 'scan', manualReason: manual ? manualReason : undefined,
    });
    if (!r.ok) return setIssues(r.issues);
    notify(t('scan.done', { order: orderText(scanning.order, t, lang) }));
    setScanning(null);
  };

  const state_ = (d: Dose): ReactNode => {
    if (d.done) return <StatusTag tone="ok" icon="✔">{tx('exec.done', { time: hm(d.done.at), nurse: <StaffName staffId={d.done.nurseId} /> })}</StatusTag>;
    if (d.doseTime === 'once' || d.doseTime === 'prn') return <StatusTag tone="info">{t('exec.due')}</StatusTag>;
    const due = toMinutes(d.doseTime === '24:00' ? '23:59' : d.doseTime);
    if (due < nowMin - 60) return <StatusTag tone="danger" icon={<Icon name="timer" />}>{t('exec.overdue')}</StatusTag>;
    if (due <= nowMin + 30) return <StatusTag tone="warn">{t('exec.due')}</StatusTag>;
    return <StatusTag tone="muted">{t('exec.later')}</StatusTag>;
  };

  return (
    <div data-panel="order-execution" className="exec">
      <DataTable<Dose>
        caption={t('exec.caption')}
        rows={doses}
        rowKey={(d) => d.key}
        rowData={(d) => ({ 'data-order-id': d.order.orderId, 'data-dose-time': d.doseTime })}
        rowClass={(d) => (d.done ? 'is-muted' : undefined)}
        empty={t('exec.none')}
        maxHeight={280}
        columns={[
          {
            key: 'time', header: t('exec.col.time'),
            render: (d) => (
              <>
                <span className="mono strong">{d.doseTime === 'once' ? t('exec.once') : d.doseTime === 'prn' ? 'prn' : d.doseTime}</span>{' '}
                <span className={`order-type order-type--${d.order.type}`}>{t(`orderType.${d.order.type}`)}</span>
              </>
            ),
          },
          { key: 'order', header: t('exec.col.order'), className: 'wrap', render: (d) => <>{orderText(d.order, t, lang)}{d.order.text ? <span className="muted"> （{d.order.text}）</span> : null}</> },
          { key: 'barcode', header: t('scan.label'), render: (d) => <span className="mono muted">{d.order.orderId}</span> },
          { key: 'state', header: t('exec.col.state'), render: state_ },
          {
            key: 'act', header: t('col.action'), className: 'col-action',
            render: (d) => (d.done ? null : (
              <button type="button" className="btn btn--xs btn--primary" data-action="execute-order" onClick={() => begin(d)}>
                {t('exec.execute')}<span className="sr-only"> {orderText(d.order, t, lang)} {d.doseTime}</span>
              </button>
            )),
          },
        ]}
      />
      {toCollect.length > 0 ? (
        <DataTable
          caption={tx('nurse.reminder.specimen', { bed: admission.bed, name: <Data>{patient.name}</Data>, n: toCollect.length })}
          rows={toCollect}
          rowKey={(s) => s.specimenId}
          columns={[
            { key: 'test', header: t('lab.col.test'), render: (s) => labTestName(s.testCode, lang) },
            { key: 'tube', header: t('lab.col.tube'), render: (s) => <><span className={`tube tube--${s.tube}`} aria-hidden="true" />{t(`tube.${s.tube}`)}</> },
            { key: 'barcode', header: t('lab.col.barcode'), render: (s) => <Barcode value={s.specimenId} /> },
            {
              key: 'act', header: t('col.action'), className: 'col-action',
              render: (s) => (
                <button type="button" className="btn btn--xs" data-action="collect-specimen" onClick={() => { const r = dispatch({ type: 'specimen/collect', specimenId: s.specimenId }); if (r.ok) notify(`${labTestName(s.testCode, lang)} ✔`); }}>
                  {t('lab.col.collected')}<span className="sr-only"> {findLabTest(s.testCode)?.zh}</span>
                </button>
              ),
            },
          ]}
        />
      ) : null}
      <DataTable<Order>
        caption={t('exec.infusionsCaption')}
        rows={infusions}
        rowKey={(o) => o.orderId}
        rowData={(o) => ({ 'data-order-id': o.orderId, 'data-infusion': o.infusion!.state })}
        empty={t('exec.noInfusions')}
        columns={[
          { key: 'order', header: t('exec.infusions'), render: (o) => <>{orderText(o, t, lang)}{o.text ? <span className="muted"> （{o.text}）</span> : null}</> },
          { key: 'since', header: t('common.time'), render: (o) => t('exec.started', { time: hm(o.infusion!.at) }) },
          { key: 'state', header: t('common.status'), render: (o) => <StatusTag tone={o.infusion!.state === 'running' ? 'progress' : 'warn'}>{t(`exec.infusion.${o.infusion!.state}`)}</StatusTag> },
          {
            key: 'act', header: t('col.action'), className: 'col-action',
            render: (o) => (o.infusion!.state === 'running' ? (
              <button type="button" className="btn btn--xs btn--warn" data-action="hold-infusion" onClick={() => { setHolding(o); setHoldReason(''); setIssues([]); }}>
                {t('exec.hold')}<span className="sr-only"> {orderText(o, t, lang)}</span>
              </button>
            ) : null),
          },
        ]}
      />

      {scanning ? (
        <Dialog
          name="execute-order"
          size="lg"
          title={t('scan.title', { order: orderText(scanning.order, t, lang) })}
          onClose={() => setScanning(null)}
          initialFocus={wristRef}
          footer={
            <>
              <button type="button" className="btn btn--primary" data-action="confirm-execution" onClick={confirm}>{t('scan.confirm')}</button>
              <button type="button" className="btn" onClick={() => setScanning(null)}>{t('common.cancel')}</button>
            </>
          }
        >
          <p className="strong">{t('scan.patient', { bed: admission.bed, name: patient.name, admission: admission.admissionId })} · {t('scan.doseTime', { time: scanning.doseTime })}</p>
          <p className="field-hint">{t('scan.hint')}</p>
          <div className="two-col" style={{ marginTop: 6 }}>
            <div className="form-row">
              <FieldLabel htmlFor={wristbandId} required>{t('scan.wristband')}</FieldLabel>
              <input ref={wristRef} id={wristbandId} name="wristbandScan" className="input mono" autoComplete="off" value={wristband} disabled={manual} onFocus={() => setFocused('wristband')} onChange={(e) => setWristband(e.target.value)} />
            </div>
            <div className="form-row">
              <FieldLabel htmlFor={labelId} required>{t('scan.label')}</FieldLabel>
              <input id={labelId} name="orderBarcode" className="input mono" autoComplete="off" value={label} disabled={manual} onFocus={() => setFocused('label')} onChange={(e) => setLabel(e.target.value)} />
            </div>
          </div>
          <div className="scanner" data-panel="bedside-items" style={{ marginTop: 8 }}>
            <span className="strong">{t('scan.bedside')}</span>
            <ul className="scanner__items">
              <li>
                <button type="button" className="scanner__item" data-scan={admission.admissionId} onClick={() => scanItem(admission.admissionId)}>
                  <span>{t('scan.itemWristband', { bed: admission.bed, name: patient.name })}</span>
                  <Barcode value={admission.admissionId} />
                </button>
              </li>
              {uniqueLabels.map((c) => (
                <li key={c.dose.order.orderId}>
                  <button type="button" className="scanner__item" data-scan={c.dose.order.orderId} onClick={() => scanItem(c.dose.order.orderId)}>
                    <span>{t('scan.itemLabel', { bed: c.admission.bed, name: c.patient.name, order: orderText(c.dose.order, t, lang) })}</span>
                    <Barcode value={c.dose.order.orderId} />
                  </button>
                </li>
              ))}
            </ul>
          </div>
          <label className="check" style={{ marginTop: 8 }}>
            <input type="checkbox" name="manualExecution" checked={manual} onChange={(e) => setManual(e.target.checked)} />
            {t('scan.manual')}
          </label>
          {manual ? (
            <div className="form-row">
              <FieldLabel htmlFor={ids.manualReason} required>{t('scan.manualReason')}</FieldLabel>
              <input id={ids.manualReason} name="manualReason" className="input" value={manualReason} onChange={(e) => setManualReason(e.target.value)} />
            </div>
          ) : null}
          <IssueList issues={issues} />
        </Dialog>
      ) : null}

      {holding ? (
        <Dialog
          name="hold-infusion"
          size="sm"
          title={t('exec.holdTitle')}
          onClose={() => setHolding(null)}
          initialFocus={cancelRef}
          footer={
            <>
              <button
                type="button"
                className="btn btn--warn"
                data-action="confirm-hold-infusion"
                onClick={() => {
                  const r = dispatch({ type: 'infusion/hold', orderId: holding.orderId, reason: holdReason });
                  if (!r.ok) return setIssues(r.issues);
                  setHolding(null);
                  notify(t('exec.held'));
                }}
              >
                {t('exec.hold')}
              </button>
              <button type="button" className="btn" ref={cancelRef} onClick={() => setHolding(null)}>{t('common.cancel')}</button>
            </>
          }
        >
          <p className="strong">{orderText(holding, t, lang)}</p>
          <div className="form-row">
            <FieldLabel htmlFor={ids.holdReason} required>{t('exec.holdReason')}</FieldLabel>
            <input id={ids.holdReason} name="holdReason" className="input" value={holdReason} onChange={(e) => setHoldReason(e.target.value)} />
          </div>
          <IssueList issues={issues} />
        </Dialog>
      ) : null}
    </div>
  );
}
