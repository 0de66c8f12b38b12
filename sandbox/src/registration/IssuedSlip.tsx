// The confirmation a registrar reads out after 挂号: the queue number first.

import { formatFen, type Patient, type Registration } from '@preceptor/shared/hospital/index.ts';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n.ts';
import { deptName } from '../ui/format.ts';
import { StaffName } from '../ui/StaffLabel.tsx';
import { Data } from '../ui/Data.tsx';

export function IssuedSlip({ registration: r, patient }: { registration: Registration; patient: Patient | undefined }): ReactNode {
  const { t, tx, lang } = useI18n();
  return (
    <div className="slip" role="status" data-panel="registration-issued" data-registration-id={r.registrationId}>
      <span className="slip__title"><span aria-hidden="true">✔ </span>{t('form.successTitle')}</span>
      <span className="slip__queue" data-queue-no={r.queueNo}>{t('form.successQueue', { queueNo: r.queueNo })}</span>
      <span className="slip__detail">
        {tx('form.successDetail', {
          name: <Data>{patient?.name ?? r.patientId}</Data>,
          dept: deptName(r.deptCode, t, lang),
          doctor: <StaffName staffId={r.doctorId} />,
          slot: t(`slot.${r.slot}`),
          fee: formatFen(r.feeFen),
          payment: t(`payment.${r.paymentMethod}`),
          id: r.registrationId,
        })}
      </span>
    </div>
  );
}
