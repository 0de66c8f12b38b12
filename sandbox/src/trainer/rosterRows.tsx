import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, type ReactNode } from 'react';
import type { RosterEntry } from '@preceptor/shared/trainer/roster.ts';
import { roleIndex, roleTitles, shownRoleId, shownRosterRole, type RoleIndex, type RoleTitles } from '@preceptor/shared/trainer/rosterMatching.ts';
import type { DashboardLearner, DashboardModel } from './dashboardModel.ts';
import { useRosterText } from './rosterMessages.ts';
import { readSettings } from './trainerDb.ts';
import type { LearnerFilter } from './learnerFilter.ts';
import { useDashboard } from './useDashboard.ts';
import { Data } from '../ui/Data.tsx';
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

/** The roles a roster's role words are read against: the go-live pack's own, then the built-in ones. */
export type RosterRoles = { index: RoleIndex; titles: RoleTitles };

export function useRosterRoles(): RosterRoles {
  const { db } = useDashboard();
  const packRoles = useLiveQuery(() => readSettings(db), [db])?.goLivePack?.roles;
  return useMemo(() => ({ index: roleIndex(packRoles), titles: roleTitles(packRoles) }), [packRoles]);
}

/**
 * A roster's role words: a role the app knows by its title in the screen's language, the
 * hospital's other words as written (data). `except`: the role the row already shows (nothing to add).
 */
export function RosterRole({ words, roles, except, before = '' }: { words: string; roles: RosterRoles; except?: string; before?: string }): ReactNode {
  const { lang } = useRosterText();
  const shown = shownRosterRole(words, roles, lang);
  if (shown.kind === 'blank' || (shown.kind === 'role' && shown.roleId === except)) return null;
  return (
    <>
      {before}
      {shown.kind === 'role' ? <span data-role-id={shown.roleId}>{shown.title}</span> : <Data>{shown.words}</Data>}
    </>
  );
}

/** A role id (the role a learner chose, a go-live rule's): our title in the screen's language; an id we have no title for as given, as data. */
export function RoleName({ roleId, roles }: { roleId: string; roles: RosterRoles }): ReactNode {
  const { lang } = useRosterText();
  const shown = shownRoleId(roleId, roles.titles, lang);
  if (shown.kind === 'blank') return '—';
  return shown.kind === 'role' ? <span data-role-id={shown.roleId}>{shown.title}</span> : <Data data-role-id={shown.roleId}>{shown.roleId}</Data>;
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
export function NothingHandedInRow({ entry, roles, itemColumns, rowProps }: { entry: RosterEntry; roles: RosterRoles; itemColumns: number; /** the matrix's row index (and, virtualised, its measuring ref) */ rowProps?: { 'aria-rowindex': number; 'data-index': number; ref?: (el: HTMLTableRowElement | null) => void } }): ReactNode {
  return (
    <tr data-roster-only={entry.staffNumber} data-status="nothing-handed-in" {...rowProps}>
      <th scope="row">
        {entry.name ? <Data>{entry.name}</Data> : '—'} <span className="tr-staff">{entry.staffNumber}</span>
      </th>
      <td>{entry.role.trim() ? <RosterRole words={entry.role} roles={roles} /> : '—'}</td>
      <td><Data>{entry.department}</Data></td>
      <td className="num">—</td>
      {itemColumns > 0 && (
        <td colSpan={itemColumns} className="tr-nothing-cell">
          <NothingMark />
        </td>
      )}
    </tr>
  );
}
