/** IRIs Preceptor uses in xAPI statements. Verbs come from the ADL vocabulary where one exists. */
export const PRECEPTOR_IRI = 'https://preceptor.dev/xapi';

export const VERB = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  progressed: 'http://adlnet.gov/expapi/verbs/progressed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  suspended: 'http://adlnet.gov/expapi/verbs/suspended',
  resumed: 'http://adlnet.gov/expapi/verbs/resumed',
  /** a step's target could not be found (or not uniquely) on the EMR page: for mentors */
  'target-missing': `${PRECEPTOR_IRI}/verbs/target-missing`,
} as const;
export type VerbName = keyof typeof VERB;

export const ACTIVITY_TYPE = {
  tour: 'http://adlnet.gov/expapi/activities/module',
  pack: 'http://adlnet.gov/expapi/activities/course',
} as const;

export const EXTENSION = {
  role: `${PRECEPTOR_IRI}/extensions/role`,
  department: `${PRECEPTOR_IRI}/extensions/department`,
  packVersion: `${PRECEPTOR_IRI}/extensions/pack-version`,
  stepId: `${PRECEPTOR_IRI}/extensions/step-id`,
  stepIndex: `${PRECEPTOR_IRI}/extensions/step-index`,
  skipped: `${PRECEPTOR_IRI}/extensions/skipped`,
  /** 'missing' or 'ambiguous' */
  resolution: `${PRECEPTOR_IRI}/extensions/resolution`,
  /** the pack's URL pattern that matched the page: never the page's own URL, which may name a patient */
  pagePattern: `${PRECEPTOR_IRI}/extensions/page-pattern`,
  /** cmi5's progress extension, 0-100 */
  progress: 'https://w3id.org/xapi/cmi5/result/extensions/progress',
} as const;

export function packActivityId(packId: string): string {
  return `${PRECEPTOR_IRI}/activities/packs/${encodeURIComponent(packId)}`;
}

export function tourActivityId(packId: string, tourId: string): string {
  return `${packActivityId(packId)}/tours/${encodeURIComponent(tourId)}`;
}
