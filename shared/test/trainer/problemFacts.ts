import type { StatementFact } from '../../src/record/statementFacts.ts';

/** A learner's problem report as the trainer's facts hold it (the pilot problem list's tests). */
export function problemReportFact(learner: string, t: number, page: string, category: string, severity: string, text: string, element?: { role: string; label?: string }): StatementFact {
  return {
    learner,
    verb: 'http://id.tincanapi.com/verb/reported',
    object: `https://preceptor.dev/xapi/activities/problem-reports/${learner}-${t}`,
    type: 'https://preceptor.dev/xapi/activity-types/problem-report',
    pack: '',
    parent: '',
    t,
    registration: `${learner}-${t}`,
    pagePattern: page,
    problem: { category, severity, text, ...(element ? { elementRole: element.role, ...(element.label ? { elementLabel: element.label } : {}) } : {}) },
  };
}
