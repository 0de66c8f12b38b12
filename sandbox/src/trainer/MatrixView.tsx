import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { cellStatus } from '@preceptor/shared/trainer/readiness.ts';
import { useTrainerText, type TrainerT } from './trainerMessages.ts';
import { LearnerFilters, NO_FILTER, ReportedFilter, StatusMark, TrainerSection, filterLearners, LearnerLabel, percent, shortId, titleOf, type LearnerFilter } from './trainerUi.tsx';
import { learnerDepartment } from '@preceptor/shared/trainer/learnerDepartment.ts';
import { useDashboard } from './useDashboard.ts';
import { NothingHandedInRow, NothingMark, RoleName, RosterBadge, RosterRole, rosterOnlyRows, useRosterRoles, type RosterRoles } from './rosterRows.tsx';
import type { DashboardLearner } from './dashboardModel.ts';
import type { Lang } from '../i18n.ts';
import { Data } from '../ui/Data.tsx';

/**
 * Up to this many rows render all at once; more (a 5,000-person roster) render virtualised: only
 * the rows in and near the scrolled view are in the DOM, and the table states the full count
 * (aria-rowcount, aria-rowindex per row). Paper goes through the print view (PrintView), which
 * lays out every learner in full; this route is not printed (see the print rules in trainer.css).
 */
export const MATRIX_ALL_ROWS = 200;
const ROW_ESTIMATE_PX = 37;

export function MatrixView(): ReactNode {
  const { t, lang } = useTrainerText();
  const { model, includeReported, setIncludeReported } = useDashboard();
  const [filter, setFilter] = useState<LearnerFilter>(NO_FILTER);
  const scroller = useRef<HTMLDivElement>(null);
  const roles = useRosterRoles();

  const learners = model ? filterLearners(model.learners, filter) : [];
  // with a roster: its people with nothing handed in follow the learners
  const rosterOnly = model ? rosterOnlyRows(model, filter) : [];
  const total = learners.length + rosterOnly.length;
  const virtual = total > MATRIX_ALL_ROWS;
  const virtualizer = useVirtualizer({ count: virtual ? total : 0, getScrollElement: () => scroller.current, estimateSize: () => ROW_ESTIMATE_PX, overscan: 12 });
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [filter]);

  if (!model) return <p className="tr-hint">{t('loading')}</p>;
  if (model.learners.length === 0 && !model.roster) return <p className="tr-hint" data-region="empty">{t('empty')}</p>;

  // only the columns some shown learner is required to do
  const columns = model.items.map((item, index) => ({ item, index })).filter(({ index }) => learners.some((l) => l.cells[index] !== '-'));
  const row = (index: number, measure?: (el: HTMLTableRowElement | null) => void): ReactNode => {
    // aria-rowindex counts the header row as 1
    const aria = { 'aria-rowindex': index + 2, 'data-index': index, ...(measure ? { ref: measure } : {}) };
    const learner = learners[index];
    if (learner) return <LearnerRow key={learner.learner} learner={learner} roles={roles} columns={columns} aria={aria} t={t} lang={lang} />;
    const entry = rosterOnly[index - learners.length]!;
    return <NothingHandedInRow key={`roster:${entry.staffNumber}`} entry={entry} roles={roles} itemColumns={columns.length} rowProps={aria} />;
  };
  const items = virtual ? virtualizer.getVirtualItems() : [];
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const spacer = (height: number, key: string) =>
    height > 0 ? (
      <tr key={key} aria-hidden="true" className="tr-matrix__spacer">
        <td colSpan={4 + columns.length} style={{ height, padding: 0, border: 0 }} />
      </tr>
    ) : null;

  return (
    <TrainerSection heading={t('matrix.heading')}>
      <p className="tr-hint">{t('matrix.rule')}</p>
      <LearnerFilters learners={model.learners} filter={filter} onChange={setFilter} t={t} lang={lang} />
      <ReportedFilter include={includeReported} onChange={setIncludeReported} count={model.totals.reported} t={t} />
      <p className="tr-legend">
        <span>{t('matrix.legend')}:</span>
        {(['completed', 'in-progress', 'failed', 'not-started', 'not-required'] as const).map((s) => (
          <StatusMark key={s} status={s} t={t} />
        ))}
        {model.roster && <NothingMark />}
      </p>
      {/* focusable so keyboard users can scroll the matrix (sideways, and down when it is long) */}
      <div ref={scroller} className={virtual ? 'tr-scroll tr-scroll--rows' : 'tr-scroll'} tabIndex={0} role="region" aria-label={t('matrix.caption', { learners: total })} data-virtual={virtual}>
        <table className="tr-table tr-matrix" data-table="readiness" aria-rowcount={total + 1} data-rows={total}>
          <caption>{t('matrix.caption', { learners: total })}</caption>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">{t('matrix.learner')}</th>
              <th scope="col">{t('matrix.role')}</th>
              <th scope="col">{t('matrix.department')}</th>
              <th scope="col" className="num">{t('matrix.done')}</th>
              {columns.map(({ item }) => (
                <th scope="col" key={item.id} className="tr-matrix__item" data-item={shortId(item.id)} title={`${shortId(item.pack)} · ${t(`kind.${item.kind}`)}`}>
                  {titleOf(model, item.id, lang)}
                  <span className="tr-kind"> {t(`kind.${item.kind}`)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {virtual ? (
              <>
                {spacer(padTop, 'top')}
                {items.map((v) => row(v.index, virtualizer.measureElement))}
                {spacer(padBottom, 'bottom')}
              </>
            ) : (
              Array.from({ length: total }, (_, i) => row(i))
            )}
          </tbody>
        </table>
      </div>
    </TrainerSection>
  );
}

type RowProps = { 'aria-rowindex': number; 'data-index': number; ref?: (el: HTMLTableRowElement | null) => void };

function LearnerRow({ learner: l, roles, columns, aria, t, lang }: { learner: DashboardLearner; roles: RosterRoles; columns: { item: { id: string }; index: number }[]; aria: RowProps; t: TrainerT; lang: Lang }): ReactNode {
  return (
    <tr data-learner={l.learner} {...aria}>
      <th scope="row">
        <LearnerLabel learner={l} t={t} withDepartment={false} />
        <RosterBadge learner={l} />
      </th>
      <td>
        <RoleName roleId={l.role} roles={roles} />
        {/* the role HR gives them, when it is not the one they chose */}
        {l.rosterEntry ? <span className="tr-staff"><RosterRole words={l.rosterEntry.role} roles={roles} except={l.role} before=" · " /></span> : null}
      </td>
      <td><Data>{learnerDepartment(l)}</Data></td>
      <td className="num" data-ready={l.ready}>
        {l.completed}/{l.required} · {percent(l.ratio, lang)} {l.ready ? <span className="tr-ok">✔ {t('matrix.ready')}</span> : <span className="sr-only">{t('matrix.notReady')}</span>}
      </td>
      {columns.map(({ item, index }) => (
        <td key={item.id} className="tr-cell" data-status={cellStatus(l.cells[index] ?? '-')}>
          <StatusMark status={cellStatus(l.cells[index] ?? '-')} t={t} compact />
        </td>
      ))}
    </tr>
  );
}
