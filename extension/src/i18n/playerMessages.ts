import { fillIn } from '@preceptor/shared/i18n/fillIn.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';

/**
 * Strings the in-page player shows: kept apart from the pages' strings so the content script
 * injected on every EMR page carries only these. TypeScript makes both languages match.
 */
export const playerZhCN = {
  checklistProgress: '必做 {done}/{total}',
  checklistNext: '下一项',
  stepOf: '第 {current}/{total} 步',
  next: '下一步',
  back: '上一步',
  finish: '完成',
  close: '关闭',
  closeHint: '按 Esc 关闭，之后可从扩展弹窗继续',
  focusCardHint: '在页面其他位置时，按 {keys} 可回到导览卡片',
  clickTargetHint: '请点击高亮的元素继续',
  enterTargetHint: '请在高亮的栏目中填写，符合要求后自动进入下一步',
  navigateHint: '请前往所述页面，到达后自动继续',
  targetMissing: '在当前页面找不到本步骤指向的元素（系统可能已升级）。为避免指错位置，本步骤不作高亮。',
  pageMovedTitle: '本页面可能已更改位置',
  pageMoved: '导览在这里等不到本步骤所属的页面（系统升级后，页面地址可能变了）。请跳过此步，或告诉带教老师。',
  skipStep: '跳过此步',
  tourComplete: '导览已完成',
  tourCompleteBody: '“{title}”已完成，用时 {duration}。进度已保存在本机。',
  minutesSeconds: '{m} 分 {s} 秒',
  seconds: '{s} 秒',
  playerLabel: 'Preceptor 导览',
  launcherHeading: '本页面的导览',
  launcherButton: '导览（{count}）',
  stepCount: '共 {count} 步',
  onScreenHint: '请在页面上点击您认为正确的位置（这次点击不会操作系统）。Esc 取消。',
  cancel: '取消',
} as const;

export type PlayerMessageKey = keyof typeof playerZhCN;

export const playerEn: Record<PlayerMessageKey, string> = {
  checklistProgress: 'Required {done}/{total}',
  checklistNext: 'Next',
  stepOf: 'Step {current} of {total}',
  next: 'Next',
  back: 'Back',
  finish: 'Finish',
  close: 'Close',
  closeHint: 'Esc closes; resume later from the extension popup',
  focusCardHint: 'From anywhere on the page, {keys} brings you back to this card',
  clickTargetHint: 'Click the highlighted element to continue',
  enterTargetHint: 'Fill in the highlighted field; the tour moves on when the entry is right',
  navigateHint: 'Go to the page described; the tour continues when you get there',
  targetMissing: 'The element this step points to cannot be found on this page (the system may have been upgraded). To avoid pointing at the wrong place, nothing is highlighted.',
  pageMovedTitle: 'This page may have moved',
  pageMoved: 'The page this step belongs to did not open here (an upgrade may have changed its address). Skip this step, or tell your mentor.',
  skipStep: 'Skip this step',
  tourComplete: 'Tour complete',
  tourCompleteBody: '“{title}” is complete, in {duration}. Your progress is saved on this computer.',
  minutesSeconds: '{m} min {s} s',
  seconds: '{s} s',
  playerLabel: 'Preceptor tour',
  launcherHeading: 'Tours for this page',
  launcherButton: 'Tours ({count})',
  stepCount: '{count} steps',
  onScreenHint: 'Click on the page where you would do it (this click does not operate the system). Esc cancels.',
  cancel: 'Cancel',
};

export type Vars = Record<string, string | number>;


export type PlayerTranslate = (key: PlayerMessageKey, vars?: Vars) => string;

export function playerTranslator(language: Language): PlayerTranslate {
  const dictionary: Record<PlayerMessageKey, string> = language === 'zh-CN' ? playerZhCN : playerEn;
  return (key, vars) => fillIn(dictionary[key], vars);
}
