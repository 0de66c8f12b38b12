// The HIS shell: hospital name, operator bar, module navigation, language, keys, not-found page.
import { defineMessages } from '@preceptor/shared/i18n/messagePairs.ts';

export const shellMessages = defineMessages({
  'app.hospital': ['示范医院', 'Demo Hospital'],
  'app.system': ['HIS 医院信息系统', 'Hospital Information System'],
  'app.docTitle': ['示范医院 HIS · {module}', 'Demo Hospital HIS · {module}'],
  'app.trainingEnv': ['培训环境', 'Training environment'],
  'app.trainingEnvHint': ['数据均为虚构，仅供练习', 'All data is synthetic, for practice only'],
  'app.skipToMain': ['跳到主要内容', 'Skip to main content'],

  'shell.operator': ['操作员', 'Operator'],
  'shell.operatorRole': ['挂号收费', 'Registration & cashier'],
  'shell.staffNo': ['工号', 'Staff no.'],
  'shell.clock': ['当前时间', 'Current time'],
  'shell.language': ['界面语言', 'Language'],
  'shell.reset': ['重置', 'Reset'],
  'shell.resetTitle': ['重置演练数据？', 'Reset training data?'],
  'shell.resetBody': ['将清除本机上所有模块的演练操作（患者、挂号、医嘱、处方、检验、检查、结算、账号等），恢复到初始演示数据；进行中的情景演练将被放弃。此操作不可撤销。', 'Everything done on this computer in every module (patients, registrations, orders, prescriptions, results, exams, bills, accounts…) is removed and the original demo data restored; a running scenario is abandoned. This cannot be undone.'],
  'shell.resetConfirm': ['确认重置', 'Reset data'],
  'shell.resetDone': ['演练数据已重置为初始状态。', 'Training data has been reset.'],

  'common.cancel': ['取消', 'Cancel'],
  'common.close': ['关闭', 'Close'],
  'common.none': ['无', 'None'],
  'common.choose': ['— 请选择 —', '— Select —'],

  'lang.zh-CN': ['中文', '中文'],
  'lang.en': ['English', 'English'],

  'nav.label': ['功能模块', 'Modules'],
  'nav.group.outpatient': ['门诊', 'Outpatient'],
  'nav.group.inpatient': ['住院', 'Inpatient'],
  'nav.group.medtech': ['医技', 'Medical technology'],
  'nav.group.admin': ['管理', 'Administration'],

  'module.registration': ['门诊挂号', 'Outpatient registration'],
  'module.doctorStation': ['门诊医生站', 'Outpatient doctor'],
  'module.inpatientDoctor': ['住院医生站', 'Inpatient doctor'],
  'module.nurseStation': ['住院护士站', 'Ward nurse station'],
  'module.inpatientBilling': ['住院结算', 'Inpatient settlement'],
  'module.pharmacy': ['药房管理', 'Pharmacy'],
  'module.lab': ['检验 LIS', 'Laboratory (LIS)'],
  'module.imaging': ['影像 RIS/PACS', 'Imaging (RIS/PACS)'],
  'module.reports': ['统计报表', 'Reports'],
  'module.trainer': ['培训管理', 'Training progress'],

  'keys.f2': ['新建患者', 'New patient'],
  'keys.f3': ['检索患者', 'Find patient'],
  'keys.f9': ['挂号', 'Register'],
  'keys.esc': ['关闭对话框', 'Close dialog'],

  'notFound.title': ['页面不存在', 'Page not found'],
  'notFound.body': ['地址 {path} 没有对应的功能模块。', 'No module lives at {path}.'],
  'notFound.back': ['返回门诊挂号', 'Go to outpatient registration'],
});
