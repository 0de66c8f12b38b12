import { describe, expect, it } from 'vitest';
import { allergyClasses, DRUGS, findDrug, quantityFor } from '../../src/hospital/drugCatalog.ts';
import { canSign, checkMedicationLines, type MedicationContext, type MedicationLine } from '../../src/hospital/medicationRules.ts';
import { antibioticRight, mayPrescribeTier } from '../../src/hospital/staff.ts';

const ctx = (over: Partial<MedicationContext> = {}): MedicationContext => ({
  allergies: [], currentDrugs: [], prescriberTitle: 'attending', setting: 'outpatient', ...over,
});
const line = (drug: string, over: Partial<MedicationLine> = {}): MedicationLine => {
  const d = findDrug(drug)!;
  return { drug, dose: d.usual.dose, route: d.usual.route, frequency: d.usual.frequency, days: 5, ...over };
};
const codes = (lines: MedicationLine[], c = ctx()) => checkMedicationLines(lines, c).map((a) => `${a.severity}:${a.code}`);

describe('drug dictionary', () => {
  it('has the DOMAIN.md 4.2 drugs with a usual dose inside their own limits and routes', () => {
    expect(DRUGS.length).toBeGreaterThanOrEqual(30);
    for (const d of DRUGS) {
      expect(d.routes, d.code).toContain(d.usual.route);
      if (d.maxSingleDose !== undefined) expect(d.usual.dose, d.code).toBeLessThanOrEqual(d.maxSingleDose);
    }
  });

  it('computes dispensing quantities per day and for one-off doses', () => {
    expect(quantityFor(findDrug('amoxicillin')!, 0.5, 'tid', 5)).toBe(30);
    expect(quantityFor(findDrug('azithromycin')!, 0.5, 'qd', 3)).toBe(6);
    expect(quantityFor(findDrug('furosemide')!, 20, 'st', 3)).toBe(1);
    expect(quantityFor(findDrug('digoxin')!, 0.125, 'qd', 7)).toBe(4);
  });

  it('reads allergy text as hospitals write it', () => {
    expect([...allergyClasses(['青霉素'])]).toEqual(['penicillin']);
    expect([...allergyClasses(['头孢类'])]).toEqual(['cephalosporin']);
    expect(allergyClasses(['阿司匹林']).has('nsaid')).toBe(true);
    expect(allergyClasses(['碘造影剂']).has('iodinated-contrast')).toBe(true);
    expect(allergyClasses(['海鲜']).size).toBe(0);
  });
});

describe('prescription rules (DOMAIN.md 3.4, 4.3)', () => {
  it('blocks a penicillin for a penicillin-allergic patient, overridable only with a reason', () => {
    const alerts = checkMedicationLines([line('amoxicillin')], ctx({ allergies: ['青霉素'] }));
    const allergy = alerts.find((a) => a.code === 'allergy')!;
    expect(allergy).toMatchObject({ severity: 'block', overridable: true, drugs: ['amoxicillin'] });
    expect(canSign(alerts, []).ok).toBe(false);
    expect(canSign(alerts, [{ code: 'allergy', drugs: ['amoxicillin'], reason: ' ' }]).ok).toBe(false);
    expect(canSign(alerts, [{ code: 'allergy', drugs: ['amoxicillin'], reason: '皮试阴性，已知情' }]).ok).toBe(true);
  });

  it('lets azithromycin through for the same patient and warns on a cephalosporin (cross-allergy)', () => {
    expect(codes([line('azithromycin')], ctx({ allergies: ['青霉素'] }))).toEqual([]);
    expect(codes([line('cefuroxime')], ctx({ allergies: ['青霉素'] }))).toEqual(['warn:cross-allergy']);
  });

  it('flags warfarin with NSAIDs and aspirin, and duplicate NSAIDs (drill 7)', () => {
    const alerts = checkMedicationLines([line('ibuprofen', { days: 14 }), line('aspirin', { days: 14 })], ctx({ currentDrugs: ['warfarin'] }));
    expect(alerts.filter((a) => a.code === 'interaction').map((a) => a.drugs)).toEqual([['warfarin', 'ibuprofen'], ['warfarin', 'aspirin']]);
    expect(alerts.find((a) => a.code === 'duplicate-class')).toMatchObject({ detail: 'nsaid', drugs: ['ibuprofen', 'aspirin'] });
    expect(alerts.filter((a) => a.code === 'supply-days')).toHaveLength(2);
  });

  it('limits outpatient supply to 7 days, emergency to 3, chronic to 12 weeks', () => {
    expect(codes([line('amlodipine', { days: 8 })])).toEqual(['block:supply-days']);
    expect(codes([line('amlodipine', { days: 28 })], ctx({ chronic: true }))).toEqual([]);
    expect(codes([line('paracetamol', { days: 4 })], ctx({ setting: 'emergency' }))).toEqual(['block:supply-days']);
    expect(codes([line('amlodipine', { days: 30 })], ctx({ setting: 'inpatient' }))).toEqual([]);
  });

  it('blocks over-maximum doses and forbidden routes (KCl is never pushed)', () => {
    expect(codes([line('aspirin', { dose: 500 })])).toEqual(['block:over-max-dose']);
    expect(codes([line('kcl-10', { route: 'iv', frequency: 'st' })], ctx({ setting: 'inpatient' }))).toEqual(['block:route-forbidden', 'info:high-alert']);
  });

  it('holds antibiotics above the prescriber tier; rescue allows one tier up (drill 8)', () => {
    expect(antibioticRight('resident')).toBe('non-restricted');
    expect(mayPrescribeTier('attending', 'restricted')).toBe(true);
    expect(mayPrescribeTier('attending', 'special')).toBe(false);
    expect(mayPrescribeTier('attending', 'special', true)).toBe(true);
    expect(mayPrescribeTier('resident', 'special', true)).toBe(false);
    const meropenem = line('meropenem');
    expect(codes([meropenem], ctx({ setting: 'inpatient' }))).toEqual(['block:antibiotic-tier']);
    expect(codes([meropenem], ctx({ setting: 'inpatient', rescue: true }))).toEqual([]);
    expect(codes([meropenem], ctx({ setting: 'inpatient', prescriberTitle: 'associate-chief' }))).toEqual([]);
    expect(codes([meropenem], ctx({ prescriberTitle: 'chief' }))).toEqual(['block:antibiotic-tier']);
  });

  it('caps an outpatient prescription at five drugs and knows ceftriaxone + calcium', () => {
    const six = ['amlodipine', 'atorvastatin', 'metformin', 'omeprazole', 'metoprolol', 'spironolactone'].map((d) => line(d));
    expect(codes(six)).toContain('block:too-many-drugs');
    expect(codes([line('ceftriaxone'), line('calcium-gluconate')], ctx({ setting: 'inpatient' }))).toEqual(['block:interaction']);
  });

  it('requires every warning to be acknowledged before signing', () => {
    const alerts = checkMedicationLines([line('clopidogrel'), line('omeprazole')], ctx());
    expect(alerts.map((a) => a.code)).toEqual(['interaction']);
    expect(canSign(alerts, []).ok).toBe(false);
    expect(canSign(alerts, [{ code: 'interaction', drugs: ['clopidogrel', 'omeprazole'], reason: '' }]).ok).toBe(true);
  });
});
