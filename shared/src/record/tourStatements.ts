import type { ContentPack, Tour } from '../schema/contentPack.ts';
import type { Language } from '../schema/localizedText.ts';
import type { TourEffect, TourRun } from '../tour/tourMachine.ts';
import { ACTIVITY_TYPE, EXTENSION, VERB, packActivityId, tourActivityId, type VerbName } from './xapiIris.ts';
import { isoDuration, languageMap, type XapiStatement } from './xapiStatement.ts';

export interface StatementLearner {
  learnerId: string;
  /** the organisation's home page, e.g. https://hospital.example.cn */
  homePage: string;
  role?: string;
  department?: string;
  language: Language;
}

const VERB_DISPLAY: Record<VerbName, Record<string, string>> = {
  launched: { 'en-US': 'launched', 'zh-CN': '启动' },
  progressed: { 'en-US': 'progressed', 'zh-CN': '推进' },
  completed: { 'en-US': 'completed', 'zh-CN': '完成' },
  suspended: { 'en-US': 'suspended', 'zh-CN': '暂停' },
  resumed: { 'en-US': 'resumed', 'zh-CN': '继续' },
  'target-missing': { 'en-US': 'could not find the target of', 'zh-CN': '未找到目标元素' },
};

export interface TourStatementInput {
  effect: TourEffect;
  run: TourRun;
  pack: Pick<ContentPack, 'id' | 'version' | 'title'>;
  tour: Pick<Tour, 'id' | 'title'>;
  learner: StatementLearner;
  now: Date;
  newId: () => string;
}

/** Turn one tour effect into an xAPI statement. Holds content ids and learner ids only. */
export function tourStatement({ effect, run, pack, tour, learner, now, newId }: TourStatementInput): XapiStatement {
  const verb: VerbName = effect.kind;
  const statement: XapiStatement = {
    id: newId(),
    actor: { objectType: 'Agent', account: { homePage: learner.homePage, name: learner.learnerId } },
    verb: { id: VERB[verb], display: VERB_DISPLAY[verb] },
    object: {
      objectType: 'Activity',
      id: tourActivityId(pack.id, tour.id),
      definition: { type: ACTIVITY_TYPE.tour, name: languageMap(tour.title) },
    },
    context: {
      registration: run.registration,
      platform: 'Preceptor',
      language: learner.language,
      contextActivities: { grouping: [{ objectType: 'Activity', id: packActivityId(pack.id) }] },
      extensions: learnerExtensions(learner, pack.version),
    },
    timestamp: now.toISOString(),
  };
  const result = resultFor(effect, run);
  if (result) statement.result = result;
  return statement;
}

function learnerExtensions(learner: StatementLearner, packVersion: string): Record<string, unknown> {
  const ext: Record<string, unknown> = { [EXTENSION.packVersion]: packVersion };
  if (learner.role) ext[EXTENSION.role] = learner.role;
  if (learner.department) ext[EXTENSION.department] = learner.department;
  return ext;
}

function resultFor(effect: TourEffect, run: TourRun): XapiStatement['result'] | undefined {
  switch (effect.kind) {
    case 'progressed':
      return {
        extensions: {
          [EXTENSION.stepId]: effect.stepId,
          [EXTENSION.stepIndex]: effect.stepIndex,
          [EXTENSION.skipped]: effect.skipped,
          [EXTENSION.progress]: Math.round(((effect.stepIndex + 1) / run.stepCount) * 100),
        },
      };
    case 'completed':
      return { completion: true, duration: isoDuration(effect.durationMs) };
    case 'suspended':
    case 'resumed':
      return { extensions: { [EXTENSION.stepIndex]: effect.stepIndex } };
    case 'target-missing':
      return {
        extensions: {
          [EXTENSION.stepId]: effect.stepId,
          [EXTENSION.stepIndex]: effect.stepIndex,
          [EXTENSION.resolution]: effect.resolution,
          [EXTENSION.pagePattern]: effect.pagePattern,
        },
      };
    case 'launched':
      return undefined;
  }
}
