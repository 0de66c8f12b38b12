import type { RosterEntry } from './roster.ts';

/** What a learner's department can be read from, most trusted first. */
export interface DepartmentSources {
  /** the trainer's roster line for this learner (the hospital's own staff list) */
  rosterEntry?: Pick<RosterEntry, 'department'>;
  /** the identity the learner handed in with consent */
  staff?: { department?: string };
  /** the department the learner's records carry (their profile when they worked) */
  department: string;
}

/**
 * The department every trainer view groups, filters, shows and counts a learner under: the
 * roster's, else the one handed in with their identity, else the records'. One rule, so the
 * printed report, the matrix, the go-live list and the department report never disagree.
 */
export function learnerDepartment(learner: DepartmentSources): string {
  return learner.rosterEntry?.department || learner.staff?.department || learner.department;
}
