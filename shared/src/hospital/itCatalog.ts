// 信息科 reference data: the interfaces the HIS talks to and what each role may do.

import type { RoleCode } from './hospitalState.ts';

export type InterfaceInfo = { id: string; zh: string; en: string; protocol: string; peer: { zh: string; en: string } };

export const INTERFACES: readonly InterfaceInfo[] = [
  { id: 'his-lis', zh: 'HIS–LIS 检验申请/结果接口', en: 'HIS–LIS orders and results', protocol: 'HL7 v2.5 (ORM/ORU)', peer: { zh: '检验信息系统', en: 'Laboratory system' } },
  { id: 'his-pacs', zh: 'HIS–PACS/RIS 检查接口', en: 'HIS–PACS/RIS exams', protocol: 'HL7 v2.5 + DICOM MWL', peer: { zh: '影像归档与通信系统', en: 'Imaging archive' } },
  { id: 'his-insurance', zh: 'HIS–医保结算接口', en: 'HIS–medical insurance settlement', protocol: 'Web Service (国家医保平台)', peer: { zh: '医保信息平台', en: 'Insurance platform' } },
  { id: 'his-dispenser', zh: 'HIS–自动发药机接口', en: 'HIS–automated dispenser', protocol: 'TCP/JSON', peer: { zh: '门诊自动发药机', en: 'Outpatient dispensing robot' } },
  { id: 'his-emr-archive', zh: 'HIS–电子病历归档接口', en: 'HIS–EMR archive', protocol: 'CDA R2 / SFTP', peer: { zh: '病案归档服务器', en: 'Records archive' } },
];

export function findInterface(id: string): InterfaceInfo | undefined {
  return INTERFACES.find((i) => i.id === id);
}

/** What each role may do, as the 权限 column shows it (message keys in the sandbox). */
export const ROLE_PERMISSIONS: Record<RoleCode, readonly string[]> = {
  registrar: ['patient-index', 'registration'],
  cashier: ['billing', 'invoice', 'refund'],
  physician: ['notes', 'orders', 'prescribing', 'requests'],
  nurse: ['order-verify', 'order-execute', 'vitals', 'nursing-records'],
  pharmacist: ['prescription-review', 'dispensing', 'stock'],
  'lab-technician': ['specimen-receipt', 'result-entry', 'critical-values'],
  'radiology-clerk': ['exam-booking', 'check-in'],
  radiologist: ['reporting'],
  manager: ['reports-read'],
  'it-admin': ['users', 'interfaces', 'backup', 'dictionaries'],
};

/** Roles that may write orders or prescriptions: a nurse or clerk must never hold them. */
export const PRESCRIBING_ROLES: readonly RoleCode[] = ['physician'];
