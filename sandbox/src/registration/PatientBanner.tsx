// The selected patient's identity strip with the allergy banner (过敏史), as on every HIS screen.

import type { Patient, Registration } from '@preceptor/shared/hospital/index.ts';
import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n.ts';
import { deptName, formatAgeYears, listText } from '../ui/format.ts';
import { StaffName } from '../ui/StaffLabel.tsx';
import { Data } from '../ui/Data.tsx';

export type PatientBannerProps = {
  patient: Patient | undefined;
  registrations: readonly Registration[];
  today: string;
  onClear: () => void;
};

export function PatientBanner({ patient, registrations, today, onClear }: PatientBannerProps): ReactNode {
  const { t, tx, lang } = useI18n();
  const labelId = useId();
  if (!patient) {
    return (
      <div className="banner banner--empty" role="group" aria-labelledby={labelId} data-panel="current-patient">
        <span id={labelId} className="banner__label">{t('banner.label')}</span>
        <span>{t('banner.none')}</span>
      </div>
    );
  }
  const last = registrations
    .filter((r) => r.patientId === patient.patientId && r.date < today && r.status !== 'cancelled')
    .sort((a, b) => b.date.localeCompare(a.date))[0];
  return (
    <div className="banner" role="group" aria-labelledby={labelId} data-panel="current-patient" data-patient-id={patient.patientId}>
      <div className="banner__row">
        <span id={labelId} className="banner__label">{t('banner.label')}</span>
        <span className="banner__name">{patient.name}</span>
        <span>{t(`sex.${patient.sex}`)}</span>
        <span>{formatAgeYears(patient.birthDate, today, t)}</span>
        <span className="banner__sep" aria-hidden="true">|</span>
        <span><span className="muted">{t('col.patientId')}</span> <span className="mono">{patient.patientId}</span></span>
        <span><span className="muted">{t('col.birthDate')}</span> <span className="mono">{patient.birthDate}</span></span>
        <button type="button" className="btn btn--xs banner__clear" onClick={onClear}>{t('banner.clear')}</button>
      </div>
      <div className="banner__row">
        <span><span className="muted">{t(`idType.${patient.idType}`)}</span> <span className="mono">{patient.idNumber}</span></span>
        <span><span className="muted">{t('col.phone')}</span> <span className="mono">{patient.phone}</span></span>
        <span><span className="muted">{t('col.insurance')}</span> {t(`insurance.${patient.insuranceType}`)}</span>
      </div>
      <div className="banner__row">
        {patient.allergies.length > 0 ? (
          <span className="allergy allergy--yes">
            <span aria-hidden="true">⚠ </span>
            {tx('banner.allergy', { list: <Data>{listText(patient.allergies, lang)}</Data> })}
          </span>
        ) : (
          <span className="allergy">{t('banner.noAllergy')}</span>
        )}
        <span className="muted">
          {last
            ? tx('banner.lastVisit', { date: last.date, dept: deptName(last.deptCode, t, lang), doctor: <StaffName staffId={last.doctorId} /> })
            : t('banner.noVisits')}
        </span>
      </div>
    </div>
  );
}
