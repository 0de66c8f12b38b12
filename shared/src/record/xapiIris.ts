/** IRIs Preceptor uses in xAPI statements. Verbs come from the ADL vocabulary where one exists. */
export const PRECEPTOR_IRI = 'https://preceptor.dev/xapi';

export const VERB = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  progressed: 'http://adlnet.gov/expapi/verbs/progressed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  suspended: 'http://adlnet.gov/expapi/verbs/suspended',
  resumed: 'http://adlnet.gov/expapi/verbs/resumed',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  experienced: 'http://adlnet.gov/expapi/verbs/experienced',
  /** a mentor confirmed a checklist item on the learner's machine */
  'signed-off': `${PRECEPTOR_IRI}/verbs/signed-off`,
  /** the learner changed role, department or language */
  'updated-profile': `${PRECEPTOR_IRI}/verbs/updated-profile`,
  /** a step's target could not be found (or not uniquely) on the EMR page: for mentors */
  'target-missing': `${PRECEPTOR_IRI}/verbs/target-missing`,
} as const;
export type VerbName = keyof typeof VERB;

export const ACTIVITY_TYPE = {
  tour: 'http://adlnet.gov/expapi/activities/module',
  pack: 'http://adlnet.gov/expapi/activities/course',
  quiz: 'http://adlnet.gov/expapi/activities/assessment',
  question: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  checklistItem: `${PRECEPTOR_IRI}/activity-types/checklist-item`,
  tip: 'http://adlnet.gov/expapi/activities/media',
  scenario: 'http://adlnet.gov/expapi/activities/simulation',
  profile: `${PRECEPTOR_IRI}/activity-types/learner-profile`,
} as const;

export const EXTENSION = {
  role: `${PRECEPTOR_IRI}/extensions/role`,
  department: `${PRECEPTOR_IRI}/extensions/department`,
  packVersion: `${PRECEPTOR_IRI}/extensions/pack-version`,
  stepId: `${PRECEPTOR_IRI}/extensions/step-id`,
  stepIndex: `${PRECEPTOR_IRI}/extensions/step-index`,
  skipped: `${PRECEPTOR_IRI}/extensions/skipped`,
  /** 'missing', 'ambiguous' or 'page-moved' (the step's page never came) */
  resolution: `${PRECEPTOR_IRI}/extensions/resolution`,
  /** the pack's URL pattern that matched the page: never the page's own URL, which may name a patient */
  pagePattern: `${PRECEPTOR_IRI}/extensions/page-pattern`,
  /** the seed that ordered a quiz attempt's questions and options */
  shuffleSeed: `${PRECEPTOR_IRI}/extensions/shuffle-seed`,
  attempt: `${PRECEPTOR_IRI}/extensions/attempt`,
  /**
   * who reported the result when it was not the extension's own UI: 'training-sandbox' for a
   * scenario attempt a configured sandbox page relayed (issue 12). Trainers can filter on it.
   */
  reportedBy: `${PRECEPTOR_IRI}/extensions/reported-by`,
  /** cmi5's progress extension, 0-100 */
  progress: 'https://w3id.org/xapi/cmi5/result/extensions/progress',
} as const;

export function packActivityId(packId: string): string {
  return `${PRECEPTOR_IRI}/activities/packs/${encodeURIComponent(packId)}`;
}

export function quizActivityId(packId: string, quizId: string): string {
  return `${packActivityId(packId)}/quizzes/${encodeURIComponent(quizId)}`;
}

export function questionActivityId(packId: string, quizId: string, questionId: string): string {
  return `${quizActivityId(packId, quizId)}/questions/${encodeURIComponent(questionId)}`;
}

export function checklistItemActivityId(packId: string, checklistId: string, itemId: string): string {
  return `${packActivityId(packId)}/checklists/${encodeURIComponent(checklistId)}/items/${encodeURIComponent(itemId)}`;
}

export function tipActivityId(packId: string, tipId: string): string {
  return `${packActivityId(packId)}/tips/${encodeURIComponent(tipId)}`;
}

/** Scenarios belong to the sandbox, not to a pack. */
export function scenarioActivityId(scenarioId: string): string {
  return `${PRECEPTOR_IRI}/activities/scenarios/${encodeURIComponent(scenarioId)}`;
}

export function tourActivityId(packId: string, tourId: string): string {
  return `${packActivityId(packId)}/tours/${encodeURIComponent(tourId)}`;
}
