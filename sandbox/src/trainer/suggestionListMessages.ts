import { defineMessages } from '@preceptor/shared/i18n/messagePairs.ts';

/** The learners' suggestions view's words (知识沉淀, issue 16), spread into the trainer dictionary (trainerMessages.ts). */
export const SUGGESTION_LIST_MESSAGES = defineMessages({
  'view.suggestions': ['学员建议', 'Suggestions'],
  'suggestions.heading': ['学员建议的提示与常见问题', 'Tips and FAQ learners suggested'],
  'suggestions.explain': [
    '学员在系统页面上用“建议一条提示”提交的经验，已按患者数据规则检查。导出建议文件交给带教老师，在内容编辑器中逐条采纳或退回；采纳的内容随内容包的下一版发布，并署名建议人（未同意提交姓名的学员署名为“一位学员”）。',
    'What learners shared with “Suggest a tip” on the system’s pages, checked by the patient-data rule. Export the suggestions file for the mentors, who accept or reject each one in the content editor; accepted ones ship in the pack’s next version, credited to the learner (“a learner” when they did not consent to hand in their name).',
  ],
  'suggestions.none': ['还没有学员建议。', 'No learner has suggested anything yet.'],
  'suggestions.caption': ['学员建议，最新的在前（{count} 条）', 'Suggestions, newest first ({count})'],
  'suggestions.export': ['导出建议文件（交给内容编辑器）', 'Export the suggestions file (for the content editor)'],
  'suggestions.exported': ['已导出 {file}', 'Exported {file}'],
  'suggestions.when': ['时间', 'When'],
  'suggestions.page': ['页面', 'Page'],
  'suggestions.kind': ['类型', 'Kind'],
  'suggestions.kind.tip': ['提示', 'Tip'],
  'suggestions.kind.faq': ['常见问题', 'FAQ'],
  'suggestions.text': ['内容', 'Suggestion'],
  'suggestions.element': ['控件', 'Control'],
  'suggestions.author': ['建议人', 'Suggested by'],
  'suggestions.anonymous': ['一位学员', 'a learner'],
  'suggestions.question': ['问：', 'Q: '],
  'suggestions.answer': ['答：', 'A: '],
});
