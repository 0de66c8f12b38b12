import { useState, type ReactNode } from 'react';
import { cellStatus } from '@preceptor/shared/trainer/readiness.ts';
import { useTrainerText } from './trainerMessages.ts';
import { LearnerFilters, NO_FILTER, Pager, ReportedFilter, StatusMark, TrainerSection, filterLearners, LearnerLabel, learnerDepartment, roleTitle, percent, shortId, titleOf, type LearnerFilter } from './trainerUi.tsx';
import { useDashboard } from './useDashboard.ts';
import { NothingHandedInRow, NothingMark, RosterBadge, rosterOnlyRows } from './rosterRows.tsx';

const PAGE_SIZE = 50;

export function MatrixView(): ReactNode {
  const { t, lang } = useTrainerText();
  const { model, includeReported, setIncludeReported } = useDashboard();
  const [filter, setFilter] = useState<LearnerFilter>(NO_FILTER);
  const [page, setPage] = useState(1);
  if (!model) return <p className="tr-hint">{t('loading')}</p>;
  if (model.learners.length === 0 && !model.roster) return <p className="tr-hint" data-region="empty">{t('empty')}</p>;

  const learners = filterLearners(model.learners, filter);
  // only the columns some shown learner is required to do
  const columns = model.items.map((item, index) => ({ item, index })).filter(({ index }) => learners.some((l) => l.cells[index] !== '-'));
  // with a roster: its people with nothing handed in follow the learners
  const rosterOnly = rosterOnlyRows(model, filter);
  const pages = Math.max(1, Math.ceil((learners.length + rosterOnly.length) / PAGE_SIZE));
  const current = Math.min(page, pages);
  const rows = learners.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const rosterRows = rosterOnly.slice(Math.max(0, (current - 1) * PAGE_SIZE - learners.length), Math.max(0, current * PAGE_SIZE - learners.length));

  return (
    <TrainerSection heading={t('matrix.heading')}>
      <p className="tr-hint">{t('matrix.rule')}</p>
      <LearnerFilters learners={model.learners} filter={filter} onChange={(f) => (setFilter(f), setPage(1))} t={t} lang={lang} />
      <ReportedFilter include={includeReported} onChange={setIncludeReported} count={model.totals.reported} t={t} />
      <p className="tr-legend">
        <span>{t('matrix.legend')}:</span>
        {(['completed', 'in-progress', 'failed', 'not-started', 'not-required'] as const).map((s) => (
          <StatusMark key={s} status={s} t={t} />
        ))}
        {model.roster && <NothingMark />}
      </p>
      {/* focusable so keyboard users can scroll a wide matrix sideways */}
      <div className="tr-scroll" tabIndex={0} role="region" aria-label={t('matrix.caption', { learners: learners.length + rosterOnly.length, page: current, pages })}>
        <table className="tr-table tr-matrix" data-table="readiness">
          <caption>{t('matrix.caption', { learners: learners.length + rosterOnly.length, page: current, pages })}</caption>
          <thead>
            <tr>
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
            {rows.map((l) => (
              <tr key={l.learner} data-learner={l.learner}>
                <th scope="row">
                  <LearnerLabel learner={l} t={t} withDepartment={false} />
                  <RosterBadge learner={l} />
                </th>
                <td>
                  {roleTitle(l.role, lang)}
                  {l.rosterEntry?.role ? <span className="tr-staff"> · {l.rosterEntry.role}</span> : null}
                </td>
                <td>{l.rosterEntry?.department || learnerDepartment(l)}</td>
                <td className="num" data-ready={l.ready}>
                  {l.completed}/{l.required} · {percent(l.ratio, lang)} {l.ready ? <span className="tr-ok">✔ {t('matrix.ready')}</span> : <span className="sr-only">{t('matrix.notReady')}</span>}
                </td>
                {columns.map(({ item, index }) => (
                  <td key={item.id} className="tr-cell" data-status={cellStatus(l.cells[index] ?? '-')}>
                    <StatusMark status={cellStatus(l.cells[index] ?? '-')} t={t} compact />
                  </td>
                ))}
              </tr>
            ))}
            {rosterRows.map((e) => (
              <NothingHandedInRow key={e.staffNumber} entry={e} itemColumns={columns.length} />
            ))}
          </tbody>
        </table>
      </div>
      <Pager page={current} pages={pages} onPage={setPage} t={t} />
    </TrainerSection>
  );
}
