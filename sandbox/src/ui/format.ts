// Display helpers every module shares: names of departments, wards, staff, drugs, items, times.

import {
  ageOn,
  chargeItemName,
  findDepartment,
  findDiagnosis,
  findDrug,
  findImagingExam,
  findLabTest,
  findStaff,
  findWard,
  formatFen,
  type Order,
} from '@preceptor/shared/hospital/index.ts';
import { isoDurationMs } from '@preceptor/shared/record/statementFacts.ts';
import type { I18n, Lang, MessageKey } from '../i18n.ts';

export function deptName(code: string, t: I18n['t'], lang: Lang): string {
  const dept = findDepartment(code);
  if (dept) return lang === 'en' ? dept.en : dept.zh;
  const ward = findWard(code);
  if (ward) return lang === 'en' ? ward.en : ward.zh;
  const key = `dept.${code}` as MessageKey;
  const text = t(key);
  return text === key ? code : text;
}

export function wardName(code: string, lang: Lang): string {
  const ward = findWard(code);
  if (!ward) return code;
  return lang === 'en' ? ward.en : ward.zh;
}

/** 高志强（主治医师） */
export function staffLabel(staffId: string, t: I18n['t']): string {
  const s = findStaff(staffId);
  if (!s) return staffId;
  return t('fmt.staffWithTitle', { name: s.name, title: t(`staffTitle.${s.title}` as MessageKey) });
}

export function staffName(staffId: string): string {
  return findStaff(staffId)?.name ?? staffId;
}

export function drugLabel(code: string, lang: Lang): string {
  const d = findDrug(code);
  if (!d) return code;
  return lang === 'en' ? d.en : d.zh;
}

export function drugSpec(code: string, lang: Lang): string {
  const d = findDrug(code);
  if (!d) return '';
  return lang === 'en' ? d.spec.en : d.spec.zh;
}

export function diagnosisLabel(code: string, lang: Lang): string {
  const d = findDiagnosis(code);
  if (!d) return code;
  return `${lang === 'en' ? d.en : d.zh}`;
}

export function labTestName(code: string, lang: Lang): string {
  const test = findLabTest(code);
  if (!test) return code;
  return lang === 'en' ? test.en : test.zh;
}

export function examName(code: string, lang: Lang): string {
  const exam = findImagingExam(code);
  if (!exam) return code;
  return lang === 'en' ? exam.en : exam.zh;
}

export function itemName(code: string, lang: Lang): string {
  return chargeItemName(code, lang);
}

/** 阿莫西林胶囊 0.5g 口服 tid, or the lab/imaging/nursing item of an order. */
export function orderText(order: Order, t: I18n['t'], lang: Lang): string {
  if (order.category === 'medication' && order.drug) {
    return `${drugLabel(order.drug, lang)} ${order.dose}${order.unit ?? ''} ${t(`route.${order.route!}` as MessageKey)} ${order.frequency}`;
  }
  if (order.category === 'lab' && order.itemCode) return labTestName(order.itemCode, lang);
  if (order.category === 'imaging' && order.itemCode) return examName(order.itemCode, lang);
  if (order.itemCode) return t(`item.${order.itemCode}` as MessageKey);
  return order.text ?? '';
}

export function formatAgeYears(birthDate: string, today: string, t: I18n['t']): string {
  const { years, months } = ageOn(birthDate, today);
  return years >= 1 ? t('age.years', { n: years }) : t('age.months', { n: months });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 'HH:MM' local time of an ISO timestamp. */
export function hm(iso: string): string {
  const d = new Date(iso);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** 'MM-DD HH:MM' local. */
export function mdhm(iso: string): string {
  const d = new Date(iso);
  return `${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${hm(iso)}`;
}

/** 'YYYY-MM-DD HH:MM' local. */
export function ymdhm(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${hm(iso)}`;
}

export function minutesSince(iso: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / 60_000));
}

export function ago(iso: string, now: Date, t: I18n['t']): string {
  const m = minutesSince(iso, now);
  return m < 120 ? t('common.minutesAgo', { n: m }) : t('common.hoursAgo', { n: Math.floor(m / 60) });
}

export { formatFen };

/** A scenario's elapsed or remaining time as mm:ss. */
export function clockText(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** A statement's ISO 8601 duration (`PT12.71S`) as the result dialog shows it (`00:12`); '' when absent or unreadable. */
export function durationClockText(duration: string | undefined): string {
  const ms = duration === undefined ? undefined : isoDurationMs(duration);
  return ms === undefined ? '' : clockText(ms);
}


// durations in words live in durationWords.ts (no hospital data: the trainer's own app imports it)
export { durationWords, durationWordsOf } from './durationWords.ts';

/** Items of a record as a list in the screen's language: 头孢类、青霉素 / 头孢类, 青霉素 (the items stay as recorded). */
export function listText(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'en' ? ', ' : '、');
}
