import { defineMessages } from '@preceptor/shared/i18n/messagePairs.ts';

/** The learners' suggestions view's words (知识沉淀, issue 16), spread into the trainer dictionary (trainerMessages.ts). */
export const SUGGESTION_LIST_MESSAGES = defineMessages({
  'view.suggestions': ['学员建议', 'Suggestions'],
  'suggestions.heading': ['学员建议的提示与常见问题', 'Tips and FAQ learners suggested'],
  'suggestions.explain': [
    '学员在系统页面上用“建议一条提示”提交的经验，已按患者数据规则检查。导出建议文件交给带教老师，在内容编辑器中逐条采纳或退回；采纳的内容随内容包的下一版发布，并署名建议人（未同意提交姓名的学员署名为“一位学员”）。',
    'What learners shared with “Suggest a tip” on the system’s pages, checked by the patient-data rule. Export the suggestions file for the mentors, who accept or reject each one in the content editor; accepted ones ship in the pack’s next version, credited to the learner (“a learner” when they did not consent to hand in their name).',
  ],
  'suggestions.none': ['还没有学员建议，也没有发布为页面帮助的解答。', 'No learner has suggested anything yet, and no answer is published as page help.'],
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
  'suggestions.answers': ['发布为页面帮助的问题解答', 'Pilot problem answers published as page help'],
  'suggestions.answersExplain': [
    '在“试运行问题清单”中勾选“作为本页帮助发布”的答复，随建议文件一起交给内容编辑器，采纳后成为该页面的常见问题。',
    'Answers marked “Publish as help for this page” in the pilot problem list go to the content editor in the same file; accepted, each becomes an FAQ entry for its page.',
  ],
  'suggestions.answersCaption': ['发布为页面帮助的解答（{count} 条）', 'Answers published as page help ({count})'],
  'suggestions.category': ['类别', 'Category'],
  'suggestions.asked': ['学员的问题', 'The learner asked'],
  'suggestions.answered': ['答复', 'Answer'],
  'suggestions.question': ['问：', 'Q: '],
  'suggestions.answer': ['答：', 'A: '],
});
