// The department report's text and the dashboard's words-not-ids pieces (issue 15, items 6
// and 7), each a [zh-CN, en] pair like trainerMessages.ts.

import { useMemo, type ReactNode } from 'react';
import { sentence, useI18n, type Lang } from '../i18n.ts';
import { defineMessages, pairText } from '@preceptor/shared/i18n/messagePairs.ts';

const REPORT_MESSAGES = defineMessages({
  'summarising.label': ['汇总进度', 'Summary progress'],
  'summarising.text': ['正在汇总 {done}/{total}', 'Summarising {done} of {total}'],
  'summarising.start': ['正在汇总…', 'Summarising…'],

  'funnels.median': ['完成用时中位数 {time}', 'median time to finish {time}'],

  'report.heading': ['科室上线准备报告', 'Department readiness report'],
  'report.subtitle': ['上线日期 {date} · 目标：上线日 {goal} 就绪 · 生成于 {time}', 'Go-live {date} · goal: {goal} ready on go-live day · made {time}'],
  'report.noDate': ['未设置', 'not set'],
  'report.noDateHint': ['尚无上线日期：请在“上线准入”载入内容包，或在“逾期名单”填写上线日期，图上才会标出上线日和目标线。', 'No go-live date yet: load the content pack on the go-live gate, or enter the date on the overdue list, to mark go-live day and the goal line on the chart.'],
  'report.department': ['科室', 'Department'],
  'report.all': ['全部科室', 'All departments'],
  'report.print': ['打印 / 存为 PDF', 'Print / save as PDF'],
  'report.printHint': ['在打印对话框中选择“另存为 PDF”即可得到 PDF 文件。', 'Choose “Save as PDF” in the print dialog for a PDF file.'],
  'report.summary': ['{who}：{ready}/{total} 人已就绪（{percent}）。', '{who}: {ready} of {total} people ready ({percent}).'],
  'report.daysLeft': ['距上线还有 {days} 天。', '{days} days to go-live.'],
  'report.daysPast': ['已上线 {days} 天。', 'Went live {days} days ago.'],
  'report.goLiveToday': ['今天上线。', 'Go-live is today.'],
  'report.empty': ['尚无可报告的数据：请先导入学员的进度文件或花名册。', 'Nothing to report yet: import learners’ progress files or a roster first.'],

  'report.chart.title': ['就绪率随时间变化', 'Share of people ready over time'],
  'report.chart.alt': ['折线图：就绪率（{who}），从 {from} 的 {fromShare} 到 {to} 的 {toShare}；目标为上线日（{goLive}）{goal}。下表列出每个时间点的数字。', 'Line chart: share of people ready ({who}), from {fromShare} on {from} to {toShare} on {to}; the goal is {goal} on go-live day ({goLive}). The table below lists every point.'],
  'report.chart.altNoGoal': ['折线图：就绪率（{who}），从 {from} 的 {fromShare} 到 {to} 的 {toShare}。下表列出每个时间点的数字。', 'Line chart: share of people ready ({who}), from {fromShare} on {from} to {toShare} on {to}. The table below lists every point.'],
  'report.chart.ready': ['就绪率', 'Ready'],
  'report.chart.goal': ['目标线', 'Goal'],
  'report.chart.goLive': ['上线日', 'Go-live'],
  'report.chart.today': ['今天', 'Today'],
  'report.chart.table': ['就绪率数据（{unit}）', 'Readiness figures (per {unit})'],
  'report.unit.day': ['按天', 'day'],
  'report.unit.week': ['按周', 'week'],
  'report.col.period': ['日期', 'Date'],
  'report.col.periodWeek': ['周（周一）', 'Week (Monday)'],
  'report.col.ready': ['已就绪', 'Ready'],
  'report.col.share': ['就绪率', 'Share ready'],
  'report.col.goal': ['目标', 'Goal'],

  'report.counts': ['各科室人数', 'People per department'],
  'report.col.department': ['科室', 'Department'],
  'report.col.onRoster': ['花名册人数', 'On roster'],
  'report.col.handedIn': ['已提交', 'Handed in'],
  'report.col.readyCount': ['已就绪', 'Ready'],
  'report.col.notReady': ['未就绪', 'Not ready'],
  'report.col.reasons': ['主要原因（人数）', 'Top reasons (people)'],
  'report.total': ['合计', 'Total'],
  'report.noDepartment': ['（未填科室）', '(no department)'],
  'report.noRoster': ['未导入', 'no roster'],
  'report.everyone': ['全院', 'Everyone'],

  'reason.nothing-handed-in': ['未提交进度', 'nothing handed in'],
  'reason.nothing-required': ['无必修项', 'nothing required'],
  'reason.tours': ['导览未完成', 'tours not done'],
  'reason.quiz': ['测验未达标', 'quiz below the mark'],
  'reason.scenarios': ['演练未通过', 'drills not passed'],
  'reason.sign-off': ['缺带教签字', 'no mentor sign-off'],
});

export type ReportKey = keyof typeof REPORT_MESSAGES;
export const reportKeys = (): ReportKey[] => Object.keys(REPORT_MESSAGES) as ReportKey[];
export type ReportVars = Record<string, string | number>;
export type ReportT = (key: ReportKey, vars?: ReportVars) => string;

export function reportText(lang: Lang, key: ReportKey, vars?: ReportVars): string {
  return pairText(REPORT_MESSAGES, lang, key, vars);
}

/** A sentence with data in it (a department as the learners gave it): the data parts are elements, marked as data by the caller. */
export type ReportTx = (key: ReportKey, vars: Record<string, ReactNode>) => ReactNode;

export function useReportText(): { lang: Lang; p: ReportT; px: ReportTx } {
  const { lang } = useI18n();
  return useMemo(
    () => ({
      lang,
      p: (key: ReportKey, vars?: ReportVars) => reportText(lang, key, vars),
      px: (key: ReportKey, vars: Record<string, ReactNode>) => sentence(pairText(REPORT_MESSAGES, lang, key), vars),
    }),
    [lang],
  );
}
