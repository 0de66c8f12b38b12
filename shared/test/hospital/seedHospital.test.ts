import { describe, expect, it } from 'vitest';
import { departmentKpis, kpiBreaches, liveKpis, monthsEnding } from '../../src/hospital/hospitalReports.ts';
import { HospitalState } from '../../src/hospital/hospitalState.ts';
import { checkMedicationLines } from '../../src/hospital/medicationRules.ts';
import { seedHospital } from '../../src/hospital/seedHospital.ts';
import { stockAlerts } from '../../src/hospital/stockAlerts.ts';
import { DRILL_PATIENT_IDS } from '../../src/hospital/syntheticPatients.ts';
import { WARDS } from '../../src/hospital/staff.ts';

const AT = new Date(2026, 10, 26, 9, 15);
const state = seedHospital(AT);

describe('seedHospital', () => {
  it('is deterministic and schema-valid at any hour of the day', () => {
    expect(seedHospital(AT)).toEqual(state);
    expect(HospitalState.safeParse(state).success).toBe(true);
    for (const hour of [0, 3, 7, 13, 23]) {
      const s = seedHospital(new Date(2026, 10, 26, hour, 5));
      expect(HospitalState.safeParse(s).success, `hour ${hour}`).toBe(true);
      for (const e of s.orders.flatMap((o) => o.executions)) expect(Date.parse(e.at)).toBeLessThanOrEqual(new Date(2026, 10, 26, hour, 5).getTime());
    }
  });

  it('puts the two 张丽 side by side on cardiology ward 1 and keeps beds unique', () => {
    const bed = (id: string) => state.admissions.find((a) => a.patientId === id)!;
    expect([bed(DRILL_PATIENT_IDS.zhangLiA).bed, bed(DRILL_PATIENT_IDS.zhangLiB).bed]).toEqual(['07', '08']);
    for (const ward of WARDS) {
      const beds = state.admissions.filter((a) => a.ward === ward.code && a.status !== 'discharged').map((a) => a.bed);
      expect(new Set(beds).size, ward.code).toBe(beds.length);
      for (const b of beds) expect(Number(b)).toBeLessThanOrEqual(ward.beds);
    }
  });

  it('gives nobody a standing drug they are allergic to', () => {
    for (const o of state.orders.filter((x) => x.category === 'medication' && x.drug)) {
      const patient = state.patients.find((p) => p.patientId === o.patientId)!;
      const alerts = checkMedicationLines([{ drug: o.drug!, dose: o.dose!, route: o.route!, frequency: o.frequency!, days: 1 }], { allergies: patient.allergies, currentDrugs: [], prescriberTitle: 'chief', setting: 'inpatient' });
      expect(alerts.filter((a) => a.code === 'allergy' || a.code === 'cross-allergy'), o.orderId).toEqual([]);
    }
  });

  it('has work waiting in every module', () => {
    expect(state.orders.filter((o) => o.status === 'new').length).toBeGreaterThan(0);
    expect(state.prescriptions.filter((p) => p.status === 'pending-review').length).toBeGreaterThan(0);
    expect(state.specimens.filter((s) => s.status === 'collected').length).toBeGreaterThan(0);
    expect(state.imagingExams.filter((e) => e.status === 'requested').length).toBeGreaterThan(0);
    expect(state.admissions.filter((a) => a.status === 'discharge-ordered').length).toBe(3);
    expect(stockAlerts(state.stock, '2026-11-26').map((a) => a.kind)).toEqual(['expired', 'below-min', 'below-min', 'near-expiry']);
    expect(state.interfaces.find((i) => i.id === 'his-dispenser')!.status).toBe('degraded');
    expect(state.backups.some((b) => b.status === 'failed')).toBe(true);
  });
});

describe('reports', () => {
  it('always has ENT over the outpatient antibiotic cap and general surgery over the DDD cap', () => {
    for (const month of monthsEnding('2026-11', 6)) {
      const breaches = kpiBreaches(departmentKpis(month)).map((b) => `${b.deptCode}:${b.metric}`);
      expect(breaches, month).toContain('ent:outpatientAntibioticRate');
      expect(breaches).toContain('general-surgery:antibioticDdds');
      expect(breaches.filter((b) => b.endsWith('outpatientAntibioticRate'))).toEqual(['ent:outpatientAntibioticRate']);
    }
    expect(monthsEnding('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });

  it('derives live figures from the state', () => {
    const live = liveKpis(state, '2026-11-26');
    expect(live.inpatients).toBe(state.admissions.filter((a) => a.status !== 'discharged').length);
    expect(live.medianCriticalAckMinutes).toBe(2);
    expect(live.beds).toBe(76);
  });
});
