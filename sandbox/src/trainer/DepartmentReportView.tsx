import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { effectiveRules, evaluateGoLive } from '@preceptor/shared/trainer/goLiveGate.ts';
import { departmentReadiness, readinessOverTime, utcDay, type DepartmentReadiness } from '@preceptor/shared/trainer/readinessOverTime.ts';
import { ReadinessChart } from './ReadinessChart.tsx';
import { useReportText, type ReportT } from './reportMessages.ts';
import { readRoster } from './rosterStore.ts';
import { readSettings } from './trainerDb.ts';
import { percent } from './trainerUi.tsx';
import { useDashboard } from './useDashboard.ts';
import { Data } from '../ui/Data.tsx';
import './report.css';

const ALL = '\u0000all';
const DAY = 86_400_000;

function reasonsText(p: ReportT, row: DepartmentReadiness, lang: string): string {
  if (row.reasons.length === 0) return '—';
  return row.reasons
    .slice(0, 3)
    .map((r) => `${p(`reason.${r.part}`)} (${r.count})`)
    .join(lang === 'en' ? ', ' : '、');
}

/**
 * The one-page report for the monthly review meeting (issue 15, item 7): per department, the
 * share of people ready over time toward go-live, and who is on the roster, handed in, ready per
 * the go-live gate, not ready and why. Prints on one page (report.css); the browser's print
 * dialog saves it as PDF.
 */
export function DepartmentReportView(): ReactNode {
  const { p, px, lang } = useReportText();
  const { db, model } = useDashboard();
  const id = useId();
  const settings = useLiveQuery(() => readSettings(db), [db]);
  const roster = useLiveQuery(async () => (await readRoster(db)) ?? null, [db]);
  const [department, setDepartment] = useState(ALL);

  const gate = useMemo(
    () => (model && settings ? evaluateGoLive({ items: model.items, learners: model.learners, progress: model.progress, signedOff: new Set(model.signedOff), notHandedIn: model.roster?.notHandedIn ?? [], rules: effectiveRules(settings.goLiveRules, settings.goLivePack) }) : []),
    [model, settings],
  );
  const counts = useMemo(() => departmentReadiness(gate, roster?.entries), [gate, roster]);
  if (!model || !settings || roster === undefined) return null;

  const now = Date.now();
  const goLiveDate = settings.goLivePack?.goLiveDate ?? (settings.goLiveDate || undefined);
  const selected = department === ALL ? gate : gate.filter((g) => g.department === department);
  const learners = new Map(model.learners.map((l) => [l.learner, l]));
  const firstAt = Math.min(now, ...selected.map((g) => learners.get(g.learner)?.firstAt ?? now));
  // ready people count from when their last required item was done (else their latest record)
  const people = selected.map((g) => ({ readyAt: g.ready ? (g.readyAt ?? learners.get(g.learner)?.lastAt ?? now) : undefined }));
  const timeline = readinessOverTime(people, { from: firstAt, now, goLiveDate });
  const shown = department === ALL ? counts.departments : counts.departments.filter((d) => d.department === department);
  const summary = department === ALL ? counts.total : (shown[0] ?? counts.total);
  const who = department === ALL ? p('report.everyone') : department || p('report.noDepartment');
  // departments are the hospital's words as the learners gave them: data, on screen and in the picker
  const whoShown = department === ALL || !department ? who : <Data>{department}</Data>;
  const total = summary.ready + summary.notReady;
  const goLiveMs = goLiveDate ? utcDay(goLiveDate) : undefined;
  const days = goLiveMs === undefined ? undefined : Math.round((goLiveMs - Math.floor(now / DAY) * DAY) / DAY);
  const current = timeline.points[Math.min(timeline.nowIndex, timeline.points.length - 1)];
  const first = timeline.points[0];
  const pct = (share: number | null | undefined) => (share === null || share === undefined ? '—' : percent(share, lang));
  const description =
    first && current
      ? p(goLiveDate ? 'report.chart.alt' : 'report.chart.altNoGoal', { who, from: first.start, fromShare: pct(first.share), to: current.start, toShare: pct(current.share), goLive: goLiveDate ?? '', goal: percent(1, lang) })
      : '';
  const weekly = timeline.unit === 'week';

  return (
    <article className="tr-report" aria-labelledby={`${id}-h`} data-region="report" data-department={department === ALL ? '' : department}>
      <header className="tr-report__head">
        <h2 id={`${id}-h`}>
          {p('report.heading')} · {whoShown}
        </h2>
        <p className="tr-hint">{p('report.subtitle', { date: goLiveDate ?? p('report.noDate'), goal: percent(1, lang), time: new Date(now).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
      </header>
      <div className="tr-row tr-no-print">
        <label htmlFor={`${id}-dept`}>{p('report.department')}</label>
        <select id={`${id}-dept`} value={department} onChange={(e) => setDepartment(e.target.value)} data-filter="report-department">
          <option value={ALL}>{p('report.all')}</option>
          {counts.departments.map((d) => (
            <option key={d.department} value={d.department} translate={d.department ? 'no' : undefined}>
              {d.department || p('report.noDepartment')}
            </option>
          ))}
        </select>
        <button type="button" className="tr-button--primary" data-action="print-report" onClick={() => window.print()}>
          {p('report.print')}
        </button>
        <span className="tr-hint">{p('report.printHint')}</span>
      </div>
      {gate.length === 0 && counts.departments.length === 0 ? (
        <p className="tr-hint" data-region="empty">{p('report.empty')}</p>
      ) : (
        <>
          <p className="tr-report__summary" data-region="report-summary" data-ready={summary.ready} data-total={total}>
            <strong>{px('report.summary', { who: whoShown, ready: summary.ready, total, percent: percent(total ? summary.ready / total : 0, lang) })}</strong>{' '}
            {days === undefined ? '' : days > 0 ? p('report.daysLeft', { days }) : days < 0 ? p('report.daysPast', { days: -days }) : p('report.goLiveToday')}
          </p>
          {!goLiveDate && <p className="tr-hint tr-no-print">{p('report.noDateHint')}</p>}
          <ReadinessChart
            timeline={timeline}
            goLiveDate={goLiveDate}
            percentText={(share) => percent(share, lang)}
            labels={{ title: p('report.chart.title'), description, ready: p('report.chart.ready'), goal: p('report.chart.goal'), goLive: p('report.chart.goLive'), today: p('report.chart.today') }}
          />
          <table className="tr-sr-only" data-table="report-timeline">
            <caption>{p('report.chart.table', { unit: p(weekly ? 'report.unit.week' : 'report.unit.day') })}</caption>
            <thead>
              <tr>
                <th scope="col">{p(weekly ? 'report.col.periodWeek' : 'report.col.period')}</th>
                <th scope="col">{p('report.col.ready')}</th>
                <th scope="col">{p('report.col.share')}</th>
                <th scope="col">{p('report.col.goal')}</th>
              </tr>
            </thead>
            <tbody>
              {timeline.points.map((pt, i) =>
                pt.share === null && pt.target === null ? null : (
                  <tr key={pt.start} data-period={pt.start}>
                    <th scope="row">
                      {pt.start}
                      {i === timeline.goLiveIndex ? ` (${p('report.chart.goLive')})` : ''}
                    </th>
                    <td>{pt.ready === null ? '—' : `${pt.ready}/${pt.total}`}</td>
                    <td>{pct(pt.share)}</td>
                    <td>{pct(pt.target)}</td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
          <table className="tr-table tr-report__counts" data-table="report-counts">
            <caption>{p('report.counts')}</caption>
            <thead>
              <tr>
                <th scope="col">{p('report.col.department')}</th>
                <th scope="col" className="num">{p('report.col.onRoster')}</th>
                <th scope="col" className="num">{p('report.col.handedIn')}</th>
                <th scope="col" className="num">{p('report.col.readyCount')}</th>
                <th scope="col" className="num">{p('report.col.notReady')}</th>
                <th scope="col">{p('report.col.reasons')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((d) => (
                <CountsRow key={d.department} row={d} name={d.department ? <Data>{d.department}</Data> : p('report.noDepartment')} p={p} lang={lang} />
              ))}
            </tbody>
            {department === ALL && (
              <tfoot>
                <CountsRow row={counts.total} name={p('report.total')} p={p} lang={lang} />
              </tfoot>
            )}
          </table>
        </>
      )}
    </article>
  );
}

function CountsRow({ row, name, p, lang }: { row: DepartmentReadiness; name: ReactNode; p: ReportT; lang: string }): ReactNode {
  return (
    <tr data-department={row.department} data-ready={row.ready} data-not-ready={row.notReady} data-handed-in={row.handedIn} data-on-roster={row.onRoster ?? ''}>
      <th scope="row">{name}</th>
      <td className="num">{row.onRoster ?? p('report.noRoster')}</td>
      <td className="num">{row.handedIn}</td>
      <td className="num">{row.ready}</td>
      <td className="num">{row.notReady}</td>
      <td>{reasonsText(p, row, lang)}</td>
    </tr>
  );
}
