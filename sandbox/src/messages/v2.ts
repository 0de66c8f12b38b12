// What the vendor's 2.0 upgrade rewords (keys of the other dictionaries). Ids, classes, wrappers
// and moved sections are handled by the components themselves (see uiVersion.ts).

import type { MessagePairs } from '@preceptor/shared/i18n/messagePairs.ts';

export const v2Messages: MessagePairs = {
  'app.system': ['智慧医院信息平台 V2.0', 'Smart Hospital Platform 2.0'],
  'module.registration': ['挂号管理', 'Registration desk'],
  'search.label': ['患者查询', 'Find patient'],
  'search.newPatient': ['建档 (F2)', 'Register new (F2)'],
  'queue.title': ['当日挂号', 'Registrations today'],
  'np.idNumber': ['证件号', 'Document no.'],
  'form.submit': ['确认挂号 (F9)', 'Confirm registration (F9)'],
  'phys.tab.prescription': ['处方开立', 'Prescribe'],
  'phys.tab.note': ['电子病历', 'EMR'],
  'note.allergyHistory': ['药物过敏史', 'Drug allergies'],
  'note.template': ['模板库', 'Template library'],
  'rx.sign': ['提交处方 (F9)', 'Submit prescription (F9)'],
  'rx.alerts': ['用药安全提示', 'Medication safety'],
  'nurse.tab.execute': ['执行单', 'Administration sheet'],
  'nurse.tab.verify': ['医嘱审核', 'Order review'],
  'crit.readBack': ['复述值', 'Read-back'],
  'crit.acknowledge': ['接收确认', 'Confirm receipt'],
  'ph.approve': ['通过', 'Pass'],
  'ph.return': ['驳回', 'Send back'],
  'lab.scan': ['条码号', 'Barcode no.'],
  'lab.reject': ['不合格', 'Unfit'],
  'im.openScreening': ['安全评估', 'Safety assessment'],
  'im.escalate': ['转医师评估', 'Refer to doctor'],
  'bill.readCard': ['医保读卡', 'Read insurance'],
  'bill.settle': ['结算', 'Settle now'],
  'it.iface.restart': ['重启', 'Restart'],
  'rep.export': ['导出', 'Export CSV'],
};
