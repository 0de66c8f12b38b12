// The simulated HIS's modules as data: the nav lists them; later sessions add routes.

import type { MessageKey } from '../i18n.ts';

export type ModuleEntry = {
  id: string;
  labelKey: MessageKey;
  group: 'outpatient' | 'inpatient' | 'medtech' | 'admin';
  /** Present only for modules that exist in the sandbox. */
  path?: string;
};

export const MODULES: readonly ModuleEntry[] = [
  { id: 'registration', labelKey: 'module.registration', group: 'outpatient', path: '/registration' },
  { id: 'outpatient-billing', labelKey: 'module.outpatientBilling', group: 'outpatient' },
  { id: 'doctor-station', labelKey: 'module.doctorStation', group: 'outpatient' },
  { id: 'inpatient-doctor', labelKey: 'module.inpatientDoctor', group: 'inpatient' },
  { id: 'nurse-station', labelKey: 'module.nurseStation', group: 'inpatient' },
  { id: 'inpatient-billing', labelKey: 'module.inpatientBilling', group: 'inpatient' },
  { id: 'pharmacy', labelKey: 'module.pharmacy', group: 'medtech' },
  { id: 'lab', labelKey: 'module.lab', group: 'medtech' },
  { id: 'imaging', labelKey: 'module.imaging', group: 'medtech' },
  { id: 'reports', labelKey: 'module.reports', group: 'admin' },
];

export const MODULE_GROUPS: readonly { id: ModuleEntry['group']; labelKey: MessageKey }[] = [
  { id: 'outpatient', labelKey: 'nav.group.outpatient' },
  { id: 'inpatient', labelKey: 'nav.group.inpatient' },
  { id: 'medtech', labelKey: 'nav.group.medtech' },
  { id: 'admin', labelKey: 'nav.group.admin' },
];

export function moduleForPath(pathname: string): ModuleEntry | undefined {
  return MODULES.find((m) => m.path !== undefined && (pathname === m.path || pathname.startsWith(`${m.path}/`)));
}
