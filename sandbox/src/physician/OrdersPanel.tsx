// 住院医嘱: the order sheet (standing / one-off) and order entry with the medication check,
// antibiotic stewardship (approval or rescue) and signature.

import type { ActionIssue } from '@preceptor/shared/hospital/actionIssues.ts';
import {
  Frequency,
  IMAGING_EXAMS,
  LAB_TESTS,
  checkMedicationLines,
  currentDrugs,
  findDrug,
  findStaff,
  wardDoctors,
  type ActionResult,
  type Admission,
  type AlertOverride,
  type HospitalAction,
  type NewOrderInput,
  type Order,
  type Patient,
  type Route,
  type StaffMember,
} from '@preceptor/shared/hospital/index.ts';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useI18n, type MessageKey } from '../i18n.ts';
import type { SandboxState } from '../store/sandboxStore.ts';
import { DataTable } from '../ui/DataTable.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { DrugPicker } from '../ui/DrugPicker.tsx';
import { drugLabel, examName, labTestName, mdhm, orderText } from '../ui/format.ts';
import { FieldLabel } from '../ui/FieldLabel.tsx';
import { StaffName, StaffOption } from '../ui/StaffLabel.tsx';
import { IssueList } from '../ui/IssueList.tsx';
import { MedAlerts } from '../ui/MedAlerts.tsx';
import { StatusTag, type Tone } from '../ui/StatusTag.tsx';
import { Data } from '../ui/Data.tsx';

const STATUS_TONE: Record<Order['status'], Tone> = {
  'awaiting-approval': 'warn', new: 'info', verified: 'ok', returned: 'danger', executed: 'muted', stopped: 'muted', cancelled: 'muted',
};

type ApprovalChoice = 'none' | 'senior' | 'consult' | 'rescue';

export type OrdersPanelProps = {
  state: SandboxState;
  patient: Patient;
  admission: Admission;
  operator: StaffMember;
  dispatch: (action: HospitalAction) => ActionResult;
  notify: (m: string) => void;
};

export function OrdersPanel({ state, patient, admission, operator, dispatch, notify }: OrdersPanelProps): ReactNode {
  const { t, tx, lang } = useI18n();
  const ids = { filter: useId(), category: useId(), lab: useId(), exam: useId(), question: useId(), nursing: useId(), dose: useId(), route: useId(), freq: useId(), approvalTo: useId(), approvalReason: useId(), stopReason: useId() };
  const [filter, setFilter] = useState<'active' | 'all'>('active');
  const [type, setType] = useState<'long' | 'temp'>('temp');
  const [category, setCategory] = useState<NewOrderInput['category']>('medication');
  const [drug, setDrug] = useState<{ code: string; dose: number; route: Route; frequency: Frequency } | null>(null);
  const [labTest, setLabTest] = useState(LAB_TESTS[0]!.code);
  const [exam, setExam] = useState(IMAGING_EXAMS[0]!.code);
  const [question, setQuestion] = useState('');
  const [nursingItem, setNursingItem] = useState('nursing-1');
  const [pending, setPending] = useState<NewOrderInput[]>([]);
  const [overrides, setOverrides] = useState<AlertOverride[]>([]);
  const [approval, setApproval] = useState<ApprovalChoice>('none');
  const [approvalTo, setApprovalTo] = useState('');
  const [reason, setReason] = useState('');
  const [issues, setIssues] = useState<ActionIssue[]>([]);
  const [stopping, setStopping] = useState<Order | null>(null);
  const [stopReason, setStopReason] = useState('');
  const stopCancelRef = useRef<HTMLButtonElement>(null);

  const orders = state.orders.filter((o) => o.admissionId === admission.admissionId);
  const shown = (filter === 'active' ? orders.filter((o) => ['new', 'verified', 'awaiting-approval', 'returned'].includes(o.status)) : orders)
    .slice()
    .sort((a, b) => (a.type === b.type ? a.startAt.localeCompare(b.startAt) : a.type === 'long' ? -1 : 1));
  const meds = pending.filter((o) => o.category === 'medication');
  const alerts = checkMedicationLines(
    meds.map((o) => ({ drug: o.drug!, dose: o.dose!, route: o.route!, frequency: o.frequency!, days: 1 })),
    { allergies: patient.allergies, currentDrugs: currentDrugs(state, patient.patientId), prescriberTitle: operator.title, setting: 'inpatient', rescue: approval === 'rescue' },
  );
  const tierBlocked = checkMedicationLines(
    meds.map((o) => ({ drug: o.drug!, dose: o.dose!, route: o.route!, frequency: o.frequency!, days: 1 })),
    { allergies: [], currentDrugs: [], prescriberTitle: operator.title, setting: 'inpatient' },
  ).some((a) => a.code === 'antibiotic-tier');
  const approvers =
    approval === 'consult'
      ? [findStaff('D2101')!]
      : wardDoctors(admission.ward).filter((d) => d.staffId !== operator.staffId && (d.title === 'chief' || d.title === 'associate-chief'));

  const addPending = (): void => {
    let order: NewOrderInput | null = null;
    if (category === 'medication' && drug) order = { type, category, drug: drug.code, dose: drug.dose, route: drug.route, frequency: drug.frequency };
    if (category === 'lab') order = { type: 'temp', category, itemCode: labTest };
    if (category === 'imaging') order = { type: 'temp', category, itemCode: exam, text: question.trim() };
    if (category === 'nursing') order = { type: 'long', category: nursingItem.startsWith('diet') ? 'diet' : 'nursing', itemCode: nursingItem };
    if (!order) return;
    setPending((p) => [...p, order!]);
    setDrug(null);
    setQuestion('');
    setIssues([]);
  };

  const sign = (): void => {
    const result = dispatch({
      type: 'orders/sign', admissionId: admission.admissionId, orders: pending, overrides,
      approval: approval === 'senior' || approval === 'consult' ? { kind: approval, requestedTo: approvalTo, reason } : undefined,
      rescue: approval === 'rescue' ? { reason } : undefined,
    });
    if (!result.ok) {
      setIssues(result.issues);
      return;
    }
    const held = result.state.orders.some((o) => (result.id ?? '').split(',').includes(o.orderId) && o.status === 'awaiting-approval');
    notify(held ? t('ord.signedHeld') : t('ord.signed', { n: pending.length }));
    setPending([]);
    setOverrides([]);
    setApproval('none');
    setApprovalTo('');
    setReason('');
    setIssues([]);
  };

  const pendingText = (o: NewOrderInput): string => {
    if (o.category === 'medication') return `${drugLabel(o.drug!, lang)} ${o.dose}${findDrug(o.drug!)?.unit ?? ''} ${t(`route.${o.route!}` as MessageKey)} ${o.frequency}`;
    if (o.category === 'lab') return labTestName(o.itemCode!, lang);
    if (o.category === 'imaging') return `${examName(o.itemCode!, lang)}${o.text ? ` — ${o.text}` : ''}`;
    return t(`item.${o.itemCode!}` as MessageKey);
  };

  return (
    <div className="orders" data-panel="orders">
      <div className="toolbar">
        <label htmlFor={ids.filter}>{t('ord.filter')}</label>
        <select id={ids.filter} name="orderFilter" className="input input--sm" value={filter} onChange={(e) => setFilter(e.target.value as 'active' | 'all')}>
          <option value="active">{t('ord.filter.active')}</option>
          <option value="all">{t('ord.filter.all')}</option>
        </select>
      </div>
      <DataTable<Order>
        caption={t('ord.currentCaption')}
        rows={shown}
        rowKey={(o) => o.orderId}
        rowData={(o) => ({ 'data-order-id': o.orderId, 'data-status': o.status })}
        rowClass={(o) => (o.status === 'returned' ? 'is-flagged' : undefined)}
        empty={t('common.empty')}
        maxHeight={230}
        columns={[
          { key: 'type', header: t('ord.col.type'), render: (o) => <span className={`order-type order-type--${o.type}`}>{t(`orderType.${o.type}`)}</span> },
          { key: 'start', header: t('ord.col.start'), render: (o) => <span className="mono">{mdhm(o.startAt)}</span> },
          {
            key: 'content', header: t('ord.col.content'),
            render: (o) => (
              <>
                {orderText(o, t, lang)}
                {o.text && o.category === 'medication' ? <span className="muted"> （{o.text}）</span> : null}
                {o.rescue ? <span className="tag tag--warn"> {t('ord.rescueTag')}</span> : null}
                {o.approval?.status === 'pending' ? <span className="tag tag--warn"> {tx('ord.approvalPending', { name: <StaffName staffId={o.approval.requestedTo} /> })}</span> : null}
                {o.returned ? <span className="field-error"> {t(`returnReason.${o.returned.reason}`)}{o.returned.note ? `：${o.returned.note}` : ''}</span> : null}
              </>
            ),
          },
          { key: 'doctor', header: t('ord.col.doctor'), render: (o) => <StaffName staffId={o.doctorId} /> },
          { key: 'nurse', header: t('ord.col.nurse'), render: (o) => (o.verify ? <StaffName staffId={o.verify.nurseId} /> : '') },
          { key: 'status', header: t('ord.col.status'), render: (o) => <StatusTag tone={STATUS_TONE[o.status]}>{t(`orderStatus.${o.status}`)}</StatusTag> },
          {
            key: 'act', header: t('col.action'), className: 'col-action',
            render: (o) =>
              ['new', 'verified', 'awaiting-approval'].includes(o.status) ? (
                <button type="button" className="btn btn--xs btn--danger-outline" data-action="stop-order" onClick={() => { setStopping(o); setStopReason(''); }}>
                  {t('ord.stop')}<span className="sr-only"> {orderText(o, t, lang)}</span>
                </button>
              ) : null,
          },
        ]}
      />

      <fieldset className="order-entry" data-panel="order-entry">
        <legend className="order-entry__title">{t('ord.entry')}</legend>
        <div className="order-entry__row">
          <div className="radios" role="radiogroup" aria-label={t('ord.type')}>
            {(['long', 'temp'] as const).map((v) => (
              <label key={v} className="radio">
                <input type="radio" name="orderType" value={v} checked={type === v} onChange={() => setType(v)} />
                {t(`orderType.${v}`)}
              </label>
            ))}
          </div>
          <span className="form-label"><label htmlFor={ids.category}>{t('ord.category')}</label></span>
          <select id={ids.category} name="orderCategory" className="input input--sm" value={category} onChange={(e) => setCategory(e.target.value as NewOrderInput['category'])}>
            {(['medication', 'lab', 'imaging', 'nursing'] as const).map((c) => (
              <option key={c} value={c}>{t(`orderCategory.${c}`)}</option>
            ))}
          </select>
        </div>
        {category === 'medication' ? (
          <>
            <DrugPicker onPick={(d) => setDrug({ code: d.code, dose: d.usual.dose, route: d.usual.route, frequency: type === 'temp' && d.usual.frequency !== 'prn' ? 'st' : d.usual.frequency })} />
            {drug ? (
              <div className="order-entry__row" data-drug={drug.code}>
                <span className="strong">{drugLabel(drug.code, lang)}</span>
                <FieldLabel htmlFor={ids.dose}>{t('ord.dose')}</FieldLabel>
                <input id={ids.dose} name="orderDose" className="input input--num" type="number" step="any" min="0" value={drug.dose} onChange={(e) => setDrug({ ...drug, dose: Number(e.target.value) })} />
                <span className="muted">{findDrug(drug.code)?.unit}</span>
                <FieldLabel htmlFor={ids.route}>{t('ord.route')}</FieldLabel>
                <select id={ids.route} name="orderRoute" className="input input--sm" value={drug.route} onChange={(e) => setDrug({ ...drug, route: e.target.value as Route })}>
                  {(['po', 'iv', 'ivgtt', 'im', 'ih', 'inhal', 'sl'] as const).map((r) => (
                    <option key={r} value={r}>{t(`route.${r}`)}</option>
                  ))}
                </select>
                <FieldLabel htmlFor={ids.freq}>{t('ord.frequency')}</FieldLabel>
                <select id={ids.freq} name="orderFrequency" className="input input--sm" value={drug.frequency} onChange={(e) => setDrug({ ...drug, frequency: e.target.value as Frequency })}>
                  {Frequency.options.map((f) => (
                    <option key={f} value={f}>{f}</option>
                  ))}
                </select>
              </div>
            ) : null}
          </>
        ) : null}
        {category === 'lab' ? (
          <div className="order-entry__row">
            <FieldLabel htmlFor={ids.lab}>{t('ord.labTest')}</FieldLabel>
            <select id={ids.lab} name="labTest" className="input" value={labTest} onChange={(e) => setLabTest(e.target.value)}>
              {LAB_TESTS.map((l) => (
                <option key={l.code} value={l.code}>{lang === 'en' ? l.en : l.zh}</option>
              ))}
            </select>
          </div>
        ) : null}
        {category === 'imaging' ? (
          <div className="order-entry__row">
            <FieldLabel htmlFor={ids.exam}>{t('ord.exam')}</FieldLabel>
            <select id={ids.exam} name="imagingExam" className="input" value={exam} onChange={(e) => setExam(e.target.value)}>
              {IMAGING_EXAMS.map((x) => (
                <option key={x.code} value={x.code}>{lang === 'en' ? x.en : x.zh}</option>
              ))}
            </select>
            <FieldLabel htmlFor={ids.question}>{t('ord.question')}</FieldLabel>
            <input id={ids.question} name="examQuestion" className="input input--wide" value={question} onChange={(e) => setQuestion(e.target.value)} />
          </div>
        ) : null}
        {category === 'nursing' ? (
          <div className="order-entry__row">
            <FieldLabel htmlFor={ids.nursing}>{t('ord.nursingItem')}</FieldLabel>
            <select id={ids.nursing} name="nursingItem" className="input" value={nursingItem} onChange={(e) => setNursingItem(e.target.value)}>
              {['nursing-special', 'nursing-1', 'nursing-2', 'nursing-3', 'diet-regular', 'diet-low-salt', 'diet-diabetic', 'diet-liquid', 'diet-npo'].map((c) => (
                <option key={c} value={c}>{t(`item.${c}` as MessageKey)}</option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="order-entry__row">
          <button type="button" className="btn" data-action="add-order" disabled={category === 'medication' && !drug} onClick={addPending}>{t('ord.addToPending')}</button>
        </div>

        <DataTable<NewOrderInput & { index: number }>
          caption={t('ord.pendingCaption')}
          rows={pending.map((o, index) => ({ ...o, index }))}
          rowKey={(o) => String(o.index)}
          empty={t('ord.noPending')}
          columns={[
            { key: 'type', header: t('ord.col.type'), render: (o) => t(`orderType.${o.type}`) },
            { key: 'content', header: t('ord.col.content'), render: (o) => pendingText(o) },
            {
              key: 'x', header: t('col.action'), className: 'col-action',
              render: (o) => (
                <button type="button" className="btn btn--xs" onClick={() => setPending((p) => p.filter((_, i) => i !== o.index))}>
                  {t('ord.removePending')}<span className="sr-only"> {pendingText(o)}</span>
                </button>
              ),
            },
          ]}
        />
        {meds.length > 0 ? <MedAlerts title={t('rx.alerts')} alerts={approval === 'senior' || approval === 'consult' ? alerts.filter((a) => a.code !== 'antibiotic-tier') : alerts} overrides={overrides} onOverride={setOverrides} panel="order-alerts" /> : null}
        {tierBlocked ? (
          <div className="stewardship" data-panel="antibiotic-approval" role="group" aria-label={t('ord.tierTitle')}>
            <p className="strong">⚠ {t('ord.tierTitle')}</p>
            <p>{t('ord.tierBody')}</p>
            <div className="radios">
              {(['senior', 'consult', 'rescue'] as const).map((c) => (
                <label key={c} className="radio">
                  <input type="radio" name="approvalKind" value={c} checked={approval === c} onChange={() => { setApproval(c); setApprovalTo(''); }} />
                  {t(`ord.approval.${c}`)}
                </label>
              ))}
            </div>
            {approval === 'senior' || approval === 'consult' ? (
              <div className="order-entry__row">
                <FieldLabel htmlFor={ids.approvalTo} required>{t('ord.approvalTo')}</FieldLabel>
                <select id={ids.approvalTo} name="approvalTo" className="input" value={approvalTo} onChange={(e) => setApprovalTo(e.target.value)}>
                  <option value="">{t('common.choose')}</option>
                  {approvers.map((s) => (
                    <StaffOption key={s.staffId} staffId={s.staffId} />
                  ))}
                </select>
              </div>
            ) : null}
            {approval !== 'none' ? (
              <div className="order-entry__row">
                <FieldLabel htmlFor={ids.approvalReason} required>{t(approval === 'rescue' ? 'ord.rescueReason' : 'ord.approvalReason')}</FieldLabel>
                <input id={ids.approvalReason} name="approvalReason" className="input input--wide" value={reason} onChange={(e) => setReason(e.target.value)} />
              </div>
            ) : null}
          </div>
        ) : null}
        <IssueList issues={issues} />
        <div className="form-actions">
          <button type="button" className="btn btn--primary btn--lg" data-action="sign-orders" disabled={pending.length === 0} onClick={sign}>{t('ord.sign')}</button>
        </div>
      </fieldset>

      {stopping ? (
        <Dialog
          name="stop-order"
          size="sm"
          title={t('ord.stopTitle')}
          onClose={() => setStopping(null)}
          initialFocus={stopCancelRef}
          footer={
            <>
              <button
                type="button"
                className="btn btn--danger"
                data-action="confirm-stop-order"
                onClick={() => {
                  const r = dispatch({ type: 'order/stop', orderId: stopping.orderId, reason: stopReason });
                  if (r.ok) {
                    setStopping(null);
                    notify(t('ord.stopped'));
                  } else setIssues(r.issues);
                }}
              >
                {t('ord.stop')}
              </button>
              <button type="button" className="btn" ref={stopCancelRef} onClick={() => setStopping(null)}>{t('common.cancel')}</button>
            </>
          }
        >
          <p className="strong">{orderText(stopping, t, lang)}</p>
          <div className="form-row">
            <FieldLabel htmlFor={ids.stopReason} required>{t('ord.stopReason')}</FieldLabel>
            <input id={ids.stopReason} name="stopReason" className="input" value={stopReason} onChange={(e) => setStopReason(e.target.value)} />
          </div>
          <IssueList issues={issues} />
        </Dialog>
      ) : null}
    </div>
  );
}
