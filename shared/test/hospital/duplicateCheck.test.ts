import { describe, expect, it } from 'vitest';
import { checkDuplicates } from '../../src/hospital/duplicateCheck.ts';
import { makeIdNumber } from '../../src/hospital/idNumber.ts';
import type { Patient } from '../../src/hospital/patientRecord.ts';

function patient(patientId: string, over: Partial<Patient> = {}): Patient {
  return {
    patientId, name: '王伟', sex: 'M', birthDate: '1962-03-15', idType: 'resident-id',
    idNumber: makeIdNumber('110105', '1962-03-15', Number(patientId.slice(-3)) * 2 + 1),
    phone: '13911620315', insuranceType: 'employee', allergies: [], createdAt: '2020-01-01T00:00:00.000Z',
    ...over,
  };
}

const a = patient('P000001');
const b = patient('P000002', { phone: '13700000000' });
const c = patient('P000003', { birthDate: '1962-05-13', idNumber: makeIdNumber('310104', '1962-05-13', 77) });
const d = patient('P000004', { idType: 'passport', idNumber: 'E12345678', name: 'Li Na', sex: 'F', birthDate: '1990-01-01' });
const all = [a, b, c, d];

describe('checkDuplicates', () => {
  it('finds an existing record by exact ID number (case and spaces ignored)', () => {
    const draft = { ...c, name: '王 伟', idNumber: ` ${c.idNumber.toLowerCase()} ` };
    expect(checkDuplicates(all, draft)).toEqual({ kind: 'existing', patient: c });
  });

  it('an ID match wins even when name and birth date differ (typo in the name)', () => {
    expect(checkDuplicates(all, { ...a, name: '王玮', birthDate: '1970-01-01' })).toEqual({ kind: 'existing', patient: a });
  });

  it('matches ID numbers within the same document type only', () => {
    const draft = { name: '李娜', sex: 'F' as const, birthDate: '1991-01-01', idType: 'hk-macao-permit' as const, idNumber: 'E12345678', phone: '' };
    expect(checkDuplicates(all, draft)).toEqual({ kind: 'none' });
  });

  it('lists same name + sex + birth date as candidates, phone matches first', () => {
    const draft = { name: '王伟', sex: 'M' as const, birthDate: '1962-03-15', idType: 'resident-id' as const, idNumber: makeIdNumber('110105', '1962-03-15', 999), phone: '137 0000 0000' };
    expect(checkDuplicates(all, draft)).toEqual({ kind: 'candidates', patients: [b, a], phoneMatches: ['P000002'] });
  });

  it('a similar birth date is not a candidate', () => {
    const draft = { name: '王伟', sex: 'M' as const, birthDate: '1962-03-16', idType: 'resident-id' as const, idNumber: makeIdNumber('110105', '1962-03-16', 999), phone: '' };
    expect(checkDuplicates(all, draft)).toEqual({ kind: 'none' });
  });

  it('a different sex is not a candidate', () => {
    const draft = { name: '王伟', sex: 'F' as const, birthDate: '1962-03-15', idType: 'resident-id' as const, idNumber: makeIdNumber('110105', '1962-03-15', 998), phone: '' };
    expect(checkDuplicates(all, draft)).toEqual({ kind: 'none' });
  });

  it('returns none for an empty index', () => {
    expect(checkDuplicates([], a)).toEqual({ kind: 'none' });
  });
});
