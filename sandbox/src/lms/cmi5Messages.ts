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
});
export type Cmi5MessageKey = keyof typeof cmi5Messages;
