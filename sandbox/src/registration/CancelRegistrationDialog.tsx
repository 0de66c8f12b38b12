// 退号: only while the patient is still waiting; a reason is required, the fee goes back
// the way it was paid.

import { CancelReason, canCancel, formatFen, type ActionIssue, type Patient, type Registration } from '@preceptor/shared/hospital/index.ts';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n.ts';
import { useHospital } from '../store/operator.ts';
import { FieldLabel } from '../ui/FieldLabel.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { deptName } from '../ui/format.ts';
import { StaffName } from '../ui/StaffLabel.tsx';
import { Data } from '../ui/Data.tsx';

export type CancelRegistrationDialogProps = {
  registration: Registration;
  patient: Patient | undefined;
  onClose: () => void;
  onCancelled: (registration: Registration) => void;
};

export function CancelRegistrationDialog({ registration: r, patient, onClose, onCancelled }: CancelRegistrationDialogProps): ReactNode {
  const { t, tx, lang } = useI18n();
  const { dispatch } = useHospital('registration');
  const formId = useId();
  const reasonId = useId();
  const noteId = useId();
  const [reason, setReason] = useState<CancelReason | ''>('');
  const [note, setNote] = useState('');
  const [issue, setIssue] = useState<ActionIssue | null>(canCancel(r) ? null : 'registration.notWaiting');

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    const result = dispatch({ type: 'registration/cancel', registrationId: r.registrationId, reason, note });
    if (result.ok) onCancelled(result.state.registrations.find((x) => x.registrationId === r.registrationId)!);
    else setIssue(result.issues[0]!);
  };

  const errorId = `${formId}-error`;
  return (
    <Dialog
      name="cancel-registration"
      size="md"
      title={t('cancel.title')}
      onClose={onClose}
      footer={
        <>
          <button type="submit" form={formId} className="btn btn--danger" data-action="confirm-cancel-registration">
            {t('cancel.confirm')}
          </button>
          <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
        </>
      }
    >
      <form id={formId} onSubmit={onSubmit} noValidate className="cancel-form">
        <p className="cancel-form__summary">
          {tx('cancel.summary', {
            name: <Data>{patient?.name ?? r.patientId}</Data>,
            patientId: r.patientId,
            dept: deptName(r.deptCode, t, lang),
            doctor: <StaffName staffId={r.doctorId} />,
            slot: t(`slot.${r.slot}`),
            queueNo: t('queue.queueNo', { n: r.queueNo }),
            id: r.registrationId,
          })}
        </p>
        <p className="cancel-form__refund">
          {t('cancel.refund', { fee: formatFen(r.feeFen), payment: t(`payment.${r.paymentMethod}`) })}
        </p>
        {issue ? (
          <p id={errorId} className="field-error" role="alert">
            <span aria-hidden="true">✖ </span>
            {t(`issue.${issue}`)}
          </p>
        ) : null}
        <div className="form-row">
          <FieldLabel htmlFor={reasonId} required>{t('cancel.reason')}</FieldLabel>
          <select
            id={reasonId}
            name="cancelReason"
            className="input"
            value={reason}
            required
            aria-invalid={issue === 'registration.reasonRequired' ? true : undefined}
            aria-describedby={issue === 'registration.reasonRequired' ? errorId : undefined}
            onChange={(e) => {
              setReason(e.target.value as CancelReason | '');
              setIssue(null);
            }}
          >
            <option value="">{t('common.choose')}</option>
            {CancelReason.options.map((c) => (
              <option key={c} value={c}>{t(`cancelReason.${c}`)}</option>
            ))}
          </select>
        </div>
        <div className="form-row">
          <FieldLabel htmlFor={noteId}>{t('cancel.note')}</FieldLabel>
          <div className="form-field">
            <textarea
              id={noteId}
              name="cancelNote"
              className="input"
              rows={2}
              maxLength={200}
              value={note}
              aria-invalid={issue === 'registration.noteRequired' ? true : undefined}
              aria-describedby={[`${noteId}-hint`, issue === 'registration.noteRequired' ? errorId : ''].filter(Boolean).join(' ')}
              onChange={(e) => {
                setNote(e.target.value);
                if (issue === 'registration.noteRequired') setIssue(null);
              }}
            />
            <p id={`${noteId}-hint`} className="field-hint">{t('cancel.noteHint')}</p>
          </div>
        </div>
      </form>
    </Dialog>
  );
}
