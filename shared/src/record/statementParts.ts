import type { Language } from '../schema/localizedText.ts';
import { EXTENSION, packActivityId } from '../xapi/vocabulary.ts';
import type { XapiStatement } from './xapiStatement.ts';

/** Who a statement is about: an opaque id under the organisation's home page, plus role and department. */
export interface StatementLearner {
  learnerId: string;
  /** the organisation's home page, e.g. https://hospital.example.cn */
  homePage: string;
  role?: string;
  department?: string;
  language: Language;
}

export function learnerActor(learner: StatementLearner): XapiStatement['actor'] {
  return { objectType: 'Agent', account: { homePage: learner.homePage, name: learner.learnerId } };
}

/** Context shared by every statement about a pack's content: the attempt, the pack, the learner's role. */
export function learnerContext(learner: StatementLearner, registration: string, pack: { id: string; version: string } | undefined): XapiStatement['context'] {
  const extensions: Record<string, unknown> = {};
  if (pack) extensions[EXTENSION.packVersion] = pack.version;
  if (learner.role) extensions[EXTENSION.role] = learner.role;
  if (learner.department) extensions[EXTENSION.department] = learner.department;
  return {
    registration,
    platform: 'Preceptor',
    language: learner.language,
    ...(pack ? { contextActivities: { grouping: [{ objectType: 'Activity' as const, id: packActivityId(pack.id) }] } } : {}),
    ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
  };
}
