// The simulated HIS's modules as data: the nav lists them, the top bar names who is signed in.
// A new module = one entry here and one route in routes.tsx.

import type { OperatorModule } from '@preceptor/shared/hospital/index.ts';
import type { MessageKey } from '../i18n.ts';

export type ModuleEntry = {
  id: string;
  labelKey: MessageKey;
  group: 'outpatient' | 'inpatient' | 'medtech' | 'admin' | 'training';
  /** Every entry is a working page: the nav lists no "not available" placeholders. */
  path: string;
  /** whose login the top bar shows on this module */
  operator?: OperatorModule;
};

export const MODULES: readonly ModuleEntry[] = [
  { id: 'registration', labelKey: 'module.registration', group: 'outpatient', path: '/registration', operator: 'registration' },
  { id: 'physician', labelKey: 'module.physician', group: 'outpatient', path: '/physician', operator: 'physician' },
  { id: 'nurse', labelKey: 'module.nurse', group: 'inpatient', path: '/nurse', operator: 'nurse' },
  { id: 'billing', labelKey: 'module.billing', group: 'inpatient', path: '/billing', operator: 'billing' },
  { id: 'pharmacy', labelKey: 'module.pharmacy', group: 'medtech', path: '/pharmacy', operator: 'pharmacy' },
  { id: 'lab', labelKey: 'module.lab', group: 'medtech', path: '/lab', operator: 'lab' },
  { id: 'imaging', labelKey: 'module.imaging', group: 'medtech', path: '/imaging', operator: 'imaging' },
  { id: 'reports', labelKey: 'module.reports', group: 'admin', path: '/reports', operator: 'reports' },
  { id: 'it', labelKey: 'module.it', group: 'admin', path: '/it', operator: 'it' },
  { id: 'trainer', labelKey: 'module.trainer', group: 'admin', path: '/trainer' },
  { id: 'scenarios', labelKey: 'module.scenarios', group: 'training', path: '/scenarios' },
];

export const MODULE_GROUPS: readonly { id: ModuleEntry['group']; labelKey: MessageKey }[] = [
  { id: 'outpatient', labelKey: 'nav.group.outpatient' },
  { id: 'inpatient', labelKey: 'nav.group.inpatient' },
  { id: 'medtech', labelKey: 'nav.group.medtech' },
  { id: 'admin', labelKey: 'nav.group.admin' },
  { id: 'training', labelKey: 'nav.group.training' },
];

export function moduleForPath(pathname: string): ModuleEntry | undefined {
  return MODULES.find((m) => pathname === m.path || pathname.startsWith(`${m.path}/`));
}
