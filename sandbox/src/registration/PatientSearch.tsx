// Patient lookup (患者检索): one box, ranked results table, Enter selects a single match.

import { maskIdNumber, maskPhone, searchPatients, type Patient } from '@preceptor/shared/hospital/index.ts';
import { useId, useMemo, useRef, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n.ts';
import { useAnchorId } from '../uiVersion.ts';
import { useShortcut } from '../ui/useShortcut.ts';
import { formatAgeYears, listText } from '../ui/format.ts';
import { Data } from '../ui/Data.tsx';

const RESULT_LIMIT = 50;

export type PatientSearchProps = {
  patients: readonly Patient[];
  query: string;
  onQueryChange: (query: string) => void;
  selectedId: string | null;
  onSelect: (patient: Patient) => void;
  onNewPatient: () => void;
  today: string;
};

export function PatientSearch({ patients, query, onQueryChange, selectedId, onSelect, onNewPatient, today }: PatientSearchProps): ReactNode {
  const { t, lang } = useI18n();
  const headingId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const queryId = useAnchorId('patient-query');
  const hits = useMemo(() => searchPatients(patients, query, RESULT_LIMIT + 1), [patients, query]);
  const shown = hits.slice(0, RESULT_LIMIT);

  useShortcut('F3', () => {
    inputRef.current?.focus();
    inputRef.current?.select();
  });
  useShortcut('F2', onNewPatient);

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    if (shown.length === 1) onSelect(shown[0]!.patient);
  };

  return (
    <section className="panel panel--search" aria-labelledby={headingId}>
      <div className="panel__head">
        <h2 id={headingId} className="panel__title">{t('reg.patientPanel')}</h2>
      </div>
      <div className="panel__body">
        <form className="search-bar" role="search" onSubmit={onSubmit}>
          <label htmlFor={queryId} className="search-bar__label">{t('search.label')}</label>
          <input
            ref={inputRef}
            id={queryId}
            name="patientQuery"
            type="text"
            className="input search-bar__input"
            value={query}
            autoComplete="off"
            spellCheck={false}
            placeholder={t('search.placeholder')}
            aria-describedby={hintId}
            onChange={(e) => onQueryChange(e.target.value)}
          />
          <button type="submit" className="btn">{t('search.submit')} <span className="kbd-hint">(F3)</span></button>
          <button type="button" className="btn btn--primary" data-action="new-patient" onClick={onNewPatient}>
            {t('search.newPatient')}
          </button>
        </form>
        <p id={hintId} className="field-hint">{t('search.hint')}</p>
        <div className="grid-wrap grid-wrap--results" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
          <table className="grid">
            <caption id={`${headingId}-caption`} className="grid__caption">
              {query.trim() === '' ? t('search.captionIdle') : t('search.caption', { count: shown.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="col-action">{t('col.action')}</th>
                <th scope="col">{t('col.patientId')}</th>
                <th scope="col">{t('col.name')}</th>
                <th scope="col">{t('col.sexAge')}</th>
                <th scope="col">{t('col.birthDate')}</th>
                <th scope="col">{t('col.idNumber')}</th>
                <th scope="col">{t('col.phone')}</th>
                <th scope="col">{t('col.insurance')}</th>
                <th scope="col">{t('col.allergies')}</th>
              </tr>
            </thead>
            <tbody>
              {query.trim() === '' ? (
                <tr>
                  <td colSpan={9} className="grid__empty">{t('search.enterQuery')}</td>
                </tr>
              ) : shown.length === 0 ? (
                <tr>
                  <td colSpan={9} className="grid__empty">{t('search.noResults')}</td>
                </tr>
              ) : (
                shown.map(({ patient: p }) => {
                  const selected = p.patientId === selectedId;
                  return (
                    <tr
                      key={p.patientId}
                      className={selected ? 'is-selected' : undefined}
                      onClick={(e) => {
                        if (!(e.target instanceof HTMLButtonElement)) onSelect(p);
                      }}
                    >
                      <td className="col-action">
                        <button
                          type="button"
                          className="btn btn--xs"
                          aria-pressed={selected}
                          onClick={() => onSelect(p)}
                        >
                          {selected ? <><span aria-hidden="true">✓ </span>{t('search.selected')}</> : t('search.select')}
                          <span className="sr-only"> {p.name} {p.patientId}</span>
                        </button>
                      </td>
                      <td className="mono">{p.patientId}</td>
                      <td className="strong">{p.name}</td>
                      <td>{t(`sex.${p.sex}`)} / {formatAgeYears(p.birthDate, today, t)}</td>
                      <td className="mono">{p.birthDate}</td>
                      <td className="mono" title={t(`idType.${p.idType}`)}>
                        {p.idType === 'resident-id' ? maskIdNumber(p.idNumber) : `${t(`idType.${p.idType}`)} ${p.idNumber}`}
                      </td>
                      <td className="mono">{maskPhone(p.phone)}</td>
                      <td>{t(`insurance.${p.insuranceType}`)}</td>
                      <td>
                        {p.allergies.length > 0 ? (
                          <span className="flag flag--allergy">⚠ <Data>{listText(p.allergies, lang)}</Data></span>
                        ) : (
                          <span className="muted">{t('common.none')}</span>
                        )}
                      </td>
                    </tr>
                  );
                })
              )}
            </tbody>
          </table>
        </div>
        {hits.length > RESULT_LIMIT ? <p className="field-hint">{t('search.more', { count: RESULT_LIMIT })}</p> : null}
      </div>
    </section>
  );
}
