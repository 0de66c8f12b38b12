import { describe, expect, it } from 'vitest';
import { validateIdNumber } from '../../src/hospital/idNumber.ts';
import { ageOn, nextPatientId, Patient } from '../../src/hospital/patientRecord.ts';
import { validatePhone } from '../../src/hospital/phone.ts';
import { seededRandom } from '../../src/hospital/seededRandom.ts';
import { DRILL_PATIENT_IDS, generateSyntheticPatients } from '../../src/hospital/syntheticPatients.ts';

const TODAY = '2026-11-26';
const patients = generateSyntheticPatients({ today: TODAY });
const byId = (id: string) => patients.find((p) => p.patientId === id)!;

describe('seededRandom', () => {
  it('repeats for the same seed and differs for another', () => {
    const a = seededRandom(1), b = seededRandom(1), c = seededRandom(2);
    const xs = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(xs);
    expect(c.next()).not.toBe(xs[0]);
    for (let i = 0; i < 1000; i++) {
      const n = a.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
    }
  });
});

describe('generateSyntheticPatients', () => {
  it('is deterministic', () => {
    expect(generateSyntheticPatients({ today: TODAY })).toEqual(patients);
    expect(generateSyntheticPatients({ today: TODAY, seed: 7 })).not.toEqual(patients);
  });

  it('makes 60 schema-valid patients with unique IDs, valid numbers and phones', () => {
    expect(patients).toHaveLength(60);
    expect(new Set(patients.map((p) => p.patientId)).size).toBe(60);
    expect(new Set(patients.map((p) => `${p.idType}:${p.idNumber}`)).size).toBe(60);
    for (const p of patients) {
      expect(Patient.safeParse(p).success).toBe(true);
      expect(validatePhone(p.phone).ok).toBe(true);
      if (p.idType === 'resident-id') {
        expect(validateIdNumber(p.idNumber, TODAY)).toMatchObject({ ok: true, sex: p.sex, birthDate: p.birthDate });
      }
    }
    expect(patients.filter((p) => p.idType !== 'resident-id').map((p) => p.idType).sort()).toEqual([
      'hk-macao-permit', 'passport', 'taiwan-permit',
    ]);
    expect(nextPatientId(patients)).toBe('P000061');
  });

  it('contains the drill people', () => {
    const w1 = byId(DRILL_PATIENT_IDS.returningWangWei);
    const w2 = byId(DRILL_PATIENT_IDS.otherWangWei);
    expect([w1.name, w1.sex, w1.birthDate.slice(0, 4)]).toEqual(['王伟', 'M', '1962']);
    expect([w2.name, w2.sex, w2.birthDate.slice(0, 4)]).toEqual(['王伟', 'M', '1962']);
    expect(w1.birthDate).not.toBe(w2.birthDate);
    expect(patients.filter((p) => p.name === '王伟')).toHaveLength(2);

    const liu = byId(DRILL_PATIENT_IDS.liuFang);
    expect([liu.name, liu.sex, liu.allergies]).toEqual(['刘芳', 'F', ['青霉素']]);
    expect(ageOn(liu.birthDate, TODAY).years).toBe(34);
    expect(ageOn(generateSyntheticPatients({ today: '2027-01-03' }).find((p) => p.name === '刘芳')!.birthDate, '2027-01-03').years).toBe(34);
    expect(patients.filter((p) => p.name === '张丽')).toHaveLength(2);
  });

  it('uses only DOMAIN.md names', () => {
    for (const p of patients) expect(p.name).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
  });
});

describe('ageOn', () => {
  it('counts whole years and months', () => {
    expect(ageOn('1962-03-15', '2026-11-26')).toEqual({ years: 64, months: 8 });
    expect(ageOn('2026-11-27', '2026-11-26')).toEqual({ years: 0, months: 0 });
    expect(ageOn('2000-02-29', '2026-02-28')).toEqual({ years: 25, months: 11 });
  });
});
