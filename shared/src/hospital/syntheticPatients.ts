// Deterministic synthetic patient index for the sandbox (names from DOMAIN.md 4.1).
// Same seed + same `today` → same patients, on every machine and after every reset.
// Only the drill patients' birth dates depend on `today` (刘芳 must be 34).

import { makeIdNumber } from './idNumber.ts';
import { formatPatientId, type InsuranceType, type Patient, type Sex } from './patientRecord.ts';
import { seededRandom, type Random } from './seededRandom.ts';

export const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '胡', '朱', '郭', '何', '罗', '高', '林',
  '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '于', '蒋', '蔡',
] as const;
export const GIVEN_NAMES = {
  M: ['伟', '强', '军', '磊', '涛', '浩', '杰', '鹏', '建', '明'],
  F: ['芳', '娜', '敏', '静', '丽', '婷', '雪', '玲', '秀', '梅'],
  neutral: ['文', '华', '平', '宇', '晨', '佳'],
} as const;

/** Real district codes (行政区划代码) so generated numbers look like real ones. */
export const ADDRESS_CODES = [
  '110105', '110108', '310104', '310115', '440106', '440304', '330106', '320102',
  '510107', '420106', '610113', '120101', '370102', '430104', '350203', '440524',
] as const;

export const DEFAULT_PATIENT_SEED = 20240601;

/** Patient IDs of the people the drills (DOMAIN.md section 5) are written around. */
export const DRILL_PATIENT_IDS = {
  /** Drill 2: returning 王伟, born 1962, seen in cardiology before. */
  returningWangWei: 'P000012',
  /** Drill 2 trap: another 王伟 born 1962, two months apart. */
  otherWangWei: 'P000037',
  /** Drill 1: 刘芳, 34, allergic to penicillin. */
  liuFang: 'P000023',
  /** Drill 5: two 张丽 on the same ward. */
  zhangLiA: 'P000041',
  zhangLiB: 'P000048',
} as const;

const DRILL_NAMES = new Set(['王伟', '刘芳', '张丽']);

type Fixed = Omit<Patient, 'patientId'>;

function drillPatients(today: string): Record<string, Fixed> {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  // 34 years and 100 days ago: 34 on any `today`.
  const liuFangBirth = new Date(Date.UTC(y - 34, m - 1, d - 100)).toISOString().slice(0, 10);
  return {
    [DRILL_PATIENT_IDS.returningWangWei]: {
      name: '王伟', sex: 'M', birthDate: '1962-03-15', idType: 'resident-id',
      idNumber: makeIdNumber('110105', '1962-03-15', 131), phone: '13911620315',
      insuranceType: 'employee', allergies: [], createdAt: '2018-04-09T01:12:00.000Z',
    },
    [DRILL_PATIENT_IDS.otherWangWei]: {
      name: '王伟', sex: 'M', birthDate: '1962-05-13', idType: 'resident-id',
      idNumber: makeIdNumber('310104', '1962-05-13', 77), phone: '13661385120',
      insuranceType: 'resident', allergies: ['磺胺'], createdAt: '2021-09-22T06:40:00.000Z',
    },
    [DRILL_PATIENT_IDS.liuFang]: {
      name: '刘芳', sex: 'F', birthDate: liuFangBirth, idType: 'resident-id',
      idNumber: makeIdNumber('440106', liuFangBirth, 246), phone: '13570286614',
      insuranceType: 'employee', allergies: ['青霉素'], createdAt: '2020-02-17T02:05:00.000Z',
    },
    [DRILL_PATIENT_IDS.zhangLiA]: {
      name: '张丽', sex: 'F', birthDate: '1985-04-02', idType: 'resident-id',
      idNumber: makeIdNumber('330106', '1985-04-02', 68), phone: '15857126630',
      insuranceType: 'resident', allergies: [], createdAt: '2022-11-03T03:30:00.000Z',
    },
    [DRILL_PATIENT_IDS.zhangLiB]: {
      name: '张丽', sex: 'F', birthDate: '1990-11-20', idType: 'resident-id',
      idNumber: makeIdNumber('320102', '1990-11-20', 124), phone: '18951770842',
      insuranceType: 'employee', allergies: ['头孢类'], createdAt: '2023-06-28T07:15:00.000Z',
    },
  };
}

const ALLERGENS = ['青霉素', '头孢类', '磺胺', '碘造影剂', '阿司匹林', '海鲜'] as const;

function pickInsurance(rng: Random): InsuranceType {
  const r = rng.next();
  if (r < 0.4) return 'employee';
  if (r < 0.75) return 'resident';
  if (r < 0.95) return 'self-pay';
  return 'commercial';
}

function randomName(rng: Random, sex: Sex): string {
  const pool = [...GIVEN_NAMES[sex], ...GIVEN_NAMES.neutral];
  const given = rng.chance(0.55) ? rng.pick(pool) : rng.pick(pool) + rng.pick(pool);
  return rng.pick(SURNAMES) + given;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export type SyntheticPatientOptions = {
  /** 'YYYY-MM-DD', the day the sandbox is seeded */
  today: string;
  seed?: number;
  /** total including the drill patients; at least 48 so every drill ID exists */
  count?: number;
};

export function generateSyntheticPatients(options: SyntheticPatientOptions): Patient[] {
  const { today, seed = DEFAULT_PATIENT_SEED, count = 60 } = options;
  if (count < 48) throw new Error('count must be at least 48 to hold the drill patients');
  const rng = seededRandom(seed);
  const fixed = drillPatients(today);
  const usedNames = new Set(DRILL_NAMES);
  const usedIds = new Set(Object.values(fixed).map((p) => p.idNumber));
  const maxYear = Math.min(2022, Number(today.slice(0, 4)) - 1);
  const patients: Patient[] = [];

  for (let n = 1; n <= count; n++) {
    const patientId = formatPatientId(n);
    const drill = fixed[patientId];
    if (drill) {
      patients.push({ patientId, ...drill });
      continue;
    }
    const sex: Sex = rng.chance(0.5) ? 'M' : 'F';
    let name = randomName(rng, sex);
    while (usedNames.has(name)) name = randomName(rng, sex);
    usedNames.add(name);

    const year = rng.int(1938, maxYear);
    const month = rng.int(1, 12);
    const day = rng.int(1, daysInMonth(year, month));
    const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const address = rng.pick(ADDRESS_CODES);
    let seq = rng.int(0, 499) * 2 + (sex === 'M' ? 1 : 0);
    let idNumber = makeIdNumber(address, birthDate, seq);
    while (usedIds.has(idNumber)) {
      seq = (seq + 2) % 1000;
      idNumber = makeIdNumber(address, birthDate, seq);
    }
    usedIds.add(idNumber);

    const phone = `1${rng.pick(['3', '5', '7', '8', '9'])}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`;
    const allergies = rng.chance(0.15) ? [rng.pick(ALLERGENS)] : [];
    const createdAt = new Date(Date.UTC(rng.int(2015, 2024), rng.int(0, 11), rng.int(1, 28), rng.int(0, 9), rng.int(0, 59))).toISOString();

    // A few people are registered on documents other than a resident ID card.
    let idType: Patient['idType'] = 'resident-id';
    if (n === 50) {
      idType = 'hk-macao-permit';
      idNumber = `H${String(rng.int(10_000_000, 99_999_999))}`;
    } else if (n === 55) {
      idType = 'taiwan-permit';
      idNumber = String(rng.int(10_000_000, 99_999_999));
    } else if (n === 58) {
      idType = 'passport';
      idNumber = `E${String(rng.int(10_000_000, 99_999_999))}`;
    }

    patients.push({
      patientId, name, sex, birthDate, idType, idNumber, phone,
      insuranceType: idType === 'resident-id' ? pickInsurance(rng) : 'self-pay',
      allergies, createdAt,
    });
  }
  return patients;
}
