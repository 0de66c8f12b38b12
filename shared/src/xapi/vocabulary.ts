/**
 * The one xAPI vocabulary: every verb, activity type, extension and activity id Preceptor writes
 * or reads, with the verbs' display names. Writers (tours, quizzes, readings, scenarios) and
 * readers (the trainer's facts and views) all use this module. Verbs come from the ADL vocabulary
 * where one exists.
 */
export const PRECEPTOR_IRI = 'https://preceptor.dev/xapi';

export const VERB = {
  /** a sandbox scenario attempt began */
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
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
  /** a learner reported a problem with the system or the training from the EMR page (pilot problem channel, issue 16) */
  reported: 'http://id.tincanapi.com/verb/reported',
  /** a learner suggested a field tip or an FAQ entry for the knowledge base from the EMR page (issue 16) */
  suggested: `${PRECEPTOR_IRI}/verbs/suggested`,
} as const;
export type VerbName = keyof typeof VERB;

/** How a verb reads in a statement's display (xAPI language maps). */
export const VERB_DISPLAY: Record<VerbName, Record<string, string>> = {
  attempted: { 'en-US': 'attempted', 'zh-CN': '尝试' },
  launched: { 'en-US': 'launched', 'zh-CN': '启动' },
  progressed: { 'en-US': 'progressed', 'zh-CN': '推进' },
  completed: { 'en-US': 'completed', 'zh-CN': '完成' },
  suspended: { 'en-US': 'suspended', 'zh-CN': '暂停' },
  resumed: { 'en-US': 'resumed', 'zh-CN': '继续' },
  answered: { 'en-US': 'answered', 'zh-CN': '作答' },
  passed: { 'en-US': 'passed', 'zh-CN': '通过' },
  failed: { 'en-US': 'failed', 'zh-CN': '未通过' },
  experienced: { 'en-US': 'read', 'zh-CN': '阅读' },
  'signed-off': { 'en-US': 'was signed off on', 'zh-CN': '经导师确认' },
  'updated-profile': { 'en-US': 'updated the profile', 'zh-CN': '更新了学习档案' },
  'target-missing': { 'en-US': 'could not find the target of', 'zh-CN': '未找到目标元素' },
  reported: { 'en-US': 'reported', 'zh-CN': '报告了' },
  suggested: { 'en-US': 'suggested', 'zh-CN': '建议了' },
};

/** A statement's verb: its IRI and display. */
export function xapiVerb(name: VerbName): { id: string; display: Record<string, string> } {
  return { id: VERB[name], display: VERB_DISPLAY[name] };
}

export const ACTIVITY_TYPE = {
  tour: 'http://adlnet.gov/expapi/activities/module',
  pack: 'http://adlnet.gov/expapi/activities/course',
  quiz: 'http://adlnet.gov/expapi/activities/assessment',
  question: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  checklistItem: `${PRECEPTOR_IRI}/activity-types/checklist-item`,
  tip: 'http://adlnet.gov/expapi/activities/media',
  scenario: 'http://adlnet.gov/expapi/activities/simulation',
  profile: `${PRECEPTOR_IRI}/activity-types/learner-profile`,
  /** one problem a learner reported during the pilot (试运行问题) */
  problemReport: `${PRECEPTOR_IRI}/activity-types/problem-report`,
  /** a learner's suggested field tip (知识沉淀, issue 16) */
  tipSuggestion: `${PRECEPTOR_IRI}/activity-types/tip-suggestion`,
  /** a learner's suggested FAQ entry (question and answer) */
  faqSuggestion: `${PRECEPTOR_IRI}/activity-types/faq-suggestion`,
} as const;

export const EXTENSION = {
  role: `${PRECEPTOR_IRI}/extensions/role`,
  department: `${PRECEPTOR_IRI}/extensions/department`,
  packVersion: `${PRECEPTOR_IRI}/extensions/pack-version`,
  stepId: `${PRECEPTOR_IRI}/extensions/step-id`,
  stepIndex: `${PRECEPTOR_IRI}/extensions/step-index`,
  /**
   * the step's title (a language map of the pack's own text, never page content), so a
   * trainer's dashboard without the pack shows words, not step ids
   */
  stepTitle: `${PRECEPTOR_IRI}/extensions/step-title`,
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
  /** a sandbox scenario: 'practice' or 'assessment' */
  scenarioMode: `${PRECEPTOR_IRI}/extensions/scenario-mode`,
  scenarioVersion: `${PRECEPTOR_IRI}/extensions/scenario-version`,
  /**
   * the roles a scenario is written for (activity-definition extension, an array of role ids):
   * part of the activity, never the learner's role (that is `role`, in the context)
   */
  scenarioRoles: `${PRECEPTOR_IRI}/extensions/scenario-roles`,
  /** ids of the scenario's safety traps the learner walked into */
  trapsSprung: `${PRECEPTOR_IRI}/extensions/safety-traps-sprung`,
  checksFailed: `${PRECEPTOR_IRI}/extensions/checks-failed`,
  timedOut: `${PRECEPTOR_IRI}/extensions/timed-out`,
  abandoned: `${PRECEPTOR_IRI}/extensions/abandoned`,
  /** a problem report's category: 'cannot-find', 'system-error', 'workflow-mismatch', 'training-content-wrong' */
  problemCategory: `${PRECEPTOR_IRI}/extensions/problem-category`,
  /** a problem report's severity: 'blocks-work', 'slows-work', 'minor' */
  problemSeverity: `${PRECEPTOR_IRI}/extensions/problem-severity`,
  /** the ARIA role of the control a problem report is about (never its value or the page's text) */
  elementRole: `${PRECEPTOR_IRI}/extensions/element-role`,
  /** the control's own label ("新建患者"), only when it is a control's label and holds no patient data */
  elementLabel: `${PRECEPTOR_IRI}/extensions/element-label`,
  /** how a micro-lesson was done: 'watched' (a video played to the end in the lesson page) or 'opened' (all the page can tell) */
  lessonOutcome: `${PRECEPTOR_IRI}/extensions/lesson-outcome`,
  /** a suggested tip's text, as the learner typed it (checked by the data rule) */
  suggestionText: `${PRECEPTOR_IRI}/extensions/suggestion-text`,
  /** a suggested FAQ entry's question */
  suggestionQuestion: `${PRECEPTOR_IRI}/extensions/suggestion-question`,
  /** a suggested FAQ entry's answer */
  suggestionAnswer: `${PRECEPTOR_IRI}/extensions/suggestion-answer`,
  /** the language the learner wrote a suggestion in ('zh-CN' or 'en') */
  suggestionLanguage: `${PRECEPTOR_IRI}/extensions/suggestion-language`,
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

/** The sandbox's drills as one course: every scenario statement is grouped under it. */
export const SANDBOX_COURSE_ACTIVITY = `${PRECEPTOR_IRI}/activities/sandbox-drills`;

/** Scenarios belong to the sandbox, not to a pack. */
export function scenarioActivityId(scenarioId: string): string {
  return `${PRECEPTOR_IRI}/activities/scenarios/${encodeURIComponent(scenarioId)}`;
}

/** One reported problem: an activity of its own, named by the report's id. */
export function problemReportActivityId(reportId: string): string {
  return `${PRECEPTOR_IRI}/activities/problem-reports/${encodeURIComponent(reportId)}`;
}

/** One suggested tip or FAQ entry: an activity of its own, named by the suggestion's id. */
export function suggestionActivityId(suggestionId: string): string {
  return `${PRECEPTOR_IRI}/activities/suggestions/${encodeURIComponent(suggestionId)}`;
}

export function tourActivityId(packId: string, tourId: string): string {
  return `${packActivityId(packId)}/tours/${encodeURIComponent(tourId)}`;
}
