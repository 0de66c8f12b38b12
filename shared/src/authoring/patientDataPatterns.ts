/**
 * Does a piece of text hold patient data? Used where text leaves the page (fingerprints, recorded
 * step titles) and where a pack is checked on import and publish (DESIGN.md safety rule 3).
 *
 * Choices, so a mentor's labels pass and a patient's values do not:
 * - an 18-digit ID number counts when its check character is right (also with spaces or dashes
 *   between groups); any other run of 8 or more digits is a card, bar or record number, never a label;
 *   a masked ID or phone (110105********002X, 138****5678) still names a person;
 * - mobile numbers are 11 digits starting 13–19; landlines need their area code (010-12345678);
 * - record numbers are letters and digits (P000040, MRN-2024-0042, ZY20240001) or digits after a
 *   record label (住院号 123456); "2 号诊室", "3床", "0.5 g", "J06.900" and "v1.2.3" are not;
 * - a full date (1962-03-15, 1962/3/15, 1962年3月15日) counts: on an EMR page it is a birth date
 *   or a visit; labels such as "出生日期" hold no digits and pass;
 * - a Chinese personal name counts next to a value (许晨 P000040, 许晨 女 45岁, 12床 许晨) or after a
 *   name label (姓名：许晨, 退号：张三). With `bareNames`, also a short text that is only a name of a
 *   common surname and common given-name characters (许晨, 王伟, 张三): fingerprints use it, prose
 *   does not, because ordinary words start with a surname too (高危, 金额, 方案, 周期 pass either
 *   way; 周三 as a bare fingerprint text reads as a name, a price paid for safety).
 */

import { idNumberCheckChar } from '../hospital/idNumber.ts';

export type PatientDataKind = 'id-number' | 'phone' | 'patient-id' | 'date' | 'long-number' | 'name';

export interface PatientDataMatch {
  kind: PatientDataKind;
  /** the text that matched, as it appears */
  value: string;
}

export interface PatientDataOptions {
  /** also treat a short text that is nothing but a likely name as a name (fingerprint fields) */
  bareNames?: boolean;
}

/** The 100 commonest surnames, and the compound ones a hospital meets. */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '慕容', '司徒', '夏侯', '皇甫'];

/**
 * Characters common in given names. Chosen so that everyday UI words beginning with a surname
 * character (高危, 金额, 方案, 周期, 许可, 白天, 常规, 余额, 程序, 周三) do not read as names.
 */
const GIVEN_CHARS = new Set(
  [
    '伟强军磊涛浩杰鹏建明芳娜敏静丽婷雪玲秀梅文华平宇晨佳',
    '勇毅刚辉超波斌鑫飞洋峰亮俊凯斌凡博宏志勤健康坤林彬翔宁云霞红艳燕萍琳琴颖倩瑶璐欣怡莉蓉娟慧',
    '兰英桂凤珍玉洁晶莹婉妍嘉欢悦蕾薇菲露丹彤姗雯媛思梦琪涵萱瑾瑞祥福贵荣成德诚立新永海泉',
    '江河山峻岩松柏桐楠楷乐军晖昊旭阳春秋冬雨霖泽润清源淼鸿鹤凤龙虎彪豪杰威武才俊斌蔚',
    '子之一丰东南北西中仁义礼智信忠孝良善庆喜祺禄寿康宁安然诗书琦琛瑜璇玮珊',
    '三四', // 张三, 李四: the names every Chinese form uses as its example person
  ].join(''),
);
GIVEN_CHARS.delete('一'); // 周一, 王一 are weekdays and placeholders, not people
GIVEN_CHARS.delete('中'); // 高中, 林中
GIVEN_CHARS.delete('东'); // 广东
GIVEN_CHARS.delete('南'); // 江南
GIVEN_CHARS.delete('北'); // 江北
GIVEN_CHARS.delete('西'); // 江西
GIVEN_CHARS.delete('安'); // 平安

const HAN = /\p{Script=Han}/u;
const isHan = (ch: string | undefined) => ch !== undefined && HAN.test(ch);

/** Labels after which the next word is the person (姓名：许晨, 患者 许晨, 退号：张三). */
const NAME_LABEL = /(?:姓名|患者|病人|患儿|病员|产妇|家属|联系人|就诊人|申请人|被检者)\s*[:：]?\s*$/;

/** A value next to which a name is a patient's: sex, age, bed, or a pattern found elsewhere. */
const PERSON_VALUE = /^(?:男|女|[1-9]\d{0,2}\s*(?:岁|月龄|个月|天)|[MF](?![A-Za-z])|\d{1,3}\s*床)/;
const PERSON_VALUE_BEFORE = /(?:男|女|\d{1,3}\s*床|\d{1,3}\s*岁)$/;

interface Span {
  kind: PatientDataKind;
  start: number;
  end: number;
}

/** Every place in `text` that looks like patient data, left to right. */
export function findPatientData(text: string, options: PatientDataOptions = {}): PatientDataMatch[] {
  const spans: Span[] = [];
  // which code units a span already holds: a later span overlapping one is dropped (checked per
  // unit, as comparing with every span made a long text with many findings quadratic)
  const taken = new Uint8Array(text.length);
  const add = (kind: PatientDataKind, start: number, end: number) => {
    for (let k = start; k < end; k++) if (taken[k]) return;
    taken.fill(1, start, end);
    spans.push({ kind, start, end });
  };
  const each = (re: RegExp, fn: (m: RegExpExecArray) => void) => {
    for (const m of text.matchAll(re)) fn(m);
  };

  // ID numbers: 17 digits and a check character, groups may be split by spaces or dashes
  each(/(?<![\dA-Za-z])\d(?:[ -]?\d){16}[ -]?[\dXx](?![\dA-Za-z])/g, (m) => {
    const digits = m[0].replace(/[ -]/g, '').toUpperCase();
    const valid = /^\d{17}[\dX]$/.test(digits) && idNumberCheckChar(digits.slice(0, 17)) === digits[17];
    add(valid ? 'id-number' : 'long-number', m.index, m.index + m[0].length);
  });
  // masked ID numbers and phones, as lists show them
  each(/(?<![\dA-Za-z])\d{3,6}[*＊•]{4,11}\d{2,4}[\dXx]?(?![\dA-Za-z])/g, (m) => {
    add(m[0].length >= 15 ? 'id-number' : 'phone', m.index, m.index + m[0].length);
  });
  // mobile phones, also +86 and split into groups (138 1234 5678, 138-1234-5678)
  each(/(?<![\dA-Za-z])(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d){8}(?![\dA-Za-z])/g, (m) => add('phone', m.index, m.index + m[0].length));
  // landlines with an area code: 010-12345678, (0755) 1234567
  each(/(?<![\dA-Za-z])(?:\(0\d{2,3}\)\s?|0\d{2,3}[ -])\d{7,8}(?![\dA-Za-z])/g, (m) => add('phone', m.index, m.index + m[0].length));
  // dates: 1962-03-15, 1962/3/15, 1962.03.15, 1962年3月15日
  each(/(?<!\d)(?:19|20)\d{2}([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?!\d)/g, (m) => add('date', m.index, m.index + m[0].length));
  each(/(?<!\d)(?:19|20)\d{2}\s*年\s*(?:0?[1-9]|1[0-2])\s*月\s*(?:0?[1-9]|[12]\d|3[01])(?!\d)\s*日?/g, (m) => add('date', m.index, m.index + m[0].length));
  // record numbers: letters then digits (P000040, ZY20240001, MRN-2024-0042, H12345678)
  each(/(?<![A-Za-z\d])[A-Za-z]{1,4}[-_#]?\d{4,}(?:-\d{2,})*(?![A-Za-z\d])/g, (m) => {
    // a letter prefix and at least five digits in all: "v2024" or "A1234" alone are too short to be a record
    if (m[0].replace(/\D/g, '').length >= 5) add('patient-id', m.index, m.index + m[0].length);
  });
  each(/(?<![A-Za-z\d])MRN[\s:#：-]*[A-Za-z\d][\w-]{2,}/gi, (m) => add('patient-id', m.index, m.index + m[0].length));
  each(/(?:住院号|门诊号|病案号|病历号|患者ID|患者编号|就诊号|就诊卡号|卡号|登记号|档案号|ID号?)\s*[:：#]?\s*[A-Za-z]?\d{4,}/gi, (m) => {
    const digits = /[A-Za-z]?\d{4,}$/.exec(m[0])!;
    add('patient-id', m.index + m[0].length - digits[0].length, m.index + m[0].length);
  });
  // any other long run of digits: card numbers, barcodes, compact dates (19620315)
  each(/(?<!\d)\d{8,}(?!\d)/g, (m) => add('long-number', m.index, m.index + m[0].length));

  for (const name of nameSpans(text, spans, options)) add('name', name.start, name.end);
  return spans.sort((a, b) => a.start - b.start).map((s) => ({ kind: s.kind, value: text.slice(s.start, s.end) }));
}

/**
 * A short text that has the shape of a Chinese name whatever its given characters (许翀, 司马翀):
 * two or three characters (four with a compound surname) starting with a surname. Too broad for
 * prose or labels in general (方案, 高危 have that shape); capture uses it where a text sits among
 * patient data (a row, a result list, a tab strip holding patients, a card or section title).
 */
export function hasNameShape(text: string): boolean {
  const word = text.replace(/[\s\p{P}\p{S}]/gu, '');
  if (!/^\p{Script=Han}+$/u.test(word)) return false;
  const chars = Array.from(word);
  if (COMPOUND_SURNAMES.includes(chars.slice(0, 2).join(''))) return chars.length >= 3 && chars.length <= 4;
  return SURNAMES.includes(chars[0]!) && chars.length >= 2 && chars.length <= 3;
}

/** The first thing in `text` that looks like patient data, if any. */
export function firstPatientData(text: string, options: PatientDataOptions = {}): PatientDataMatch | undefined {
  return findPatientData(text, options)[0];
}

export function holdsPatientData(text: string, options: PatientDataOptions = {}): boolean {
  return findPatientData(text, options).length > 0;
}

/**
 * Chinese names: a surname and one or two given characters, standing as a word of its own (not
 * inside a longer run of Chinese), next to a value or after a name label; or alone (bareNames).
 */
/** Characters on each side of a name candidate that its label or person value must lie within. */
const CONTEXT_WINDOW = 40;

function nameSpans(text: string, values: readonly Span[], options: PatientDataOptions): Span[] {
  const out: Span[] = [];
  const chars = Array.from(text);
  // index in code units for each char
  const offsets: number[] = [];
  let at = 0;
  for (const ch of chars) {
    offsets.push(at);
    at += ch.length;
  }
  offsets.push(at);
  // where other values start and end, so each candidate looks only at its neighbours (a long text
  // with many candidates and values stayed quadratic: 300,000 characters took minutes)
  const valueStarts = new Set(values.map((v) => v.start));
  const valueEnds = new Set(values.map((v) => v.end));
  const gap = /^[\s,，、·・/|()（）:：\-–—]*$/;
  for (let i = 0; i < chars.length; i++) {
    const compound = COMPOUND_SURNAMES.includes((chars[i] ?? '') + (chars[i + 1] ?? ''));
    if (!compound && !SURNAMES.includes(chars[i]!)) continue;
    const surnameLength = compound ? 2 : 1;
    // the whole run of Chinese characters starting here
    let end = i + surnameLength;
    // 的 ends a name: 许晨的病历, 朱宇的报告
    while (end < chars.length && isHan(chars[end]) && chars[end] !== '的') end++;
    const givenLength = end - i - surnameLength;
    if (givenLength < 1 || givenLength > 2) continue;
    const start = offsets[i]!;
    const stop = offsets[end]!;
    // labels and person values are a few characters long: a window on each side is all they need
    const before = text.slice(Math.max(0, start - CONTEXT_WINDOW), start);
    const after = text.slice(stop, stop + CONTEXT_WINDOW);
    const given = chars.slice(i + surnameLength, end);
    const commonGiven = given.every((ch) => GIVEN_CHARS.has(ch));
    // the run must start here: a name is a word of its own, or follows a name label (患者许晨)
    const labelled = NAME_LABEL.test(before);
    if (isHan(chars[i - 1]) && !labelled) continue;
    const nextValue = [0, 1, 2, 3].some((d) => valueStarts.has(stop + d) && gap.test(text.slice(stop, stop + d)));
    const prevValue = [0, 1, 2, 3].some((d) => valueEnds.has(start - d) && gap.test(text.slice(start - d, start)));
    const personAfter = PERSON_VALUE.test(after.replace(/^[\s,，、·・/|()（）]+/, '')) && /^[\s,，、·・/|()（）]/.test(after);
    const personBefore = PERSON_VALUE_BEFORE.test(before.replace(/[\s,，、·・/|]+$/, '')) && /[\s,，、·・/|]$/.test(before);
    const afterColon = /[:：]\s*$/.test(before) && (after === '' || /^[\s,，、;；。.)）]/.test(after));
    if (nextValue || prevValue || personAfter || personBefore || ((afterColon || labelled) && commonGiven)) {
      out.push({ kind: 'name', start, end: stop });
      continue;
    }
    // alone, as a word of its own: fingerprint fields are short, a name there is the value
    if (options.bareNames && commonGiven) out.push({ kind: 'name', start, end: stop });
  }
  return out;
}
