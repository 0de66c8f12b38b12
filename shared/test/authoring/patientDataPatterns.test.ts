import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findPatientData, holdsPatientData, type PatientDataKind } from '../../src/authoring/patientDataPatterns.ts';
import { idNumberCheckChar } from '../../src/hospital/idNumber.ts';
import { ADDRESS_CODES, GIVEN_NAMES, SURNAMES, generateSyntheticPatients } from '../../src/hospital/syntheticPatients.ts';
import { allMessageKeys, translate, LANGS } from '../../../sandbox/src/i18n.ts';

const kinds = (text: string, bareNames = false): PatientDataKind[] => findPatientData(text, { bareNames }).map((m) => m.kind);

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const birthDate = fc.date({ min: new Date('1900-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const idNumber = fc.tuple(fc.constantFrom(...ADDRESS_CODES), birthDate, digits(3)).map(([address, date, seq]) => {
  const first17 = `${address}${date.replace(/-/g, '')}${seq}`;
  return `${first17}${idNumberCheckChar(first17)}`;
});
const mobile = fc.tuple(fc.constantFrom('3', '4', '5', '6', '7', '8', '9'), digits(9)).map(([second, rest]) => `1${second}${rest}`);
const patientId = fc.integer({ min: 1, max: 999_999 }).map((n) => `P${String(n).padStart(6, '0')}`);
const name = fc.tuple(fc.constantFrom(...SURNAMES), fc.constantFrom(...GIVEN_NAMES.M, ...GIVEN_NAMES.F, ...GIVEN_NAMES.neutral), fc.option(fc.constantFrom(...GIVEN_NAMES.F, ...GIVEN_NAMES.neutral), { nil: undefined })).map(([s, g1, g2]) => `${s}${g1}${g2 ?? ''}`);
/** words a page puts around a value: labels, separators, icons */
const around = fc.constantFrom('', ' ', '患者：', '证件号 ', '电话: ', '✓ 已选 ', 'ID ', '(', '联系方式 ', 'Patient ');

describe('patient data patterns', () => {
  it('finds every valid ID number, whole or in groups, wherever it stands', () => {
    fc.assert(
      fc.property(idNumber, around, around, fc.constantFrom('', ' ', '-'), (id, before, after, sep) => {
        const grouped = sep ? `${id.slice(0, 6)}${sep}${id.slice(6, 14)}${sep}${id.slice(14)}` : id;
        expect(kinds(`${before}${grouped} ${after}`)).toContain('id-number');
      }),
    );
  });

  it('still refuses an 18-digit number with a wrong check character, as a card or record number', () => {
    fc.assert(
      fc.property(idNumber, (id) => {
        const wrong = `${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'}`;
        expect(kinds(wrong)).toEqual(['long-number']);
      }),
    );
  });

  it('finds mobile numbers, also split into groups or with +86', () => {
    fc.assert(
      fc.property(mobile, around, fc.constantFrom('plain', 'spaced', 'dashed', '+86'), (phone, before, form) => {
        const text =
          form === 'spaced' ? `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`
          : form === 'dashed' ? `${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}`
          : form === '+86' ? `+86 ${phone}`
          : phone;
        expect(kinds(`${before}${text}`)).toContain('phone');
      }),
    );
    expect(kinds('010-12345678')).toEqual(['phone']);
    expect(kinds('(0755) 1234567')).toEqual(['phone']);
    expect(kinds('139****0315')).toEqual(['phone']);
  });

  it('finds record numbers and dates of birth', () => {
    fc.assert(fc.property(patientId, around, (id, before) => void expect(kinds(`${before}${id}`)).toContain('patient-id')));
    fc.assert(fc.property(birthDate, around, (date, before) => void expect(kinds(`${before}${date}`)).toContain('date')));
    for (const text of ['MRN-2024-0042', 'MRN: A0042', 'ZY20240001', '住院号 123456', '病案号：88231', 'E12345678']) expect(kinds(text), text).toContain('patient-id');
    for (const text of ['1962年3月15日', '1962/3/15', '1962.03.15']) expect(kinds(text), text).toEqual(['date']);
    expect(kinds('110105********002X')).toEqual(['id-number']);
  });

  it('finds a name next to a value or after a name label; alone only in fingerprint fields', () => {
    fc.assert(
      fc.property(name, patientId, mobile, (n, id, phone) => {
        expect(kinds(`✓ 已选 ${n} ${id}`)).toEqual(['name', 'patient-id']);
        expect(kinds(`${n}（${phone}）`)).toEqual(['name', 'phone']);
        expect(kinds(`${n} 女 45岁`)).toEqual(['name']);
        expect(kinds(`12床 ${n}`)).toEqual(['name']);
        expect(kinds(`姓名：${n}`)).toEqual(['name']);
        expect(kinds(`退号：${n}`)).toEqual(['name']);
        expect(kinds(n)).toEqual([]);
        expect(kinds(n, true)).toEqual(['name']);
      }),
    );
  });

  it('finds every synthetic patient\'s name, id, phone, ID number and birth date as a fingerprint field', () => {
    const patients = generateSyntheticPatients({ today: '2026-12-05' });
    for (const p of patients) {
      for (const value of [p.patientId, p.phone, p.idNumber, p.birthDate, p.name]) expect(holdsPatientData(value, { bareNames: true }), value).toBe(true);
    }
  });

  it('leaves ordinary labels alone, also as fingerprint fields', () => {
    const labels = [
      '出生日期', '新建患者', '2 号诊室', '3床', '心内一病区', '退号', '高危', '金额', '方案', '周期', '许可', '余额', '常规',
      '类型：高危', '状态：已审核', '0.5 g po tid', 'J06.900 急性上呼吸道感染', 'I10.x00', 'v1.2.3', 'K 6.8 mmol/L', 'WBC 3.5–9.5×10⁹/L',
      '挂号费 10–50 元', 'F3', '第 1/3 步', '打印挂号单', '证件号', '手机号', 'Patient ID', 'Date of birth', 'MRN', '住院号', 'Search by name or ID',
    ];
    for (const label of labels) expect(findPatientData(label, { bareNames: true }), label).toEqual([]);
  });

  it('leaves every label of the simulated HIS alone (about 2,400 strings, both languages)', () => {
    const flagged: string[] = [];
    for (const lang of LANGS) {
      for (const key of allMessageKeys()) {
        for (const ui of ['v1', 'v2'] as const) {
          const text = translate(lang, key, {}, ui);
          if (holdsPatientData(text, { bareNames: true })) flagged.push(`${key}: ${text}`);
        }
      }
    }
    expect(flagged).toEqual([]);
  });
});
