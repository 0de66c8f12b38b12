import { findStaff } from '@preceptor/shared/hospital/index.ts';
import type { ReactNode } from 'react';
import { useI18n, type MessageKey } from '../i18n.ts';
import { Data } from './Data.tsx';
import { staffLabel, staffName } from './format.ts';

/** A staff member with their title: 高志强（主治医师） / 高志强 (Attending); the name as data. */
export function StaffLabel({ staffId }: { staffId: string }): ReactNode {
  const { t, tx } = useI18n();
  const s = findStaff(staffId);
  if (!s) return <Data>{staffId}</Data>;
  return tx('fmt.staffWithTitle', { name: <Data>{s.name}</Data>, title: t(`staffTitle.${s.title}` as MessageKey) });
}

/**
 * A staff member to pick in a list (the doctor told, the radiologist escalated to). An option holds
 * text only, so the name cannot be wrapped in <Data>: the whole option is marked as data instead
 * (its title is already in the screen's language, a translator has nothing to do there).
 */
export function StaffOption({ staffId }: { staffId: string }): ReactNode {
  const { t } = useI18n();
  return (
    <option value={staffId} translate="no">
      {staffLabel(staffId, t)}
    </option>
  );
}

/** A staff member's name alone (the doctor who signed, the nurse who ran it), marked as data; an unknown id as it is. */
export function StaffName({ staffId }: { staffId: string }): ReactNode {
  return <Data>{staffName(staffId)}</Data>;
}
