// 报表分析 (DOMAIN.md 3.10): department KPIs for managers. Monthly figures come from a seeded
// statistics generator (the sandbox has no year of history); today's figures from live state.

import { type HospitalState } from './hospitalState.ts';
import { seededRandom } from './seededRandom.ts';
import { WARDS } from './staff.ts';

export type KpiMetric =
  | 'outpatientVisits'
  | 'admissions'
  | 'bedOccupancy'
  | 'averageStay'
  | 'drugShare'
  | 'outpatientAntibioticRate'
  | 'inpatientAntibioticRate'
  | 'antibioticDdds'
  | 'criticalTimeliness'
  | 'costPerCase';

export type DepartmentKpis = { deptCode: string } & Record<KpiMetric, number>;

/** National/typical caps a manager is held to (DOMAIN.md 3.10). `max`: above is a breach; `min`: below. */
export const KPI_LIMITS: Partial<Record<KpiMetric, { max?: number; min?: number }>> = {
  outpatientAntibioticRate: { max: 20 },
  inpatientAntibioticRate: { max: 60 },
  antibioticDdds: { max: 40 },
  drugShare: { max: 30 },
  criticalTimeliness: { min: 95 },
};

export const KPI_DEPARTMENTS = [
  'cardiology', 'respiratory', 'gastroenterology', 'endocrinology', 'neurology', 'general-surgery', 'orthopaedics', 'obgyn', 'paediatrics', 'ent', 'emergency',
] as const;

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * One month of department statistics. Deterministic per month. Every month ENT runs over the
 * outpatient antibiotic cap and general surgery over the DDD cap, so there is something to find.
 */
export function departmentKpis(month: string, seed = 20240604): DepartmentKpis[] {
  const rng = seededRandom(seed + Number(month.replace('-', '')));
  return KPI_DEPARTMENTS.map((deptCode) => {
    const surgical = deptCode === 'general-surgery' || deptCode === 'orthopaedics' || deptCode === 'obgyn';
    const row: DepartmentKpis = {
      deptCode,
      outpatientVisits: rng.int(1800, 7200),
      admissions: deptCode === 'emergency' ? rng.int(40, 90) : rng.int(120, 420),
      bedOccupancy: round1(78 + rng.next() * 24),
      averageStay: round1(surgical ? 5.5 + rng.next() * 3 : 6.5 + rng.next() * 4),
      drugShare: round1(18 + rng.next() * 11),
      outpatientAntibioticRate: round1(6 + rng.next() * 11),
      inpatientAntibioticRate: round1(surgical ? 40 + rng.next() * 15 : 25 + rng.next() * 25),
      antibioticDdds: round1(22 + rng.next() * 14),
      criticalTimeliness: round1(95.5 + rng.next() * 4.5),
      costPerCase: rng.int(9_000, 26_000) * 100,
    };
    if (deptCode === 'ent') row.outpatientAntibioticRate = round1(22.5 + rng.next() * 4);
    if (deptCode === 'general-surgery') row.antibioticDdds = round1(41.5 + rng.next() * 4);
    return row;
  });
}

export type KpiBreach = { deptCode: string; metric: KpiMetric; value: number; limit: number };

export function kpiBreaches(rows: readonly DepartmentKpis[]): KpiBreach[] {
  const out: KpiBreach[] = [];
  for (const row of rows) {
    for (const [metric, limit] of Object.entries(KPI_LIMITS) as [KpiMetric, { max?: number; min?: number }][]) {
      const value = row[metric];
      if (limit.max !== undefined && value > limit.max) out.push({ deptCode: row.deptCode, metric, value, limit: limit.max });
      if (limit.min !== undefined && value < limit.min) out.push({ deptCode: row.deptCode, metric, value, limit: limit.min });
    }
  }
  return out;
}

/** 'YYYY-MM' months ending with `month`, oldest first. */
export function monthsEnding(month: string, count: number): string[] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (count - 1 - i), 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

export type LiveKpis = {
  outpatientVisitsToday: number;
  inpatients: number;
  beds: number;
  bedOccupancy: number;
  openCriticalAlerts: number;
  /** median minutes from the lab's report to the ward's acknowledgement */
  medianCriticalAckMinutes: number | null;
  pendingPrescriptionReviews: number;
};

export function liveKpis(state: HospitalState, today: string): LiveKpis {
  const beds = WARDS.reduce((s, w) => s + w.beds, 0);
  const inpatients = state.admissions.filter((a) => a.status !== 'discharged').length;
  const delays = state.criticalAlerts
    .filter((a) => a.report && a.ack)
    .map((a) => (Date.parse(a.ack!.at) - Date.parse(a.report!.at)) / 60_000)
    .sort((a, b) => a - b);
  return {
    outpatientVisitsToday: state.registrations.filter((r) => r.date === today && r.status !== 'cancelled').length,
    inpatients,
    beds,
    bedOccupancy: round1((inpatients / beds) * 100),
    openCriticalAlerts: state.criticalAlerts.filter((a) => a.status !== 'acknowledged').length,
    medianCriticalAckMinutes: delays.length ? round1(delays[Math.floor(delays.length / 2)]!) : null,
    pendingPrescriptionReviews: state.prescriptions.filter((p) => p.status === 'pending-review').length,
  };
}
