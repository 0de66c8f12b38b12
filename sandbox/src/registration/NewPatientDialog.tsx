// New patient record (新建患者) in a modal: live ID-number checking with sex/DOB derived
// and cross-checked, then the duplicate check before anything is saved.

import {
  IdType,
  InsuranceType,
  checkDuplicates,
  normalizeIdNumber,
  parseAllergyList,
  parseCalendarDate,
  validateIdDocument,
  validatePatientDraft,
  type DuplicateCheckResult,
  type Patient,
  type PatientDraft,
  type PatientFieldIssue,
  type Sex,
} from '@preceptor/shared/hospital/index.ts';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useI18n, type I18n } from '../i18n.ts';
import { useAnchorId } from '../uiVersion.ts';
import { useHospital } from '../store/operator.ts';
import { FieldLabel } from '../ui/FieldLabel.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { DuplicatePrompt } from './DuplicatePrompt.tsx';

type Field = PatientFieldIssue['field'];
const FIELD_ORDER: readonly Field[] = ['name', 'sex', 'birthDate', 'idNumber', 'phone', 'allergies'];

export type NewPatientDialogProps = {
  patients: readonly Patient[];
  today: string;
  onClose: () => void;
  /** A record was chosen: `created` is false when the registrar took an existing one. */
  onDone: (patient: Patient, created: boolean) => void;
};

type Form = {
  name: string;
  sex: Sex | '';
  birthDate: string;
  idType: IdType;
  idNumber: string;
  phone: string;
  insuranceType: InsuranceType;
  allergies: string;
};

const EMPTY: Form = {
  name: '', sex: '', birthDate: '', idType: 'resident-id', idNumber: '', phone: '', insuranceType: 'self-pay', allergies: '',
};

export function NewPatientDialog({ patients, today, onClose, onDone }: NewPatientDialogProps): ReactNode {
  const { t } = useI18n();
  const { dispatch } = useHospital('registration');
  const formId = useId();
  const idNumberId = useAnchorId('new-patient-id-number');
  const summaryId = useId();
  const ids = {
    name: useId(), sexLegend: useId(), birthDate: useId(), idType: useId(), phone: useId(), insurance: useId(), allergies: useId(),
  };
  const [form, setForm] = useState<Form>(EMPTY);
  const [touched, setTouched] = useState<ReadonlySet<Field>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [filledFromId, setFilledFromId] = useState(false);
  const [duplicate, setDuplicate] = useState<{ result: Exclude<DuplicateCheckResult, { kind: 'none' }>; draft: PatientDraft } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const idCheck = validateIdDocument(form.idType, form.idNumber, today);
  const derived = idCheck.ok ? idCheck.derived : undefined;
  const validation = validatePatientDraft({ ...form, allergies: parseAllergyList(form.allergies) }, today);
  const issues = validation.ok ? [] : validation.issues;

  const idLength = normalizeIdNumber(form.idNumber).length;
  const idComplete = form.idType === 'resident-id' && idLength >= 18;
  const visible = (field: Field): boolean => {
    if (submitted || touched.has(field)) return true;
    if (field === 'idNumber') return idComplete;
    // A mismatch with a valid ID number is worth saying at once.
    if ((field === 'sex' || field === 'birthDate') && derived) return true;
    return false;
  };
  const issueFor = (field: Field): PatientFieldIssue | undefined =>
    visible(field) ? issues.find((i) => i.field === field) : undefined;

  const set = <K extends keyof Form>(key: K, value: Form[K]): void => setForm((f) => ({ ...f, [key]: value }));
  const touch = (field: Field) => (): void => setTouched((s) => new Set(s).add(field));

  const onIdNumberChange = (value: string): void => {
    const next = { ...form, idNumber: value };
    const check = validateIdDocument(next.idType, value, today);
    if (check.ok && check.derived) {
      const fill = { sex: next.sex || check.derived.sex, birthDate: next.birthDate || check.derived.birthDate };
      if (fill.sex !== next.sex || fill.birthDate !== next.birthDate) setFilledFromId(true);
      setForm({ ...next, ...fill });
    } else {
      setForm(next);
    }
  };

  const message = (issue: PatientFieldIssue): string => issueMessage(t, issue, form, derived);

  const create = (draft: PatientDraft): void => {
    const result = dispatch({ type: 'patient/create', draft });
    if (!result.ok) throw new Error(result.issues.join(', ')); // creating a patient has no refusal
    onDone(result.state.patients.find((p) => p.patientId === result.id)!, true);
  };

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    setSubmitted(true);
    if (!validation.ok) {
      requestAnimationFrame(() => {
        const first = FIELD_ORDER.find((f) => issues.some((i) => i.field === f));
        const selector = first === 'sex' ? 'input[name="sex"]' : `[data-field="${first}"]`;
        const target = first ? document.querySelector<HTMLElement>(`[data-dialog="new-patient"] ${selector}`) : null;
        (target ?? summaryRef.current)?.focus();
      });
      return;
    }
    const result = checkDuplicates(patients, validation.draft);
    if (result.kind === 'none') create(validation.draft);
    else setDuplicate({ result, draft: validation.draft });
  };

  const errorId = (field: Field): string => `${formId}-${field}-error`;
  const describedBy = (field: Field, ...extra: string[]): string | undefined =>
    [issueFor(field) ? errorId(field) : '', ...extra].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: Field): ReactNode => {
    const issue = issueFor(field);
    return issue ? (
      <p id={errorId(field)} className="field-error">
        <span aria-hidden="true">✖ </span>
        {message(issue)}
      </p>
    ) : null;
  };

  const idOkId = `${formId}-id-ok`;
  const idHintId = `${formId}-id-hint`;
  const showIdOk = idCheck.ok && derived !== undefined;

  return (
    <Dialog
      name="new-patient"
      size="lg"
      title={t('np.title')}
      onClose={onClose}
      footer={
        duplicate ? (
          <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
        ) : (
          <>
            <button type="submit" form={formId} className="btn btn--primary" data-action="save-patient">{t('np.save')}</button>
            <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
          </>
        )
      }
    >
      {duplicate ? (
        <DuplicatePrompt
          result={duplicate.result}
          today={today}
          onUse={(p) => onDone(p, false)}
          onCreateAnyway={() => create(duplicate.draft)}
          onBack={() => setDuplicate(null)}
        />
      ) : (
        <form id={formId} className="np-form" onSubmit={onSubmit} noValidate>
          <p className="np-form__intro">{t('np.intro')}</p>
          {submitted && issues.length > 0 ? (
            <div id={summaryId} ref={summaryRef} tabIndex={-1} className="msg msg--error" role="alert">
              <strong>{t('np.errorsTitle', { count: issues.length })}</strong>
              <ul>
                {issues.map((i) => (
                  <li key={`${i.field}-${i.code}`}>
                    {fieldLabel(t, i.field)}: {message(i)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="np-grid">
            <div className="form-row">
              <FieldLabel htmlFor={ids.name} required>{t('np.name')}</FieldLabel>
              <div className="form-field">
                <input
                  id={ids.name} name="name" className="input" data-field="name" autoComplete="off" maxLength={40}
                  value={form.name} required aria-invalid={issueFor('name') ? true : undefined} aria-describedby={describedBy('name')}
                  onChange={(e) => set('name', e.target.value)} onBlur={touch('name')}
                />
                {fieldError('name')}
              </div>
            </div>

            <div className="form-row">
              <FieldLabel htmlFor={ids.idType} required>{t('np.idType')}</FieldLabel>
              <div className="form-field">
                <select id={ids.idType} name="idType" className="input" value={form.idType} onChange={(e) => set('idType', e.target.value as IdType)}>
                  {IdType.options.map((it) => (
                    <option key={it} value={it}>{t(`idType.${it}`)}</option>
                  ))}
                </select>
              </div>
            </div>

            <div className="form-row form-row--wide">
              <FieldLabel htmlFor={idNumberId} required>{t('np.idNumber')}</FieldLabel>
              <div className="form-field">
                <input
                  id={idNumberId} name="idNumber" className="input input--id mono" data-field="idNumber"
                  autoComplete="off" spellCheck={false} maxLength={20} inputMode={form.idType === 'resident-id' ? 'numeric' : 'text'}
                  value={form.idNumber} required aria-invalid={issueFor('idNumber') ? true : undefined}
                  aria-describedby={describedBy('idNumber', showIdOk ? idOkId : idHintId)}
                  onChange={(e) => onIdNumberChange(e.target.value)} onBlur={touch('idNumber')}
                />
                {form.idType === 'resident-id' && !issueFor('idNumber') && !showIdOk ? (
                  <span id={idHintId} className="field-hint field-hint--inline">{idLength}/18</span>
                ) : null}
                {fieldError('idNumber')}
                {showIdOk ? (
                  <p id={idOkId} className="field-ok">
                    <span aria-hidden="true">✔ </span>
                    {t('np.idOk', { sex: t(`sex.${derived.sex}`), birthDate: derived.birthDate })}
                    {filledFromId ? <span className="muted">{t('np.idFilled')}</span> : null}
                  </p>
                ) : null}
              </div>
            </div>

            <fieldset className="form-row" aria-describedby={describedBy('sex')}>
              <legend id={ids.sexLegend} className="form-label">{t('np.sex')}<span className="req" aria-hidden="true">*</span></legend>
              <div className="form-field">
                <div className="radios">
                  {(['M', 'F'] as const).map((s) => (
                    <label key={s} className="radio">
                      <input type="radio" name="sex" value={s} checked={form.sex === s} onChange={() => set('sex', s)} onBlur={touch('sex')} />
                      {t(`sex.${s}`)}
                    </label>
                  ))}
                </div>
                {fieldError('sex')}
              </div>
            </fieldset>

            <div className="form-row">
              <FieldLabel htmlFor={ids.birthDate} required>{t('np.birthDate')}</FieldLabel>
              <div className="form-field">
                <input
                  id={ids.birthDate} name="birthDate" type="text" className="input mono" data-field="birthDate" inputMode="numeric"
                  autoComplete="off" maxLength={10} placeholder="YYYY-MM-DD"
                  value={form.birthDate} required aria-invalid={issueFor('birthDate') ? true : undefined}
                  aria-describedby={describedBy('birthDate', `${ids.birthDate}-hint`)}
                  onChange={(e) => set('birthDate', e.target.value)}
                  onBlur={() => {
                    // 19620315 → 1962-03-15, as registrars often type dates without separators.
                    const normal = parseCalendarDate(form.birthDate.trim());
                    if (normal) set('birthDate', normal);
                    touch('birthDate')();
                  }}
                />
                <span id={`${ids.birthDate}-hint`} className="sr-only">{t('np.birthDateHint')}</span>
                {fieldError('birthDate')}
              </div>
            </div>

            <div className="form-row">
              <FieldLabel htmlFor={ids.phone} required>{t('np.phone')}</FieldLabel>
              <div className="form-field">
                <input
                  id={ids.phone} name="phone" type="tel" inputMode="numeric" className="input mono" data-field="phone" autoComplete="off" maxLength={16}
                  value={form.phone} required aria-invalid={issueFor('phone') ? true : undefined} aria-describedby={describedBy('phone')}
                  onChange={(e) => set('phone', e.target.value)} onBlur={touch('phone')}
                />
                {fieldError('phone')}
              </div>
            </div>

            <div className="form-row">
              <FieldLabel htmlFor={ids.insurance} required>{t('np.insurance')}</FieldLabel>
              <div className="form-field">
                <select id={ids.insurance} name="insuranceType" className="input" value={form.insuranceType} onChange={(e) => set('insuranceType', e.target.value as InsuranceType)}>
                  {InsuranceType.options.map((it) => (
                    <option key={it} value={it}>{t(`insurance.${it}`)}</option>
                  ))}
                </select>
              </div>
            </div>

            <div className="form-row form-row--wide">
              <FieldLabel htmlFor={ids.allergies}>{t('np.allergies')}</FieldLabel>
              <div className="form-field">
                <input
                  id={ids.allergies} name="allergies" className="input" data-field="allergies" autoComplete="off"
                  value={form.allergies} aria-describedby={[describedBy('allergies'), `${ids.allergies}-hint`].filter(Boolean).join(' ')}
                  onChange={(e) => set('allergies', e.target.value)} onBlur={touch('allergies')}
                />
                <p id={`${ids.allergies}-hint`} className="field-hint">{t('np.allergiesHint')}</p>
                {fieldError('allergies')}
              </div>
            </div>
          </div>
        </form>
      )}
    </Dialog>
  );
}

function fieldLabel(t: I18n['t'], field: Field): string {
  const keys = {
    name: 'np.name', sex: 'np.sex', birthDate: 'np.birthDate', idNumber: 'np.idNumber', phone: 'np.phone', allergies: 'np.allergies',
  } as const;
  return t(keys[field]);
}

function issueMessage(
  t: I18n['t'],
  issue: PatientFieldIssue,
  form: Form,
  derived: { birthDate: string; sex: Sex } | undefined,
): string {
  const other = form.idType !== 'resident-id';
  switch (issue.field) {
    case 'idNumber':
      if (issue.code === 'length') {
        return t(other ? 'npIssue.idNumber.lengthOther' : 'npIssue.idNumber.length', { count: normalizeIdNumber(form.idNumber).length });
      }
      if (issue.code === 'format' && other) return t('npIssue.idNumber.formatOther');
      return t(`npIssue.idNumber.${issue.code}`);
    case 'sex':
      return t(`npIssue.sex.${issue.code}`, { expected: derived ? t(`sex.${derived.sex}`) : '' });
    case 'birthDate':
      return t(`npIssue.birthDate.${issue.code}`, { expected: derived?.birthDate ?? '' });
    case 'name':
      return t(`npIssue.name.${issue.code}`);
    case 'phone':
      return t(`npIssue.phone.${issue.code}`);
    case 'allergies':
      return t(`npIssue.allergies.${issue.code}`);
  }
}
