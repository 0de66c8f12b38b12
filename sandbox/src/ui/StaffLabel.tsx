import { findStaff } from '@preceptor/shared/hospital/index.ts';
import type { ReactNode } from 'react';
import { useI18n, type MessageKey } from '../i18n.ts';
import { Data } from './Data.tsx';

/** A staff member with their title: 高志强（主治医师） / 高志强 (Attending); the name as data. */
export function StaffLabel({ staffId }: { staffId: string }): ReactNode {
  const { t, tx } = useI18n();
  const s = findStaff(staffId);
  if (!s) return <Data>{staffId}</Data>;
  return tx('fmt.staffWithTitle', { name: <Data>{s.name}</Data>, title: t(`staffTitle.${s.title}` as MessageKey) });
}
