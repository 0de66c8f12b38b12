/**
 * Words of hospital screens that vendors swap on upgrade, as data for textSimilarity.
 *
 * SYNONYMS: groups of words that say the same thing on an EMR screen (zh-CN and en). Text that
 * differs only by such words is alike, but never the same words: a synonym is a weak signal, and a
 * page that shows both words (驳回 and 退回 side by side) stays ambiguous. Only true synonyms go
 * here — 保存/提交 (save a draft / submit it) or 联系电话/手机号码 (any phone / a mobile) are not.
 * Each word is at least two characters (Chinese) or four letters (English): labels are compared
 * without spaces, so a short word would match inside unrelated ones. An English word is read as its
 * group's first word before it is stemmed (keyTermsOf), so a word whose other forms name controls
 * too (book / booking / booked, stop / stopped) is no synonym unless its whole family is: reading
 * 'Booking' as 'appointment' parted it from 'Book'; spelling variants are listed by their root.
 *
 * CONTRASTS: groups of words that look alike but name different things (检查 imaging/exam vs 检验
 * lab; 入院 vs 出院). Text that has one word of a group where the other text has another is a
 * different control, however many characters it shares (检查申请 is not 检验申请).
 *
 * The first word of each synonym group is the one others are read as (both sides of a comparison
 * are read the same way, so the order never changes a result), and a word of a contrast group is
 * always such a first word: 化验 is read as 检验 before 检验 is told apart from 检查.
 */
/** Acts whose undo and status have interchangeable prefixes (see recordedActs). */
const RECORDED_ACTS = ['审核', '执行', '提交', '发药', '发送', '预约', '登记'];

export const SYNONYMS: readonly (readonly string[])[] = [
  // who and where
  ['患者', '病人', '病患'],
  ['医生', '医师'],
  ['床号', '床位号'],
  ['就诊卡', '诊疗卡'],
  ['医保', '医疗保险'],
  ['费别', '费用类别'],
  ['出生日期', '生日'],
  ['手机', '移动电话'],
  // what the control does
  ['查询', '检索', '搜索', '查找'],
  ['新增', '新建', '添加'],
  ['删除', '移除'],
  ['确定', '确认'],
  ['驳回', '退回'], // a reviewer sends the prescription / order / note back
  ['补打', '重打', '重新打印'],
  ['刷新', '重新加载'],
  ['仅显示', '只显示', '仅看', '只看'],
  ['签名', '签字'],
  ['核对', '查对'],
  ['开立', '开具'],
  ['发票', '票据'], // a hospital's 医疗收费票据 is called 发票 on the same screens: 打印发票 / 打印票据, 发票号 / 票据号
  // what a field holds
  ['原因', '理由'],
  ['备注', '附注'],
  ['今日', '今天', '当日', '当天'],
  ['用药史', '用药历史', '历史用药'],
  ['过敏史', '过敏历史'],
  ['检验', '化验'],
  ['频次', '频率'],
  ['剂量', '用量'],
  // English screens
  ['search', 'lookup', 'query'],
  ['doctor', 'physician'],
  ['delete', 'remove'],
  ['reprint', 'printagain'],
  ['department', 'dept'],
  ['dateofbirth', 'birthdate'],
  ['mobile', 'cellphone'],
  ['medicationhistory', 'drughistory'],

  // Written from DOMAIN.md's workflows and screens and general EMR/HIS vocabulary, before any miss
  // of the benches was looked at (the rules above hold: true synonyms only, a reading form first).
  // what the control does
  ['修改', '编辑', '更改'], // a row's or a record's edit action: vendors use all three for one button
  ['保存', '存盘'], // 存盘 is older HIS software's word for save
  ['清空', '清除'],
  ['重置', '复位'],
  ['选择', '选取'],
  ['设置', '设定'],
  ['收起', '折叠'],
  ['登录', '登陆'], // 登陆 is the common miswriting of 登录 on Chinese screens
  ['签到', '报到'], // a patient checks in at a clinic queue or imaging desk
  ['接收', '签收'], // a lab receives specimens
  ['冲红', '红冲'], // an e-receipt is voided before it is issued again
  ['退费', '退款'],
  ['收费', '缴费', '交费'], // the cashier's charge, written from either side of the counter
  ['结算', '结账', '结帐'],
  ['记账', '记帐'],
  ['对账', '对帐'],
  ['转床', '换床'],
  ['开始', '起始'],
  ...recordedActs('取消', '撤销'),
  ...recordedActs('未', '待'),
  // who, where and what a field holds
  ['科室', '科别'], // a prescription's header says 科别 for the department
  ['病区', '护理单元'],
  ['床位', '病床'],
  ['地址', '住址'],
  ['账号', '帐号'],
  ['账户', '帐户'],
  ['密码', '口令'],
  ['模板', '模版'], // 模版 is a common variant writing on template buttons
  ['全部', '所有'],
  ['级别', '等级'], // 护理级别 / 护理等级
  ['类别', '类型'], // 证件类型 / 证件类别, 医嘱类型 / 医嘱类别
  ['编码', '代码'], // 药品编码 / 药品代码
  ['合计', '总计'],
  ['末页', '尾页'],
  ['昨日', '昨天'],
  ['明日', '明天'],
  ['候诊', '待诊'], // patients waiting to be seen
  ['责任护士', '管床护士'],
  ['警示', '警告'],
  ['欠费', '欠款'],
  ['方式', '方法'],
  ['药品', '药物'],
  ['厂家', '厂商'],
  ['供应商', '供货商'],
  ['预交金', '预缴金', '押金'], // an inpatient's deposit
  ['既往史', '既往病史'],
  ['家族史', '家族病史'],
  ['过敏原', '过敏源'],
  ['体格检查', '查体'],
  ['主要诊断', '第一诊断'],
  ['其他诊断', '次要诊断'],
  ['出院小结', '出院记录'],
  ['用法', '给药途径', '用药途径'], // a prescription line's 用法 is the route (口服, 静滴)
  ['静脉滴注', '静滴'],
  ['静脉注射', '静推'],
  ['肌肉注射', '肌注'],
  ['滴速', '输液速度', '滴注速度'],
  ['皮试', '皮肤试验'],
  ['标本', '样本'],
  ['采集', '采样'],
  ['条码', '条形码'],
  ['粪常规', '便常规'],
  ['参考范围', '参考值', '参考区间'],
  ['危急值', '危机值'], // 危机值 is the common miswriting
  ['压力性损伤', '压疮', '褥疮'], // renamed in 2016 (pressure ulcer -> pressure injury): an upgrade's typical rewording
  // English screens
  ['edit', 'modify'],
  ['create', 'addnew'],
  ['comment', 'remark'], // a form's free-text field (备注); not 'note', which on an EMR is a clinical document (progress note)
  ['medication', 'drug'],
  ['dose', 'dosage'],
  ['temporary', 'oneoff'], // 临时医嘱 in English: temporary / one-off orders
  ['countersign', 'cosign'],
  ['refresh', 'reload'],
  ['select', 'choose'],
  ['settings', 'preferences'],
  ['login', 'logon'],
  ['logout', 'logoff'],
  ['visit', 'encounter'],
  ['firstvisit', 'initialvisit'],
  ['followup', 'revisit', 'returnvisit'],
  ['handover', 'handoff'],
  ['givenname', 'firstname'],
  ['familyname', 'lastname', 'surname'],
  ['preoperative', 'preop'],
  ['postoperative', 'postop'],
  ['specimen', 'sample'],
  ['referencerange', 'normalrange', 'referenceinterval'],
  ['criticalvalue', 'panicvalue', 'criticalresult'],
  ['intake', 'input'], // fluid intake and output
  ['deposit', 'prepayment'],
  ['oxygensaturation', 'spo2'],
  ['pressureinjury', 'pressureulcer', 'pressuresore', 'bedsore'],
  ['immunization', 'immunisation', 'vaccination'],
  // American and British spelling (DOMAIN.md writes the British): the root, so that every word
  // of the family (anaesthesia, anaesthetist, anaesthetic) keeps its common stem
  ['pediat', 'paediat'],
  ['anesth', 'anaesth'],
  ['hemat', 'haemat'],
  ['hemo', 'haemo'],
  ['orthoped', 'orthopaed'],
  ['gynec', 'gynaec'],
];

export const CONTRASTS: readonly (readonly string[])[] = [
  ['检查', '检验'], // imaging/ECG exams vs laboratory tests: different requests, different departments
  ['门诊', '住院', '急诊'],
  ['入院', '出院'],
  ['长期', '临时'], // standing vs one-off orders
  ['开始', '停止', '结束'],
  ['上一', '下一'],
  ['收费', '退费'],
  ['发药', '退药'],
  ['挂号', '退号'],
  ['入库', '出库'],
  ['最大', '最小'],
  ['最高', '最低'],
  ['上午', '下午'],
  ['收缩压', '舒张压'],
  ['inpatient', 'outpatient'],
  ['admission', 'discharge'],
  ['previous', 'next'],
  ['systolic', 'diastolic'],
  ['minimum', 'maximum'],

  // Written with the synonyms above, before running: words that look alike and name different things.
  ...recordedActs('已', '未'),
  ['初诊', '复诊'],
  ['甲类', '乙类', '丙类'], // insurance drug classes: fully covered, partly, not
  ['特级', '一级', '二级', '三级'], // nursing levels
  ['精一', '精二'], // psychotropic prescription classes
  ['病危', '病重'],
  ['转科', '转床', '转院'],
  ['转入', '转出'],
  ['入科', '出科'],
  ['入量', '出量'],
  ['术前', '术中', '术后'],
  ['平扫', '增强'], // CT without and with contrast
  ['全血', '血清', '血浆'],
  ['血常规', '尿常规', '粪常规'],
  ['静脉滴注', '静脉注射', '肌肉注射', '皮下注射'],
  ['心率', '心律'], // heart rate vs rhythm
  ['体温', '体重'],
  ['阳性', '阴性'],
  ['正常', '异常'],
  ['偏高', '偏低'],
  ['升高', '降低'],
  ['上限', '下限'],
  ['男性', '女性'],
  ['左侧', '右侧'],
  ['西药', '中药', '中成药'],
  ['通用名', '商品名'],
  ['主要诊断', '其他诊断'],
  ['复核', '复查'], // a second check of a record vs a patient's follow-up examination
  ['个人', '科室', '全院'], // whose templates and lists
  ['白班', '夜班', '早班', '中班', '晚班'],
  ['今日', '昨日', '明日'],
  ['合计', '小计'],
  ['首页', '末页'],
  ['前一', '后一'],
  ['上移', '下移'],
  ['升序', '降序'],
  ['放大', '缩小'],
  ['展开', '收起'],
  ['全选', '反选'],
  ['导入', '导出'],
  ['上传', '下载'],
  ['显示', '隐藏'],
  ['锁定', '解锁'],
  ['启用', '停用', '禁用'],
  ['inpatient', 'outpatient', 'emergency'],
  ['start', 'discontinue'],
  ['temporary', 'longterm'],
  ['firstvisit', 'followup'],
  ['givenname', 'familyname'],
  ['preoperative', 'intraoperative', 'postoperative'],
  ['adult', 'pediat'],
  ['blood', 'urine', 'stool', 'sputum'],
  ['serum', 'plasma'],
  ['intake', 'output'],
  ['positive', 'negative'],
  ['highest', 'lowest'],
  ['upper', 'lower'],
  ['left', 'right'],
  ['before', 'after'], // before / after meals
  ['increase', 'decrease'],
  ['morning', 'afternoon', 'evening'],
  ['today', 'yesterday', 'tomorrow'],
  ['daily', 'weekly', 'monthly'],
  ['ascending', 'descending'],
  ['expand', 'collapse'],
  ['import', 'export'],
  ['upload', 'download'],
  ['enable', 'disable'],
  ['show', 'hide'],
  ['checkin', 'checkout'],
];

/**
 * Acts a screen records and can undo, each with its own status (审核, 已审核, 未审核, 取消审核):
 * the undo is written 取消 or 撤销, the pending status 未 or 待 (the same rows), and done is not
 * pending (已审核 / 未审核 tabs look alike and list different rows). One group per act, of the act
 * written with each prefix.
 */
function recordedActs(...prefixes: string[]): string[][] {
  return RECORDED_ACTS.map((act) => prefixes.map((prefix) => `${prefix}${act}`));
}
