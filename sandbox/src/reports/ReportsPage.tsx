// 报表分析: live figures, department KPIs against the national targets with charts, follow-ups
// (督办) and exports. Managers read; the one risky act here is exporting patient data.

import type { ActionIssue } from '@preceptor/shared/hospital/actionIssues.ts';
import {
  KPI_LIMITS,
  departmentKpis,
  isoDate,
  kpiBreaches,
  liveKpis,
  monthsEnding,
  type DepartmentKpis,
  type KpiMetric,
} from '@preceptor/shared/hospital/index.ts';
import { BarController, BarElement, CategoryScale, Chart, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip } from 'chart.js';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useNow } from '../clock.ts';
import { useI18n, type MessageKey } from '../i18n.ts';
import { useHospital } from '../store/operator.ts';
import { DataTable } from '../ui/DataTable.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { FieldLabel } from '../ui/FieldLabel.tsx';
import { ModulePage } from '../ui/ModulePage.tsx';
import { deptName, diagnosisLabel, formatFen, mdhm } from '../ui/format.ts';
import { StaffName } from '../ui/StaffLabel.tsx';
import { IssueList } from '../ui/IssueList.tsx';
import { Panel } from '../ui/Panel.tsx';
import { StatusTag } from '../ui/StatusTag.tsx';
import { Data } from '../ui/Data.tsx';

/** RFC 4180 CSV: quote every field, double inner quotes. */
function toCsv(fields: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(',');
  return [line(fields), ...rows.map(line)].join('\r\n');
}

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

const METRICS: readonly KpiMetric[] = ['outpatientVisits', 'admissions', 'bedOccupancy', 'averageStay', 'drugShare', 'outpatientAntibioticRate', 'inpatientAntibioticRate', 'antibioticDdds', 'criticalTimeliness', 'costPerCase'];

/** A chart.js canvas; give it a `key` that changes when its data does (it is built once per mount). */
function ChartCanvas({ label, build }: { label: string; build: (canvas: HTMLCanvasElement) => Chart }): ReactNode {
  const ref = useRef<HTMLCanvasElement>(null);
  const buildRef = useRef(build);
  buildRef.current = build;
  useEffect(() => {
    if (!ref.current) return;
    const chart = buildRef.current(ref.current);
    return () => chart.destroy();
  }, []);
  return (
    <div className="chart-box">
      <canvas ref={ref} role="img" aria-label={label} />
    </div>
  );
}

export default function ReportsPage({ notify }: { notify: (message: string) => void }): ReactNode {
  const { t, lang } = useI18n();
  const { state, dispatch } = useHospital('reports');
  const now = useNow(60_000);
  const today = isoDate(now);
  const months = monthsEnding(today.slice(0, 7), 6);
  const ids = { month: useId(), metric: useId(), note: useId() };
  const [month, setMonth] = useState(months.at(-1)!);
  const [reviewing, setReviewing] = useState<DepartmentKpis | null>(null);
  const [metric, setMetric] = useState<KpiMetric>('outpatientAntibioticRate');
  const [note, setNote] = useState('');
  const [exporting, setExporting] = useState(false);
  const [withIds, setWithIds] = useState(false);
  const [issues, setIssues] = useState<ActionIssue[]>([]);
  const rows = departmentKpis(month);
  const breaches = kpiBreaches(rows);
  const live = liveKpis(state, today);
  const dept = (code: string) => deptName(code, t, lang);
  const fmt = (m: KpiMetric, v: number) => (m === 'costPerCase' ? formatFen(v) : m === 'outpatientVisits' || m === 'admissions' ? String(v) : v.toFixed(1));
  const isBreach = (r: DepartmentKpis, m: KpiMetric) => breaches.some((b) => b.deptCode === r.deptCode && b.metric === m);
  const limitText = (m: KpiMetric) => { const l = KPI_LIMITS[m]; return l?.max !== undefined ? t('rep.limit.max', { n: l.max }) : l?.min !== undefined ? t('rep.limit.min', { n: l.min }) : ''; };

  const barLabel = t('rep.chartAntibiotic');
  const trendLabel = t('rep.chartTrend');
  const buildBar = (canvas: HTMLCanvasElement): Chart =>
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map((r) => dept(r.deptCode)),
        datasets: [
          { type: 'bar', label: t('rep.series.rate'), data: rows.map((r) => r.outpatientAntibioticRate), backgroundColor: rows.map((r) => (r.outpatientAntibioticRate > 20 ? '#b3261e' : '#1f5fa8')) },
          { type: 'line', label: t('rep.series.cap'), data: rows.map(() => 20), borderColor: '#b3261e', borderDash: [6, 4], pointRadius: 0, borderWidth: 2 },
        ],
      },
      // Bars run sideways so department names read level in full in both languages (tilted
      // labels were cut at the canvas edge: "espiratory Medicine").
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { position: 'bottom' } },
        scales: { x: { beginAtZero: true, suggestedMax: 30 }, y: { ticks: { autoSkip: false, font: { size: 11 } } } },
      },
    });
  const buildTrend = (canvas: HTMLCanvasElement): Chart => {
    const series = months.map((m) => departmentKpis(m));
    const avg = (k: KpiMetric) => series.map((s) => Math.round((s.reduce((n, r) => n + r[k], 0) / s.length) * 10) / 10);
    return new Chart(canvas, {
      type: 'line',
      data: {
        labels: months,
        datasets: [
          { label: t('rep.series.drugShare'), data: avg('drugShare'), borderColor: '#1e6b2e', backgroundColor: '#1e6b2e' },
          { label: t('rep.series.rate'), data: avg('outpatientAntibioticRate'), borderColor: '#d9822b', backgroundColor: '#d9822b' },
        ],
      },
      options: { maintainAspectRatio: false, animation: false, plugins: { legend: { position: 'bottom' } }, scales: { y: { beginAtZero: true } } },
    });
  };

  const doExport = (): void => {
    const header = ['dept', ...METRICS];
    const data = rows.map((r) => [dept(r.deptCode), ...METRICS.map((m) => fmt(m, r[m]))]);
    let csv = toCsv(header.map((h) => (h === 'dept' ? t('rep.col.dept') : t(`metric.${h}` as MessageKey))), data);
    if (withIds) {
      const detail = state.prescriptions.map((p) => {
        const patient = state.patients.find((x) => x.patientId === p.patientId)!;
        return [patient.name, patient.idNumber, p.diagnoses.map((d) => diagnosisLabel(d, lang)).join('；'), dept(p.deptCode)];
      });
      csv += `\r\n\r\n${toCsv(['name', 'idNumber', 'diagnosis', 'dept'], detail)}`;
    }
    const r = dispatch({ type: 'report/export', report: `department-kpis-${month}`, includesIdentifiers: withIds });
    if (!r.ok) return setIssues(r.issues);
    const blob = new Blob([`\ufeff${csv}`], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `department-kpis-${month}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setExporting(false);
    notify(t('rep.exported'));
  };

  const cards: { key: string; label: string; value: string; alert?: boolean }[] = [
    { key: 'visits', label: t('rep.card.visits'), value: String(live.outpatientVisitsToday) },
    { key: 'inpatients', label: t('rep.card.inpatients'), value: `${live.inpatients}/${live.beds}` },
    { key: 'occupancy', label: t('rep.card.occupancy'), value: `${live.bedOccupancy}%` },
    { key: 'critical', label: t('rep.card.critical'), value: String(live.openCriticalAlerts), alert: live.openCriticalAlerts > 0 },
    { key: 'ack', label: t('rep.card.ackMinutes'), value: live.medianCriticalAckMinutes === null ? '—' : t('rep.minutes', { n: live.medianCriticalAckMinutes }) },
    { key: 'rx', label: t('rep.card.rxReview'), value: String(live.pendingPrescriptionReviews) },
  ];

  return (
    <ModulePage
      module="reports"
      title={t('module.reports')}
      breadcrumb={t('rep.breadcrumb')}
      aside={
        <>
          <label htmlFor={ids.month}>{t('rep.month')}</label>{' '}
          <select id={ids.month} name="reportMonth" className="input input--sm" value={month} onChange={(e) => setMonth(e.target.value)}>
            {months.map((m) => (
              <option key={m} value={m}>{m}</option>
            ))}
          </select>{' '}
          <button type="button" className="btn btn--xs" data-action="export-report" onClick={() => { setExporting(true); setWithIds(false); }}>⤓ {t('rep.export')}</button>
        </>
      }
    >
      <section className="kpi-cards" aria-label={t('rep.live')} data-panel="live-kpis">
        {cards.map((c) => (
          <div key={c.key} className={c.alert ? 'kpi-card kpi-card--alert' : 'kpi-card'} data-kpi={c.key}>
            <div className="kpi-card__label">{c.label}</div>
            <div className="kpi-card__value">{c.value}</div>
          </div>
        ))}
      </section>
      <Panel title={t('rep.deptTable')} panel="department-kpis" meta={`${t('fmt.labelled', { label: t('rep.targets') })}${(['drugShare', 'outpatientAntibioticRate', 'inpatientAntibioticRate', 'antibioticDdds', 'criticalTimeliness'] as const).map((m) => `${t(`metric.${m}`)} ${limitText(m)}`).join(' · ')}`} flush>
        <DataTable<DepartmentKpis>
          caption={t('rep.deptCaption', { month })}
          captionHidden
          className="grid-wrap--fit"
          rows={rows}
          rowKey={(r) => r.deptCode}
          rowData={(r) => ({ 'data-dept': r.deptCode })}
          columns={[
            { key: 'dept', header: t('rep.col.dept'), render: (r) => <span className="strong">{dept(r.deptCode)}</span> },
            ...METRICS.map((m) => ({
              key: m,
              header: t(`metric.${m}` as MessageKey),
              className: 'num',
              render: (r: DepartmentKpis) => (isBreach(r, m) ? <span className="breach" data-breach={m}>▲ {fmt(m, r[m])}</span> : fmt(m, r[m])),
            })),
            {
              key: 'act', header: t('col.action'), className: 'col-action',
              render: (r) => (
                <button type="button" className="btn btn--xs" data-action="review-kpi" onClick={() => { setReviewing(r); setMetric(breaches.find((b) => b.deptCode === r.deptCode)?.metric ?? 'drugShare'); setNote(''); setIssues([]); }}>
                  {t('rep.review')}<span className="sr-only"> {dept(r.deptCode)}</span>
                </button>
              ),
            },
          ]}
        />
      </Panel>
      <div className="three-col" style={{ marginTop: 8 }}>
        <Panel title={t('rep.chartAntibiotic')} panel="chart-antibiotic">
          <ChartCanvas key={`bar-${month}-${lang}`} label={barLabel} build={buildBar} />
        </Panel>
        <Panel title={t('rep.chartTrend')} panel="chart-trend">
          <ChartCanvas key={`trend-${lang}`} label={trendLabel} build={buildTrend} />
        </Panel>
        <Panel title={t('rep.breaches')} panel="kpi-breaches">
          {breaches.length === 0 ? <p className="muted">{t('rep.noBreaches')}</p> : null}
          <ul className="result__list">
            {breaches.map((b) => (
              <li key={`${b.deptCode}-${b.metric}`} data-breach={`${b.deptCode}:${b.metric}`}>
                <StatusTag tone="danger" icon="▲">{t(`metric.${b.metric}` as MessageKey)}</StatusTag> {t('rep.breach', { dept: dept(b.deptCode), metric: t(`metric.${b.metric}` as MessageKey), value: b.value, limit: limitText(b.metric) })}
              </li>
            ))}
          </ul>
        </Panel>
      </div>
      <div className="two-col" style={{ marginTop: 8 }}>
        <DataTable
          caption={t('rep.reviewsCaption')}
          rows={state.kpiReviews.slice().reverse()}
          rowKey={(r) => r.reviewId}
          empty={t('common.empty')}
          columns={[
            { key: 'time', header: t('common.time'), render: (r) => <span className="mono">{mdhm(r.at)}</span> },
            { key: 'dept', header: t('rep.col.dept'), render: (r) => dept(r.deptCode) },
            { key: 'metric', header: t('rep.reviewMetric'), render: (r) => t(`metric.${r.metric}` as MessageKey) },
            { key: 'note', header: t('rep.reviewNote'), className: 'wrap', render: (r) => r.note },
            { key: 'by', header: t('common.operator'), render: (r) => <StaffName staffId={r.by} /> },
          ]}
        />
        <DataTable
          caption={t('rep.exportsCaption')}
          rows={state.reportExports.slice().reverse()}
          rowKey={(r) => r.exportId}
          empty={t('common.empty')}
          columns={[
            { key: 'time', header: t('common.time'), render: (r) => <span className="mono">{mdhm(r.at)}</span> },
            { key: 'report', header: t('rep.deptTable'), render: (r) => <span className="mono">{r.report}</span> },
            { key: 'ids', header: t('rep.col.identifiers'), render: (r) => (r.includesIdentifiers ? <StatusTag tone="danger" icon="⚠">{t('common.yes')}</StatusTag> : t('common.no')) },
            { key: 'by', header: t('common.operator'), render: (r) => <StaffName staffId={r.by} /> },
          ]}
        />
      </div>

      {reviewing ? (
        <Dialog
          name="review-kpi"
          size="md"
          title={t('rep.reviewTitle', { dept: dept(reviewing.deptCode) })}
          onClose={() => setReviewing(null)}
          footer={
            <>
              <button
                type="button"
                className="btn btn--primary"
                data-action="confirm-review-kpi"
                onClick={() => {
                  const r = dispatch({ type: 'kpi/review', deptCode: reviewing.deptCode, metric, note });
                  if (!r.ok) return setIssues(r.issues);
                  notify(t('rep.reviewSaved', { dept: dept(reviewing.deptCode) }));
                  setReviewing(null);
                }}
              >
                {t('rep.review')}
              </button>
              <button type="button" className="btn" onClick={() => setReviewing(null)}>{t('common.cancel')}</button>
            </>
          }
        >
          <div className="form-row">
            <FieldLabel htmlFor={ids.metric} required>{t('rep.reviewMetric')}</FieldLabel>
            <select id={ids.metric} name="reviewMetric" className="input" value={metric} onChange={(e) => setMetric(e.target.value as KpiMetric)}>
              {METRICS.map((m) => (
                <option key={m} value={m}>{t(`metric.${m}` as MessageKey)} {fmt(m, reviewing[m])}</option>
              ))}
            </select>
          </div>
          <div className="form-row" style={{ marginTop: 6 }}>
            <FieldLabel htmlFor={ids.note} required>{t('rep.reviewNote')}</FieldLabel>
            <textarea id={ids.note} name="reviewNote" className="input" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <IssueList issues={issues} />
        </Dialog>
      ) : null}

      {exporting ? (
        <Dialog
          name="export-report"
          size="md"
          title={t('rep.exportTitle')}
          onClose={() => setExporting(false)}
          footer={
            <>
              <button type="button" className="btn btn--primary" data-action="confirm-export-report" onClick={doExport}>{t('rep.exportDo')}</button>
              <button type="button" className="btn" onClick={() => setExporting(false)}>{t('common.cancel')}</button>
            </>
          }
        >
          <p>{t('rep.exportBody')}</p>
          <label className="check" style={{ marginTop: 8 }}>
            <input type="checkbox" name="includeIdentifiers" checked={withIds} onChange={(e) => setWithIds(e.target.checked)} />
            {t('rep.includeIdentifiers')}
          </label>
          {withIds ? <p className="msg msg--warn">⚠ {t('rep.identifierWarning')}</p> : null}
          <IssueList issues={issues} />
        </Dialog>
      ) : null}
    </ModulePage>
  );
}
