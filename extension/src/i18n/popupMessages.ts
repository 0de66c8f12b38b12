// The learner popup's finding and following texts (issue 17): for you on this page, search, modules, tour states.
import { defineMessages } from '@preceptor/shared/i18n/messagePairs.ts';

export const popupMessages = defineMessages({
  forYouHeading: ['为您推荐 · 本页面', 'For you on this page'],
  searchLabel: ['搜索全部导览', 'Search all tours'],
  searchHint: ['按标题、模块或岗位查找，可输入拼音或首字母（如输入“gh”可找到“挂号”）。', 'By title, module or role; Chinese pinyin and initials work too.'],
  searchResults: ['找到 {count} 个导览', 'Tours found: {count}'],
  searchNone: ['没有与“{query}”相关的导览。', 'No tour matches “{query}”.'],
  allToursHeading: ['全部导览 · 按模块', 'All tours by module'],
  moduleTourCount: ['{count} 个', '{count}'],
  showMoreTours: ['再显示 {count} 个', 'Show {count} more'],
  tourLength: ['{steps} 步 · 约 {minutes} 分钟', '{steps} steps · about {minutes} min'],
  tourLengthOneStep: ['{steps} 步 · 约 {minutes} 分钟', '{steps} step · about {minutes} min'],
  tourInProgress: ['进行中 {done}/{total}', 'In progress {done}/{total}'],
  tourDone: ['✓ 已完成', '✓ Done'],
  tourOnAnotherPage: ['在相应页面打开本弹窗即可开始。', 'Open this popup on its page to start it.'],
  tourForRoles: ['适用岗位：{roles}', 'For: {roles}'],
  noToursInstalled: ['还没有安装导览。', 'No tours installed yet.'],
  mentorCornerHeading: ['导师与信息科工具', 'Mentor and IT tools'],
  profileSummary: ['我的学习档案 · {role}', 'My learner profile · {role}'],
  roleRequiredMark: ['（必填）', '(required)'],
  departmentOther: ['其他科室（手动填写）', 'Another department (type it)'],
  departmentOtherLabel: ['科室名称', 'Department name'],
});
