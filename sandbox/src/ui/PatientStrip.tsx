// The clinical patient banner on every screen: identity, bed, allergies (never colour alone).

import type { Admission, Patient } from '@preceptor/shared/hospital/index.ts';
import { useId, type ReactNode } from 'react';
import { useI18n, type MessageKey } from '../i18n.ts';
import { useIsV2 } from '../uiVersion.ts';
import { Data } from './Data.tsx';
import { StaffLabel } from './StaffLabel.tsx';
import { diagnosisLabel, formatAgeYears, listText, wardName } from './format.ts';

export function PatientStrip({ patient, admission, today, extra }: { patient: Patient | undefined; admission?: Admission; today: string; extra?: ReactNode }): ReactNode {
  const { t, tx, lang } = useI18n();
  const labelId = useId();
  const v2 = useIsV2();
  if (!patient) {
    return (
      <div className="strip strip--empty" role="group" aria-labelledby={labelId} data-panel="current-patient">
        <span id={labelId} className="banner__label">{t('strip.label')}</span>
        <span>{t('common.noPatient')}</span>
      </div>
    );
  }
  const allergy = patient.allergies.length > 0 ? (
    <span className="allergy allergy--yes" data-allergy="yes">
      <span aria-hidden="true">⚠ </span>
      {tx('strip.allergy', { list: <Data>{listText(patient.allergies, lang)}</Data> })}
    </span>
  ) : (
    <span className="allergy">{t('strip.noAllergy')}</span>
  );
  return (
    <div className={v2 ? 'strip strip--v2' : 'strip'} role="group" aria-labelledby={labelId} data-panel="current-patient" data-patient-id={patient.patientId}>
      <span id={labelId} className="banner__label">{t('strip.label')}</span>
      {v2 ? allergy : null}
      {admission ? <span className="strip__bed">{t('common.bedN', { n: admission.bed })}</span> : null}
      <Data className="banner__name">{patient.name}</Data>
      <span>{t(`sex.${patient.sex}`)}</span>
      <span>{formatAgeYears(patient.birthDate, today, t)}</span>
      <span><span className="muted">{t('col.patientId')}</span> <span className="mono">{patient.patientId}</span></span>
      {admission ? (
        <>
          <span><span className="muted">{t('common.admissionNo')}</span> <span className="mono">{admission.admissionId}</span></span>
          <span><span className="muted">{t('common.ward')}</span> {wardName(admission.ward, lang)}</span>
          <span><span className="muted">{t('common.diagnosis')}</span> {diagnosisLabel(admission.diagnosis, lang)}</span>
          <span><span className="muted">{t('strip.nursingLevel')}</span> {t(`level.${admission.nursingLevel}` as MessageKey)}</span>
          <span><span className="muted">{t('common.attending')}</span> <StaffLabel staffId={admission.attendingId} /></span>
        </>
      ) : (
        <span><span className="muted">{t('col.insurance')}</span> {t(`insurance.${patient.insuranceType}`)}</span>
      )}
      {v2 ? null : allergy}
      {extra}
    </div>
  );
}
