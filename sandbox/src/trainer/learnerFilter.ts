/** What the trainer narrowed a learner list to: a role, a department and a search text ('' = any). */
export interface LearnerFilter {
  role: string;
  department: string;
  search: string;
}

export const NO_FILTER: LearnerFilter = { role: '', department: '', search: '' };
