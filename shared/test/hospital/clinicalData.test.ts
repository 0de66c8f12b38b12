import { describe, expect, it } from 'vitest';
import { deniesAllergy, searchDiagnoses } from '../../src/hospital/clinicalCatalog.ts';
import { depositBalance, invoiceNumbers, settleInpatient } from '../../src/hospital/insuranceSettlement.ts';
import { findLabItem, flagResult, formatRange, isCritical } from '../../src/hospital/labCatalog.ts';
import { blankScreening, egfrCkdEpi2021, findImagingExam, screenForExam, slotCalendar } from '../../src/hospital/imaging.ts';
import { bradenScore, morseScore, needsDoctor, vitalFlags } from '../../src/hospital/vitalSigns.ts';

describe('diagnosis search', () => {
  it('finds by pinyin initials, code and name', () => {
    expect(searchDiagnoses('gxy')[0]!.zh).toBe('高血压');
    expect(searchDiagnoses('J02')[0]!.code).toBe('J02.900');
    expect(searchDiagnoses('pharyng')[0]!.code).toBe('J02.900');
    expect(searchDiagnoses('')).toEqual([]);
  });

  it('recognises a note that denies allergies', () => {
    expect(deniesAllergy('否认药物及食物过敏史。')).toBe(true);
    expect(deniesAllergy('No known drug or food allergy.')).toBe(true);
    expect(deniesAllergy('头孢类过敏（皮疹）。')).toBe(false);
  });
});

describe('insurance settlement (DOMAIN.md 3.8)', () => {
  it('reproduces the worked example: fund 14,025, patient 5,975', () => {
    const b = settleInpatient([
      { category: 'A', amountFen: 1_300_000 },
      { category: 'B', amountFen: 500_000 },
      { category: 'self', amountFen: 200_000 },
    ], 'employee');
    expect(b).toMatchObject({ totalFen: 2_000_000, classBSelfPayFen: 50_000, deductibleFen: 100_000, fundFen: 1_402_500, patientFen: 597_500 });
    expect(depositBalance(b.patientFen, 800_000)).toEqual({ refundFen: 202_500, dueFen: 0 });
    expect(depositBalance(b.patientFen, 500_000)).toEqual({ refundFen: 0, dueFen: 97_500 });
  });

  it('settles everything as self-pay without a card, and never pays below the deductible', () => {
    const charges = [{ category: 'A' as const, amountFen: 2_000_000 }];
    expect(settleInpatient(charges, 'self-pay')).toMatchObject({ fundFen: 0, patientFen: 2_000_000 });
    expect(settleInpatient([{ category: 'A', amountFen: 50_000 }], 'employee')).toMatchObject({ fundFen: 0, patientFen: 50_000 });
    expect(settleInpatient(charges, 'resident').fundFen).toBe(Math.round((2_000_000 - 80_000) * 0.6));
  });

  it('numbers e-receipts deterministically', () => {
    const a = invoiceNumbers(3001, 2026);
    expect(a).toEqual(invoiceNumbers(3001, 2026));
    expect(a.code).toMatch(/^\d{8}$/);
    expect(a.number).toMatch(/^\d{10}$/);
    expect(a.checkCode).toMatch(/^[0-9A-Z]{6}$/);
    expect(invoiceNumbers(3002, 2026).number).not.toBe(a.number);
  });
});

describe('lab flags and critical values (DOMAIN.md 4.5)', () => {
  it('flags potassium including the inclusive critical limits', () => {
    const k = findLabItem('electrolytes', 'K')!;
    expect([3.4, 4.2, 5.6, 6.2, 6.8, 2.8].map((v) => flagResult(k, v, 'M'))).toEqual(['L', 'N', 'H', 'HH', 'HH', 'LL']);
    expect(formatRange(k, 'M')).toBe('3.5–5.3');
  });

  it('uses sex-specific haemoglobin ranges and glucose criticals', () => {
    const hb = findLabItem('cbc', 'HGB')!;
    expect(flagResult(hb, 120, 'M')).toBe('L');
    expect(flagResult(hb, 120, 'F')).toBe('N');
    expect(flagResult(hb, 55, 'F')).toBe('LL');
    const glu = findLabItem('glucose', 'GLU')!;
    expect(isCritical(glu, 1.9)).toBe('low');
    expect(isCritical(glu, 2.8)).toBeNull();
    expect(isCritical(glu, 23)).toBe('high');
  });
});

describe('imaging (DOMAIN.md 3.7)', () => {
  const ct = findImagingExam('abdomen-ct-contrast')!;
  it('computes eGFR with CKD-EPI 2021', () => {
    expect(egfrCkdEpi2021(210, 63, 'M')).toBe(30);
    expect(egfrCkdEpi2021(80, 40, 'F')).toBeGreaterThan(75);
  });

  it('stops the drill-6 patient: prior reaction, metformin, low eGFR', () => {
    const answers = { ...blankScreening(), priorContrastReaction: 'yes' as const, asthma: 'no' as const, hyperthyroidism: 'no' as const, metformin: 'yes' as const, pregnancy: 'not-applicable' as const, creatinineUmolL: 210, consentSigned: true };
    const r = screenForExam(ct, answers, { sex: 'M', ageYears: 63 });
    expect(r.outcome).toBe('stop');
    expect(r.reasons).toEqual(['prior-contrast-reaction', 'egfr-below-45', 'metformin-hold']);
  });

  it('is incomplete without creatinine or consent, clear when all is well', () => {
    const ok = { ...blankScreening(), priorContrastReaction: 'no' as const, asthma: 'no' as const, hyperthyroidism: 'no' as const, metformin: 'no' as const, pregnancy: 'not-applicable' as const, creatinineUmolL: 80, consentSigned: true };
    expect(screenForExam(ct, ok, { sex: 'M', ageYears: 50 }).outcome).toBe('clear');
    expect(screenForExam(ct, { ...ok, consentSigned: false }, { sex: 'M', ageYears: 50 }).outcome).toBe('incomplete');
    expect(screenForExam(ct, { ...ok, creatinineUmolL: null }, { sex: 'M', ageYears: 50 }).reasons).toContain('creatinine-missing');
    expect(screenForExam(ct, { ...ok, asthma: 'yes' }, { sex: 'M', ageYears: 50 }).outcome).toBe('caution');
    const mri = findImagingExam('brain-mri')!;
    expect(screenForExam(mri, { ...ok, pacemaker: 'yes', metalImplant: 'no' }, { sex: 'M', ageYears: 50 }).outcome).toBe('stop');
  });

  it('builds a deterministic calendar that keeps booked slots taken', () => {
    const a = slotCalendar('CT', '2026-11-27', 2, []);
    expect(a).toEqual(slotCalendar('CT', '2026-11-27', 2, []));
    const free = a.find((s) => !s.taken)!;
    const b = slotCalendar('CT', '2026-11-27', 2, [free]);
    expect(b.find((s) => s.date === free.date && s.time === free.time && s.room === free.room)!.taken).toBe(true);
    expect(new Set(a.map((s) => s.room))).toEqual(new Set(['CT1', 'CT2']));
  });
});

describe('nursing (DOMAIN.md 3.9)', () => {
  it('flags vitals outside the adult ranges', () => {
    expect(vitalFlags({ temperature: 38.9, pulse: 112, respiration: 24, systolic: 86, diastolic: 50, spo2: 90, pain: 7 })).toEqual([
      'fever', 'tachycardia', 'tachypnoea', 'hypotension', 'hypoxaemia', 'pain-severe',
    ]);
    expect(vitalFlags({ temperature: 36.8, pulse: 72, respiration: 16, systolic: 120, diastolic: 76, spo2: 98, pain: 1 })).toEqual([]);
    expect(needsDoctor(['fever'])).toBe(true);
    expect(needsDoctor(['pain-moderate'])).toBe(false);
  });

  it('scores Morse and Braden', () => {
    expect(morseScore({ fallIn3Months: true, secondaryDiagnosis: true, aid: 'none', ivAccess: true, gait: 'weak', forgetsLimits: false })).toEqual({ score: 70, risk: 'high' });
    expect(morseScore({ fallIn3Months: false, secondaryDiagnosis: true, aid: 'crutch', ivAccess: false, gait: 'normal', forgetsLimits: false }).risk).toBe('moderate');
    expect(bradenScore({ sensory: 2, moisture: 2, activity: 1, mobility: 2, nutrition: 2, frictionShear: 1 })).toEqual({ score: 10, risk: 'high' });
  });
});
