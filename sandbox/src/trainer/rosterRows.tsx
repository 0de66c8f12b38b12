import type { ReactNode } from 'react';
import type { RosterEntry } from '@preceptor/shared/trainer/roster.ts';
import type { DashboardLearner, DashboardModel } from './dashboardModel.ts';
import { useRosterText } from './rosterMessages.ts';
import type { LearnerFilter } from './trainerUi.tsx';
import './roster.css';

/** Pieces the matrix and overdue views show when a roster is loaded (issue 15). */

/** Roster entries with nothing handed in that a filter lets through (department and search; roles are the roster's own words). */
export function rosterOnlyRows(model: Pick<DashboardModel, 'roster'>, filter?: LearnerFilter): RosterEntry[] {
  const rows = model.roster?.notHandedIn ?? [];
  if (!filter) return rows;
  if (filter.role) return [];
  const search = filter.search.trim().toLowerCase();
  return rows.filter((e) => (!filter.department || e.department === filter.department) && (!search || e.staffNumber.toLowerCase().includes(search) || e.name.toLowerCase().includes(search)));
}

/** "Nothing handed in": a state of its own, with a symbol and words, never colour alone. */
export function NothingMark({ compact = false }: { compact?: boolean }): ReactNode {
  const { r } = useRosterText();
  const label = r('roster.state.nothing');
  return (
    <span className="tr-status tr-status--nothing" title={r('roster.state.nothingHint')}>
      <span aria-hidden="true">⊘</span>
      {compact ? <span className="sr-only">{label}</span> : <span> {label}</span>}
    </span>
  );
}

/** After a learner's name: their roster name and staff number, or the "not on the roster" flag. */
export function RosterBadge({ learner }: { learner: Pick<DashboardLearner, 'rosterEntry' | 'onRoster' | 'staffNumber' | 'learner'> & { rosterMatchBy?: DashboardLearner['rosterMatchBy'] } }): ReactNode {
  const { r } = useRosterText();
  if (learner.rosterEntry) {
    const byAccount = learner.rosterMatchBy === 'lrs-account';
    return (
      <span className="tr-staff" data-staff={learner.rosterEntry.staffNumber} data-match={learner.rosterMatchBy}>
        {' '}
        <strong className="tr-roster-name" translate="no">{learner.rosterEntry.name}</strong> · {learner.rosterEntry.staffNumber}
        {byAccount && <span title={r('roster.byAccountHint', { account: learner.learner })}> ({r('roster.byAccount')})</span>}
      </span>
    );
  }
  if (learner.onRoster === false) {
    return (
      <span className="tr-roster-flag" data-flag="not-on-roster" title={learner.staffNumber ? r('roster.notOnRosterHint', { staffNumber: learner.staffNumber }) : r('roster.noStaffNumber')}>
        ⚑ {r('roster.notOnRoster')}
        {learner.staffNumber ? ` (${learner.staffNumber})` : ''}
      </span>
    );
  }
  return null;
}

/** A matrix row for a roster entry with nothing handed in: one cell across the item columns. */
export function NothingHandedInRow({ entry, itemColumns, rowProps }: { entry: RosterEntry; itemColumns: number; /** the matrix's row index (and, virtualised, its measuring ref) */ rowProps?: { 'aria-rowindex': number; 'data-index': number; ref?: (el: HTMLTableRowElement | null) => void } }): ReactNode {
  return (
    <tr data-roster-only={entry.staffNumber} data-status="nothing-handed-in" {...rowProps}>
      <th scope="row">
        {entry.name || '—'} <span className="tr-staff">{entry.staffNumber}</span>
      </th>
      <td>{entry.role || '—'}</td>
      <td>{entry.department}</td>
      <td className="num">—</td>
      {itemColumns > 0 && (
        <td colSpan={itemColumns} className="tr-nothing-cell">
          <NothingMark />
        </td>
      )}
    </tr>
  );
}
