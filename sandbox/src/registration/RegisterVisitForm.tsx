// Issue a registration (挂号) for the selected patient: department, type, doctor, session,
// first/return visit, fee and payment. Success shows the queue number.

import {
  DEPARTMENTS,
  REGISTRATION_TYPES,
  TIME_SLOTS,
  TimeSlot,
  VisitKind,
  allowedPaymentMethods,
  defaultSlotAt,
  doctorsFor,
  formatFen,
  registrationTypesFor,
  remainingQuota,
  suggestVisitKind,
  type Patient,
  type PaymentMethod,
  type Registration,
  type ActionIssue,
  type RegistrationType,
} from '@preceptor/shared/hospital/index.ts';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { clockTime } from '../clock.ts';
import { useI18n } from '../i18n.ts';
import { useHospital } from '../store/operator.ts';
import { FieldLabel } from '../ui/FieldLabel.tsx';
import { useShortcut } from '../ui/useShortcut.ts';
import { deptName } from '../ui/format.ts';
import { StaffName } from '../ui/StaffLabel.tsx';
import { Data } from '../ui/Data.tsx';

export type RegisterVisitFormProps = {
  patient: Patient | undefined;
  registrations: readonly Registration[];
  today: string;
  onIssued: (registration: Registration) => void;
};

export function RegisterVisitForm({ patient, registrations, today, onIssued }: RegisterVisitFormProps): ReactNode {
  const { t, lang } = useI18n();
  const { dispatch } = useHospital('registration');
  const formRef = useRef<HTMLFormElement>(null);
  const ids = {
    dept: useId(), type: useId(), doctor: useId(), date: useId(), fee: useId(), payment: useId(),
    paymentHint: useId(), errors: useId(),
  };

  const [deptCode, setDeptCode] = useState('');
  const [type, setType] = useState<RegistrationType | ''>('');
  const [doctorId, setDoctorId] = useState('');
  const [slot, setSlot] = useState<TimeSlot>(() => defaultSlotAt(clockTime(new Date())));
  const [visitKind, setVisitKind] = useState<VisitKind>('first');
  const [paymentMethod, setPaymentMethod] = useState<PaymentMethod | ''>('');
  const [issues, setIssues] = useState<ActionIssue[]>([]);

  const types = deptCode ? registrationTypesFor(deptCode) : [];
  const doctors = deptCode && type ? doctorsFor(deptCode, type, slot) : [];
  const payments = patient ? allowedPaymentMethods(patient.insuranceType) : allowedPaymentMethods('self-pay');

  // A new patient or department changes what 初诊/复诊 should be; the registrar can still override.
  useEffect(() => {
    if (patient && deptCode) setVisitKind(suggestVisitKind(registrations, patient.patientId, deptCode, today));
    // registrations change after every issue; the suggestion should follow patient/department only.
  }, [patient?.patientId, deptCode, today]);

  useEffect(() => {
    if (paymentMethod && !payments.includes(paymentMethod)) setPaymentMethod('');
    setIssues([]);
  }, [patient?.patientId]);

  const chooseDept = (code: string): void => {
    setDeptCode(code);
    const offered = code ? registrationTypesFor(code) : [];
    const nextType = offered.length === 1 ? offered[0]! : '';
    setType(nextType);
    pickOnlyDoctor(code, nextType, slot);
  };
  const chooseType = (next: RegistrationType | ''): void => {
    setType(next);
    pickOnlyDoctor(deptCode, next, slot);
  };
  const chooseSlot = (next: TimeSlot): void => {
    setSlot(next);
    pickOnlyDoctor(deptCode, type, next);
  };
  function pickOnlyDoctor(code: string, regType: RegistrationType | '', s: TimeSlot): void {
    const available = code && regType ? doctorsFor(code, regType, s) : [];
    setDoctorId(available.length === 1 ? available[0]!.doctorId : '');
  }

  const clear = (): void => {
    setVisitKind('first');
    setDeptCode('');
    setType('');
    setDoctorId('');
    setPaymentMethod('');
    setIssues([]);
  };

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    const result = dispatch({
      type: 'registration/issue',
      request: { patientId: patient?.patientId ?? '', deptCode, type, doctorId, date: today, slot, visitKind, paymentMethod },
    });
    if (!result.ok) {
      setIssues(result.issues);
      return;
    }
    setIssues([]);
    clear();
    onIssued(result.state.registrations.find((r) => r.registrationId === result.id)!);
  };

  useShortcut('F9', () => formRef.current?.requestSubmit());

  const fee = type ? formatFen(REGISTRATION_TYPES[type].feeFen) : '—';

  return (
    <form ref={formRef} className="reg-form" onSubmit={onSubmit} noValidate aria-describedby={issues.length > 0 ? ids.errors : undefined}>
      {issues.length > 0 ? (
        <div id={ids.errors} className="msg msg--error" role="alert">
          <strong>{t('form.errorsTitle')}</strong>
          <ul>
            {issues.map((i) => (
              <li key={i}>{t(`issue.${i}`)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="form-grid">
        <div className="form-row">
          <FieldLabel htmlFor={ids.dept} required>{t('form.department')}</FieldLabel>
          <select id={ids.dept} name="department" className="input" value={deptCode} required onChange={(e) => chooseDept(e.target.value)}>
            <option value="">{t('common.choose')}</option>
            {DEPARTMENTS.map((d) => (
              <option key={d.code} value={d.code}>{lang === 'en' ? d.en : d.zh}</option>
            ))}
          </select>
        </div>
        <div className="form-row">
          <FieldLabel htmlFor={ids.type} required>{t('form.type')}</FieldLabel>
          <select id={ids.type} name="registrationType" className="input" value={type} required onChange={(e) => chooseType(e.target.value as RegistrationType | '')}>
            <option value="">{deptCode ? t('common.choose') : t('form.chooseDepartmentFirst')}</option>
            {types.map((rt) => (
              <option key={rt} value={rt}>{t('form.typeOption', { type: t(`regType.${rt}`), fee: formatFen(REGISTRATION_TYPES[rt].feeFen) })}</option>
            ))}
          </select>
        </div>
        <fieldset className="form-row form-row--radios">
          <legend className="form-label">{t('form.slot')}<span className="req" aria-hidden="true">*</span></legend>
          <div className="radios">
            {TimeSlot.options.map((s) => (
              <label key={s} className="radio">
                <input type="radio" name="slot" value={s} checked={slot === s} onChange={() => chooseSlot(s)} />
                {t('form.slotTime', { slot: t(`slot.${s}`), start: TIME_SLOTS[s].start, end: TIME_SLOTS[s].end })}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="form-row">
          <FieldLabel htmlFor={ids.doctor} required>{t('form.doctor')}</FieldLabel>
          <select id={ids.doctor} name="doctor" className="input" value={doctorId} required onChange={(e) => setDoctorId(e.target.value)}>
            <option value="">
              {!deptCode ? t('form.chooseDepartmentFirst') : type && doctors.length === 0 ? t('form.noDoctor') : t('common.choose')}
            </option>
            {doctors.map((d) => {
              const left = remainingQuota(registrations, d.doctorId, today, slot);
              const vars = { name: d.name, title: t(`title.${d.title}`), left: left ?? '' };
              return (
                <option key={d.doctorId} value={d.doctorId} disabled={left === 0} translate="no">
                  {left === null ? t('form.doctorOptionOpen', vars) : left === 0 ? t('form.doctorOptionFull', vars) : t('form.doctorOption', vars)}
                </option>
              );
            })}
          </select>
        </div>
        <div className="form-row">
          <FieldLabel htmlFor={ids.date}>{t('form.date')}</FieldLabel>
          <input id={ids.date} name="visitDate" type="text" className="input mono" value={today} readOnly />
        </div>
        <fieldset className="form-row form-row--radios">
          <legend className="form-label">{t('form.visitKind')}</legend>
          <div className="radios">
            {VisitKind.options.map((k) => (
              <label key={k} className="radio">
                <input type="radio" name="visitKind" value={k} checked={visitKind === k} onChange={() => setVisitKind(k)} />
                {t(`visitKind.${k}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="form-row">
          <FieldLabel htmlFor={ids.payment} required>{t('form.payment')}</FieldLabel>
          <select
            id={ids.payment}
            name="paymentMethod"
            className="input"
            value={paymentMethod}
            required
            aria-describedby={ids.paymentHint}
            onChange={(e) => setPaymentMethod(e.target.value as PaymentMethod | '')}
          >
            <option value="">{t('common.choose')}</option>
            {payments.map((m) => (
              <option key={m} value={m}>{t(`payment.${m}`)}</option>
            ))}
          </select>
        </div>
        <div className="form-row">
          <FieldLabel htmlFor={ids.fee}>{t('form.fee')}</FieldLabel>
          <output id={ids.fee} className="fee" aria-live="polite">{fee}</output>
        </div>
      </div>
      <p id={ids.paymentHint} className="field-hint">{t('form.paymentHint')}</p>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary btn--lg" data-action="register">{t('form.submit')}</button>
        <button type="button" className="btn" onClick={clear}>{t('form.clear')}</button>
        {patient && deptCode && doctorId ? (
          <span className="form-actions__summary">
            <Data>{patient.name}</Data> · {deptName(deptCode, t, lang)} · <StaffName staffId={doctorId} /> · {t(`slot.${slot}`)} · {fee}
          </span>
        ) : null}
      </div>
    </form>
  );
}
