import { defineMessages, pairText } from '@preceptor/shared/i18n/messagePairs.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';

/**
 * Strings the in-page player shows: kept apart from the pages' strings so the content script
 * injected on every EMR page carries only these. One [zh-CN, en] pair per text.
 */
export const playerMessages = defineMessages({
  checklistProgress: ['必做 {done}/{total}', 'Required {done}/{total}'],
  checklistNext: ['下一项', 'Next'],
  stepOf: ['第 {current}/{total} 步', 'Step {current} of {total}'],
  next: ['下一步', 'Next'],
  back: ['上一步', 'Back'],
  finish: ['完成', 'Finish'],
  close: ['关闭', 'Close'],
  closeHint: ['按 Esc 关闭，之后可从扩展弹窗继续', 'Esc closes; resume later from the extension popup'],
  focusCardHint: ['在页面其他位置时，按 {keys} 可回到导览卡片', 'From anywhere on the page, {keys} brings you back to this card'],
  clickTargetHint: ['请点击高亮的元素继续', 'Click the highlighted element to continue'],
  enterTargetHint: ['请在高亮的栏目中填写，符合要求后自动进入下一步', 'Fill in the highlighted field; the tour moves on when the entry is right'],
  navigateHint: ['请前往所述页面，到达后自动继续', 'Go to the page described; the tour continues when you get there'],
  targetMissing: ['在当前页面找不到本步骤指向的元素（系统可能已升级）。为避免指错位置，本步骤不作高亮。', 'The element this step points to cannot be found on this page (the system may have been upgraded). To avoid pointing at the wrong place, nothing is highlighted.'],
  pageMovedTitle: ['本页面可能已更改位置', 'This page may have moved'],
  pageMoved: ['导览在这里等不到本步骤所属的页面（系统升级后，页面地址可能变了）。请跳过此步，或告诉带教老师。', 'The page this step belongs to did not open here (an upgrade may have changed its address). Skip this step, or tell your mentor.'],
  skipStep: ['跳过此步', 'Skip this step'],
  tourComplete: ['导览已完成', 'Tour complete'],
  tourCompleteBody: ['“{title}”已完成，用时 {duration}。进度已保存在本机。', '“{title}” is complete, in {duration}. Your progress is saved on this computer.'],
  minutesSeconds: ['{m} 分 {s} 秒', '{m} min {s} s'],
  seconds: ['{s} 秒', '{s} s'],
  playerLabel: ['Preceptor 导览', 'Preceptor tour'],
  launcherHeading: ['本页面的导览', 'Tours for this page'],
  launcherButton: ['导览（{count}）', 'Tours ({count})'],
  /** the launcher on a page with no tour for the learner (a checklist, help or answers only) */
  launcherButtonNoTours: ['学习与帮助', 'Learning & help'],
  stepCount: ['共 {count} 步', '{count} steps'],
  onScreenHint: ['请在页面上点击您认为正确的位置（这次点击不会操作系统）。Esc 取消。', 'Click on the page where you would do it (this click does not operate the system). Esc cancels.'],
  cancel: ['取消', 'Cancel'],
  reportProblem: ['报告问题', 'Report a problem'],
  openHelp: ['帮助', 'Help'],
  pageAnswers: ['本页 {count} 条解答', '{count} {count|answer|answers} for this page'],
  pageAnswersSaid: ['本页有 {count} 条解答，可在“帮助”中查看', 'This page has {count} {count|answer|answers}: see Help'],
  moveCard: ['移动卡片', 'Move the card'],
  moveCardHint: ['拖动标题栏，或聚焦此按钮后用方向键移动（Shift 加快）；在卡片内按 Alt+方向键也可移动', 'Drag the header, or focus this button and use the arrow keys (Shift for bigger steps); Alt+arrow keys also move the card'],
  cardMoved: ['卡片已移动，本类页面会记住此位置', 'Card moved; pages like this one will keep it here'],
  resetCardPlace: ['卡片回到默认位置', 'Put the card back beside the step'],
  cardPlaceReset: ['卡片已回到默认位置', 'The card is back beside the step'],
  collapseLauncher: ['收起到屏幕边缘', 'Tuck away to the screen edge'],
  expandLauncher: ['展开导览按钮', 'Show the tours button'],
  moveLauncher: ['移动导览按钮（拖动，或用方向键）', 'Move the tours button (drag, or use the arrow keys)'],
  launcherMoved: ['导览按钮已移动', 'Tours button moved'],
});

export type PlayerMessageKey = keyof typeof playerMessages;

export type Vars = Record<string, string | number>;

export type PlayerTranslate = (key: PlayerMessageKey, vars?: Vars) => string;

export function playerTranslator(language: Language): PlayerTranslate {
  return (key, vars) => pairText(playerMessages, language, key, vars);
}
