// The popup's "link to an LMS course" texts (issue 18 item 2, docs/lms.cmi5.md).
import { defineMessages } from '@preceptor/shared/i18n/messagePairs.ts';

export const lmsLinkMessages = defineMessages({
  lmsLinkSummary: ['关联 LMS 课程', 'Link to an LMS course'],
  lmsLinkSummaryLinked: ['关联 LMS 课程（已关联）', 'Link to an LMS course (linked)'],
  lmsLinkHint: [
    '学习平台（LMS）中导览或测验的启动页会显示一个课程登记号。粘贴到这里，之后开始的导览和测验都会以这个登记号记录，平台即可看到完成情况（需要医院已设置学习记录库）。',
    "The launcher page of a tour or quiz in your LMS shows a course registration. Paste it here: tours and quizzes you start from now on are recorded under it, so the LMS can see them done (the hospital's LRS must be set).",
  ],
  lmsLinkField: ['课程登记号', 'Course registration'],
  lmsLinkFieldHint: ['格式如 0f8fad5b-d9cb-469f-a165-70867728950e', 'Like 0f8fad5b-d9cb-469f-a165-70867728950e'],
  lmsLinkSave: ['关联', 'Link'],
  lmsLinkNotUuid: [
    '“课程登记号”必须是学习平台启动页显示的登记号（UUID，如 0f8fad5b-d9cb-469f-a165-70867728950e），不能是其他内容。',
    '"Course registration" must be the registration the LMS launcher page shows (a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e), nothing else.',
  ],
  lmsLinkFailed: ['未能关联：{reason}', 'Could not link: {reason}'],
  lmsLinked: ['已关联到 LMS 课程登记号：', 'Linked to LMS course registration:'],
  lmsLinkedSince: ['自 {time} 起开始的导览和测验都以此登记号记录；之前开始的不受影响。', 'Tours and quizzes started since {time} are recorded under it; those started before are not.'],
  lmsUnlink: ['取消关联', 'Unlink'],
  lmsUnlinked: ['已取消关联：之后开始的导览和测验使用新的登记号。', 'Unlinked: tours and quizzes started from now on get their own registration.'],
});
