import { defineMessages, pairText } from '@preceptor/shared/i18n/messagePairs.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';

/** The upgrade rehearsal's texts in the editor (升级演练), one [zh-CN, en] pair each. */
export const rehearsalMessages = defineMessages({
  heading: ['升级演练', 'Upgrade rehearsal'],
  hint: [
    '在升级后的系统（医院的测试环境，或沙箱的 ?ui=v2）上逐页打开本内容包各导览所需的页面，检查每一步的目标元素还能否找到。只读：不会点击或输入任何内容。',
    'Opens each page the tours of this pack need on the upgraded system (the hospital’s test environment, or the sandbox with ?ui=v2) and checks that every step’s element is still found. Read only: nothing is clicked or typed.',
  ],
  baseUrl: ['升级后系统的地址', 'Address of the upgraded system'],
  baseUrlHint: ['例如 https://his-test.example.cn/ 或 http://localhost:4173/?ui=v2。查询参数会带到每个页面。', 'For example https://his-test.example.cn/ or http://localhost:4173/?ui=v2. Its query is kept on every page.'],
  baseUrlInvalid: ['“升级后系统的地址”不是 http(s) 地址：{value}', '“Address of the upgraded system” is not an http(s) address: {value}'],
  notAllowed: ['Preceptor 不能在 {origin} 上运行：请在选项或医院策略中允许该站点后再演练。', 'Preceptor may not run on {origin}: allow the site in the options or the hospital policy, then rehearse again.'],
  run: ['开始演练', 'Run rehearsal'],
  cancel: ['取消', 'Cancel'],
  progress: ['已检查 {done}/{total} 个页面', '{done} of {total} pages checked'],
  progressLabel: ['演练进度', 'Rehearsal progress'],
  nothingToCheck: ['本内容包没有可检查的步骤（没有带目标元素的步骤）。', 'This pack has no step to check (no step has a target element).'],
  pageNoAnswer: ['页面 {url} 没有应答（Preceptor 未在该页运行，或页面未加载完成）。', 'The page {url} did not answer (Preceptor is not running there, or the page did not finish loading).'],
  pageRefused: ['页面 {url} 的应答无效（{path}），已忽略。', 'The answer from {url} was not valid ({path}) and was ignored.'],
  failed: ['演练未完成：{message}', 'The rehearsal did not finish: {message}'],
  cancelled: ['演练已取消：只列出已检查的页面。', 'Rehearsal cancelled: only the pages checked so far are listed.'],
  reportHeading: ['就绪报告', 'Readiness report'],
  reportMeta: ['内容包 {packId} {version} · {baseUrl} · {when}', 'Pack {packId} {version} · {baseUrl} · {when}'],
  summaryHeading: ['总览', 'Summary'],
  perTourHeading: ['各导览', 'Per tour'],
  tourColumn: ['导览', 'Tour'],
  status_found: ['找到（名称未变）', 'Found (same label)'],
  status_changed: ['找到，名称或标识已变', 'Re-found, label changed'],
  status_missing: ['找不到', 'Missing'],
  status_ambiguous: ['不唯一', 'Ambiguous'],
  status_dialog: ['未检查：在对话框中打开', 'Not checked: opens in a dialog'],
  'status_not-reached': ['页面未到达：请提供该页地址', 'Page not reached: give its address'],
  'status_no-target': ['无目标（居中步骤）', 'No target (centred step)'],
  doubt_changed: ['名称或标识变了', 'Label or anchor changed'],
  doubt_weak: ['领先优势小', 'Low margin'],
  doubt_ambiguous: ['多个元素同样匹配', 'Several elements match equally'],
  doubt_unnamed: ['内容包未记录其名称', 'The pack never recorded its name'],
  doubtHeading: ['需要确认的匹配（{count}）', 'Matches to check ({count})'],
  noDoubts: ['没有需要确认的匹配。', 'No match needs checking.'],
  oldElement: ['原来的元素', 'Before'],
  newElement: ['现在的元素', 'Now'],
  nothingFound: ['（没有唯一的元素）', '(no single element)'],
  section: ['位于：{section}', 'In: {section}'],
  page: ['页面：{page}', 'Page: {page}'],
  figures: ['置信度 {confidence} · 次优 {runnerUp}', 'Confidence {confidence} · runner-up {runnerUp}'],
  confirm: ['确认', 'Confirm'],
  confirmNamed: ['确认第 {step} 步的新元素', 'Confirm the new element of step {step}'],
  confirmed: ['已确认', 'Confirmed'],
  repick: ['重新选取', 'Re-pick'],
  repickNamed: ['重新选取第 {step} 步的元素', 'Re-pick the element of step {step}'],
  pickSent: ['请在已开启编写模式的页面上点选新元素。', 'Pick the new element on the page where authoring is on.'],
  pickNoTab: ['没有开启编写模式的页面：请在升级后的系统中从弹出窗口开启“编写导览”，再点“重新选取”。', 'No page has authoring on: switch on authoring from the popup on the upgraded system, then press Re-pick again.'],
  allStepsHeading: ['全部步骤', 'All steps'],
  stepColumn: ['步骤', 'Step'],
  statusColumn: ['结果', 'Result'],
  figuresColumn: ['置信度 / 次优', 'Confidence / runner-up'],
  exportJson: ['导出报告 JSON', 'Export report (JSON)'],
  exportCsv: ['导出报告 CSV（Excel）', 'Export report (CSV for Excel)'],
  whatChanged: ['生成“有哪些变化”导览', 'Generate the “what changed” tour'],
  whatChangedHint: ['用已确认的变化为学员生成一个新导览（每处变化一步，指向新元素），加入本内容包草稿。', 'Makes a new tour for learners from the confirmed changes (one step per changed element, pointing at the new one) and adds it to this pack’s draft.'],
  whatChangedNone: ['还没有已确认的变化：请先确认名称变化了的匹配。', 'No confirmed change yet: confirm the matches whose label changed first.'],
  whatChangedAdded: ['已把导览“{title}”（{count} 步）加入草稿。', 'Added the tour “{title}” to the draft (steps: {count}).'],
});

export type RehearsalKey = keyof typeof rehearsalMessages;
export type RehearsalTranslate = (key: RehearsalKey, vars?: Record<string, string | number>) => string;

export function rehearsalTranslator(language: Language): RehearsalTranslate {
  return (key, vars) => pairText(rehearsalMessages, language, key, vars);
}
