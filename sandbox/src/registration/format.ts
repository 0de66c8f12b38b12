// Display helpers shared by the registration screens.

import { ageOn, findDepartment, findDoctor } from '@preceptor/shared/hospital/index.ts';
import type { I18n, Lang } from '../i18n.ts';

export function departmentName(code: string, lang: Lang): string {
  const dept = findDepartment(code);
  if (!dept) return code;
  return lang === 'en' ? dept.en : dept.zh;
}

/** 陈建国 (主任医师 / Chief physician) */
export function doctorName(doctorId: string): string {
  return findDoctor(doctorId)?.name ?? doctorId;
}

export function formatAge(t: I18n['t'], birthDate: string, today: string): string {
  const { years, months } = ageOn(birthDate, today);
  return years >= 1 ? t('age.years', { n: years }) : t('age.months', { n: months });
}

/** 'HH:MM' local time of an ISO timestamp. */
export function timeOfDay(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
