// Vital signs and nursing scores (DOMAIN.md 3.9): adult ranges (typical), NRS pain, Morse fall
// risk and Braden pressure-injury risk.

import { z } from 'zod';

export const VitalSignsInput = z.object({
  /** axillary temperature, °C */
  temperature: z.number().min(30).max(45).nullable(),
  pulse: z.number().int().min(0).max(300).nullable(),
  respiration: z.number().int().min(0).max(80).nullable(),
  systolic: z.number().int().min(0).max(300).nullable(),
  diastolic: z.number().int().min(0).max(200).nullable(),
  spo2: z.number().int().min(0).max(100).nullable(),
  /** NRS 0–10 */
  pain: z.number().int().min(0).max(10).nullable(),
});
export type VitalSignsInput = z.infer<typeof VitalSignsInput>;

export type VitalFlag =
  | 'fever'
  | 'hypothermia'
  | 'tachycardia'
  | 'bradycardia'
  | 'tachypnoea'
  | 'bradypnoea'
  | 'hypertension'
  | 'hypotension'
  | 'hypoxaemia'
  | 'pain-moderate'
  | 'pain-severe';

/** Flags outside the adult ranges: T 36.0–37.2, P 60–100, R 12–20, BP <140/90, SpO2 ≥95%. */
export function vitalFlags(v: VitalSignsInput): VitalFlag[] {
  const flags: VitalFlag[] = [];
  if (v.temperature !== null) {
    if (v.temperature > 37.2) flags.push('fever');
    else if (v.temperature < 36.0) flags.push('hypothermia');
  }
  if (v.pulse !== null) {
    if (v.pulse > 100) flags.push('tachycardia');
    else if (v.pulse < 60) flags.push('bradycardia');
  }
  if (v.respiration !== null) {
    if (v.respiration > 20) flags.push('tachypnoea');
    else if (v.respiration < 12) flags.push('bradypnoea');
  }
  if ((v.systolic !== null && v.systolic >= 140) || (v.diastolic !== null && v.diastolic >= 90)) flags.push('hypertension');
  else if (v.systolic !== null && v.systolic < 90) flags.push('hypotension');
  if (v.spo2 !== null && v.spo2 < 95) flags.push('hypoxaemia');
  if (v.pain !== null) {
    if (v.pain >= 7) flags.push('pain-severe');
    else if (v.pain >= 4) flags.push('pain-moderate');
  }
  return flags;
}

/** Flags that the doctor must hear about (typical ward rule): escalate, and write it down. */
export function needsDoctor(flags: readonly VitalFlag[]): boolean {
  return flags.some((f) => f === 'hypoxaemia' || f === 'hypotension' || f === 'pain-severe' || f === 'fever');
}

export type MorseInput = {
  fallIn3Months: boolean;
  secondaryDiagnosis: boolean;
  aid: 'none' | 'crutch' | 'furniture';
  ivAccess: boolean;
  gait: 'normal' | 'weak' | 'impaired';
  forgetsLimits: boolean;
};

/** Morse fall scale 0–125: <25 low, 25–44 moderate, ≥45 high. */
export function morseScore(m: MorseInput): { score: number; risk: 'low' | 'moderate' | 'high' } {
  const score =
    (m.fallIn3Months ? 25 : 0) +
    (m.secondaryDiagnosis ? 15 : 0) +
    (m.aid === 'crutch' ? 15 : m.aid === 'furniture' ? 30 : 0) +
    (m.ivAccess ? 20 : 0) +
    (m.gait === 'weak' ? 10 : m.gait === 'impaired' ? 20 : 0) +
    (m.forgetsLimits ? 15 : 0);
  return { score, risk: score >= 45 ? 'high' : score >= 25 ? 'moderate' : 'low' };
}

export type BradenInput = {
  sensory: 1 | 2 | 3 | 4;
  moisture: 1 | 2 | 3 | 4;
  activity: 1 | 2 | 3 | 4;
  mobility: 1 | 2 | 3 | 4;
  nutrition: 1 | 2 | 3 | 4;
  frictionShear: 1 | 2 | 3;
};

/** Braden 6–23: 15–18 mild, 13–14 moderate, 10–12 high, ≤9 very high (turn q2h). */
export function bradenScore(b: BradenInput): { score: number; risk: 'none' | 'mild' | 'moderate' | 'high' | 'very-high' } {
  const score = b.sensory + b.moisture + b.activity + b.mobility + b.nutrition + b.frictionShear;
  const risk = score <= 9 ? 'very-high' : score <= 12 ? 'high' : score <= 14 ? 'moderate' : score <= 18 ? 'mild' : 'none';
  return { score, risk };
}
