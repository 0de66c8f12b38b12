// The paper forms of the downtime procedure (应急预案), as print-friendly HTML: a registration slip
// with its manual-number block, the dispensing record, the lab report sheet (with the critical-value
// phone line) and the nursing administration record. Blank by design: no patient data is printed.

import { DOWNTIME_MODULES, type DowntimeModule } from '@preceptor/shared/hospital/index.ts';
import { useEffect, type ReactNode } from 'react';
import { useI18n, type MessageKey } from '../i18n.ts';

const ROWS = 10;

function ManualNo({ label }: { label: string }): ReactNode {
  return (
    <span className="paper-form__no">
      {label}
      <span className="paper-form__boxes" aria-hidden="true"><span /><span /><span /></span>
    </span>
  );
}

function Blank({ label }: { label: string }): ReactNode {
  return (
    <div className="paper-form__blank">
      <span>{label}</span>
      <span className="paper-form__line" />
    </div>
  );
}

function Table({ columns, rows = ROWS }: { columns: string[]; rows?: number }): ReactNode {
  return (
    <table className="paper-form__table">
      <thead>
        <tr>{columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, r) => (
          <tr key={r}>{columns.map((c) => <td key={c}>{c === columns[0] ? 'M-' : ''}</td>)}</tr>
        ))}
      </tbody>
    </table>
  );
}

export default function DowntimeFormPage({ name }: { name: string }): ReactNode {
  const { t } = useI18n();
  const module = (DOWNTIME_MODULES as readonly string[]).includes(name) ? (name as DowntimeModule) : null;
  const form = module ? t(`downtime.form.${module}` as MessageKey) : '';
  useEffect(() => {
    document.title = module ? t('downtimeForm.docTitle', { form }) : t('downtimeForm.unknown', { name });
  }, [t, module, form, name]);

  if (!module) {
    return (
      <main className="paper-form">
        <p role="alert">{t('downtimeForm.unknown', { name })}</p>
      </main>
    );
  }
  const f = (key: string) => t(`downtimeForm.${key}` as MessageKey);
  return (
    <main className="paper-form" data-paper-form={module}>
      <div className="paper-form__toolbar">
        <button type="button" className="btn btn--primary" data-action="print" onClick={() => window.print()}>{f('print')}</button>
        <a className="btn" href={`/${module}`}>{f('back')}</a>
      </div>
      <header className="paper-form__head">
        <p className="paper-form__hospital">{t('app.hospital')}</p>
        <h1 className="paper-form__title">{t('downtimeForm.title', { form })}</h1>
        <p className="paper-form__sub">{f('subtitle')}</p>
      </header>
      {module === 'registration' ? (
        [0, 1, 2].map((i) => (
          <section key={i} className="paper-form__slip" aria-label={`${form} ${i + 1}`}>
            <ManualNo label={f('manualNo')} />
            <div className="paper-form__fields">
              <Blank label={f('patientName')} />
              <Blank label={f('cardNo')} />
              <Blank label={f('sexAge')} />
              <Blank label={f('dept')} />
              <Blank label={f('doctor')} />
              <Blank label={f('regType')} />
              <Blank label={f('fee')} />
              <Blank label={f('time')} />
              <Blank label={f('signature')} />
            </div>
            <p className="paper-form__backentry">{f('backEntry')}</p>
          </section>
        ))
      ) : module === 'pharmacy' ? (
        <Table columns={[t('downtime.paperNo'), f('time'), f('patientName'), f('cardNo'), f('rxNo'), f('drug'), f('qty'), f('checkedBy'), t('downtime.col.entry')]} />
      ) : module === 'lab' ? (
        [0, 1].map((i) => (
          <section key={i} className="paper-form__slip" aria-label={`${form} ${i + 1}`}>
            <ManualNo label={f('manualNo')} />
            <div className="paper-form__fields">
              <Blank label={f('patientName')} />
              <Blank label={f('cardNo')} />
              <Blank label={f('dept')} />
              <Blank label={f('specimenNo')} />
              <Blank label={f('test')} />
              <Blank label={f('time')} />
            </div>
            <table className="paper-form__table">
              <thead>
                <tr>{[f('test'), f('result'), t('viewer.unit'), t('viewer.range'), t('viewer.flag')].map((c) => <th key={c} scope="col">{c}</th>)}</tr>
              </thead>
              <tbody>
                {[0, 1, 2, 3].map((r) => <tr key={r}><td /><td /><td /><td /><td /></tr>)}
              </tbody>
            </table>
            <p className="paper-form__critical">{f('critical')}</p>
            <p className="paper-form__backentry">{f('backEntry')}</p>
          </section>
        ))
      ) : (
        <Table columns={[t('downtime.paperNo'), f('bed'), f('patientName'), f('order'), f('doseTime'), f('givenAt'), f('nurse'), t('downtime.col.entry')]} />
      )}
      <p className="paper-form__rule">{f('rule')}</p>
    </main>
  );
}
