import { defineMessages } from '@preceptor/shared/i18n/messagePairs.ts';

/** Micro-lessons (微课, issue 16): the checklist's lesson items, the lesson page and a tip's lesson link. */
export const lessonMessages = defineMessages({
  kind_lesson: ['微课', 'Micro-lesson'],
  lessonKind_video: ['视频', 'video'],
  lessonKind_document: ['文档', 'document'],
  lessonWatch: ['观看微课', 'Watch the lesson'],
  lessonOpen: ['打开微课', 'Open the lesson'],
  lessonWatchHint: ['在新标签页中播放；完整看完（至少 90%，拖到结尾不算）后自动勾选。', 'Plays in a new tab; ticked once you have watched it to the end (at least 90 %, skipping to the end does not count).'],
  lessonOpenedOnlyHint: ['在新标签页中打开。Preceptor 只能知道您打开了它，无法知道是否看完，打开即勾选。', 'Opens in a new tab. Preceptor can only tell that you opened it, not whether you finished it: it is ticked when opened.'],
  lessonLinkRefused: ['此微课链接不是 http(s) 地址，已拒绝打开。', 'This lesson link is not an http(s) address and was not opened.'],
  lessonOpenFailed: ['无法打开微课，请重试。', 'The lesson could not be opened. Please try again.'],
  lessonNotFound: ['找不到这节微课：内容包可能已更新或被移除。', 'This lesson was not found: the pack may have been updated or removed.'],
  lessonPageHint: ['请完整观看（至少 90%，拖到结尾不算）；看完后清单项自动勾选。', 'Watch it to the end (at least 90 %; skipping to the end does not count): the checklist item is then ticked.'],
  lessonPageTitle: ['微课', 'Micro-lesson'],
  lessonWatchedPart: ['已观看 {percent}%（需至少 90%，并播放到结尾）', 'Watched {percent} % (at least 90 % and to the end are needed)'],
  lessonDone: ['已看完，清单项已勾选。', 'Watched to the end: the checklist item is ticked.'],
  lessonNotEnough: ['视频已播放到结尾，但跳过的部分太多（只看了 {percent}%）。请把跳过的部分看完。', 'The video reached its end, but too much was skipped (only {percent} % watched). Please watch the parts you skipped.'],
  lessonVideoError: ['视频无法播放：请检查网络或联系导师。', 'The video cannot be played: check the network or ask your mentor.'],
  lessonSaveFailed: ['未能记录观看结果，请重新播放结尾部分。', 'Watching could not be recorded. Please play the end again.'],
  lessonOpenSource: ['在新标签页中打开原始链接', 'Open the original link in a new tab'],
  tipLesson: ['微课：{title}', 'Micro-lesson: {title}'],
  tipLessonOpenedOnly: ['（在新标签页中打开；不计入清单）', '(opens in a new tab; not counted on the checklist)'],
});
