// Wards (病区) and the staff directory beyond the outpatient clinic doctors: ward doctors,
// nurses, pharmacists, lab, radiology, cashiers, IT and managers. Synthetic names (DOMAIN.md 4.1).

import { ANTIBIOTIC_TIER_RANK, type AntibioticTier } from './drugCatalog.ts';
import { DOCTORS, type DoctorTitle } from './registrationRules.ts';

export type Ward = { code: string; zh: string; en: string; deptCode: string; beds: number };

export const WARDS: readonly Ward[] = [
  { code: 'cardio-1', zh: '心内一病区', en: 'Cardiology ward 1', deptCode: 'cardiology', beds: 24 },
  { code: 'resp-1', zh: '呼吸一病区', en: 'Respiratory ward 1', deptCode: 'respiratory', beds: 20 },
  { code: 'gs-1', zh: '普外一病区', en: 'General surgery ward 1', deptCode: 'general-surgery', beds: 20 },
  { code: 'icu', zh: '重症医学科', en: 'Intensive care unit', deptCode: 'icu', beds: 12 },
];

export function findWard(code: string): Ward | undefined {
  return WARDS.find((w) => w.code === code);
}

/** Two-digit bed label, as on the ward's bed board: '07'. */
export function bedLabel(n: number): string {
  return String(n).padStart(2, '0');
}

export type StaffRole =
  | 'registrar'
  | 'cashier'
  | 'physician'
  | 'nurse'
  | 'pharmacist'
  | 'lab-technician'
  | 'radiology-clerk'
  | 'radiologist'
  | 'it'
  | 'manager';

export type StaffTitle = DoctorTitle | 'nurse' | 'charge-nurse' | 'pharmacist' | 'senior-pharmacist' | 'technician' | 'clerk' | 'engineer' | 'director';

export type StaffMember = {
  staffId: string;
  name: string;
  role: StaffRole;
  title: StaffTitle;
  /** department (科室) for doctors and medical technology staff */
  deptCode?: string;
  /** ward (病区) for ward doctors and nurses */
  ward?: string;
};

export const STAFF: readonly StaffMember[] = [
  // Outpatient clinic doctors; some also cover a ward.
  ...DOCTORS.map<StaffMember>((d) => ({
    staffId: d.doctorId,
    name: d.name,
    role: 'physician',
    title: d.title,
    deptCode: d.deptCode,
    ...(d.doctorId === 'D1013' ? { ward: 'resp-1' } : d.doctorId === 'D1003' ? { ward: 'cardio-1' } : {}),
  })),
  { staffId: 'D2001', name: '林建华', role: 'physician', title: 'chief', deptCode: 'cardiology', ward: 'cardio-1' },
  { staffId: 'D2002', name: '高志强', role: 'physician', title: 'attending', deptCode: 'cardiology', ward: 'cardio-1' },
  { staffId: 'D2003', name: '许晨', role: 'physician', title: 'resident', deptCode: 'cardiology', ward: 'cardio-1' },
  { staffId: 'D2011', name: '郑华', role: 'physician', title: 'associate-chief', deptCode: 'icu', ward: 'icu' },
  { staffId: 'D2012', name: '韩宇', role: 'physician', title: 'attending', deptCode: 'icu', ward: 'icu' },
  { staffId: 'D2013', name: '曾佳', role: 'physician', title: 'resident', deptCode: 'icu', ward: 'icu' },
  { staffId: 'D2021', name: '朱明', role: 'physician', title: 'associate-chief', deptCode: 'respiratory', ward: 'resp-1' },
  { staffId: 'D2031', name: '田建', role: 'physician', title: 'attending', deptCode: 'general-surgery', ward: 'gs-1' },
  { staffId: 'D2101', name: '杨敏', role: 'physician', title: 'associate-chief', deptCode: 'infectious-diseases' },
  { staffId: 'N3001', name: '何静', role: 'nurse', title: 'nurse', ward: 'cardio-1' },
  { staffId: 'N3002', name: '罗婷', role: 'nurse', title: 'charge-nurse', ward: 'cardio-1' },
  { staffId: 'N3003', name: '谢雪', role: 'nurse', title: 'nurse', ward: 'cardio-1' },
  { staffId: 'N3011', name: '宋玲', role: 'nurse', title: 'nurse', ward: 'icu' },
  { staffId: 'N3021', name: '唐秀', role: 'nurse', title: 'nurse', ward: 'resp-1' },
  { staffId: 'N3031', name: '许梅', role: 'nurse', title: 'nurse', ward: 'gs-1' },
  { staffId: 'PH4001', name: '梁雪', role: 'pharmacist', title: 'pharmacist', deptCode: 'pharmacy' },
  { staffId: 'PH4002', name: '韩文', role: 'pharmacist', title: 'senior-pharmacist', deptCode: 'pharmacy' },
  { staffId: 'L5001', name: '唐敏', role: 'lab-technician', title: 'technician', deptCode: 'laboratory' },
  { staffId: 'L5002', name: '冯涛', role: 'lab-technician', title: 'technician', deptCode: 'laboratory' },
  { staffId: 'R6001', name: '彭丽', role: 'radiology-clerk', title: 'clerk', deptCode: 'radiology' },
  { staffId: 'R6101', name: '冯建', role: 'radiologist', title: 'associate-chief', deptCode: 'radiology' },
  { staffId: 'R6102', name: '曹宇', role: 'radiologist', title: 'resident', deptCode: 'radiology' },
  { staffId: 'SF0217', name: '周敏', role: 'registrar', title: 'clerk', deptCode: 'outpatient-office' },
  { staffId: 'SF0105', name: '邓丽', role: 'registrar', title: 'clerk', deptCode: 'outpatient-office' },
  { staffId: 'SF0302', name: '蔡华', role: 'cashier', title: 'clerk', deptCode: 'inpatient-office' },
  { staffId: 'IT7001', name: '董宇', role: 'it', title: 'engineer', deptCode: 'it' },
  { staffId: 'IT7002', name: '潘晨', role: 'it', title: 'engineer', deptCode: 'it' },
  { staffId: 'M8001', name: '袁华', role: 'manager', title: 'director', deptCode: 'medical-affairs' },
];

const STAFF_BY_ID = new Map(STAFF.map((s) => [s.staffId, s]));

export function findStaff(staffId: string): StaffMember | undefined {
  return STAFF_BY_ID.get(staffId);
}

export function staffName(staffId: string): string {
  return findStaff(staffId)?.name ?? staffId;
}

export function staffOfRole(role: StaffRole): StaffMember[] {
  return STAFF.filter((s) => s.role === role);
}

/** Doctors of a ward, senior first (for 上级医师 pick lists). */
export function wardDoctors(ward: string): StaffMember[] {
  const rank: Partial<Record<StaffTitle, number>> = { chief: 4, 'associate-chief': 3, attending: 2, resident: 1 };
  return STAFF.filter((s) => s.role === 'physician' && s.ward === ward).sort((a, b) => (rank[b.title] ?? 0) - (rank[a.title] ?? 0));
}

/**
 * 抗菌药物分级管理 (DOMAIN.md 3.4, typical): residents may prescribe 非限制, attendings
 * (主治) up to 限制, associate chiefs and chiefs 特殊 (with a consult).
 */
export function antibioticRight(title: StaffTitle): AntibioticTier | null {
  switch (title) {
    case 'resident':
      return 'non-restricted';
    case 'attending':
      return 'restricted';
    case 'associate-chief':
    case 'chief':
      return 'special';
    default:
      return null;
  }
}

/** Whether a prescriber may order a drug of `tier`; rescue (越级使用) allows one tier up. */
export function mayPrescribeTier(title: StaffTitle, tier: AntibioticTier, rescue = false): boolean {
  const right = antibioticRight(title);
  if (right === null) return false;
  return ANTIBIOTIC_TIER_RANK[tier] <= ANTIBIOTIC_TIER_RANK[right] + (rescue ? 1 : 0);
}

/** Who is signed in to each module of the training HIS unless a scenario says otherwise. */
export const DEFAULT_OPERATORS = {
  registration: 'SF0217',
  physician: 'D1013',
  nurse: 'N3001',
  pharmacy: 'PH4001',
  lab: 'L5001',
  imaging: 'R6001',
  billing: 'SF0302',
  reports: 'M8001',
  it: 'IT7001',
} as const;
export type OperatorModule = keyof typeof DEFAULT_OPERATORS;
