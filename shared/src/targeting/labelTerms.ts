/**
 * Words of hospital screens that vendors swap on upgrade, as data for textSimilarity.
 *
 * SYNONYMS: groups of words that say the same thing on an EMR screen (zh-CN and en). Text that
 * differs only by such words is alike, but never the same words: a synonym is a weak signal, and a
 * page that shows both words (驳回 and 退回 side by side) stays ambiguous. Only true synonyms go
 * here — 保存/提交 (save a draft / submit it) or 联系电话/手机号码 (any phone / a mobile) are not.
 * Each word is at least two characters (Chinese) or four letters (English): labels are compared
 * without spaces, so a short word would match inside unrelated ones.
 *
 * CONTRASTS: groups of words that look alike but name different things (检查 imaging/exam vs 检验
 * lab; 入院 vs 出院). Text that has one word of a group where the other text has another is a
 * different control, however many characters it shares (检查申请 is not 检验申请).
 *
 * The first word of each synonym group is the one others are read as (both sides of a comparison
 * are read the same way, so the order never changes a result), and a word of a contrast group is
 * always such a first word: 化验 is read as 检验 before 检验 is told apart from 检查.
 */
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
];
