// The prescription rules engine (合理用药 / 处方审核, DOMAIN.md 3.4 and 4.3): the same checks run
// when the doctor signs and when the pharmacist reviews. Pure: lines + patient context in, alerts out.

import { z } from 'zod';
import {
  allergyClasses,
  findDrug,
  FREQUENCIES,
  type Drug,
  type DrugClass,
  type Frequency,
  type Route,
} from './drugCatalog.ts';
import { mayPrescribeTier, type StaffTitle } from './staff.ts';

export const MedAlertCode = z.enum([
  'allergy',
  'cross-allergy',
  'duplicate-class',
  'interaction',
  'over-max-dose',
  'supply-days',
  'antibiotic-tier',
  'too-many-drugs',
  'route-forbidden',
  'unknown-drug',
  'skin-test',
  'high-alert',
]);
export type MedAlertCode = z.infer<typeof MedAlertCode>;

/** block: cannot sign as is; warn: sign only after the prescriber acknowledges; info: shown. */
export const MedAlertSeverity = z.enum(['block', 'warn', 'info']);
export type MedAlertSeverity = z.infer<typeof MedAlertSeverity>;

export const MedAlert = z.object({
  code: MedAlertCode,
  severity: MedAlertSeverity,
  /** drug codes involved */
  drugs: z.array(z.string()),
  /** class, interaction id or limit the alert is about, for the message */
  detail: z.string().optional(),
  /** a block the prescriber may override with a written reason (allergy only) */
  overridable: z.boolean(),
});
export type MedAlert = z.infer<typeof MedAlert>;

/** Severe interactions (DOMAIN.md 4.3) as class/drug pairs. */
export type Interaction = {
  id: string;
  a: readonly (DrugClass | string)[];
  b: readonly (DrugClass | string)[];
  severity: 'block' | 'warn';
};

export const INTERACTIONS: readonly Interaction[] = [
  { id: 'warfarin-nsaid-bleeding', a: ['warfarin'], b: ['nsaid', 'antiplatelet'], severity: 'warn' },
  { id: 'warfarin-inr-rise', a: ['warfarin'], b: ['metronidazole', 'co-trimoxazole'], severity: 'warn' },
  { id: 'clopidogrel-omeprazole', a: ['clopidogrel'], b: ['omeprazole'], severity: 'warn' },
  { id: 'arb-hyperkalaemia', a: ['arb'], b: ['k-sparing', 'potassium'], severity: 'warn' },
  { id: 'furosemide-digoxin', a: ['loop-diuretic'], b: ['cardiac-glycoside'], severity: 'warn' },
  { id: 'ceftriaxone-calcium', a: ['ceftriaxone'], b: ['calcium'], severity: 'block' },
];

/** Classes where two at once is duplicate therapy (2 PPIs, 2 NSAIDs, ACEI + ARB). */
const DUPLICATE_CLASSES: readonly DrugClass[] = ['ppi', 'nsaid', 'arb', 'anticoagulant', 'statin'];

/** Supply limits in days (DOMAIN.md 3.4): outpatient 7, emergency 3, stable chronic 84. */
export const SUPPLY_LIMIT_DAYS = { outpatient: 7, emergency: 3, chronic: 84 } as const;
export const MAX_DRUGS_PER_PRESCRIPTION = 5;

export type MedicationLine = {
  drug: string;
  dose: number;
  route: Route;
  frequency: Frequency;
  /** course length; ignored for inpatient orders */
  days: number;
};

export type MedicationContext = {
  allergies: readonly string[];
  /** drugs the patient already takes (active standing orders or home medication) */
  currentDrugs: readonly string[];
  prescriberTitle: StaffTitle;
  setting: 'outpatient' | 'emergency' | 'inpatient';
  /** 慢病长处方: stable chronic disease, up to 12 weeks */
  chronic?: boolean;
  /** 越级使用 in rescue: one antibiotic tier above the prescriber's right */
  rescue?: boolean;
};

function matches(drug: Drug, terms: readonly string[]): boolean {
  return terms.some((t) => t === drug.code || (drug.classes as readonly string[]).includes(t));
}

/** Every alert for these lines, in line order, most severe first within a line. */
export function checkMedicationLines(lines: readonly MedicationLine[], ctx: MedicationContext): MedAlert[] {
  const alerts: MedAlert[] = [];
  const allergic = allergyClasses(ctx.allergies);
  const drugs: Drug[] = [];

  for (const line of lines) {
    const drug = findDrug(line.drug);
    if (!drug) {
      alerts.push({ code: 'unknown-drug', severity: 'block', drugs: [line.drug], overridable: false });
      continue;
    }
    drugs.push(drug);
    const hit = drug.classes.find((c) => allergic.has(c));
    if (hit) alerts.push({ code: 'allergy', severity: 'block', drugs: [drug.code], detail: hit, overridable: true });
    else if (drug.classes.includes('cephalosporin') && allergic.has('penicillin')) {
      alerts.push({ code: 'cross-allergy', severity: 'warn', drugs: [drug.code], detail: 'penicillin', overridable: true });
    }
    if (drug.maxSingleDose !== undefined && line.dose > drug.maxSingleDose) {
      alerts.push({ code: 'over-max-dose', severity: 'block', drugs: [drug.code], detail: String(drug.maxSingleDose), overridable: false });
    }
    if (!drug.routes.includes(line.route)) {
      alerts.push({ code: 'route-forbidden', severity: 'block', drugs: [drug.code], detail: line.route, overridable: false });
    }
    if (drug.antibioticTier && !mayPrescribeTier(ctx.prescriberTitle, drug.antibioticTier, ctx.rescue)) {
      alerts.push({ code: 'antibiotic-tier', severity: 'block', drugs: [drug.code], detail: drug.antibioticTier, overridable: false });
    } else if (drug.antibioticTier === 'special' && ctx.setting !== 'inpatient') {
      // 特殊使用级 is not prescribed in outpatient clinics (typical).
      alerts.push({ code: 'antibiotic-tier', severity: 'block', drugs: [drug.code], detail: 'special-outpatient', overridable: false });
    }
    if (ctx.setting !== 'inpatient') {
      const limit = ctx.chronic ? SUPPLY_LIMIT_DAYS.chronic : ctx.setting === 'emergency' ? SUPPLY_LIMIT_DAYS.emergency : SUPPLY_LIMIT_DAYS.outpatient;
      if (!FREQUENCIES[line.frequency].once && line.days > limit) {
        alerts.push({ code: 'supply-days', severity: 'block', drugs: [drug.code], detail: String(limit), overridable: false });
      }
    }
    if (drug.skinTest) alerts.push({ code: 'skin-test', severity: 'info', drugs: [drug.code], overridable: false });
    if (drug.highAlert) alerts.push({ code: 'high-alert', severity: 'info', drugs: [drug.code], overridable: false });
  }

  if (ctx.setting !== 'inpatient' && lines.length > MAX_DRUGS_PER_PRESCRIPTION) {
    alerts.push({ code: 'too-many-drugs', severity: 'block', drugs: [], detail: String(MAX_DRUGS_PER_PRESCRIPTION), overridable: false });
  }

  // Duplicate therapy within the new lines and against what the patient already takes.
  const current = ctx.currentDrugs.map(findDrug).filter((d): d is Drug => d !== undefined);
  for (const cls of DUPLICATE_CLASSES) {
    const inNew = drugs.filter((d) => d.classes.includes(cls));
    const inCurrent = current.filter((d) => d.classes.includes(cls) && !inNew.some((n) => n.code === d.code));
    const codes = [...new Set([...inNew, ...inCurrent].map((d) => d.code))];
    if (inNew.length > 0 && codes.length > 1) {
      alerts.push({ code: 'duplicate-class', severity: 'warn', drugs: codes, detail: cls, overridable: true });
    }
  }

  // Interactions: each pair once, between new lines and between new and current drugs.
  const all = [...drugs, ...current.filter((c) => !drugs.some((d) => d.code === c.code))];
  const seen = new Set<string>();
  for (const rule of INTERACTIONS) {
    for (const x of all) {
      for (const y of all) {
        if (x === y || !matches(x, rule.a) || !matches(y, rule.b)) continue;
        if (!drugs.includes(x) && !drugs.includes(y)) continue; // both old: not this prescription's problem
        const key = `${rule.id}:${x.code}:${y.code}`;
        if (seen.has(key)) continue;
        seen.add(key);
        alerts.push({ code: 'interaction', severity: rule.severity, drugs: [x.code, y.code], detail: rule.id, overridable: rule.severity === 'warn' });
      }
    }
  }
  return alerts;
}

/** A prescriber's answer to one alert: acknowledgement of a warning, or a reason for an override. */
export const AlertOverride = z.object({
  code: MedAlertCode,
  drugs: z.array(z.string()),
  reason: z.string(),
});
export type AlertOverride = z.infer<typeof AlertOverride>;

export function alertKey(alert: Pick<MedAlert, 'code' | 'drugs' | 'detail'>): string {
  return `${alert.code}:${alert.drugs.join('+')}:${alert.detail ?? ''}`;
}

export type SignCheck = { ok: true } | { ok: false; unresolved: MedAlert[] };

/**
 * Whether lines with these alerts may be signed: non-overridable blocks never; allergy
 * overrides need a written reason; warnings need an acknowledgement (a reason may be empty).
 */
export function canSign(alerts: readonly MedAlert[], overrides: readonly AlertOverride[]): SignCheck {
  const answered = (a: MedAlert): AlertOverride | undefined =>
    overrides.find((o) => o.code === a.code && o.drugs.join('+') === a.drugs.join('+'));
  const unresolved = alerts.filter((a) => {
    if (a.severity === 'info') return false;
    if (a.severity === 'block' && !a.overridable) return true;
    const o = answered(a);
    if (!o) return true;
    return a.severity === 'block' && o.reason.trim() === '';
  });
  return unresolved.length === 0 ? { ok: true } : { ok: false, unresolved };
}
