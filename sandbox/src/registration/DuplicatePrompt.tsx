// What the duplicate check found (建档查重): an existing record with the same ID number,
// or people with the same name, sex and birth date to pick from before creating a new one.

import { maskPhone, type DuplicateCheckResult, type Patient } from '@preceptor/shared/hospital/index.ts';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n.ts';
import { formatAgeYears } from '../ui/format.ts';

export type DuplicatePromptProps = {
  result: Exclude<DuplicateCheckResult, { kind: 'none' }>;
  today: string;
  onUse: (patient: Patient) => void;
  onCreateAnyway: () => void;
  onBack: () => void;
};

export function DuplicatePrompt({ result, today, onUse, onCreateAnyway, onBack }: DuplicatePromptProps): ReactNode {
  const { t } = useI18n();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [result]);

  if (result.kind === 'existing') {
    const p = result.patient;
    return (
      <section className="dup dup--existing" aria-labelledby={headingId} data-duplicate="existing">
        <h3 id={headingId} ref={headingRef} tabIndex={-1} className="dup__title">
          <span aria-hidden="true">✖ </span>{t('dup.existingTitle')}
        </h3>
        <p>
          {t('dup.existingBody', { idType: t(`idType.${p.idType}`), idNumber: p.idNumber, name: p.name, patientId: p.patientId })}
        </p>
        <dl className="dup__facts">
          <dt>{t('col.patientId')}</dt><dd className="mono">{p.patientId}</dd>
          <dt>{t('col.name')}</dt><dd>{p.name}</dd>
          <dt>{t('col.sex')}</dt><dd>{t(`sex.${p.sex}`)}</dd>
          <dt>{t('col.birthDate')}</dt><dd className="mono">{p.birthDate}</dd>
          <dt>{t('col.phone')}</dt><dd className="mono">{maskPhone(p.phone)}</dd>
        </dl>
        <div className="dup__actions">
          <button type="button" className="btn btn--primary" data-action="use-existing-patient" onClick={() => onUse(p)}>
            {t('dup.useExisting')}
          </button>
          <button type="button" className="btn" onClick={onBack}>{t('dup.back')}</button>
        </div>
      </section>
    );
  }

  return (
    <section className="dup dup--candidates" aria-labelledby={headingId} data-duplicate="candidates">
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="dup__title">
        <span aria-hidden="true">⚠ </span>{t('dup.candidatesTitle')}
      </h3>
      <p>{t('dup.candidatesBody', { count: result.patients.length })}</p>
      <div className="grid-wrap">
        <table className="grid">
          <caption className="grid__caption">{t('dup.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="col-action">{t('col.action')}</th>
              <th scope="col">{t('col.patientId')}</th>
              <th scope="col">{t('col.name')}</th>
              <th scope="col">{t('col.sex')}</th>
              <th scope="col">{t('col.age')}</th>
              <th scope="col">{t('col.birthDate')}</th>
              <th scope="col">{t('col.idNumber')}</th>
              <th scope="col">{t('col.phone')}</th>
            </tr>
          </thead>
          <tbody>
            {result.patients.map((p) => (
              <tr key={p.patientId}>
                <td className="col-action">
                  <button
                    type="button"
                    className="btn btn--xs"
                    onClick={() => onUse(p)}
                  >
                    {t('dup.pick')}
                    <span className="sr-only"> {p.name} {p.patientId}</span>
                  </button>
                </td>
                <td className="mono">{p.patientId}</td>
                <td className="strong">{p.name}</td>
                <td>{t(`sex.${p.sex}`)}</td>
                <td>{formatAgeYears(p.birthDate, today, t)}</td>
                <td className="mono">{p.birthDate}</td>
                <td className="mono">{p.idNumber}</td>
                <td className="mono">
                  {maskPhone(p.phone)}
                  {result.phoneMatches.includes(p.patientId) ? <span className="flag flag--match"> {t('dup.phoneMatch')}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="dup__actions">
        <button type="button" className="btn btn--warn" data-action="create-patient-anyway" onClick={onCreateAnyway}>
          {t('dup.createAnyway')}
        </button>
        <button type="button" className="btn" onClick={onBack}>{t('dup.back')}</button>
      </div>
    </section>
  );
}
