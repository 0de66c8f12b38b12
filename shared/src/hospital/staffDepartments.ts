// The departments a trainee picks from when saying who she is (DOMAIN.md section 1, with the
// administrative offices). The Chinese name is the value handed in: it is what the hospital's
// HR staff list (the trainer's roster) says, whatever the trainee's UI language.

export type StaffDepartment = { zh: string; en: string; group: StaffDepartmentGroup };
export type StaffDepartmentGroup = 'medicine' | 'surgery' | 'clinical' | 'medtech' | 'admin';

export const STAFF_DEPARTMENT_GROUPS: Record<StaffDepartmentGroup, { zh: string; en: string }> = {
  medicine: { zh: '内科', en: 'Medicine' },
  surgery: { zh: '外科', en: 'Surgery' },
  clinical: { zh: '其他临床科室', en: 'Other clinical' },
  medtech: { zh: '医技科室', en: 'Medical technology' },
  admin: { zh: '行政职能', en: 'Administration' },
};

const group = (g: StaffDepartmentGroup, list: [string, string][]): StaffDepartment[] => list.map(([zh, en]) => ({ zh, en, group: g }));

export const STAFF_DEPARTMENTS: readonly StaffDepartment[] = [
  ...group('medicine', [
    ['心血管内科', 'Cardiology'],
    ['呼吸内科', 'Respiratory'],
    ['消化内科', 'Gastroenterology'],
    ['内分泌科', 'Endocrinology'],
    ['肾内科', 'Nephrology'],
    ['神经内科', 'Neurology'],
    ['血液科', 'Haematology'],
    ['感染科', 'Infectious Diseases'],
    ['肿瘤科', 'Oncology'],
  ]),
  ...group('surgery', [
    ['普外科', 'General Surgery'],
    ['骨科', 'Orthopaedics'],
    ['神经外科', 'Neurosurgery'],
    ['心胸外科', 'Cardiothoracic'],
    ['泌尿外科', 'Urology'],
  ]),
  ...group('clinical', [
    ['妇产科', 'OB/GYN'],
    ['儿科', 'Paediatrics'],
    ['眼科', 'Ophthalmology'],
    ['耳鼻喉科', 'ENT'],
    ['口腔科', 'Dental'],
    ['皮肤科', 'Dermatology'],
    ['中医科', 'TCM'],
    ['急诊科', 'Emergency'],
    ['重症医学科', 'ICU'],
    ['麻醉科', 'Anaesthesia'],
  ]),
  ...group('medtech', [
    ['检验科', 'Laboratory'],
    ['放射科', 'Radiology'],
    ['超声科', 'Ultrasound'],
    ['病理科', 'Pathology'],
    ['药学部', 'Pharmacy'],
    ['输血科', 'Blood Bank'],
    ['心电图室', 'ECG'],
    ['内镜中心', 'Endoscopy'],
    ['静配中心', 'PIVAS'],
  ]),
  ...group('admin', [
    ['医务处', 'Medical Affairs'],
    ['护理部', 'Nursing Department'],
    ['信息科', 'IT'],
    ['病案室', 'Medical Records'],
    ['医保办', 'Medical Insurance Office'],
    ['门诊部', 'Outpatient Department'],
  ]),
];
