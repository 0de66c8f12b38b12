import type { ContentPack } from '../schema/contentPack.ts';
import type { Checklist, ChecklistItem } from '../schema/learningContent.ts';
import { ACTIVITY_TYPE, PRECEPTOR_IRI, checklistItemActivityId, xapiVerb } from '../xapi/vocabulary.ts';
import { learnerActor, learnerContext, type StatementLearner } from '../record/statementParts.ts';
import { languageMap, type XapiStatement } from '../record/xapiStatement.ts';

/** A mentor, identified by staff number under the organisation (no name needed). */
export interface Mentor {
  homePage: string;
  staffNumber: string;
}

/** A reading item done, or a mentor's sign-off: the statement that ticks a checklist item. */
export function checklistItemStatement(
  kind: 'experienced' | 'signed-off',
  pack: Pick<ContentPack, 'id' | 'version'>,
  checklist: Pick<Checklist, 'id'>,
  item: ChecklistItem & { title?: { 'zh-CN': string; en: string } },
  learner: StatementLearner,
  now: Date,
  newId: () => string,
  mentor?: Mentor,
): XapiStatement {
  const context = learnerContext(learner, newId(), pack);
  if (mentor) context.instructor = { objectType: 'Agent', account: { homePage: mentor.homePage, name: mentor.staffNumber } };
  return {
    id: newId(),
    actor: learnerActor(learner),
    verb: xapiVerb(kind),
    object: {
      objectType: 'Activity',
      id: checklistItemActivityId(pack.id, checklist.id, item.id),
      definition: { type: ACTIVITY_TYPE.checklistItem, name: item.title ? languageMap(item.title) : { en: item.id } },
    },
    context,
    timestamp: now.toISOString(),
  };
}

/** The learner changed role, department or language: logged, so exports show when. */
export function profileChangeStatement(learner: StatementLearner, changed: string[], now: Date, newId: () => string): XapiStatement {
  return {
    id: newId(),
    actor: learnerActor(learner),
    verb: xapiVerb('updated-profile'),
    object: { objectType: 'Activity', id: `${PRECEPTOR_IRI}/activities/learner-profile`, definition: { type: ACTIVITY_TYPE.profile, name: { en: 'learner profile', 'zh-CN': '学习档案' } } },
    result: { extensions: { [`${PRECEPTOR_IRI}/extensions/changed-fields`]: changed } },
    context: learnerContext(learner, newId(), undefined),
    timestamp: now.toISOString(),
  };
}

