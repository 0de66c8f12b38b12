import { defineMessages, pairText } from '@preceptor/shared/i18n/messagePairs.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import { controlRoleMessages } from './controlRoleMessages.ts';
import { patientDataMessages } from './patientDataMessages.ts';

/**
 * The help panel on the EMR page (knowledge base, issue 16): search, and a learner's suggestion.
 * Loaded with the tour-guide bundle, never in the always-on script. One [zh-CN, en] pair per text.
 */
export const helpPanelMessages = defineMessages({
  ...patientDataMessages,
  ...controlRoleMessages,
  helpTitle: ['帮助', 'Help'],
  helpSearchLabel: ['搜索导览、提示、阅读和常见问题（可输入拼音首字母，如 gh）', 'Search tours, tips, readings and FAQ (pinyin initials work: gh)'],
  helpResults: ['搜索结果', 'Results'],
  helpCount: ['找到 {count} 条', '{count} {count|result|results} found'],
  helpCountMore: ['找到 {count} 条，显示前 {shown} 条', '{count} results found, showing the first {shown}'],
  helpPageItems: ['本页有 {count} 条帮助', '{count} {count|help item|help items} for this page'],
  helpNone: ['没有找到。换个词试试，或建议一条提示。', 'Nothing found. Try other words, or suggest a tip.'],
  helpOnPage: ['本页', 'this page'],
  help_tour: ['导览', 'Tour'],
  help_tip: ['提示', 'Tip'],
  help_reading: ['阅读', 'Reading'],
  help_faq: ['常见问题', 'FAQ'],
  helpOpenLink: ['打开阅读材料（新标签页）', 'Open the reading (new tab)'],
  helpStartTour: ['已开始导览“{title}”', 'Started the tour “{title}”'],
  helpClose: ['关闭', 'Close'],
  helpSuggest: ['建议一条提示', 'Suggest a tip'],
  suggestTitle: ['建议一条提示', 'Suggest a tip'],
  suggestIntro: ['把您的经验写下来，带教老师审核后会加入知识库。只写操作方法，不要写患者信息。', 'Share what helped you; a mentor reviews it for the knowledge base. Write how to do it, never patient details.'],
  suggestKind: ['类型', 'Kind'],
  suggestKindTip: ['操作提示', 'A tip'],
  suggestKindFaq: ['常见问题与回答', 'A question and answer'],
  suggestText: ['提示内容', 'Tip'],
  suggestQuestion: ['问题', 'Question'],
  suggestAnswer: ['回答', 'Answer'],
  suggestCount: ['{count}/{max} 字', '{count}/{max} characters'],
  suggestNeedText: ['请填写提示内容。', 'Write the tip.'],
  suggestNeedQuestion: ['请填写问题。', 'Write the question.'],
  suggestNeedAnswer: ['请填写回答。', 'Write the answer.'],
  suggestPatientData: ['{field}看起来含有{kind}（{value}）：请删去患者信息后再提交。', '{field} looks like it holds {kind} ({value}): remove the patient details and send again.'],
  suggestAbout: ['关于哪个控件（可选）', 'About which control (optional)'],
  suggestElementNone: ['未选择控件', 'No control chosen'],
  suggestElement: ['控件：{role}“{label}”', 'Control: {role} “{label}”'],
  suggestElementRoleOnly: ['控件：{role}（无可记录的名称）', 'Control: {role} (no name that can be recorded)'],
  suggestPick: ['在页面上选择控件', 'Pick a control on the page'],
  suggestClearElement: ['清除控件', 'Clear the control'],
  suggestPickHint: ['点击页面上的按钮或输入框（这次点击不会操作系统）。按 Esc 取消。', 'Click a button or field on the page (this click does not operate the system). Esc cancels.'],
  suggestPickNoControl: ['这里不是按钮或输入框，请再点一次。', 'That is not a button or field; click again.'],
  suggestSubmit: ['提交建议', 'Send suggestion'],
  suggestSending: ['正在提交…', 'Sending…'],
  suggestBack: ['返回搜索', 'Back to search'],
  suggestSent: ['已提交，谢谢！带教老师审核后会告诉大家。', 'Sent, thank you! A mentor will review it.'],
  suggestNotRecorded: ['未能提交：{detail}', 'Not sent: {detail}'],
});

export type HelpPanelKey = keyof typeof helpPanelMessages;
export type HelpPanelTranslate = (key: HelpPanelKey, vars?: Record<string, string | number>) => string;

export function helpPanelTranslator(language: Language): HelpPanelTranslate {
  return (key, vars) => pairText(helpPanelMessages, language, key, vars);
}
