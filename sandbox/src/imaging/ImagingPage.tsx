// 影像 RIS/PACS: requests to book, the safety screen (contrast / MRI), referral to a
// radiologist, the slot calendar, check-in and reports in the PACS viewer frame.

import type { ActionIssue } from '@preceptor/shared/hospital/actionIssues.ts';
import {
  addDays,
  ageOn,
  blankScreening,
  findImagingExam,
  isoDate,
  screenForExam,
  slotCalendar,
  staffOfRole,
  type ImagingExamRecord,
  type ImagingSlot,
  type SafetyScreeningAnswers,
  type YesNoUnknown,
} from '@preceptor/shared/hospital/index.ts';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useNow } from '../clock.ts';
import { useI18n, type MessageKey } from '../i18n.ts';
import { useHospital } from '../store/operator.ts';
import { DataTable } from '../ui/DataTable.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { FieldLabel } from '../ui/FieldLabel.tsx';
import { ModulePage, ModuleWorkTabs } from '../ui/ModulePage.tsx';
import { Data } from '../ui/Data.tsx';
import { deptName, drugLabel, examName, formatAgeYears, listText, mdhm, staffName } from '../ui/format.ts';
import { StaffName, StaffOption } from '../ui/StaffLabel.tsx';
import { IssueList } from '../ui/IssueList.tsx';
import { ReportFrame } from '../ui/ReportFrame.tsx';
import { StatusTag, type Tone } from '../ui/StatusTag.tsx';
import { useAnchorId } from '../uiVersion.ts';
import { Icon } from '../ui/Icon.tsx';

type ImTab = 'booking' | 'worklist' | 'reports';
const YN_QUESTIONS = ['priorContrastReaction', 'asthma', 'hyperthyroidism', 'metformin', 'pacemaker', 'metalImplant', 'claustrophobia'] as const;
const OUTCOME_TONE: Record<string, Tone> = { clear: 'ok', caution: 'warn', stop: 'danger', incomplete: 'muted' };
const DAYS = 5;

export default function ImagingPage({ notify }: { notify: (message: ReactNode) => void }): ReactNode {
  const { t, tx, lang } = useI18n();
  const { state, operator, dispatch } = useHospital('imaging');
  const today = isoDate(useNow(60_000));
  const creatinineId = useAnchorId('creatinine-value');
  const ids = { to: useId(), staff: useId(), note: useId() };
  const [tab, setTab] = useState<ImTab>('booking');
  const [examId, setExamId] = useState<string | null>(null);
  const [screening, setScreening] = useState<SafetyScreeningAnswers | null>(null);
  const [creatinineText, setCreatinineText] = useState('');
  const [escalating, setEscalating] = useState(false);
  const [escTo, setEscTo] = useState<'radiologist' | 'requesting-doctor'>('radiologist');
  const [escStaff, setEscStaff] = useState('');
  const [escNote, setEscNote] = useState('');
  const [slot, setSlot] = useState<ImagingSlot | null>(null);
  const [issues, setIssues] = useState<ActionIssue[]>([]);
  const [reportId, setReportId] = useState<string | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  const patientOf = (e: ImagingExamRecord) => state.patients.find((p) => p.patientId === e.patientId)!;
  const sourceName = (s: string) => (s === 'outpatient' ? t('dept.outpatient') : deptName(s, t, lang));
  const requests = state.imagingExams.filter((e) => e.status === 'requested' || e.status === 'escalated');
  const worklist = state.imagingExams.filter((e) => e.status === 'booked' || e.status === 'checked-in' || e.status === 'completed').sort((a, b) => `${a.slot?.date}${a.slot?.time}`.localeCompare(`${b.slot?.date}${b.slot?.time}`));
  const reported = state.imagingExams.filter((e) => e.status === 'reported');
  const exam = state.imagingExams.find((e) => e.examId === examId && (e.status === 'requested' || e.status === 'escalated')) ?? requests[0];
  const type = exam ? findImagingExam(exam.examCode) : undefined;
  const patient = exam ? patientOf(exam) : undefined;
  const profile = exam ? state.profiles.find((p) => p.patientId === exam.patientId) : undefined;
  const booked = state.imagingExams.flatMap((e) => (e.slot && e.status !== 'cancelled' ? [e.slot] : []));
  const calendar = type ? slotCalendar(type.modality, today, DAYS, booked) : [];

  const pick = (e: ImagingExamRecord): void => {
    setExamId(e.examId);
    setSlot(null);
    setIssues([]);
  };
  const openScreening = (): void => {
    const current = exam?.screening?.answers ?? { ...blankScreening(), pregnancy: patient?.sex === 'M' ? ('not-applicable' as const) : ('unknown' as const) };
    setScreening(current);
    setCreatinineText(current.creatinineUmolL === null ? '' : String(current.creatinineUmolL));
    setIssues([]);
  };
  const live = screening && type && patient ? screenForExam(type, { ...screening, creatinineUmolL: creatinineText.trim() === '' ? null : Number(creatinineText) }, { sex: patient.sex, ageYears: ageOn(patient.birthDate, today).years }) : null;
  const outcomeText = (o: string) => t(`im.outcome.${o}` as MessageKey);
  const reasonsText = (rs: readonly string[]) => rs.map((r) => t(`im.reason.${r}` as MessageKey)).join(t('fmt.clauseSep'));

  const statusTag = (e: ImagingExamRecord) => <StatusTag tone={e.status === 'escalated' ? 'warn' : e.status === 'reported' ? 'ok' : 'info'}>{t(`im.status.${e.status}` as MessageKey)}</StatusTag>;

  const detail = exam && type && patient ? (
    <div className="work-area" data-exam-id={exam.examId}>
      <div className="rx-slip">
        <div className="rx-slip__head">
          <span className="strong">{t('im.request')} {exam.examId}</span>
          <span className="strong">{examName(exam.examCode, lang)}</span>
          {type.contrast ? <StatusTag tone="warn" icon={<Icon name="syringe" />}>{t('im.contrastTag')}</StatusTag> : null}
          {statusTag(exam)}
        </div>
        <dl className="facts facts--inline">
          <dt>{t('im.col.patient')}</dt>
          <dd><Data>{patient.name}</Data> · {t(`sex.${patient.sex}`)} · {formatAgeYears(patient.birthDate, today, t)} <span className="mono muted">{patient.patientId}</span></dd>
          <dt>{t('im.col.source')}</dt>
          <dd>{sourceName(exam.source)} · <StaffName staffId={exam.requestedBy} /></dd>
          <dt>{t('im.question')}</dt>
          <dd><Data>{exam.question}</Data></dd>
          <dt>{t('im.prep')}</dt>
          <dd>{lang === 'en' ? type.prep.en : type.prep.zh}</dd>
          <dt>{t('im.emr')}</dt>
          <dd data-panel="emr-facts">
            {patient.allergies.length ? <span className="allergy allergy--yes">⚠ {tx('im.emrAllergies', { list: <Data>{listText(patient.allergies, lang)}</Data> })}</span> : null}{' '}
            {profile?.priorContrastReaction ? <StatusTag tone="danger" icon="⚠">{t('im.emrContrast')}</StatusTag> : null}{' '}
            {profile?.currentMedications.length ? t('im.emrMeds', { list: listText(profile.currentMedications.map((d) => drugLabel(d, lang)), lang) }) : null}{' '}
            {profile?.latestCreatinine ? t('im.emrCreatinine', { value: profile.latestCreatinine }) : t('im.emrNoCreatinine')}
          </dd>
        </dl>
      </div>
      <div className="screen-summary" data-panel="screening-summary">
        <span className="strong">{t('fmt.labelled', { label: t('im.screening') })}</span>
        {exam.screening ? (
          <>
            <span className={`screen-outcome screen-outcome--${exam.screening.outcome}`} data-outcome={exam.screening.outcome}>{outcomeText(exam.screening.outcome)}</span>{' '}
            <span className="muted">{reasonsText(exam.screening.reasons)}</span>
          </>
        ) : (
          <span className="muted">{t('im.screenNotDone')}</span>
        )}
        {exam.escalation ? <StatusTag tone="warn">{tx('im.escalatedTo', { name: <StaffName staffId={exam.escalation.staffId} /> })}</StatusTag> : null}
        <span className="screen-summary__actions">
          {exam.status === 'requested' ? (
            <>
              <button type="button" className="btn" data-action="open-screening" onClick={openScreening}>{exam.screening ? t('im.editScreening') : t('im.openScreening')}</button>
              <button type="button" className="btn btn--warn" data-action="escalate-exam" onClick={() => { setEscalating(true); setEscStaff(''); setEscNote(''); setIssues([]); }}>{t('im.escalate')}</button>
            </>
          ) : null}
        </span>
      </div>
      {exam.status === 'requested' ? (
        <div data-panel="slot-calendar">
          <div className="med-alerts__title">{t('im.calendar')}</div>
          <SlotCalendar calendar={calendar} days={DAYS} today={today} selected={slot} onPick={setSlot} caption={t('im.calendarCaption', { modality: type.modality, n: DAYS })} />
          <IssueList issues={issues} />
          <div className="form-actions">
            <button
              type="button"
              className="btn btn--primary btn--lg"
              data-action="book-exam"
              onClick={() => {
                if (!slot) return setIssues(['imaging.slotInvalid']);
                const r = dispatch({ type: 'imaging/book', examId: exam.examId, slot });
                if (!r.ok) return setIssues(r.issues);
                notify(t('im.booked', { exam: examName(exam.examCode, lang), slot: `${slot.date} ${slot.time} ${slot.room}` }));
                setExamId(null);
              }}
            >
              {t('im.book')}
            </button>
            <span className="form-actions__summary">{slot ? t('im.slotLabel', { date: slot.date, time: slot.time, room: slot.room }) : t('im.pickSlot')}</span>
          </div>
        </div>
      ) : null}
    </div>
  ) : (
    <p className="muted">{t('im.pick')}</p>
  );

  const booking = (
    <div className="split split--wide-left" data-panel="exam-requests">
      <DataTable<ImagingExamRecord>
        caption={t('im.requestsCaption')}
        className="grid-wrap--fit"
        rows={requests}
        rowKey={(e) => e.examId}
        rowData={(e) => ({ 'data-exam-id': e.examId })}
        selectedKey={exam?.examId ?? null}
        onRowClick={pick}
        empty={t('common.empty')}
        columns={[
          { key: 'exam', header: t('im.col.exam'), render: (e) => <button type="button" className="linkish" data-action="open-exam" onClick={() => pick(e)}>{examName(e.examCode, lang)}</button> },
          { key: 'patient', header: t('im.col.patient'), render: (e) => <Data>{patientOf(e).name}</Data> },
          { key: 'source', header: t('im.col.source'), render: (e) => sourceName(e.source) },
          { key: 'screen', header: t('im.col.screen'), render: (e) => (e.screening ? <StatusTag tone={OUTCOME_TONE[e.screening.outcome]!}>{outcomeText(e.screening.outcome)}</StatusTag> : findImagingExam(e.examCode)?.contrast ? <StatusTag tone="muted">{t('im.screenNotDone')}</StatusTag> : '') },
          { key: 'status', header: t('im.col.status'), render: statusTag },
        ]}
      />
      {detail}
    </div>
  );

  const worklistView = (
    <div data-panel="exam-worklist">
      <DataTable<ImagingExamRecord>
        caption={t('im.worklistCaption')}
        rows={worklist}
        rowKey={(e) => e.examId}
        rowData={(e) => ({ 'data-exam-id': e.examId })}
        empty={t('common.empty')}
        columns={[
          { key: 'slot', header: t('im.col.slot'), render: (e) => <span className="mono">{e.slot ? `${e.slot.date} ${e.slot.time}` : ''}</span> },
          { key: 'room', header: t('im.col.room'), render: (e) => e.slot?.room ?? '' },
          { key: 'exam', header: t('im.col.exam'), render: (e) => examName(e.examCode, lang) },
          { key: 'patient', header: t('im.col.patient'), render: (e) => <Data>{patientOf(e).name}</Data> },
          { key: 'source', header: t('im.col.source'), render: (e) => sourceName(e.source) },
          { key: 'acc', header: t('im.col.accession'), render: (e) => <span className="mono">{e.accessionNo ?? ''}</span> },
          { key: 'status', header: t('im.col.status'), render: statusTag },
          {
            key: 'act', header: t('col.action'), className: 'col-action',
            render: (e) => (e.status === 'booked' ? (
              <span className="cell-input">
                <button type="button" className="btn btn--xs btn--primary" data-action="check-in" disabled={e.slot!.date !== today} onClick={() => { const r = dispatch({ type: 'imaging/checkIn', examId: e.examId }); if (r.ok) notify(t('im.checkedIn', { no: r.state.imagingExams.find((x) => x.examId === e.examId)?.accessionNo ?? '' })); }}>
                  {t('im.checkIn')}<Data className="sr-only"> {patientOf(e).name}</Data>
                </button>
                <button type="button" className="btn btn--xs" data-action="cancel-booking" onClick={() => dispatch({ type: 'imaging/cancel', examId: e.examId })}>
                  {t('im.cancel')}<Data className="sr-only"> {patientOf(e).name}</Data>
                </button>
              </span>
            ) : null),
          },
        ]}
      />
    </div>
  );

  const selectedReport = reported.find((e) => e.examId === reportId) ?? reported[0];
  const reports = (
    <div className="results-split" data-panel="imaging-reports">
      <DataTable<ImagingExamRecord>
        caption={t('im.reportsCaption')}
        rows={reported}
        rowKey={(e) => e.examId}
        rowData={(e) => ({ 'data-report-id': e.examId })}
        selectedKey={selectedReport?.examId ?? null}
        onRowClick={(e) => setReportId(e.examId)}
        empty={t('common.empty')}
        columns={[
          { key: 'time', header: t('res.col.time'), render: (e) => <span className="mono">{e.report ? mdhm(e.report.signedAt) : ''}</span> },
          { key: 'exam', header: t('im.col.exam'), render: (e) => <button type="button" className="linkish" data-action="open-report" onClick={() => setReportId(e.examId)}>{examName(e.examCode, lang)}</button> },
          { key: 'patient', header: t('im.col.patient'), render: (e) => <Data>{patientOf(e).name}</Data> },
          { key: 'acc', header: t('im.col.accession'), render: (e) => <span className="mono">{e.accessionNo}</span> },
        ]}
      />
      <div className="results-split__viewer">
        {selectedReport ? <ReportFrame kind="imaging" id={selectedReport.examId} title={`${t('fmt.labelled', { label: t('res.viewer') })}${examName(selectedReport.examCode, lang)}`} operator={operator.staffId} /> : null}
      </div>
    </div>
  );

  const radiologists = staffOfRole('radiologist');
  return (
    <ModulePage module="imaging" title={t('module.imaging')} breadcrumb={t('im.breadcrumb')} aside={<>{today} – {addDays(today, DAYS - 1)}</>} asideTone="mono">
      <ModuleWorkTabs
        module="imaging"
        label={t('im.tabs')}
        active={tab}
        onChange={(x) => { setTab(x); setIssues([]); }}
        tabs={[
          { id: 'booking', label: t('im.tab.booking'), badge: requests.length },
          { id: 'worklist', label: t('im.tab.worklist'), badge: worklist.filter((e) => e.slot?.date === today && e.status === 'booked').length },
          { id: 'reports', label: t('im.tab.reports') },
        ]}
      >
        {tab === 'booking' ? booking : tab === 'worklist' ? worklistView : reports}
      </ModuleWorkTabs>

      {screening && exam && type && patient ? (
        <Dialog
          name="contrast-screening"
          size="lg"
          title={tx('im.screenTitle', { exam: examName(exam.examCode, lang), patient: <Data>{patient.name}</Data> })}
          onClose={() => setScreening(null)}
          footer={
            <>
              <button
                type="button"
                className="btn btn--primary"
                data-action="save-screening"
                onClick={() => {
                  const answers = { ...screening, creatinineUmolL: creatinineText.trim() === '' ? null : Number(creatinineText) };
                  const r = dispatch({ type: 'imaging/screen', examId: exam.examId, answers });
                  if (!r.ok) return setIssues(r.issues);
                  const saved = r.state.imagingExams.find((e) => e.examId === exam.examId)!.screening!;
                  notify(t('im.screeningSaved', { outcome: outcomeText(saved.outcome) }));
                  setScreening(null);
                }}
              >
                {t('im.saveScreening')}
              </button>
              <button type="button" className="btn" onClick={() => setScreening(null)}>{t('common.cancel')}</button>
            </>
          }
        >
          <p className="msg msg--info">
            {t('fmt.labelled', { label: t('im.emr') })}{profile?.priorContrastReaction ? `${t('im.emrContrast')}${t('fmt.clauseSep')}` : ''}
            {profile?.currentMedications.length ? `${t('im.emrMeds', { list: listText(profile.currentMedications.map((d) => drugLabel(d, lang)), lang) })}${t('fmt.clauseSep')}` : ''}
            {profile?.latestCreatinine ? t('im.emrCreatinine', { value: profile.latestCreatinine }) : t('im.emrNoCreatinine')}
          </p>
          <div className="screen-q">
            {YN_QUESTIONS.filter((q) => (type.modality === 'MR' ? ['pacemaker', 'metalImplant', 'claustrophobia'].includes(q) : !['pacemaker', 'metalImplant', 'claustrophobia'].includes(q))).map((q) => (
              <fieldset key={q}>
                <legend className="strong">{t(`im.q.${q}` as MessageKey)}</legend>
                <span className="radios">
                  {(['yes', 'no', 'unknown'] as const).map((v) => (
                    <label key={v} className="radio">
                      <input type="radio" name={q} value={v} checked={screening[q] === v} onChange={() => setScreening({ ...screening, [q]: v as YesNoUnknown })} />
                      {t(v === 'yes' ? 'common.yes' : v === 'no' ? 'common.no' : 'common.unknown')}
                    </label>
                  ))}
                </span>
              </fieldset>
            ))}
            {patient.sex === 'F' ? (
              <fieldset>
                <legend className="strong">{t('im.q.pregnancy')}</legend>
                <span className="radios">
                  {(['yes', 'no', 'unknown'] as const).map((v) => (
                    <label key={v} className="radio">
                      <input type="radio" name="pregnancy" value={v} checked={screening.pregnancy === v} onChange={() => setScreening({ ...screening, pregnancy: v })} />
                      {t(v === 'yes' ? 'common.yes' : v === 'no' ? 'common.no' : 'common.unknown')}
                    </label>
                  ))}
                </span>
              </fieldset>
            ) : null}
            {type.contrast ? (
              <>
                <label htmlFor={creatinineId} className="strong">{t('im.creatinine')}</label>
                <span className="cell-input">
                  <input id={creatinineId} name="creatinine" className="input input--num" inputMode="numeric" value={creatinineText} onChange={(e) => setCreatinineText(e.target.value)} />
                  {profile?.latestCreatinine ? <button type="button" className="btn btn--xs" data-action="use-emr-creatinine" onClick={() => setCreatinineText(String(profile.latestCreatinine))}>{t('im.useEmr')}</button> : null}
                </span>
                <span className="strong">{t('im.consent')}</span>
                <label className="check">
                  <input type="checkbox" name="consentSigned" checked={screening.consentSigned} onChange={(e) => setScreening({ ...screening, consentSigned: e.target.checked })} />
                  {t('im.consent')}
                </label>
              </>
            ) : null}
          </div>
          {live ? (
            <div className={`screen-outcome screen-outcome--${live.outcome}`} role="status" data-outcome={live.outcome} style={{ marginTop: 8 }}>
              {t('fmt.labelled', { label: t('im.outcome') })}{outcomeText(live.outcome)}
              {live.egfr !== null ? ` · ${t('im.egfr', { value: live.egfr })}` : ''}
              {live.reasons.length ? <div className="muted">{reasonsText(live.reasons)}</div> : null}
            </div>
          ) : null}
          <IssueList issues={issues} />
        </Dialog>
      ) : null}

      {escalating && exam ? (
        <Dialog
          name="escalate-exam"
          size="md"
          title={t('im.escalateTitle', { exam: examName(exam.examCode, lang) })}
          onClose={() => setEscalating(false)}
          initialFocus={cancelRef}
          footer={
            <>
              <button
                type="button"
                className="btn btn--warn"
                data-action="confirm-escalate-exam"
                onClick={() => {
                  const staffId = escTo === 'requesting-doctor' ? exam.requestedBy : escStaff;
                  const r = dispatch({ type: 'imaging/escalate', examId: exam.examId, to: escTo, staffId, note: escNote });
                  if (!r.ok) return setIssues(r.issues);
                  notify(tx('im.escalated', { name: <StaffName staffId={staffId} /> }));
                  setEscalating(false);
                }}
              >
                {t('im.escalate')}
              </button>
              <button type="button" className="btn" ref={cancelRef} onClick={() => setEscalating(false)}>{t('common.cancel')}</button>
            </>
          }
        >
          <div className="form-row">
            <FieldLabel htmlFor={ids.to} required>{t('im.escalateTo')}</FieldLabel>
            <select id={ids.to} name="escalateTo" className="input" value={escTo} onChange={(e) => setEscTo(e.target.value as 'radiologist' | 'requesting-doctor')}>
              <option value="radiologist">{t('im.escalateTo.radiologist')}</option>
              <option value="requesting-doctor" translate="no">{t('fmt.staffWithTitle', { name: t('im.escalateTo.requesting-doctor'), title: staffName(exam.requestedBy) })}</option>
            </select>
          </div>
          {escTo === 'radiologist' ? (
            <div className="form-row" style={{ marginTop: 6 }}>
              <FieldLabel htmlFor={ids.staff} required>{t('im.escalateStaff')}</FieldLabel>
              <select id={ids.staff} name="escalateStaff" className="input" value={escStaff} onChange={(e) => setEscStaff(e.target.value)}>
                <option value="">{t('common.choose')}</option>
                {radiologists.map((r) => (
                  <StaffOption key={r.staffId} staffId={r.staffId} />
                ))}
              </select>
            </div>
          ) : null}
          <div className="form-row" style={{ marginTop: 6 }}>
            <FieldLabel htmlFor={ids.note} required>{t('im.escalateNote')}</FieldLabel>
            <textarea id={ids.note} name="escalateNote" className="input" rows={3} value={escNote} onChange={(e) => setEscNote(e.target.value)} />
          </div>
          <IssueList issues={issues} />
        </Dialog>
      ) : null}
    </ModulePage>
  );
}

function SlotCalendar({ calendar, days, today, selected, onPick, caption }: { calendar: ReturnType<typeof slotCalendar>; days: number; today: string; selected: ImagingSlot | null; onPick: (s: ImagingSlot) => void; caption: string }): ReactNode {
  const { t } = useI18n();
  const dates = Array.from({ length: days }, (_, i) => addDays(today, i));
  const rows = [...new Set(calendar.map((s) => `${s.time}|${s.room}`))].sort();
  const at = (date: string, key: string) => calendar.find((s) => s.date === date && `${s.time}|${s.room}` === key);
  return (
    <div className="calendar" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('common.time')}</th>
            {dates.map((d) => (
              <th key={d} scope="col" className="mono">{d.slice(5)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((key) => {
            const [time, room] = key.split('|') as [string, string];
            return (
              <tr key={key}>
                <th scope="row" className="mono">{time} {room}</th>
                {dates.map((d) => {
                  const s = at(d, key);
                  if (!s) return <td key={d} />;
                  const isSel = selected?.date === s.date && selected.time === s.time && selected.room === s.room;
                  return (
                    <td key={d}>
                      <button
                        type="button"
                        className="slot"
                        disabled={s.taken}
                        aria-pressed={isSel}
                        data-slot={`${s.date} ${s.time} ${s.room}`}
                        aria-label={`${t('im.slotLabel', { date: s.date, time: s.time, room: s.room })} ${t(s.taken ? 'im.slotTaken' : 'im.slotFree')}`}
                        onClick={() => onPick({ date: s.date, time: s.time, room: s.room })}
                      >
                        {s.taken ? '—' : s.time}
                      </button>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
