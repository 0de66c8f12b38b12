import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentPack } from '../../src/schema/contentPack.ts';
import { HospitalState } from '../../src/hospital/hospitalState.ts';
import { seedHospital } from '../../src/hospital/seedHospital.ts';
import { findStaff } from '../../src/hospital/staff.ts';
import { ScenarioSetupError, applyScenarioSetup } from '../../src/scenario/scenarioSetup.ts';
import { parseScenarioValue } from '../../src/scenario/scenarioSchema.ts';
import { STARTED_AT, SCENARIO_DIR, loadScenarios, scenarioFileNames, startState } from './scenarioFiles.ts';

const scenarios = loadScenarios();
const pack = (file: string) => ContentPack.parse(JSON.parse(readFileSync(new URL(`../../packs/${file}`, import.meta.url), 'utf8')));

describe('scenario files', () => {
  it('has at least 16 scenarios for at least 7 roles, all ten DOMAIN.md drills among them', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(16);
    expect(new Set(scenarios.flatMap((s) => s.roles)).size).toBeGreaterThanOrEqual(7);
    expect(scenarios.flatMap((s) => (s.drill ? [s.drill] : [])).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
  });

  it('names each file after its scenario id', () => {
    for (const name of scenarioFileNames()) {
      const id = JSON.parse(readFileSync(new URL(name, SCENARIO_DIR), 'utf8')).id;
      expect(name).toMatch(new RegExp(`^\\d{2}-${id}\\.json$`));
    }
  });

  it('sets up a schema-valid hospital for every scenario, with known operators', () => {
    for (const s of scenarios) {
      expect(HospitalState.safeParse(startState(s)).success, s.id).toBe(true);
      for (const staffId of Object.values(s.start.operators)) expect(findStaff(staffId!), `${s.id} ${staffId}`).toBeDefined();
      if (s.start.openPatient) expect(startState(s).patients.some((p) => p.patientId === s.start.openPatient), s.id).toBe(true);
    }
  });

  it('points every hint at a tour that exists in the named pack', () => {
    const packs = new Map([pack('sandbox-drills.pack.json'), pack('registration-demo.pack.json')].map((p) => [p.id, p]));
    for (const s of scenarios) {
      if (!s.hint) continue;
      const p = packs.get(s.hint.packId);
      expect(p, `${s.id}: pack ${s.hint.packId}`).toBeDefined();
      expect(p!.tours.map((t) => t.id), `${s.id}: tour ${s.hint.tourId}`).toContain(s.hint.tourId);
    }
  });

  it('reports what is wrong in a bad file, by field path', () => {
    const good = JSON.parse(readFileSync(new URL(scenarioFileNames()[0]!, SCENARIO_DIR), 'utf8'));
    const bad = { ...good, roles: ['surgeon'], checks: [{ ...good.checks[0], predicate: { path: 'a..b', exists: true } }], script: 'alert(1)' };
    const result = parseScenarioValue('bad.json', bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fileName).toBe('bad.json');
    expect(result.problems.some((p) => p.startsWith('roles[0]'))).toBe(true);
    expect(result.problems.some((p) => p.startsWith('checks[0].predicate'))).toBe(true);
    expect(result.problems.some((p) => p.includes('script'))).toBe(true);
    const dupe = parseScenarioValue('dupe.json', { ...good, traps: [{ ...good.traps[0], id: good.checks[0].id }] });
    expect(dupe.ok ? [] : dupe.problems).toContainEqual(expect.stringMatching(/^traps\[0\]\.id: id ".+" is already used by checks\[0\]/));
  });

  it('names the setup step that cannot apply', () => {
    const seeded = seedHospital(STARTED_AT);
    expect(() => applyScenarioSetup(seeded, [{ op: 'admit', patientId: 'P000001', admissionId: 'ZY26999999', ward: 'cardio-1', bed: '07', diagnosis: 'I10.x00', daysAgo: 1, status: 'in-hospital' }], STARTED_AT)).toThrow(ScenarioSetupError);
    expect(() => applyScenarioSetup(seeded, [{ op: 'profile', patientId: 'P000999' }], STARTED_AT)).toThrow(/start\.setup\[0\]: patient P000999 does not exist/);
  });
});
