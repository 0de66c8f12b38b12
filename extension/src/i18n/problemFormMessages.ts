import { defineMessages, pairText } from '@preceptor/shared/i18n/messagePairs.ts';
import type { ProblemCategory } from '@preceptor/shared/record/problemReport.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import { controlRoleMessages } from './controlRoleMessages.ts';
import { patientDataMessages } from './patientDataMessages.ts';

/**
 * The 报告问题 form on the EMR page (issue 16): loaded with the tour-guide bundle, never in the
 * always-on script. One [zh-CN, en] pair per text.
 */
export const problemFormMessages = defineMessages({
  ...patientDataMessages,
  ...controlRoleMessages,
  problemFormTitle: ['报告问题', 'Report a problem'],
  problemFormIntro: [
    '请描述您遇到的问题。请勿填写患者信息（姓名、证件号、电话、病历号、出生日期）。不会截图，也不会读取页面内容。',
    'Describe the problem. Do not type patient details (names, ID numbers, phone or record numbers, birth dates). No screenshot is taken and nothing is read from the page.',
  ],
  problemCategory: ['问题类别', 'Category'],
  categoryCannotFind: ['找不到功能或入口', 'Cannot find it'],
  categorySystemError: ['系统报错', 'System error'],
  categoryWorkflowMismatch: ['流程不符合实际工作', 'Workflow does not fit the work'],
  categoryTrainingWrong: ['培训内容有误', 'Training content is wrong'],
  problemSeverity: ['影响程度', 'Severity'],
  severityBlocks: ['无法继续工作', 'Blocks my work'],
  severitySlows: ['拖慢工作', 'Slows my work'],
  severityMinor: ['轻微', 'Minor'],
  problemText: ['问题描述', 'What happened'],
  problemTextCount: ['{count}/{max} 字', '{count}/{max} characters'],
  problemAbout: ['涉及的位置', 'What it is about'],
  problemPage: ['页面：{page}', 'Page: {page}'],
  problemAboutStep: ['当前导览步骤', 'The current tour step'],
  problemElementNone: ['未选择页面元素（可不选）', 'No element chosen (optional)'],
  problemElement: ['元素：{role}“{label}”', 'Element: {role} “{label}”'],
  problemElementRoleOnly: ['元素：{role}', 'Element: {role}'],
  problemPickElement: ['在页面上选择元素', 'Pick an element on the page'],
  problemUseFocused: ['用我刚才所在的栏目', 'Use the field I was in'],
  problemClearElement: ['清除元素', 'Clear the element'],
  problemPickHint: ['请点击页面上的按钮、输入框或标签页（这次点击不会操作系统）。按 Esc 返回。', 'Click a button, field or tab on the page (this click does not operate the system). Esc goes back.'],
  problemPickNoControl: ['这里不是按钮、输入框或标签页，请再选一次。', 'That is not a button, field or tab; pick again.'],
  problemSubmit: ['提交', 'Submit'],
  problemSending: ['正在提交…', 'Sending…'],
  problemSent: ['已提交，谢谢！培训老师会在问题清单中查看并答复。', 'Sent, thank you. Your trainer will see it in the problem list and answer.'],
  problemClose: ['关闭', 'Close'],
  problemNeedCategory: ['请选择问题类别。', 'Choose a category.'],
  problemNeedSeverity: ['请选择影响程度。', 'Choose a severity.'],
  problemNeedText: ['请描述问题。', 'Describe the problem.'],
  problemPatientData: ['问题描述中看起来有{kind}（{value}）：请勿填写患者信息，删去后再提交。', 'The description seems to hold {kind} ({value}): do not type patient details; remove it and submit again.'],
  problemNotRecorded: ['未能保存（{detail}），请稍后再试。', 'Could not be saved ({detail}); try again later.'],
  reportProblemHint: ['试运行中遇到问题？在当前页面填写并提交，培训老师当天答复。', 'A problem during the pilot? Report it from this page; your trainer answers the same day.'],
  reportProblemNoPage: ['此页面不能报告问题：Preceptor 没有在这个页面运行。', 'Problems cannot be reported from this page: Preceptor does not run on it.'],
});

export type ProblemFormKey = keyof typeof problemFormMessages;
export type ProblemFormTranslate = (key: ProblemFormKey, vars?: Record<string, string | number>) => string;

/** A category's words (the form, and the editor's answered pilot problems). */
export const PROBLEM_CATEGORY_KEYS: Record<ProblemCategory, ProblemFormKey> = {
  'cannot-find': 'categoryCannotFind',
  'system-error': 'categorySystemError',
  'workflow-mismatch': 'categoryWorkflowMismatch',
  'training-content-wrong': 'categoryTrainingWrong',
};

export function problemFormTranslator(language: Language): ProblemFormTranslate {
  return (key, vars) => pairText(problemFormMessages, language, key, vars);
}
