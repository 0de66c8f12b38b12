// 药品检索: type, see the dictionary's matches with their flags, add one.

import { searchDrugs, type Drug } from '@preceptor/shared/hospital/index.ts';
import { useId, useState, type ReactNode } from 'react';
import { useI18n, type MessageKey } from '../i18n.ts';
import { useAnchorId } from '../uiVersion.ts';
import { drugLabel } from './format.ts';

export function DrugPicker({ onPick, label }: { onPick: (drug: Drug) => void; label?: string }): ReactNode {
  const { t, lang } = useI18n();
  const inputId = useAnchorId('drug-search');
  const hintId = useId();
  const [query, setQuery] = useState('');
  const hits = query.trim() === '' ? [] : searchDrugs(query, 8);
  const pick = (d: Drug) => {
    onPick(d);
    setQuery('');
  };
  return (
    <div className="drug-picker">
      <div className="search-bar">
        <label htmlFor={inputId} className="search-bar__label">{label ?? t('rx.drugSearch')}</label>
        <input
          id={inputId}
          name="drugSearch"
          className="input search-bar__input"
          autoComplete="off"
          value={query}
          aria-describedby={hintId}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && hits[0]) {
              e.preventDefault();
              pick(hits[0]);
            }
          }}
        />
      </div>
      <p id={hintId} className="field-hint">{t('rx.drugHint')}</p>
      {hits.length > 0 ? (
        <ul className="picker-list" aria-label={t('rx.drugSearch')}>
          {hits.map((d) => (
            <li key={d.code} className="picker-list__item" data-drug={d.code}>
              <span className="strong">{drugLabel(d.code, lang)}</span>
              <span className="muted">{lang === 'en' ? d.spec.en : d.spec.zh}</span>
              <span className="muted">{d.usual.dose}{d.unit} {d.usual.frequency}</span>
              {d.antibioticTier ? <span className="tag tag--info">{t(`tier.${d.antibioticTier}` as MessageKey)}</span> : null}
              {d.highAlert ? <span className="tag tag--danger">{t('rx.tagHighAlert')}</span> : null}
              {d.skinTest ? <span className="tag tag--warn">{t('rx.tagSkinTest')}</span> : null}
              <button type="button" className="btn btn--xs" data-action="add-drug" data-drug={d.code} onClick={() => pick(d)}>
                {t('rx.addDrug')}<span className="sr-only"> {drugLabel(d.code, lang)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
