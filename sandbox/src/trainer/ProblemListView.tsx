import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { PROBLEM_STATUSES, problemListCsv, problemListRows, type ProblemListRow, type ProblemStatusValue, type ReportedProblem } from '@preceptor/shared/trainer/problemList.ts';
import { answerPatientData } from '@preceptor/shared/trainer/problemAnswers.ts';
import { controlText, known, pageText, problemCsvHeader } from './problemWords.ts';
import './problemList.css';
import { ANSWER_MAX, OWNER_MAX, updateProblemHandling } from './problemStore.ts';
import type { TrainerDb } from './trainerDb.ts';
import type { TrainerT } from './trainerMessages.ts';
import { useTrainerText } from './trainerMessages.ts';
import { TrainerSection, dateTime, downloadText, learnerName, stepTitleOf, titleOf } from './trainerUi.tsx';
import { useDashboard } from './useDashboard.ts';
import type { Lang } from '../i18n.ts';

/** 试运行问题清单 (issue 16): learners' problem reports by page and category, with the trainer's handling. */

const categoryText = (t: TrainerT, c: string) => known(t, 'problems.cat.', c);
const severityText = (t: TrainerT, s: string) => known(t, 'problems.sev.', s);
const statusText = (t: TrainerT, s: ProblemStatusValue) => t(`problems.status.${s}`);

function elementText(t: TrainerT, r: Pick<ReportedProblem, 'elementRole' | 'elementLabel'>): string {
  return controlText(t, { ...(r.elementRole ? { role: r.elementRole } : {}), ...(r.elementLabel ? { label: r.elementLabel } : {}) });
}

export function ProblemListView(): ReactNode {
  const { t, lang } = useTrainerText();
  const { model, db } = useDashboard();
  const handling = useLiveQuery(() => db.problemHandling.toArray(), [db]);
  const [note, setNote] = useState('');
  const rows = useMemo(() => (model ? problemListRows(model.problems, handling ?? [], Date.now()) : []), [model, handling]);
  const names = useMemo(() => new Map((model?.learners ?? []).map((l) => [l.learner, learnerName(l)])), [model]);
  if (!model) return <p className="tr-hint">{t('loading')}</p>;
  /** the tour and step by their titles in the UI language (ids only where a bundle carried no titles) */
  const stepName = (tour: string, stepId: string) => `${tour ? `${titleOf(model, tour, lang)} / ` : ''}${stepTitleOf(model, tour, stepId, lang)}`;
  const reporter = (learner: string) => names.get(learner) ?? learner.slice(0, 8);

  function exportCsv() {
    const csv = problemListCsv(rows, {
      headers: problemCsvHeader(t),
      category: (c) => categoryText(t, c),
      severity: (s) => severityText(t, s),
      status: (s) => statusText(t, s),
      sameDay: (s) => t(`problems.same.${s}`),
      published: (yes) => t(yes ? 'problems.published.yes' : 'problems.published.no'),
      reporter,
      element: (r) => [elementText(t, r), r.stepId ? t('problems.step', { step: stepName(r.tour, r.stepId) }) : ''].filter(Boolean).join(' · '),
    });
    const file = `preceptor-problems_${new Date().toISOString().slice(0, 10)}.csv`;
    downloadText(file, csv);
    setNote(t('problems.exported', { file }));
  }

  return (
    <TrainerSection heading={t('problems.heading')}>
      <p className="tr-hint">{t('problems.explain')}</p>
      {rows.length === 0 ? (
        <p className="tr-ok">{t('problems.none')}</p>
      ) : (
        <>
          <p>
            <button type="button" className="tr-button--primary" data-action="export-problems" onClick={exportCsv}>
              {t('problems.exportCsv')}
            </button>{' '}
            <span role="status">{note}</span>
          </p>
          <table className="tr-table" data-table="problems">
            <caption>{t('problems.caption', { count: rows.length, reports: rows.reduce((n, r) => n + r.count, 0) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('problems.page')}</th>
                <th scope="col">{t('problems.category')}</th>
                <th scope="col">{t('problems.severity')}</th>
                <th scope="col" className="num">{t('problems.count')}</th>
                <th scope="col">{t('problems.reporters')}</th>
                <th scope="col">{t('problems.first')} / {t('problems.last')}</th>
                <th scope="col">{t('problems.sameDay')}</th>
                <th scope="col">{t('problems.status')} · {t('problems.owner')} · {t('problems.answer')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <ProblemRow key={row.key} row={row} db={db} t={t} lang={lang} reporter={reporter} stepName={stepName} />
              ))}
            </tbody>
          </table>
        </>
      )}
    </TrainerSection>
  );
}

function ProblemRow({ row, db, t, lang, reporter, stepName }: { row: ProblemListRow; db: TrainerDb; t: TrainerT; lang: Lang; reporter: (learner: string) => string; stepName: (tour: string, stepId: string) => string }): ReactNode {
  const [owner, setOwner] = useState(row.owner);
  const [answer, setAnswer] = useState(row.answer);
  const [publish, setPublish] = useState(row.publish);
  const [saved, setSaved] = useState(false);
  const [refusal, setRefusal] = useState('');
  const page = pageText(row.page);
  const category = categoryText(t, row.category);
  /** Why this answer cannot be published as page help (it leaves the dashboard), or '' when it can. */
  const publishRefusal = (text: string): string => {
    if (!text.trim()) return t('problems.publishNeedsAnswer');
    const data = answerPatientData(text);
    return data ? t('problems.publishPatientData', { kind: t(`problems.data.${data.kind}`), value: data.value }) : '';
  };
  const save = async (change: { status?: ProblemStatusValue; owner?: string; answer?: string; publish?: boolean }) => {
    const publishing = change.publish ?? publish;
    const why = publishing ? publishRefusal(change.answer ?? answer) : '';
    setRefusal(why);
    if (why) {
      setSaved(false);
      if (change.publish) setPublish(false); // the box stays unticked: nothing was published
      return;
    }
    if (change.publish !== undefined) setPublish(change.publish); // the box follows the click at once
    await updateProblemHandling(db, row.key, change);
    setSaved(true);
  };
  const refusalId = `refusal-${row.key.replace(/[^a-z0-9]/gi, '')}`;
  const elements = [...new Set(row.reports.map((r) => elementText(t, r)).filter(Boolean))];
  return (
    <tr data-problem={row.category} data-page={row.page} data-status={row.status}>
      <th scope="row">
        <code>{page}</code>
      </th>
      <td>
        {category}
        {elements.length > 0 && <div className="tr-hint" data-region="elements">{elements.join(t('sep.clause'))}</div>}
        <details>
          <summary>{t('problems.details', { count: row.count })}</summary>
          <ul className="tr-problem-reports">
            {row.reports.map((r, i) => (
              <li key={i}>
                <span className="tr-kind">{dateTime(r.at, lang)} · {severityText(t, r.severity)} · {reporter(r.learner)}</span>
                {(r.elementRole || r.stepId) && (
                  <span className="tr-kind">
                    {' · '}
                    {[elementText(t, r), r.stepId ? t('problems.step', { step: stepName(r.tour, r.stepId) }) : ''].filter(Boolean).join(' · ')}
                  </span>
                )}
                <div className="tr-problem-text">{r.text}</div>
              </li>
            ))}
          </ul>
        </details>
      </td>
      <td>
        {severityText(t, row.severity)}
      </td>
      <td className="num">{row.count}</td>
      <td>{row.reporters.map(reporter).join(t('sep.list'))}</td>
      <td>
        {dateTime(row.firstAt, lang)}
        <br />
        {dateTime(row.lastAt, lang)}
      </td>
      <td data-same-day={row.sameDay}>{t(`problems.same.${row.sameDay}`)}</td>
      <td className="tr-problem-handling">
        <select aria-label={t('problems.statusFor', { page, category })} value={row.status} data-field="status" onChange={(e) => void save({ status: e.target.value as ProblemStatusValue })}>
          {PROBLEM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusText(t, s)}
            </option>
          ))}
        </select>
        <input aria-label={t('problems.ownerFor', { page, category })} data-field="owner" maxLength={OWNER_MAX} value={owner} placeholder={t('problems.owner')} onChange={(e) => { setOwner(e.target.value); setSaved(false); }} />
        <textarea aria-label={t('problems.answerFor', { page, category })} data-field="answer" maxLength={ANSWER_MAX} value={answer} placeholder={t('problems.answer')} rows={2}
          aria-invalid={refusal ? true : undefined} aria-describedby={refusal ? refusalId : undefined} onChange={(e) => { setAnswer(e.target.value); setSaved(false); }} />
        <label className="tr-problem-publish" title={t('problems.publishHint')}>
          <input type="checkbox" data-field="publish" aria-label={t('problems.publishFor', { page, category })} aria-describedby={refusal ? refusalId : undefined} checked={publish}
            onChange={(e) => void save({ owner, answer, publish: e.target.checked })} />
          {t('problems.publish')}
        </label>
        {refusal && <p className="tr-problem-refusal" id={refusalId} role="alert" data-region="publish-refused">{refusal}</p>}
        <button type="button" data-action="save-problem" onClick={() => void save({ owner, answer })}>
          {t('problems.save')}
        </button>
        <span role="status" className="tr-hint">{saved ? t('problems.saved') : ''}</span>
        {row.respondedAt !== undefined && <div className="tr-hint">{t('problems.responded')}: {dateTime(row.respondedAt, lang)}</div>}
      </td>
    </tr>
  );
}
