import { useEffect, useId, useRef, useState } from 'react';
import {
  confirmRow,
  doubtfulRows,
  parseBaseUrl,
  readinessCsv,
  readinessFileName,
  readinessJson,
  REHEARSAL_STATUSES,
  unreachedPatterns,
  whatChangedTour,
  type ElementSide,
  type ReadinessReport,
  type ReadinessRow,
} from '@preceptor/shared/authoring/rehearsal.ts';
import { pairText } from '@preceptor/shared/i18n/messagePairs.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import { targetKindMessages } from '@preceptor/shared/authoring/targetLabel.ts';
import { sendMessage } from '../../messaging/protocol.ts';
import { downloadFile } from '../../ui/downloadFile.ts';
import { useStorageItem } from '../../ui/useStorageItem.ts';
import { useEditor } from '../editor/editorContext.tsx';
import { changeRehearsalReport, rehearsalReports, saveRehearsalReport } from './rehearsalStore.ts';
import { mayRunOn, runRehearsal, type PageProblem, type RehearsalProgress } from './rehearsalRunner.ts';
import { rehearsalTranslator, type RehearsalKey, type RehearsalTranslate } from './rehearsalMessages.ts';
import './rehearsal.css';

const figure = (n: number | null) => (n === null ? '—' : n.toFixed(2));

/** 升级演练: run every tour of this pack against the upgraded system, then review the readiness report. */
export function RehearsalTab() {
  const { draft, packKey, language, update, flush } = useEditor();
  const t = rehearsalTranslator(language);
  const reports = useStorageItem(rehearsalReports);
  const report = reports?.[packKey];
  const [baseText, setBaseText] = useState(report?.baseUrl ?? '');
  const [progress, setProgress] = useState<RehearsalProgress | undefined>(undefined);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [problems, setProblems] = useState<PageProblem[]>([]);
  /** addresses the mentor gave for pages the rehearsal could not guess, by page pattern */
  const [given, setGiven] = useState<Record<string, string>>({});
  const running = useRef<AbortController | undefined>(undefined);
  const baseId = useId();
  const hintId = useId();
  useEffect(() => () => running.current?.abort(), []); // leaving the tab stops the run (and closes its tab)

  async function run() {
    const base = parseBaseUrl(baseText);
    if (!base) return setMessage(t('baseUrlInvalid', { value: baseText }));
    if (!(await mayRunOn(base))) return setMessage(t('notAllowed', { origin: base.origin }));
    await flush();
    const controller = new AbortController();
    running.current = controller;
    setMessage(undefined);
    setProblems([]);
    try {
      const result = await runRehearsal(draft, base, { signal: controller.signal, onProgress: setProgress, given });
      await saveRehearsalReport(packKey, result.report);
      setProblems(result.problems);
      if (result.report.pagesPlanned === 0) setMessage(t('nothingToCheck'));
      else if (result.report.cancelled) setMessage(t('cancelled'));
    } catch (error) {
      setMessage(t('failed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      running.current = undefined;
      setProgress(undefined);
    }
  }

  function addWhatChangedTour() {
    if (!report) return;
    const tour = whatChangedTour(report, draft);
    if (!tour) return setMessage(t('whatChangedNone'));
    update(['tours'], [...draft.tours, tour]);
    setMessage(t('whatChangedAdded', { title: tour.title[language], count: tour.steps.length }));
  }

  return (
    <section className="panel" aria-labelledby="rehearsal-h" data-region="rehearsal">
      <h2 id="rehearsal-h">{t('heading')}</h2>
      <p className="muted">{t('hint')}</p>
      <form className="base-url" onSubmit={(e) => { e.preventDefault(); if (!running.current) void run(); }}>
        <div className="field">
          <label htmlFor={baseId}>{t('baseUrl')}</label>
          <input id={baseId} type="url" data-field="rehearsal-base" value={baseText} aria-describedby={hintId} placeholder="https://his-test.example.cn/"
            onChange={(e) => setBaseText(e.target.value)} disabled={progress !== undefined} />
          <span id={hintId} className="muted small">{t('baseUrlHint')}</span>
        </div>
        {progress === undefined
          ? <button type="submit" className="primary" data-action="run-rehearsal">{t('run')}</button>
          : <button type="button" data-action="cancel-rehearsal" onClick={() => running.current?.abort()}>{t('cancel')}</button>}
      </form>
      {report && progress === undefined && unreachedPatterns(report).length > 0 && (
        <fieldset data-region="rehearsal-addresses">
          <legend>{t('givenHeading')}</legend>
          <p className="muted small">{t('givenHint')}</p>
          {unreachedPatterns(report).map((pattern, i) => (
            <div className="field" key={pattern}>
              <label htmlFor={`${baseId}-given-${i}`}><code>{pattern}</code></label>
              <input id={`${baseId}-given-${i}`} type="url" data-field="rehearsal-given" data-pattern={pattern} value={given[pattern] ?? ''}
                onChange={(e) => setGiven((current) => ({ ...current, [pattern]: e.target.value }))} />
            </div>
          ))}
        </fieldset>
      )}
      {progress !== undefined && (
        <p data-region="rehearsal-progress">
          <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label={t('progressLabel')} />{' '}
          <span role="status">{t('progress', { done: progress.done, total: progress.total })}</span>
        </p>
      )}
      <div role="status" data-region="rehearsal-status">
        {message && <p>{message}</p>}
        {problems.map((p) => <p key={p.url} className="error">{p.kind === 'no-answer' ? t('pageNoAnswer', { url: p.url }) : t('pageRefused', { url: p.url, path: p.path })}</p>)}
      </div>
      {report && progress === undefined && (
        <ReportView report={report} t={t} language={language}
          stepTitle={(row) => draft.tours.find((x) => x.id === row.tourId)?.steps.find((s) => s.id === row.stepId)?.title[language] || row.stepId}
          tourTitle={(tourId) => draft.tours.find((x) => x.id === tourId)?.title[language] || tourId}
          onConfirm={(row, on) => void changeRehearsalReport(packKey, (r) => confirmRow(r, row.tourId, row.stepId, on))}
          onRepick={async (row) => {
            const ti = draft.tours.findIndex((x) => x.id === row.tourId);
            const si = draft.tours[ti]?.steps.findIndex((s) => s.id === row.stepId) ?? -1;
            if (ti < 0 || si < 0) return;
            await flush();
            const result = await sendMessage('requestPick', { packKey, path: ['tours', ti, 'steps', si, 'target'], label: `${row.tourId} › ${row.stepId}` });
            setMessage(t(result === 'sent' ? 'pickSent' : 'pickNoTab'));
          }}
          onWhatChanged={addWhatChangedTour}
        />
      )}
    </section>
  );
}

interface ReportViewProps {
  report: ReadinessReport;
  t: RehearsalTranslate;
  language: Language;
  stepTitle(row: ReadinessRow): string;
  tourTitle(tourId: string): string;
  onConfirm(row: ReadinessRow, on: boolean): void;
  onRepick(row: ReadinessRow): void;
  onWhatChanged(): void;
}

function ReportView({ report, t, language, stepTitle, tourTitle, onConfirm, onRepick, onWhatChanged }: ReportViewProps) {
  const doubts = doubtfulRows(report);
  const shown = REHEARSAL_STATUSES.filter((s) => report.counts[s] > 0 || s === 'found' || s === 'changed' || s === 'missing');
  const statusText = (row: ReadinessRow) => t(`status_${row.status}` as RehearsalKey);
  return (
    <div data-region="readiness-report" data-pack={report.packId} data-version={report.packVersion}>
      <h3>{t('reportHeading')}</h3>
      <p className="muted small">{t('reportMeta', { packId: report.packId, version: report.packVersion, baseUrl: report.baseUrl, when: new Date(report.ranAt).toLocaleString(language) })}</p>
      <h4>{t('summaryHeading')}</h4>
      <ul className="rehearsal-counts" data-region="rehearsal-counts">
        {shown.map((s) => <li key={s} data-status={s}><strong>{report.counts[s]}</strong>{t(`status_${s}` as RehearsalKey)}</li>)}
      </ul>
      {report.tours.length > 1 && (
        <table data-region="rehearsal-tours">
          <caption>{t('perTourHeading')}</caption>
          <thead><tr><th scope="col">{t('tourColumn')}</th>{shown.map((s) => <th key={s} scope="col">{t(`status_${s}` as RehearsalKey)}</th>)}</tr></thead>
          <tbody>{report.tours.map((tour) => <tr key={tour.tourId} data-tour={tour.tourId}><th scope="row">{tourTitle(tour.tourId)}</th>{shown.map((s) => <td key={s}>{tour.counts[s]}</td>)}</tr>)}</tbody>
        </table>
      )}

      <h4 id="doubts-h">{t('doubtHeading', { count: doubts.length })}</h4>
      {doubts.length === 0 ? <p className="muted">{t('noDoubts')}</p> : (
        <ul className="doubts" aria-labelledby="doubts-h" data-region="rehearsal-doubts">
          {doubts.map((row) => {
            const number = `${tourTitle(row.tourId)} › ${row.stepIndex + 1}`;
            return (
              <li key={`${row.tourId}/${row.stepId}`} className="doubt" data-step={row.stepId} data-doubt={row.doubt} {...(row.confirmed ? { 'data-confirmed': '' } : {})}>
                <h5>{number}. {stepTitle(row)} · <span className={`health ${row.status}`}>{statusText(row)}</span> · {row.doubt === 'changed'
                  ? t('changesLabel', { changes: row.changes.map((c) => t(`change_${c}` as RehearsalKey)).join(t('listSeparator')) })
                  : t(`doubt_${row.doubt!}` as RehearsalKey)}</h5>
                <div className="side-by-side">
                  <Side heading={t('oldElement')} side={row.old} t={t} language={language} className="was" />
                  <Side heading={t('newElement')} side={row.now} t={t} language={language} className="now" />
                </div>
                <div className="actions">
                  <span className="muted small">{t('figures', { confidence: figure(row.confidence), runnerUp: figure(row.runnerUp) })}</span>
                  <span className="grow" />
                  {row.newTarget && (
                    <button type="button" data-action="confirm-match" aria-pressed={row.confirmed === true} aria-label={t('confirmNamed', { step: number })}
                      onClick={() => onConfirm(row, !row.confirmed)}>{row.confirmed ? `✓ ${t('confirm')}` : t('confirm')}</button>
                  )}
                  <button type="button" data-action="repick-match" aria-label={t('repickNamed', { step: number })} onClick={() => onRepick(row)}>◎ {t('repick')}</button>
                </div>
              </li>
            );
          })}
        </ul>
      )}

      <div className="row start" style={{ gap: 8, margin: '8px 0' }}>
        <button type="button" data-action="what-changed-tour" onClick={onWhatChanged}>{t('whatChanged')}</button>
        <span className="muted small">{t('whatChangedHint')}</span>
      </div>

      <table data-region="rehearsal-rows">
        <caption>{t('allStepsHeading')}</caption>
        <thead><tr><th scope="col">{t('stepColumn')}</th><th scope="col">{t('statusColumn')}</th><th scope="col">{t('figuresColumn')}</th><th scope="col"><span className="sr-only">{t('repick')}</span></th></tr></thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={`${row.tourId}/${row.stepId}`} data-step={row.stepId} data-status={row.status}>
              <td>{tourTitle(row.tourId)} › {row.stepIndex + 1}. {stepTitle(row)}</td>
              <td><span className={`health ${row.status}`}>{statusText(row)}</span>{row.status === 'not-reached' && <code className="block small">{row.page}</code>}</td>
              <td className="nowrap">{figure(row.confidence)} / {figure(row.runnerUp)}</td>
              <td>{(row.status === 'missing' || row.status === 'ambiguous') && (
                <button type="button" data-action="repick-step" aria-label={t('repickNamed', { step: `${tourTitle(row.tourId)} › ${row.stepIndex + 1}` })} onClick={() => onRepick(row)}>◎ {t('repick')}</button>
              )}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row start" style={{ gap: 8, marginTop: 8 }}>
        <button type="button" data-action="export-readiness-json" onClick={() => downloadFile(readinessFileName(report, 'json'), readinessJson(report), 'application/json')}>{t('exportJson')}</button>
        <button type="button" data-action="export-readiness-csv" onClick={() => downloadFile(readinessFileName(report, 'csv'), readinessCsv(report), 'text/csv;charset=utf-8')}>{t('exportCsv')}</button>
      </div>
    </div>
  );
}

function Side({ heading, side, t, language, className }: { heading: string; side: ElementSide | null; t: RehearsalTranslate; language: Language; className: string }) {
  return (
    <div className={className}>
      <h6>{heading}</h6>
      {side ? (
        <>
          <div className="name">{pairText(targetKindMessages, language, side.name ? 'quoted' : 'unnamed', { kind: pairText(targetKindMessages, language, side.kind), name: side.name ?? '' })}</div>
          {side.section && <div className="small">{t('section', { section: side.section })}</div>}
          <div className="small muted"><code>{t('page', { page: side.page })}</code></div>
        </>
      ) : <div className="muted">{t('nothingFound')}</div>}
    </div>
  );
}
