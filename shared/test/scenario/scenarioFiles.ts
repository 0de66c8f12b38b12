// The sandbox's scenario files, read and parsed the way the sandbox does, for the scenario tests.

import { readdirSync, readFileSync } from 'node:fs';
import { applyHospitalAction, type HospitalAction } from '../../src/hospital/hospitalActions.ts';
import type { HospitalState } from '../../src/hospital/hospitalState.ts';
import { seedHospital } from '../../src/hospital/seedHospital.ts';
import { applyScenarioSetup } from '../../src/scenario/scenarioSetup.ts';
import { parseScenarioValue, type Scenario } from '../../src/scenario/scenarioSchema.ts';

export const SCENARIO_DIR = new URL('../../../sandbox/scenarios/', import.meta.url);

export function scenarioFileNames(): string[] {
  return readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.json')).sort();
}

export function loadScenarios(): Scenario[] {
  return scenarioFileNames().map((name) => {
    const result = parseScenarioValue(name, JSON.parse(readFileSync(new URL(name, SCENARIO_DIR), 'utf8')));
    if (!result.ok) throw new Error(`${name}: ${result.problems.join('; ')}`);
    return result.scenario;
  });
}

/** The attempt starts at 09:30 on a fixed day; learner actions follow a minute apart. */
export const STARTED_AT = new Date(2026, 10, 26, 9, 30);

export function startState(scenario: Scenario): HospitalState {
  return applyScenarioSetup(seedHospital(STARTED_AT), scenario.start.setup, STARTED_AT);
}

export type Step = [action: HospitalAction, by: string];

/** Plays learner actions after the start; every one must succeed (the UI would refuse the others). */
export function play(state: HospitalState, steps: readonly Step[]): HospitalState {
  return steps.reduce((s, [action, by], i) => {
    const r = applyHospitalAction(s, action, { now: new Date(STARTED_AT.getTime() + (i + 1) * 60_000), by });
    if (!r.ok) throw new Error(`step ${i} ${action.type}: ${r.issues.join(', ')}`);
    return r.state;
  }, state);
}
