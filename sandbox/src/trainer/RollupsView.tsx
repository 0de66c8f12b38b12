import { useId, useMemo, type ReactNode } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { readinessRollup, type ReadinessRollup } from '@preceptor/shared/trainer/readiness.ts';
import { ChartCanvas, SERIES } from './ChartCanvas.tsx';
import { useTrainerText, type TrainerT } from './trainerMessages.ts';
import { roleIdText } from '@preceptor/shared/trainer/rosterMatching.ts';
import { ReportedFilter, TrainerSection, percent } from './trainerUi.tsx';
import { useDashboard } from './useDashboard.ts';
import { RoleName, useRosterRoles } from './rosterRows.tsx';
import { Data } from '../ui/Data.tsx';

function rollupChart(rows: ReadinessRollup[], t: TrainerT, label: (group: string) => string): ChartConfiguration {
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => label(r.group)),
      datasets: [
        { label: t('rollups.ready'), data: rows.map((r) => r.ready), backgroundColor: SERIES.ready },
        { label: t('rollups.partial'), data: rows.map((r) => r.partial), backgroundColor: SERIES.partial },
        { label: t('rollups.none'), data: rows.map((r) => r.none), backgroundColor: SERIES.none },
      ],
    },
    options: {
      indexAxis: 'y',
      scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } },
      plugins: { legend: { position: 'bottom' } },
    },
  };
}

/** `label`: a group in words for the chart; `group`: the same in the table, where a learner's own words (a department as they gave it) are marked as data */
function RollupTable({ title, rows, label, group }: { title: string; rows: ReadinessRollup[]; label: (group: string) => string; group: (group: string) => ReactNode }): ReactNode {
  const { t, lang } = useTrainerText();
  const id = useId();
  const config = useMemo(() => rollupChart(rows, t, label), [rows, t, label]);
  return (
    <section className="tr-card" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{title}</h3>
      <ChartCanvas config={config} label={t('rollups.chartLabel', { title })} height={Math.max(160, 40 + rows.length * 34)} />
      <table className="tr-table" data-table={title}>
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rollups.group')}</th>
            <th scope="col" className="num">{t('rollups.learners')}</th>
            <th scope="col" className="num">{t('rollups.ready')}</th>
            <th scope="col" className="num">{t('rollups.partial')}</th>
            <th scope="col" className="num">{t('rollups.none')}</th>
            <th scope="col" className="num">{t('rollups.mean')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.group} data-group={r.group}>
              <th scope="row">{group(r.group)}</th>
              <td className="num">{r.learners}</td>
              <td className="num">{r.ready}</td>
              <td className="num">{r.partial}</td>
              <td className="num">{r.none}</td>
              <td className="num">{percent(r.meanRatio, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function RollupsView(): ReactNode {
  const { t, lang } = useTrainerText();
  const { model, includeReported, setIncludeReported } = useDashboard();
  const id = useId();
  const roles = useRosterRoles();
  const roleLabel = useMemo(() => (group: string) => roleIdText(group, roles.titles, lang), [roles, lang]);
  const roleCell = useMemo(() => (group: string) => <RoleName roleId={group} roles={roles} />, [roles]);
  const plainLabel = useMemo(() => (group: string) => group || '—', []);
  const departmentCell = useMemo(() => (group: string) => (group ? <Data>{group}</Data> : '—'), []);
  const byRole = useMemo(() => (model ? readinessRollup(model.learners, 'role') : []), [model]);
  const byDepartment = useMemo(() => (model ? readinessRollup(model.learners, 'department') : []), [model]);
  const timeline = useMemo<ChartConfiguration | undefined>(
    () =>
      model && {
        type: 'line',
        data: {
          labels: model.completionsPerDay.map((d) => d.day),
          datasets: [{ label: t('rollups.count'), data: model.completionsPerDay.map((d) => d.count), borderColor: SERIES.line, backgroundColor: SERIES.line, pointRadius: 2 }],
        },
        options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { display: false } } },
      },
    [model, t],
  );
  if (!model) return <p className="tr-hint">{t('loading')}</p>;
  if (model.learners.length === 0) return <p className="tr-hint">{t('empty')}</p>;
  return (
    <TrainerSection heading={t('rollups.heading')}>
      <ReportedFilter include={includeReported} onChange={setIncludeReported} count={model.totals.reported} t={t} />
      <div className="tr-grid">
        <RollupTable title={t('rollups.byRole')} rows={byRole} label={roleLabel} group={roleCell} />
        <RollupTable title={t('rollups.byDepartment')} rows={byDepartment} label={plainLabel} group={departmentCell} />
      </div>
      <section className="tr-card" aria-labelledby={`${id}-timeline`}>
        <h3 id={`${id}-timeline`}>{t('rollups.timeline')}</h3>
        {timeline && <ChartCanvas config={timeline} label={t('rollups.timelineLabel')} height={220} />}
        <details>
          <summary>{t('rollups.timeline')}</summary>
          <table className="tr-table">
            <caption className="sr-only">{t('rollups.timeline')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rollups.day')}</th>
                <th scope="col" className="num">{t('rollups.count')}</th>
              </tr>
            </thead>
            <tbody>
              {model.completionsPerDay.map((d) => (
                <tr key={d.day}>
                  <th scope="row">{d.day}</th>
                  <td className="num">{d.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>
    </TrainerSection>
  );
}
