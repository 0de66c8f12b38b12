import { describe, expect, it } from 'vitest';
import {
  parseAllergyList,
  validateIdDocument,
  validatePatientDraft,
  type PatientDraftInput,
} from '../../src/hospital/patientValidation.ts';

const TODAY = '2026-11-26';
const good: PatientDraftInput = {
  name: ' 李 娜 ',
  sex: 'F',
  birthDate: '1949-12-31',
  idType: 'resident-id',
  idNumber: '11010519491231002x',
  phone: '138 0013 8000',
  insuranceType: 'employee',
  allergies: ['青霉素', ' 青霉素 ', ''],
};

describe('validatePatientDraft', () => {
  it('returns a normalised draft for good input', () => {
    expect(validatePatientDraft(good, TODAY)).toEqual({
      ok: true,
      draft: {
        name: '李 娜', sex: 'F', birthDate: '1949-12-31', idType: 'resident-id',
        idNumber: '11010519491231002X', phone: '13800138000', insuranceType: 'employee', allergies: ['青霉素'],
      },
    });
  });

  it('lists every problem at once', () => {
    const r = validatePatientDraft(
      { ...good, name: '', sex: '', birthDate: '', idNumber: '110105194912310021', phone: '123' },
      TODAY,
    );
    expect(r).toEqual({
      ok: false,
      issues: [
        { field: 'name', code: 'required' },
        { field: 'idNumber', code: 'checksum' },
        { field: 'sex', code: 'required' },
        { field: 'birthDate', code: 'required' },
        { field: 'phone', code: 'length' },
      ],
    });
  });

  it('cross-checks sex and birth date against the ID number', () => {
    const r = validatePatientDraft({ ...good, sex: 'M', birthDate: '1949-12-30' }, TODAY);
    expect(r).toEqual({
      ok: false,
      issues: [
        { field: 'sex', code: 'mismatchId' },
        { field: 'birthDate', code: 'mismatchId' },
      ],
    });
  });

  it('rejects impossible and future birth dates', () => {
    const other = { ...good, idType: 'passport' as const, idNumber: 'E12345678' };
    expect(validatePatientDraft({ ...other, birthDate: '2026-02-30' }, TODAY)).toMatchObject({
      ok: false, issues: [{ field: 'birthDate', code: 'invalid' }],
    });
    expect(validatePatientDraft({ ...other, birthDate: '2026-11-27' }, TODAY)).toMatchObject({
      ok: false, issues: [{ field: 'birthDate', code: 'future' }],
    });
  });

  it('does not cross-check documents that carry no birth date', () => {
    const r = validatePatientDraft({ ...good, idType: 'passport', idNumber: 'e1234 5678', sex: 'M' }, TODAY);
    expect(r).toMatchObject({ ok: true, draft: { idNumber: 'E12345678', sex: 'M' } });
  });
});

describe('validateIdDocument', () => {
  it('checks shape only for passports and permits', () => {
    expect(validateIdDocument('passport', '')).toEqual({ ok: false, reason: 'empty' });
    expect(validateIdDocument('passport', 'E12')).toEqual({ ok: false, reason: 'length' });
    expect(validateIdDocument('hk-macao-permit', 'H1234-5678')).toEqual({ ok: false, reason: 'format' });
    expect(validateIdDocument('taiwan-permit', '12345678')).toEqual({ ok: true, idNumber: '12345678' });
  });

  it('derives sex and birth date from a resident ID', () => {
    expect(validateIdDocument('resident-id', '440524188001010014', TODAY)).toEqual({
      ok: true, idNumber: '440524188001010014', derived: { birthDate: '1880-01-01', sex: 'M' },
    });
  });
});

describe('parseAllergyList', () => {
  it('splits on Chinese and Latin separators and drops duplicates', () => {
    expect(parseAllergyList('青霉素、磺胺，头孢类; 青霉素')).toEqual(['青霉素', '磺胺', '头孢类']);
    expect(parseAllergyList('  ')).toEqual([]);
  });
});
