import { defineMessages } from '@preceptor/shared/i18n/messagePairs.ts';

// The LMS launch page (sandbox/src/lms): the strip above the simulated hospital.
export const lmsMessages = defineMessages({
  'lms.label': ['学习平台课程', 'LMS course'],
  'lms.kind.scorm12': ['SCORM 1.2', 'SCORM 1.2'],
  'lms.kind.cmi5': ['cmi5', 'cmi5'],
  'lms.learner': ['学员：{name}', 'Learner: {name}'],
  'lms.mode.browse': ['浏览模式：成绩不记录', 'Browse mode: no score is recorded'],
  'lms.mode.review': ['复习模式：成绩不记录', 'Review mode: no score is recorded'],
  'lms.suspend': ['保存进度，稍后继续', 'Save and continue later'],
  'lms.starting': ['正在连接学习平台…', 'Connecting to the LMS…'],
  'lms.resumed': ['已从上次保存处继续。', 'Continued from where you saved.'],
  'lms.resumeFailed': ['无法继续上次的进度（{problem}），已重新开始。', 'Your saved attempt could not be continued ({problem}); it starts afresh.'],
  'lms.reporting': ['正在把成绩交给学习平台…', 'Sending your result to the LMS…'],
  'lms.reported.passed': ['成绩已交给学习平台：通过，{score} 分。可以关闭此窗口。', 'Your result is in the LMS: passed, score {score}. You can close this window.'],
  'lms.reported.failed': ['成绩已交给学习平台：未通过，{score} 分。可以关闭此窗口，重新打开课程再试一次。', 'Your result is in the LMS: not passed, score {score}. You can close this window and open the course again to retry.'],
  'lms.suspended': ['进度已保存到学习平台。可以关闭此窗口，下次打开课程时从这里继续。', 'Your progress is saved in the LMS. You can close this window; opening the course again continues from here.'],
  'lms.suspendTooLong': ['这次演练的操作太多，学习平台存不下（{length} 个字符，SCORM 1.2 最多 4096）：请完成并提交，否则下次将重新开始。', 'This attempt holds too many steps for the LMS to keep ({length} characters; SCORM 1.2 keeps at most 4096): finish and submit it, or it will start afresh next time.'],
  'lms.error': ['学习平台出错：{error}', 'The LMS reported an error: {error}'],
  'lms.noLms': ['没有找到学习平台：请从医院的学习平台（LMS）中打开这门课程。', 'No LMS found: open this course from the hospital’s learning management system (LMS).'],
  'lms.noScenario': ['这个课程包中没有情景“{id}”。', 'This package has no scenario “{id}”.'],
  'lms.abandoned': ['已放弃本次演练，学习平台中的状态仍为“未完成”。', 'You abandoned this attempt; the LMS keeps it as incomplete.'],
});
