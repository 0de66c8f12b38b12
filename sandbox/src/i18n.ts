// UI text for the simulated HIS in Simplified Chinese and English.
// The zh-CN dictionary defines the keys; `en` must have exactly the same ones (TypeScript
// reports a missing key, and the object-literal check reports an extra one).
// Synthetic data (patient and doctor names, allergy text) stays in Chinese, as in a real hospital.

import { createContext, createElement, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fillIn } from '@preceptor/shared/i18n/fillIn.ts';
import { MODULE_MESSAGES, V2_MESSAGES, type ModuleMessageKey } from './messages/index.ts';
import { useUiVersion, type UiVersion } from './uiVersion.ts';

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
export const LANG_STORAGE_KEY = 'preceptor.sandbox.lang';

const zhCN = {
  'app.hospital': '示范医院',
  'app.system': 'HIS 医院信息系统',
  'app.docTitle': '示范医院 HIS · {module}',
  'app.trainingEnv': '培训环境',
  'app.trainingEnvHint': '数据均为虚构，仅供练习',
  'app.skipToMain': '跳到主要内容',

  'shell.operator': '操作员',
  'shell.operatorRole': '挂号收费',
  'shell.staffNo': '工号',
  'shell.clock': '当前时间',
  'shell.language': '界面语言',
  'shell.reset': '重置',
  'shell.resetTitle': '重置演练数据？',
  'shell.resetBody': '将清除本机上所有模块的演练操作（患者、挂号、医嘱、处方、检验、检查、结算、账号等），恢复到初始演示数据；进行中的情景演练将被放弃。此操作不可撤销。',
  'shell.resetConfirm': '确认重置',
  'shell.resetDone': '演练数据已重置为初始状态。',

  'common.cancel': '取消',
  'common.close': '关闭',
  'common.none': '无',
  'common.choose': '— 请选择 —',

  'lang.zh-CN': '中文',
  'lang.en': 'English',

  'nav.label': '功能模块',
  'nav.group.outpatient': '门诊',
  'nav.group.inpatient': '住院',
  'nav.group.medtech': '医技',
  'nav.group.admin': '管理',
  'nav.notAvailable': '未开放',
  'nav.notAvailableTag': '未开放',

  'module.registration': '门诊挂号',
  'module.outpatientBilling': '门诊收费',
  'module.doctorStation': '门诊医生站',
  'module.inpatientDoctor': '住院医生站',
  'module.nurseStation': '住院护士站',
  'module.inpatientBilling': '住院结算',
  'module.pharmacy': '药房管理',
  'module.lab': '检验 LIS',
  'module.imaging': '影像 RIS/PACS',
  'module.reports': '统计报表',
  'module.trainer': '培训管理',

  'status.shortcuts': '快捷键',
  'status.db': '数据：本机演示库',
  'status.version': 'HIS v1.0 培训版',
  'keys.f2': '新建患者',
  'keys.f3': '检索患者',
  'keys.f9': '挂号',
  'keys.esc': '关闭对话框',

  'notFound.title': '页面不存在',
  'notFound.body': '地址 {path} 没有对应的功能模块。',
  'notFound.back': '返回门诊挂号',

  'reg.breadcrumb': '门诊管理 › 挂号收费 › 门诊挂号',
  'reg.clinicDate': '挂号日期',
  'reg.patientPanel': '患者信息',

  'search.label': '患者检索',
  'search.placeholder': '姓名 / 拼音首字母 / 患者ID / 证件号 / 手机号',
  'search.hint': '可输入姓名、拼音首字母（如 ww）、患者ID、证件号或手机号；只有一条结果时按回车直接选中。',
  'search.submit': '查询',
  'search.newPatient': '新建患者 (F2)',
  'search.caption': '检索结果：{count} 条',
  'search.captionIdle': '检索结果',
  'search.enterQuery': '请输入检索条件。',
  'search.noResults': '未找到匹配的患者。核对信息后可按 F2 新建患者。',
  'search.more': '仅显示前 {count} 条，请输入更精确的条件。',
  'search.select': '选择',
  'search.selected': '已选',

  'col.action': '操作',
  'col.patientId': '患者ID',
  'col.name': '姓名',
  'col.sex': '性别',
  'col.age': '年龄',
  'col.sexAge': '性别/年龄',
  'col.birthDate': '出生日期',
  'col.idNumber': '证件号',
  'col.phone': '手机',
  'col.insurance': '费别',
  'col.allergies': '过敏史',
  'col.queueNo': '序号',
  'col.registrationId': '挂号单号',
  'col.department': '科室',
  'col.doctor': '医生',
  'col.type': '号别',
  'col.slot': '时段',
  'col.visitKind': '初/复诊',
  'col.fee': '费用',
  'col.payment': '支付',
  'col.status': '状态',
  'col.time': '挂号时间',

  'age.years': '{n}岁',
  'age.months': '{n}个月',

  'sex.M': '男',
  'sex.F': '女',
  'idType.resident-id': '居民身份证',
  'idType.passport': '护照',
  'idType.hk-macao-permit': '港澳通行证',
  'idType.taiwan-permit': '台胞证',
  'insurance.self-pay': '自费',
  'insurance.employee': '职工医保',
  'insurance.resident': '居民医保',
  'insurance.commercial': '商业保险',
  'regType.general': '普通号',
  'regType.associate-chief': '副主任号',
  'regType.chief': '主任号',
  'regType.emergency': '急诊号',
  'title.resident': '住院医师',
  'title.attending': '主治医师',
  'title.associate-chief': '副主任医师',
  'title.chief': '主任医师',
  'slot.am': '上午',
  'slot.pm': '下午',
  'visitKind.first': '初诊',
  'visitKind.return': '复诊',
  'payment.cash': '现金',
  'payment.bank-card': '银行卡',
  'payment.wechat': '微信',
  'payment.alipay': '支付宝',
  'payment.insurance': '医保',
  'regStatus.waiting': '候诊',
  'regStatus.in-consultation': '就诊中',
  'regStatus.completed': '已就诊',
  'regStatus.cancelled': '已退号',
  'cancelReason.patient-request': '患者要求',
  'cancelReason.wrong-department': '挂错科室',
  'cancelReason.wrong-type': '挂错号别',
  'cancelReason.doctor-unavailable': '医生停诊',
  'cancelReason.other': '其他',

  'banner.label': '当前患者',
  'banner.none': '未选择患者。请先在左侧检索并选择患者，或按 F2 新建患者。',
  'banner.allergy': '过敏史：{list}',
  'banner.noAllergy': '过敏史：无',
  'banner.lastVisit': '上次就诊：{date} {dept} {doctor}',
  'banner.noVisits': '本院无就诊记录',
  'banner.clear': '更换患者',

  'form.panel': '挂号信息',
  'form.department': '科室',
  'form.type': '号别',
  'form.doctor': '医生',
  'form.date': '就诊日期',
  'form.slot': '时段',
  'form.visitKind': '初/复诊',
  'form.fee': '挂号费',
  'form.payment': '支付方式',
  'form.typeOption': '{type}  {fee}',
  'form.doctorOption': '{name}（{title}）余 {left}',
  'form.doctorOptionOpen': '{name}（{title}）',
  'form.doctorOptionFull': '{name}（{title}）已满',
  'form.noDoctor': '本时段无出诊医生',
  'form.chooseDepartmentFirst': '请先选择科室',
  'form.paymentHint': '医保支付仅限职工医保、居民医保患者',
  'form.slotTime': '{slot} {start}–{end}',
  'form.submit': '挂号 (F9)',
  'form.clear': '清空',
  'form.errorsTitle': '无法挂号，请处理以下问题：',
  'form.successTitle': '挂号成功',
  'form.successQueue': '就诊序号 {queueNo} 号',
  'form.successDetail': '{name} · {dept} · {doctor} · {slot} · {fee}（{payment}）· 单号 {id}',

  'issue.patientRequired': '请先选择患者',
  'issue.patientUnknown': '患者档案不存在',
  'issue.departmentRequired': '请选择科室',
  'issue.typeRequired': '请选择号别',
  'issue.typeNotOffered': '该科室不提供此号别',
  'issue.doctorRequired': '请选择医生',
  'issue.doctorMismatch': '所选医生不出该科室的此类号别',
  'issue.doctorNotInSlot': '所选医生该时段不出诊',
  'issue.slotFull': '该医生本时段号源已满',
  'issue.dateNotToday': '仅可挂当日号',
  'issue.paymentRequired': '请选择支付方式',
  'issue.paymentNotAllowed': '该患者费别不能使用医保支付',
  'issue.alreadyRegistered': '该患者今日已挂本科室号（一人一科一日限一号）',

  'queue.title': '今日挂号队列',
  'queue.caption': '{date} 挂号记录，按挂号时间排序',
  'queue.summary': '共 {total} 人次 · 候诊 {waiting} · 就诊中 {inConsultation} · 已就诊 {completed} · 已退号 {cancelled}',
  'queue.filterDept': '科室筛选',
  'queue.allDepts': '全部科室',
  'queue.empty': '暂无挂号记录',
  'queue.cancel': '退号',
  'queue.queueNo': '{n}号',
  'queue.cancelledBecause': '（{reason}）',

  'cancel.title': '退号',
  'cancel.summary': '{name}（{patientId}）· {dept} · {doctor} · {slot} · {queueNo} · 单号 {id}',
  'cancel.refund': '退费 {fee}，原路退回：{payment}',
  'cancel.reason': '退号原因',
  'cancel.note': '备注',
  'cancel.noteHint': '原因为"其他"时必填',
  'cancel.confirm': '确认退号',
  'cancel.issue.reasonRequired': '请选择退号原因',
  'cancel.issue.noteRequired': '原因为"其他"时请填写备注',
  'cancel.issue.notWaiting': '患者已就诊或号已退，不能退号',
  'cancel.done': '已退号：{name} {dept} {queueNo}，退费 {fee}（{payment}）',

  'np.title': '新建患者档案',
  'np.intro': '实名建档：请核对证件原件。带 * 的为必填项。',
  'np.name': '姓名',
  'np.sex': '性别',
  'np.birthDate': '出生日期',
  'np.idType': '证件类型',
  'np.idNumber': '证件号码',
  'np.phone': '手机号码',
  'np.insurance': '费别',
  'np.allergies': '过敏史',
  'np.allergiesHint': '多项用顿号或逗号分隔，如：青霉素、磺胺；无则留空',
  'np.birthDateHint': '格式 YYYY-MM-DD',
  'np.idOk': '证件号校验通过：{sex}，出生日期 {birthDate}',
  'np.idFilled': '（已按证件号带出性别和出生日期）',
  'np.save': '保存',
  'np.errorsTitle': '请修正以下 {count} 项：',
  'np.created': '已建档并选中：{name}（{patientId}）',
  'np.usedExisting': '已选用已有档案：{name}（{patientId}）',

  'npIssue.name.required': '请输入姓名',
  'npIssue.name.tooLong': '姓名过长（最多 30 字）',
  'npIssue.sex.required': '请选择性别',
  'npIssue.sex.mismatchId': '性别与证件号不符（证件号显示为{expected}）',
  'npIssue.birthDate.required': '请输入出生日期',
  'npIssue.birthDate.invalid': '出生日期无效，请按 YYYY-MM-DD 填写真实日期',
  'npIssue.birthDate.future': '出生日期不能晚于今天',
  'npIssue.birthDate.mismatchId': '出生日期与证件号不符（证件号显示为 {expected}）',
  'npIssue.idNumber.empty': '请输入证件号码',
  'npIssue.idNumber.length': '身份证号应为 18 位（当前 {count} 位）',
  'npIssue.idNumber.lengthOther': '证件号码应为 5–20 位（当前 {count} 位）',
  'npIssue.idNumber.format': '身份证号格式错误：前 17 位须为数字、末位为数字或 X，前两位须为有效省份代码',
  'npIssue.idNumber.formatOther': '证件号码只能包含字母和数字',
  'npIssue.idNumber.birthDate': '身份证号中的出生日期（第 7–14 位）不存在或晚于今天',
  'npIssue.idNumber.checksum': '身份证号校验位不符，可能有数字输错，请逐位核对证件',
  'npIssue.phone.empty': '请输入手机号码',
  'npIssue.phone.format': '手机号码只能包含数字',
  'npIssue.phone.length': '手机号码应为 11 位',
  'npIssue.phone.prefix': '手机号码应以 1 开头',
  'npIssue.allergies.tooLong': '单项过敏史过长（最多 40 字）',

  'dup.existingTitle': '该证件号已建档',
  'dup.existingBody': '{idType} {idNumber} 已属于患者 {name}（{patientId}）。同一人只能有一个患者ID，请使用已有档案。',
  'dup.useExisting': '使用已有档案',
  'dup.back': '返回修改',
  'dup.candidatesTitle': '发现疑似重复患者',
  'dup.candidatesBody': '已有 {count} 位患者与该患者姓名、性别、出生日期相同。请核对证件号和手机号：若为同一人，请选用已有档案；确认不是同一人再新建。',
  'dup.caption': '疑似重复患者（姓名、性别、出生日期相同）',
  'dup.phoneMatch': '手机号相同',
  'dup.pick': '选用此档案',
  'dup.createAnyway': '不是同一人，仍然新建',
};

type BaseMessageKey = keyof typeof zhCN;
export type MessageKey = BaseMessageKey | ModuleMessageKey;

const en: Record<BaseMessageKey, string> = {
  'app.hospital': 'Demo Hospital',
  'app.system': 'Hospital Information System',
  'app.docTitle': 'Demo Hospital HIS · {module}',
  'app.trainingEnv': 'Training environment',
  'app.trainingEnvHint': 'All data is synthetic, for practice only',
  'app.skipToMain': 'Skip to main content',

  'shell.operator': 'Operator',
  'shell.operatorRole': 'Registration & cashier',
  'shell.staffNo': 'Staff no.',
  'shell.clock': 'Current time',
  'shell.language': 'Language',
  'shell.reset': 'Reset',
  'shell.resetTitle': 'Reset training data?',
  'shell.resetBody': 'Everything done on this computer in every module (patients, registrations, orders, prescriptions, results, exams, bills, accounts…) is removed and the original demo data restored; a running scenario is abandoned. This cannot be undone.',
  'shell.resetConfirm': 'Reset data',
  'shell.resetDone': 'Training data has been reset.',

  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.none': 'None',
  'common.choose': '— Select —',

  'lang.zh-CN': '中文',
  'lang.en': 'English',

  'nav.label': 'Modules',
  'nav.group.outpatient': 'Outpatient',
  'nav.group.inpatient': 'Inpatient',
  'nav.group.medtech': 'Medical technology',
  'nav.group.admin': 'Administration',
  'nav.notAvailable': 'not available',
  'nav.notAvailableTag': 'N/A',

  'module.registration': 'Outpatient registration',
  'module.outpatientBilling': 'Outpatient billing',
  'module.doctorStation': 'Outpatient doctor',
  'module.inpatientDoctor': 'Inpatient doctor',
  'module.nurseStation': 'Ward nurse station',
  'module.inpatientBilling': 'Inpatient settlement',
  'module.pharmacy': 'Pharmacy',
  'module.lab': 'Laboratory (LIS)',
  'module.imaging': 'Imaging (RIS/PACS)',
  'module.reports': 'Reports',
  'module.trainer': 'Training progress',

  'status.shortcuts': 'Shortcuts',
  'status.db': 'Data: local demo store',
  'status.version': 'HIS v1.0 training build',
  'keys.f2': 'New patient',
  'keys.f3': 'Find patient',
  'keys.f9': 'Register',
  'keys.esc': 'Close dialog',

  'notFound.title': 'Page not found',
  'notFound.body': 'No module lives at {path}.',
  'notFound.back': 'Go to outpatient registration',

  'reg.breadcrumb': 'Outpatient › Registration & billing › Registration',
  'reg.clinicDate': 'Clinic date',
  'reg.patientPanel': 'Patient',

  'search.label': 'Patient search',
  'search.placeholder': 'Name, initials, patient ID, ID no. or mobile',
  'search.hint': 'Type a name, pinyin initials (e.g. ww), patient ID, ID number or mobile number; Enter selects a single match.',
  'search.submit': 'Search',
  'search.newPatient': 'New patient (F2)',
  'search.caption': 'Search results: {count}',
  'search.captionIdle': 'Search results',
  'search.enterQuery': 'Enter search terms.',
  'search.noResults': 'No matching patient. Check the details, then press F2 to create a record.',
  'search.more': 'Showing the first {count} only; refine the search.',
  'search.select': 'Select',
  'search.selected': 'Selected',

  'col.action': 'Action',
  'col.patientId': 'Patient ID',
  'col.name': 'Name',
  'col.sex': 'Sex',
  'col.age': 'Age',
  'col.sexAge': 'Sex / age',
  'col.birthDate': 'Date of birth',
  'col.idNumber': 'ID number',
  'col.phone': 'Mobile',
  'col.insurance': 'Fee category',
  'col.allergies': 'Allergies',
  'col.queueNo': 'No.',
  'col.registrationId': 'Registration no.',
  'col.department': 'Department',
  'col.doctor': 'Doctor',
  'col.type': 'Type',
  'col.slot': 'Session',
  'col.visitKind': 'Visit',
  'col.fee': 'Fee',
  'col.payment': 'Payment',
  'col.status': 'Status',
  'col.time': 'Issued',

  'age.years': '{n} y',
  'age.months': '{n} mo',

  'sex.M': 'Male',
  'sex.F': 'Female',
  'idType.resident-id': 'Resident ID card',
  'idType.passport': 'Passport',
  'idType.hk-macao-permit': 'HK/Macao permit',
  'idType.taiwan-permit': 'Taiwan compatriot permit',
  'insurance.self-pay': 'Self-pay',
  'insurance.employee': 'Employee insurance',
  'insurance.resident': 'Resident insurance',
  'insurance.commercial': 'Commercial insurance',
  'regType.general': 'General',
  'regType.associate-chief': 'Expert (assoc. chief)',
  'regType.chief': 'Expert (chief)',
  'regType.emergency': 'Emergency',
  'title.resident': 'Resident',
  'title.attending': 'Attending',
  'title.associate-chief': 'Assoc. chief physician',
  'title.chief': 'Chief physician',
  'slot.am': 'Morning',
  'slot.pm': 'Afternoon',
  'visitKind.first': 'First visit',
  'visitKind.return': 'Follow-up',
  'payment.cash': 'Cash',
  'payment.bank-card': 'Bank card',
  'payment.wechat': 'WeChat Pay',
  'payment.alipay': 'Alipay',
  'payment.insurance': 'Medical insurance',
  'regStatus.waiting': 'Waiting',
  'regStatus.in-consultation': 'With doctor',
  'regStatus.completed': 'Seen',
  'regStatus.cancelled': 'Cancelled',
  'cancelReason.patient-request': 'Patient request',
  'cancelReason.wrong-department': 'Wrong department',
  'cancelReason.wrong-type': 'Wrong registration type',
  'cancelReason.doctor-unavailable': 'Doctor unavailable',
  'cancelReason.other': 'Other',

  'banner.label': 'Current patient',
  'banner.none': 'No patient selected. Search for a patient on the left, or press F2 to create one.',
  'banner.allergy': 'Allergies: {list}',
  'banner.noAllergy': 'Allergies: none known',
  'banner.lastVisit': 'Last visit: {date} {dept} {doctor}',
  'banner.noVisits': 'No previous visits here',
  'banner.clear': 'Change patient',

  'form.panel': 'Registration',
  'form.department': 'Department',
  'form.type': 'Type',
  'form.doctor': 'Doctor',
  'form.date': 'Visit date',
  'form.slot': 'Session',
  'form.visitKind': 'Visit',
  'form.fee': 'Fee',
  'form.payment': 'Payment',
  'form.typeOption': '{type}  {fee}',
  'form.doctorOption': '{name} ({title}), {left} left',
  'form.doctorOptionOpen': '{name} ({title})',
  'form.doctorOptionFull': '{name} ({title}), full',
  'form.noDoctor': 'No doctor in this session',
  'form.chooseDepartmentFirst': 'Choose dept. first',
  'form.paymentHint': 'Insurance payment only for employee or resident insurance',
  'form.slotTime': '{slot} {start}–{end}',
  'form.submit': 'Register (F9)',
  'form.clear': 'Clear',
  'form.errorsTitle': 'Cannot register yet:',
  'form.successTitle': 'Registered',
  'form.successQueue': 'Queue no. {queueNo}',
  'form.successDetail': '{name} · {dept} · {doctor} · {slot} · {fee} ({payment}) · no. {id}',

  'issue.patientRequired': 'Select a patient first',
  'issue.patientUnknown': 'Patient record not found',
  'issue.departmentRequired': 'Choose a department',
  'issue.typeRequired': 'Choose a registration type',
  'issue.typeNotOffered': 'This department does not offer that registration type',
  'issue.doctorRequired': 'Choose a doctor',
  'issue.doctorMismatch': "The chosen doctor does not hold this department's clinic of this type",
  'issue.doctorNotInSlot': 'The chosen doctor has no clinic in this session',
  'issue.slotFull': 'No numbers left for this doctor in this session',
  'issue.dateNotToday': 'Only same-day registration is possible',
  'issue.paymentRequired': 'Choose a payment method',
  'issue.paymentNotAllowed': "This patient's fee category cannot pay by medical insurance",
  'issue.alreadyRegistered': 'The patient already has a number in this department today (one per department per day)',

  'queue.title': "Today's queue",
  'queue.caption': 'Registrations on {date}, in order of issue',
  'queue.summary': '{total} in total · waiting {waiting} · with doctor {inConsultation} · seen {completed} · cancelled {cancelled}',
  'queue.filterDept': 'Department filter',
  'queue.allDepts': 'All departments',
  'queue.empty': 'No registrations yet',
  'queue.cancel': 'Cancel',
  'queue.queueNo': 'No. {n}',
  'queue.cancelledBecause': ' ({reason})',

  'cancel.title': 'Cancel registration',
  'cancel.summary': '{name} ({patientId}) · {dept} · {doctor} · {slot} · {queueNo} · no. {id}',
  'cancel.refund': 'Refund {fee} to the original method: {payment}',
  'cancel.reason': 'Reason',
  'cancel.note': 'Note',
  'cancel.noteHint': 'Required when the reason is "Other"',
  'cancel.confirm': 'Confirm cancellation',
  'cancel.issue.reasonRequired': 'Choose a reason',
  'cancel.issue.noteRequired': 'Add a note when the reason is "Other"',
  'cancel.issue.notWaiting': 'The patient has been seen or the number is already cancelled',
  'cancel.done': 'Cancelled: {name} {dept} {queueNo}, refund {fee} ({payment})',

  'np.title': 'New patient record',
  'np.intro': 'Real-name registration: check the original document. Fields marked * are required.',
  'np.name': 'Name',
  'np.sex': 'Sex',
  'np.birthDate': 'Date of birth',
  'np.idType': 'ID type',
  'np.idNumber': 'ID number',
  'np.phone': 'Mobile',
  'np.insurance': 'Fee category',
  'np.allergies': 'Allergies',
  'np.allergiesHint': 'Separate items with commas, e.g. 青霉素, 磺胺; leave empty if none',
  'np.birthDateHint': 'Format YYYY-MM-DD',
  'np.idOk': 'ID number valid: {sex}, born {birthDate}',
  'np.idFilled': ' (sex and date of birth filled in from the ID number)',
  'np.save': 'Save',
  'np.errorsTitle': 'Please correct {count} field(s):',
  'np.created': 'Record created and selected: {name} ({patientId})',
  'np.usedExisting': 'Existing record selected: {name} ({patientId})',

  'npIssue.name.required': 'Enter the name',
  'npIssue.name.tooLong': 'Name is too long (30 characters at most)',
  'npIssue.sex.required': 'Choose the sex',
  'npIssue.sex.mismatchId': 'Sex does not match the ID number (it says {expected})',
  'npIssue.birthDate.required': 'Enter the date of birth',
  'npIssue.birthDate.invalid': 'Date of birth is not a real date; use YYYY-MM-DD',
  'npIssue.birthDate.future': 'Date of birth cannot be after today',
  'npIssue.birthDate.mismatchId': 'Date of birth does not match the ID number (it says {expected})',
  'npIssue.idNumber.empty': 'Enter the ID number',
  'npIssue.idNumber.length': 'A resident ID number has 18 characters (you typed {count})',
  'npIssue.idNumber.lengthOther': 'ID number must be 5–20 characters (you typed {count})',
  'npIssue.idNumber.format': 'Wrong format: 17 digits then a digit or X, starting with a valid province code',
  'npIssue.idNumber.formatOther': 'ID number may contain only letters and digits',
  'npIssue.idNumber.birthDate': 'The birth date inside the ID number (characters 7–14) does not exist or is after today',
  'npIssue.idNumber.checksum': 'Check digit does not match: a digit was probably mistyped; compare each digit with the card',
  'npIssue.phone.empty': 'Enter the mobile number',
  'npIssue.phone.format': 'Mobile number may contain digits only',
  'npIssue.phone.length': 'Mobile number must have 11 digits',
  'npIssue.phone.prefix': 'Mobile number must start with 1',
  'npIssue.allergies.tooLong': 'An allergy entry is too long (40 characters at most)',

  'dup.existingTitle': 'This ID number already has a record',
  'dup.existingBody': '{idType} {idNumber} belongs to {name} ({patientId}). One person has one patient ID: use the existing record.',
  'dup.useExisting': 'Use existing record',
  'dup.back': 'Back to edit',
  'dup.candidatesTitle': 'Possible duplicate patients',
  'dup.candidatesBody': '{count} existing patient(s) share this name, sex and date of birth. Compare ID and mobile numbers: if it is the same person, use that record; create a new one only if it is not.',
  'dup.caption': 'Possible duplicates (same name, sex and date of birth)',
  'dup.phoneMatch': 'Same mobile',
  'dup.pick': 'Use this record',
  'dup.createAnyway': 'Not the same person: create new record',
};

const MESSAGES: Record<Lang, Record<BaseMessageKey, string>> = { 'zh-CN': zhCN, en };

export type MessageVars = Record<string, string | number>;

/** Every key of every dictionary (for the dictionary tests). */
export function allMessageKeys(): MessageKey[] {
  return [...(Object.keys(zhCN) as BaseMessageKey[]), ...(Object.keys(MODULE_MESSAGES) as ModuleMessageKey[])];
}

export function translate(lang: Lang, key: MessageKey, vars?: MessageVars, ui: UiVersion = 'v1'): string {
  const pair = (ui === 'v2' ? V2_MESSAGES[key] : undefined) ?? (MODULE_MESSAGES as Record<string, readonly [string, string]>)[key];
  const template = pair ? pair[lang === 'en' ? 1 : 0] : MESSAGES[lang][key as BaseMessageKey];
  return vars ? fillIn(template, vars) : template;
}

export function isLang(value: unknown): value is Lang {
  return value === 'zh-CN' || value === 'en';
}

function readStoredLang(): Lang {
  try {
    const stored = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
    return isLang(stored) ? stored : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export type I18n = {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, vars?: MessageVars) => string;
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }): ReactNode {
  const [lang, setLangState] = useState<Lang>(readStoredLang);
  const ui = useUiVersion();

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // Another tab switching language follows here too.
  useEffect(() => {
    const onStorage = (e: StorageEvent): void => {
      if (e.key === LANG_STORAGE_KEY && isLang(e.newValue)) setLangState(e.newValue);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // Storage may be disabled; the choice then lasts for this page only.
    }
  }, []);

  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (key, vars) => translate(lang, key, vars, ui) }),
    [lang, setLang, ui],
  );
  return createElement(I18nContext.Provider, { value }, children);
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n must be used inside <I18nProvider>');
  return ctx;
}
