// 应急预案 panel, shown above the work area while a downtime drill runs: the outage alert for the
// module that is down, the paper steps (print the form, write the record under a manual number,
// phone a critical value), 系统已恢复, and the paper list with its back-entry links.

import type { ActionIssue } from '@preceptor/shared/hospital/actionIssues.ts';
import {
  DEPARTMENTS,
  findLabTest,
  FREQUENCIES,
  WARDS,
  isCritical,
  isModuleDown,
  nextPaperNo,
  type DowntimeModule,
  type HospitalState,
  type OperatorModule,
  type PaperRecord,
} from '@preceptor/shared/hospital/index.ts';
import { useId, useState, type ReactNode } from 'react';
import { useI18n, type I18n, type MessageKey } from '../i18n.ts';
import { useHospital } from '../store/operator.ts';
import { useSandboxState } from '../store/StoreContext.ts';
import { deptName, drugLabel, hm, itemName, wardName } from '../ui/format.ts';
import { IssueList } from '../ui/IssueList.tsx';

const MODULE_LABEL: Record<DowntimeModule, MessageKey> = {
  registration: 'module.registration',
  pharmacy: 'module.pharmacy',
  lab: 'module.lab',
  nurse: 'module.nurse',
};

const OPERATOR: Record<DowntimeModule, OperatorModule> = { registration: 'registration', pharmacy: 'pharmacy', lab: 'lab', nurse: 'nurse' };

export const DOWNTIME_FORM_BASE = '/downtime/form';

/** Whether the module shown at `moduleId` is down now (its work area is then inert). */
export function useModuleDown(moduleId: string | undefined): boolean {
  const state = useSandboxState();
  return moduleId !== undefined && isModuleDown(state, moduleId);
}

export function DowntimePanel({ moduleId }: { moduleId: string | undefined }): ReactNode {
  const state = useSandboxState();
  const { t, lang } = useI18n();
  const d = state.downtime;
  if (!d || d.status === 'scheduled') return null;
  const here = (d.modules as readonly string[]).includes(moduleId ?? '') ? (moduleId as DowntimeModule) : d.modules[0]!;
  const downHere = d.status === 'down' && (d.modules as readonly string[]).includes(moduleId ?? '');
  const moduleNames = d.modules.map((m) => t(MODULE_LABEL[m])).join(lang === 'en' ? ', ' : '、');
  return (
    <section className="downtime" data-panel="downtime" data-downtime-status={d.status} aria-labelledby="downtime-title">
      {downHere ? (
        <div className="msg msg--error downtime__alert" role="alert" data-downtime-alert={here}>
          <strong>{t('downtime.alertTitle')}</strong> {t('downtime.alertBody', { module: t(MODULE_LABEL[here]) })}
        </div>
      ) : null}
      <div className="downtime__head">
        <h2 id="downtime-title" className="downtime__title">{t('downtime.panel')}</h2>
        <span className="muted">{t('downtime.modules', { modules: moduleNames })}</span>
        <span className={d.status === 'down' ? 'downtime__state is-down' : 'downtime__state is-restored'}>
          {d.status === 'down' ? t('downtime.status.down', { time: hm(d.startedAt ?? '') }) : t('downtime.status.restored', { time: hm(d.restoredAt ?? '') })}
        </span>
      </div>
      {d.status === 'down' ? <PaperSteps module={here} state={state} /> : <BackEntryBanner state={state} />}
      <PaperList state={state} />
    </section>
  );
}

function PaperSteps({ module, state }: { module: DowntimeModule; state: HospitalState }): ReactNode {
  const { t } = useI18n();
  const { dispatch } = useHospital(OPERATOR[module]);
  const d = state.downtime!;
  const [issues, setIssues] = useState<ActionIssue[]>([]);
  const [done, setDone] = useState('');
  const printed = d.formsPrinted.includes(module);
  const form = t(`downtime.form.${module}` as MessageKey);
  return (
    <div className="downtime__steps">
      <div className="downtime__step">
        <h3>{t('downtime.step.print')}</h3>
        <a
          className="btn btn--sm"
          href={`${DOWNTIME_FORM_BASE}/${module}`}
          target="_blank"
          rel="noopener"
          data-action="print-downtime-form"
          onClick={() => dispatch({ type: 'downtime/printForm', module })}
        >
          {t('downtime.printForm', { form })}
        </a>
        {printed ? <span className="downtime__done" data-printed={module}> ✓ {t('downtime.printed')}</span> : null}
      </div>
      <div className="downtime__step">
        <h3>{t('downtime.step.paper')}</h3>
        <PaperForm
          key={d.paper.length}
          module={module}
          state={state}
          onResult={(r, no) => {
            setIssues(r);
            setDone(r.length ? '' : t('downtime.recorded', { no }));
          }}
        />
        <IssueList issues={issues} />
        {done ? <p className="msg msg--ok" role="status">{done}</p> : null}
      </div>
      <div className="downtime__step">
        <h3>{t('downtime.step.restore')}</h3>
        <button type="button" className="btn btn--sm btn--primary" data-action="downtime-restore" onClick={() => {
          const r = dispatch({ type: 'downtime/restore' });
          setIssues(r.ok ? [] : r.issues);
        }}>
          {t('downtime.restore')}
        </button>
      </div>
    </div>
  );
}

function PaperForm({ module, state, onResult }: { module: DowntimeModule; state: HospitalState; onResult: (issues: ActionIssue[], paperNo: string) => void }): ReactNode {
  const { t, lang } = useI18n();
  const { dispatch } = useHospital(OPERATOR[module]);
  const ids = { no: useId(), card: useId(), subject: useId(), dose: useId() };
  const [paperNo, setPaperNo] = useState(() => nextPaperNo(state.downtime!.paper));
  const [card, setCard] = useState('');
  const [subject, setSubject] = useState('');
  const [doseTime, setDoseTime] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const patientName = (id: string) => state.patients.find((p) => p.patientId === id)?.name ?? id;

  let options: { value: string; label: string }[] = [];
  let subjectLabel: MessageKey = 'downtime.dept';
  if (module === 'registration') options = DEPARTMENTS.map((dep) => ({ value: dep.code, label: deptName(dep.code, t, lang) }));
  if (module === 'pharmacy') {
    subjectLabel = 'downtime.rx';
    options = state.prescriptions.filter((p) => p.status === 'approved').map((p) => ({ value: p.rxId, label: `${p.rxId} · ${patientName(p.patientId)}` }));
  }
  if (module === 'lab') {
    subjectLabel = 'downtime.specimen';
    options = state.specimens.filter((s) => s.status === 'received').map((s) => ({ value: s.specimenId, label: `${s.specimenId} · ${patientName(s.patientId)}` }));
  }
  if (module === 'nurse') {
    subjectLabel = 'downtime.order';
    options = state.orders
      .filter((o) => o.status === 'verified' && o.category === 'medication' && state.admissions.some((a) => a.admissionId === o.admissionId && a.status !== 'discharged'))
      .map((o) => {
        const a = state.admissions.find((x) => x.admissionId === o.admissionId)!;
        return { value: o.orderId, label: `${o.orderId} · ${a.bed} ${patientName(o.patientId)} · ${o.drug ? drugLabel(o.drug, lang) : ''}` };
      });
  }
  const specimen = module === 'lab' ? state.specimens.find((s) => s.specimenId === subject) : undefined;
  const test = specimen ? findLabTest(specimen.testCode) : undefined;
  const order = module === 'nurse' ? state.orders.find((o) => o.orderId === subject) : undefined;
  const times = order?.frequency ? FREQUENCIES[order.frequency].times : [];

  return (
    <form
      className="downtime__form"
      data-form="downtime-paper"
      onSubmit={(e) => {
        e.preventDefault();
        const r = dispatch({
          type: 'downtime/paper', module, paperNo, subject,
          ...(module === 'registration' ? { patientId: card } : {}),
          ...(module === 'nurse' ? { doseTime } : {}),
          ...(module === 'lab' ? { values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim() === '' ? Number.NaN : Number(v)])) } : {}),
        });
        onResult(r.ok ? [] : r.issues, paperNo.trim().toUpperCase());
      }}
    >
      <label className="downtime__field">
        <span>{t('downtime.paperNo')}</span>
        <input id={ids.no} name="paperNo" className="mono" size={6} value={paperNo} onChange={(e) => setPaperNo(e.target.value)} />
      </label>
      {module === 'registration' ? (
        <label className="downtime__field">
          <span>{t('downtime.cardNo')}</span>
          <input id={ids.card} name="cardNo" className="mono" size={9} value={card} onChange={(e) => setCard(e.target.value)} autoComplete="off" />
        </label>
      ) : null}
      <label className="downtime__field">
        <span>{t(subjectLabel)}</span>
        <select id={ids.subject} name="subject" value={subject} onChange={(e) => { setSubject(e.target.value); setValues({}); setDoseTime(''); }}>
          <option value="">{t('downtime.choose')}</option>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </label>
      {module === 'nurse' ? (
        <label className="downtime__field">
          <span>{t('downtime.doseTime')}</span>
          <select id={ids.dose} name="doseTime" value={doseTime} onChange={(e) => setDoseTime(e.target.value)}>
            <option value="">{t('downtime.choose')}</option>
            {times.map((x) => <option key={x} value={x}>{x}</option>)}
          </select>
        </label>
      ) : null}
      {test
        ? test.items.map((i) => (
            <label key={i.code} className="downtime__field">
              <span>{itemName(i.code, lang)} ({i.unit})</span>
              <input name={`value-${i.code}`} data-item={i.code} inputMode="decimal" size={6} value={values[i.code] ?? ''} onChange={(e) => setValues((v) => ({ ...v, [i.code]: e.target.value }))} />
            </label>
          ))
        : null}
      <button type="submit" className="btn btn--sm" data-action="downtime-record">{t('downtime.record')}</button>
    </form>
  );
}

function BackEntryBanner({ state }: { state: HospitalState }): ReactNode {
  const { t } = useI18n();
  const store = useHospital('registration');
  const d = state.downtime!;
  const paper = d.backEntry ? d.paper.find((p) => p.paperNo === d.backEntry) : undefined;
  if (!paper) return <p className="msg msg--info downtime__restored">{t('downtime.restored')}</p>;
  return (
    <div className="msg msg--warn downtime__backentry" role="status" data-back-entry={paper.paperNo}>
      {t('downtime.backEntering', { no: paper.paperNo, module: t(MODULE_LABEL[paper.module]), time: hm(paper.at) })}{' '}
      <button type="button" className="btn btn--xs" data-action="cancel-back-entry" onClick={() => store.dispatch({ type: 'downtime/backEntry', paperNo: null })}>
        {t('downtime.cancelBackEntry')}
      </button>
    </div>
  );
}

export function paperWhat(p: PaperRecord, t: I18n['t'], lang: 'zh-CN' | 'en'): string {
  switch (p.module) {
    case 'registration':
      return t('downtime.what.registration', { dept: deptName(p.subject, t, lang) });
    case 'pharmacy':
      return t('downtime.what.pharmacy', { id: p.subject });
    case 'lab':
      return t('downtime.what.lab', { id: p.subject, values: Object.entries(p.values ?? {}).map(([k, v]) => `${itemName(k, lang)} ${v}`).join(', ') });
    case 'nurse':
      return t('downtime.what.nurse', { id: p.subject, time: p.doseTime ?? '' });
  }
}

function hasCritical(state: HospitalState, p: PaperRecord): boolean {
  if (p.module !== 'lab' || !p.values) return false;
  const specimen = state.specimens.find((s) => s.specimenId === p.subject);
  const test = specimen ? findLabTest(specimen.testCode) : undefined;
  return !!test?.items.some((i) => p.values![i.code] !== undefined && isCritical(i, p.values![i.code]!) !== null);
}

function PaperList({ state }: { state: HospitalState }): ReactNode {
  const { t, lang } = useI18n();
  const d = state.downtime!;
  const anyLab = d.modules.includes('lab');
  const [issues, setIssues] = useState<ActionIssue[]>([]);
  const registrationOp = useHospital('registration');
  return (
    <div className="downtime__list">
      <h3>{t('downtime.paperList')}</h3>
      {d.paper.length === 0 ? (
        <p className="muted">{t('downtime.noPaper')}</p>
      ) : (
        <table className="grid downtime__table" data-table="downtime-paper">
          <thead>
            <tr>
              <th scope="col">{t('downtime.col.no')}</th>
              <th scope="col">{t('downtime.col.module')}</th>
              <th scope="col">{t('downtime.col.patient')}</th>
              <th scope="col">{t('downtime.col.what')}</th>
              <th scope="col">{t('downtime.col.time')}</th>
              {anyLab ? <th scope="col">{t('downtime.col.phone')}</th> : null}
              <th scope="col">{t('downtime.col.entry')}</th>
            </tr>
          </thead>
          <tbody>
            {d.paper.map((p, index) => {
              const name = state.patients.find((x) => x.patientId === p.patientId)?.name ?? '';
              const critical = hasCritical(state, p);
              return (
                <tr key={`${p.paperNo}-${index}`} data-paper-no={p.paperNo} data-entries={p.entries.length}>
                  <th scope="row" className="mono">{p.paperNo}</th>
                  <td>{t(MODULE_LABEL[p.module])}</td>
                  <td>{name} <span className="mono muted">{p.patientId}</span></td>
                  <td>{paperWhat(p, t, lang)}{critical ? <strong className="downtime__critical"> ⚠ {t('downtime.critical')}</strong> : null}</td>
                  <td className="mono">{hm(p.at)}</td>
                  {anyLab ? (
                    <td>
                      {!critical ? t('downtime.notNeeded') : p.phoned ? (
                        <span data-phoned={p.paperNo}>{t('downtime.phonedBy', { name: p.phoned.receiverName, time: hm(p.phoned.at) })}</span>
                      ) : d.status === 'down' ? (
                        <PhoneForm paper={p} state={state} onIssues={setIssues} />
                      ) : (
                        <strong className="downtime__critical">{t('downtime.notPhoned')}</strong>
                      )}
                    </td>
                  ) : null}
                  <td>
                    <span className={p.entries.length === 1 ? 'downtime__entered' : p.entries.length > 1 ? 'downtime__critical' : 'muted'}>
                      {p.entries.length === 0 ? t('downtime.notEntered') : p.entries.length === 1 ? `✓ ${t('downtime.entered')}` : `⚠ ${t('downtime.enteredTimes', { count: p.entries.length })}`}
                    </span>{' '}
                    {d.status === 'restored' ? (
                      <button
                        type="button"
                        className="btn btn--xs"
                        data-action="back-enter"
                        aria-pressed={d.backEntry === p.paperNo}
                        onClick={() => {
                          const r = registrationOp.dispatch({ type: 'downtime/backEntry', paperNo: p.paperNo });
                          setIssues(r.ok ? [] : r.issues);
                        }}
                      >
                        {t('downtime.backEnter', { no: p.paperNo })}
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <IssueList issues={issues} />
    </div>
  );
}

function PhoneForm({ paper, state, onIssues }: { paper: PaperRecord; state: HospitalState; onIssues: (issues: ActionIssue[]) => void }): ReactNode {
  const { t, lang } = useI18n();
  const { dispatch } = useHospital('lab');
  const source = state.specimens.find((s) => s.specimenId === paper.subject)?.source ?? '';
  const [ward, setWard] = useState(source === 'outpatient' ? '' : source);
  const [receiver, setReceiver] = useState('');
  return (
    <form
      className="downtime__phone"
      data-form="downtime-phoned"
      onSubmit={(e) => {
        e.preventDefault();
        const r = dispatch({ type: 'downtime/phoned', paperNo: paper.paperNo, toWard: ward, receiverName: receiver });
        onIssues(r.ok ? [] : r.issues);
      }}
    >
      <label className="downtime__field">
        <span>{t('downtime.ward')}</span>
        <select name="ward" value={ward} onChange={(e) => setWard(e.target.value)}>
          <option value="">{t('downtime.choose')}</option>
          {WARDS.map((w) => <option key={w.code} value={w.code}>{wardName(w.code, lang)}</option>)}
        </select>
      </label>
      <label className="downtime__field">
        <span>{t('downtime.receiver')}</span>
        <input name="receiver" size={6} value={receiver} onChange={(e) => setReceiver(e.target.value)} />
      </label>
      <button type="submit" className="btn btn--xs" data-action="downtime-log-phone">{t('downtime.logPhone')}</button>
    </form>
  );
}
