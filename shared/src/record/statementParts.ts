import type { Language } from '../schema/localizedText.ts';
import { EXTENSION, VERB, packActivityId, type VerbName } from './xapiIris.ts';
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

const VERB_DISPLAY: Record<VerbName, Record<string, string>> = {
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
};

export function xapiVerb(name: VerbName): XapiStatement['verb'] {
  return { id: VERB[name], display: VERB_DISPLAY[name] };
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
