// The roster and go-live gate views' text (issue 15), each a [zh-CN, en] pair like trainerMessages.ts.

import { useMemo, type ReactNode } from 'react';
import { sentence, useI18n, type Lang } from '../i18n.ts';
import { defineMessages, pairText } from '@preceptor/shared/i18n/messagePairs.ts';

const ROSTER_MESSAGES = defineMessages({
  'roster.heading': ['员工花名册', 'Staff roster'],
  'roster.hint': ['导入人事科导出的员工名单（CSV 或 Excel .xlsx；CSV 可为 UTF-8 或 GBK 编码）。就绪矩阵、逾期名单和上线准入会列出名单上的每个人，包括尚未提交进度文件的人。名单只保存在本浏览器中。', 'Import the staff list HR exports (CSV or Excel .xlsx; CSV in UTF-8 or GBK). The readiness matrix, the overdue list and the go-live gate then show everyone on it, including people who have handed nothing in. The list stays in this browser.'],
  'roster.choose': ['选择名单文件（CSV / XLSX）', 'Choose a staff list file (CSV / XLSX)'],
  'roster.reading': ['正在读取 {file}…', 'Reading {file}…'],
  'roster.current': ['当前名单：{file}，{people} 人，导入于 {date}。', 'Current roster: {file}, {people} people, imported {date}.'],
  'roster.none': ['尚未导入名单：各视图只列出提交过进度的学员。', 'No roster yet: the views list only learners who handed something in.'],
  'roster.counts': ['名单上未提交进度文件：{missing} 人；工号不在名单上的学员：{unknown} 名。', 'On the roster with nothing handed in: {missing}; learners whose staff number is not on the roster: {unknown}.'],
  'roster.dialog.title': ['核对名单的列：{file}', 'Check the roster’s columns: {file}'],
  'roster.dialog.hint': ['已根据表头自动识别各列，导入前可以更改。在你确认导入之前，当前名单保持不变。', 'The columns were detected from the headers; change them before importing. The current roster stays until you accept this one.'],
  'roster.dialog.mapping': ['各列对应', 'Column mapping'],
  'roster.field.staffNumber': ['工号（必填）', 'Staff number (required)'],
  'roster.field.name': ['姓名', 'Name'],
  'roster.field.department': ['科室', 'Department'],
  'roster.field.role': ['岗位', 'Role'],
  'roster.column.none': ['（不导入）', '(not imported)'],
  'roster.preview': ['预览：前 {rows} 行，共 {total} 行（编码 {encoding}，表头在第 {header} 行）', 'Preview: first {rows} of {total} rows (encoding {encoding}, header on row {header})'],
  'roster.row': ['行', 'Row'],
  'roster.accept': ['导入 {count} 人并替换当前名单', 'Import {count} people, replacing the current roster'],
  'roster.cancel': ['取消', 'Cancel'],
  'roster.accepted': ['已导入名单 {file}：{count} 人。', 'Roster {file} imported: {count} people.'],
  'roster.cancelled': ['已取消，当前名单未改变。', 'Cancelled; the current roster is unchanged.'],
  'roster.problems': ['名单有 {count} 处问题，未导入。请修正文件或更改列对应：', 'The roster has {count} {count|problem|problems} and cannot be imported. Fix the file or change the mapping:'],
  'roster.problemsMore': ['另有 {count} 处问题未列出。', '{count} more not listed.'],
  'roster.problem.empty-file': ['{file}：文件中没有数据行。', '{file}: the file has no data rows.'],
  'roster.problem.no-staff-number-column': ['{file}：请选择哪一列是工号（表头在第 {row} 行）。', '{file}: choose the column that holds the staff number (header on row {row}).'],
  'roster.problem.empty-staff-number': ['{file} 第 {row} 行“{column}”列：工号为空。', '{file} row {row}, column “{column}”: the staff number is empty.'],
  'roster.problem.duplicate-staff-number': ['{file} 第 {row} 行“{column}”列：工号 {detail} 与第 {firstRow} 行重复。', '{file} row {row}, column “{column}”: staff number {detail} repeats row {firstRow}.'],
  'roster.problem.unreadable': ['{file}：无法读取（{detail}）。', '{file}: cannot be read ({detail}).'],
  'roster.state.nothing': ['未提交', 'Nothing handed in'],
  'roster.state.nothingHint': ['名单上有此人，但尚未导入其任何进度文件', 'On the roster, but no progress file of theirs has been imported'],
  'roster.notOnRoster': ['不在花名册', 'Not on the roster'],
  'roster.notOnRosterHint': ['此学员的工号（{staffNumber}）不在当前名单上', 'This learner’s staff number ({staffNumber}) is not on the current roster'],
  'roster.noStaffNumber': ['此学员的进度文件未附工号', 'This learner’s progress files carry no staff number'],
  'roster.staffNumber': ['工号', 'Staff no.'],
  'roster.rowsCaption': ['名单上未提交进度文件的人（{count} 人）', 'On the roster, nothing handed in ({count})'],

  'gate.heading': ['上线准入：开通系统账号', 'Go-live gate: system access'],
  'gate.hint': ['按岗位设定“可以开通系统账号”的条件。必修项沿用就绪矩阵的规则；条件由培训管理员在此设定，保存在本浏览器中。', 'Per role, what “ready for system access” takes. Required items follow the readiness matrix; the rule is set here by the trainer and kept in this browser.'],
  'gate.rules': ['准入条件', 'Rules'],
  'gate.rule.role': ['岗位', 'Role'],
  'gate.rule.default': ['其他岗位（默认）', 'Every other role (default)'],
  'gate.rule.tours': ['必修导览全部完成', 'Every required tour completed'],
  'gate.rule.quizOn': ['测验计入', 'Quiz counts'],
  'gate.rule.quizMin': ['测验最低分（%）', 'Minimum quiz score (%)'],
  'gate.rule.scenarios': ['考核情景演练全部通过', 'Every assessment scenario passed'],
  'gate.rule.signOff': ['需要带教老师签字确认', 'Mentor sign-off required'],
  'gate.save': ['保存条件', 'Save rules'],
  'gate.saved': ['条件已保存。', 'Rules saved.'],
  'gate.summary': ['可开通 {ready} 人，未就绪 {notReady} 人。', '{ready} ready, {notReady} not ready.'],
  'gate.department': ['{department}：可开通 {ready} / {total} 人', '{department}: {ready} of {total} ready'],
  'gate.noDepartment': ['（未填科室）', '(no department)'],
  'gate.col.person': ['人员', 'Person'],
  'gate.col.role': ['岗位', 'Role'],
  'gate.col.state': ['状态', 'State'],
  'gate.col.why': ['未满足的条件', 'What is missing'],
  'gate.ready': ['可开通', 'Ready'],
  'gate.notReady': ['未就绪', 'Not ready'],
  'gate.gap.nothing-handed-in': ['尚未提交进度文件', 'Has handed nothing in'],
  'gate.gap.nothing-required': ['尚无必修项记录', 'No required item recorded yet'],
  'gate.gap.tours': ['必修导览还有 {missing} 项未完成（共 {required} 项）', '{missing} of {required} required tours not completed'],
  'gate.gap.quiz': ['测验最高分 {best}%，要求至少 {min}%', 'Best quiz score {best}%, needs at least {min}%'],
  'gate.gap.quizNone': ['必修测验未完成（要求至少 {min}%）', 'A required quiz not taken (needs at least {min}%)'],
  'gate.gap.scenarios': ['考核演练还有 {missing} 项未通过（共 {required} 项）', '{missing} of {required} assessment scenarios not passed'],
  'gate.gap.sign-off': ['缺少带教老师签字', 'No mentor sign-off'],
  'gate.export': ['导出可开通名单（CSV，{count} 人）', 'Export the ready list (CSV, {count} people)'],
  'gate.exportHint': ['交信息科开通账号：Excel 可直接打开，单元格不会被当作公式。', 'For IT to switch accounts on: opens in Excel; no cell can run as a formula.'],
  'gate.csv.staffNumber': ['工号', 'Staff number'],
  'gate.csv.name': ['姓名', 'Name'],
  'gate.csv.department': ['科室', 'Department'],
  'gate.csv.role': ['岗位', 'Role'],
  'gate.csv.learner': ['学员 ID', 'Learner id'],
  'gate.csv.readyAt': ['就绪时间（UTC）', 'Ready at (UTC)'],
  'gate.fileName': ['上线准入名单', 'go-live-ready'],
  'gate.pack.choose': ['内容包（JSON，取其上线日期和岗位要求）', 'Content pack (JSON: its go-live date and role requirements)'],
  'gate.pack.loaded': ['已采用内容包 {pack}：岗位 {roles} 的条件，上线日期 {date}。', 'Using pack {pack}: the rules for {roles}, go-live date {date}.'],
  'gate.pack.remove': ['不再采用此内容包', 'Stop using this pack'],
  'gate.pack.fromPack': ['取自内容包', 'from the pack'],
  'gate.pack.notJson': ['{file}：不是 JSON 文件（{detail}）。', '{file}: not a JSON file ({detail}).'],
  'gate.pack.invalid': ['{file}：不是有效的内容包（{path}：{detail}）。', '{file}: not a valid content pack ({path}: {detail}).'],
  'gate.pack.dateFromPack': ['上线日期取自内容包 {pack}：{date}（下方输入的日期仅在没有内容包给出日期时使用）。', 'Go-live date from pack {pack}: {date} (the date typed below is used only when no pack gives one).'],
  'gate.empty': ['还没有学员或名单。', 'No learners or roster yet.'],

  'roster.byAccount': ['按 LRS 账号匹配', 'matched by LRS account'],
  'roster.byAccountHint': ['此学员的记录读自 LRS，未附工号；其 LRS 账号名 {account} 与名单上的这个工号相同。', 'This learner’s records were read from the LRS without a staff number; their LRS account name {account} is this staff number on the roster.'],
  'roster.roles.unmatched': ['名单中有 {count} 种岗位名称与内容包或内置岗位的名称都对不上，这些人按“其他岗位（默认）”的准入条件评估：', '{count} role names on the roster match no role of the content pack or the built-in roles; these people are judged by the “every other role (default)” go-live rule:'],
  'roster.roles.item': ['“{role}”：{people} 人（例如工号 {staffNumber}）', '“{role}”: {people} people (e.g. staff no. {staffNumber})'],
  'roster.roles.fix': ['可在上线准入页载入定义该岗位的内容包（岗位标题与名单一致），或在人事导出中使用岗位标题（如“护士”或“Nurse”）。', 'Load a content pack that defines the role (with the roster’s title) on the go-live gate page, or use the role titles (e.g. “护士” or “Nurse”) in the HR export.'],
});

export type RosterKey = keyof typeof ROSTER_MESSAGES;
export const rosterKeys = (): RosterKey[] => Object.keys(ROSTER_MESSAGES) as RosterKey[];
export type RosterVars = Record<string, string | number>;
export type RosterT = (key: RosterKey, vars?: RosterVars) => string;

export function rosterText(lang: Lang, key: RosterKey, vars?: RosterVars): string {
  return pairText(ROSTER_MESSAGES, lang, key, vars);
}

/** A sentence with data in it (a department, a file's name): the data parts are elements, marked as data by the caller. */
export type RosterTx = (key: RosterKey, vars: Record<string, ReactNode>) => ReactNode;

export function useRosterText(): { lang: Lang; r: RosterT; rx: RosterTx } {
  const { lang } = useI18n();
  return useMemo(
    () => ({
      lang,
      r: (key: RosterKey, vars?: RosterVars) => rosterText(lang, key, vars),
      rx: (key: RosterKey, vars: Record<string, ReactNode>) => sentence(pairText(ROSTER_MESSAGES, lang, key), vars),
    }),
    [lang],
  );
}
