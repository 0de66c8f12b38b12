import { defineMessages } from '@preceptor/shared/i18n/messagePairs.ts';

/** What a learner reads when a cmi5 launch cannot start or report; each names the field. */
export const cmi5Messages = defineMessages({
  'cmi5.launchParamMissing': ['LMS 启动链接缺少参数 "{field}"：请从 LMS 课程中重新打开本单元。', 'The LMS launch link has no "{field}" parameter: open this unit again from the LMS course.'],
  'cmi5.launchParamInvalid': ['LMS 启动链接的参数 "{field}" 无效：{why}。请联系 LMS 管理员。', 'The LMS launch link\'s "{field}" parameter is not valid: {why}. Ask the LMS administrator.'],
  'cmi5.tokenRefused': ['LMS 拒绝提供登录令牌（fetch，错误 {code}：{text}）。本单元每次启动只能取一次令牌：请关闭本页，从 LMS 重新启动。', 'The LMS refused the sign-in token (fetch, error {code}: {text}). A unit may fetch its token only once per launch: close this page and launch it again from the LMS.'],
  'cmi5.http': ['与 LMS 的 LRS 通信失败（{what}：HTTP {status}）。成绩未上报；本机记录不受影响。', 'Talking to the LMS\'s LRS failed ({what}: HTTP {status}). The result was not reported; the record on this machine is kept.'],
  'cmi5.network': ['无法连接 LMS 的 LRS（{what}）。成绩未上报；本机记录不受影响。', 'The LMS\'s LRS cannot be reached ({what}). The result was not reported; the record on this machine is kept.'],
  'cmi5.launchDataInvalid': ['LMS 提供的启动数据（LMS.LaunchData）字段 "{field}" 无效：{why}。', 'The LMS\'s launch data (LMS.LaunchData) has an invalid "{field}": {why}.'],
  'cmi5.notStarted': ['本单元尚未与 LMS 建立会话。', 'This unit has not started its session with the LMS yet.'],
  'cmi5.resultInvalid': ['成绩 "{field}" 无效：{why}。', 'The result\'s "{field}" is not valid: {why}.'],
  // the quiz and tour launcher page (an AU that points to the live EMR)
  'launcher.kind.tour': ['系统内导览', 'In-app tour'],
  'launcher.kind.quiz': ['测验', 'Quiz'],
  'launcher.docTitle': ['{title} · 学习平台课程', '{title} · LMS course'],
  'launcher.lead.tour': ['这项导览要在医院的真实电子病历（EMR）中完成，不能在学习平台的窗口里运行。', 'This tour runs on the hospital\'s live EMR; it cannot run inside the LMS window.'],
  'launcher.lead.quiz': ['这项测验在真实电子病历（EMR）上用 Preceptor 扩展完成，不能在学习平台的窗口里运行。', 'This quiz is taken with the Preceptor extension on the live EMR; it cannot run inside the LMS window.'],
  'launcher.where': ['去哪里完成', 'Where to do it'],
  'launcher.step1': ['在装有 Preceptor 扩展的浏览器中打开医院的电子病历系统并登录。', 'Open the hospital\'s EMR in the browser that has the Preceptor extension, and sign in.'],
  'launcher.step2': ['点击浏览器工具栏上的 Preceptor 图标，在“{role}”岗位的内容中选择“{title}”并开始。', 'Click the Preceptor icon in the browser toolbar and start "{title}" among the {role} role\'s content.'],
  'launcher.step3': ['完成后回到本页，点击“检查完成情况”。', 'When you have finished, come back to this page and press "Check completion".'],
  'launcher.linkCode': ['课程登记号：{registration}', 'Course registration: {registration}'],
  'launcher.linkHint': ['开始前，把这个登记号复制到 Preceptor 扩展弹出窗口的“关联 LMS 课程”中。扩展把完成记录发送到医院的学习记录存储（LRS）并带上这个登记号，本课程才能看到完成情况；若学习平台没有可供扩展写入的 LRS，请把进度导出交给培训老师。', 'Before you start, copy this registration into "Link to an LMS course" in the Preceptor extension\'s popup. This course sees your completion when the extension sends it to the hospital\'s learning record store (LRS) with this registration; if the LMS has no LRS the extension can write to, export your progress for your trainer.'],
  'launcher.check': ['检查完成情况', 'Check completion'],
  'launcher.close': ['关闭并返回课程', 'Close and return to the course'],
  'launcher.switch': ['English', '中文'],
  'launcher.status.starting': ['正在连接学习平台…', 'Connecting to the LMS…'],
  'launcher.status.waiting': ['还没有找到这项内容的完成记录。', 'No completion of this item has been found yet.'],
  'launcher.status.done': ['已完成，学习平台已记录。', 'Done: the LMS has recorded it.'],
  'launcher.status.passed': ['测验已通过（得分 {score}%），学习平台已记录。', 'Quiz passed (score {score}%): the LMS has recorded it.'],
  'launcher.status.failed': ['测验未通过（得分 {score}%），学习平台已记录。可以在 EMR 上再做一次，之后从学习平台重新打开本单元。', 'Quiz not passed (score {score}%): the LMS has recorded it. You may take it again on the EMR, then open this unit again from the LMS.'],
  'launcher.status.browse': ['浏览模式：本次不记录完成情况。', 'Browse mode: nothing is recorded this time.'],
  'launcher.status.noLms': ['本页不是从学习平台打开的：可以照着说明做，但完成情况不会回到学习平台。', 'This page was not opened by an LMS: you can follow the steps, but no completion goes back to an LMS.'],
  'launcher.status.closed': ['已关闭本次学习，可以关闭此窗口。', 'This session is closed; you may close the window.'],
  'launcher.unknownItem': ['课程包中没有这项内容（{kind} "{id}"，见 lms-course.json）：请联系培训老师重新生成课程包。', 'The package has no such item ({kind} "{id}", see lms-course.json): ask your trainer to build the package again.'],
  'launcher.everyone': ['全体', 'every'],
});
export type Cmi5MessageKey = keyof typeof cmi5Messages;
