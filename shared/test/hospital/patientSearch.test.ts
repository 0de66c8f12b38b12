import { describe, expect, it } from 'vitest';
import { searchPatients } from '../../src/hospital/patientSearch.ts';
import { pinyinInitials } from '../../src/hospital/pinyin.ts';
import { DRILL_PATIENT_IDS, generateSyntheticPatients } from '../../src/hospital/syntheticPatients.ts';

const patients = generateSyntheticPatients({ today: '2026-11-26' });
const wang = patients.find((p) => p.patientId === DRILL_PATIENT_IDS.returningWangWei)!;
const ids = (q: string) => searchPatients(patients, q).map((h) => h.patient.patientId);

describe('pinyinInitials', () => {
  it('maps the synthetic names and Latin words', () => {
    expect(pinyinInitials('王伟')).toBe('ww');
    expect(pinyinInitials('欧阳X')).toBe('x');
    expect(pinyinInitials('John Smith')).toBe('js');
  });
});

describe('searchPatients', () => {
  it('finds both 王伟 by name and by initials', () => {
    expect(ids('王伟')).toEqual([DRILL_PATIENT_IDS.returningWangWei, DRILL_PATIENT_IDS.otherWangWei]);
    expect(ids('ww')).toEqual(expect.arrayContaining([DRILL_PATIENT_IDS.returningWangWei, DRILL_PATIENT_IDS.otherWangWei]));
    expect(searchPatients(patients, 'WW')[0]?.matchedBy).toBe('pinyin');
  });

  it('finds by patient ID with or without the P and zeros', () => {
    expect(ids('P000012')[0]).toBe('P000012');
    expect(ids('p12')[0]).toBe('P000012');
    expect(ids('12')[0]).toBe('P000012');
  });

  it('finds by full or partial ID number and by phone', () => {
    expect(ids(wang.idNumber)).toEqual([wang.patientId]);
    expect(ids(wang.idNumber.slice(-6))).toContain(wang.patientId);
    expect(ids(wang.phone)).toEqual([wang.patientId]);
    expect(searchPatients(patients, wang.phone)[0]?.matchedBy).toBe('phone');
  });

  it('needs four digits before matching inside numbers', () => {
    expect(ids('139').every((id) => id === 'P000139')).toBe(true);
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(ids('  ')).toEqual([]);
    expect(searchPatients(patients, '1', 3).length).toBeLessThanOrEqual(3);
  });
});
