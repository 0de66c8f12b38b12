// The scenario files of sandbox/scenarios/*.json, parsed with zod when the app loads. A file
// that does not parse is listed with its problems instead of being half-loaded.

import { parseScenarioValue, type Scenario } from '@preceptor/shared/scenario/index.ts';

const files = import.meta.glob<unknown>('../../scenarios/*.json', { eager: true, import: 'default' });

const parsed = Object.entries(files)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, value]) => parseScenarioValue(path.split('/').pop()!, value));

export const SCENARIOS: readonly Scenario[] = parsed.flatMap((r) => (r.ok ? [r.scenario] : []));
export const SCENARIO_PROBLEMS = parsed.flatMap((r) => (r.ok ? [] : [{ fileName: r.fileName, problems: r.problems }]));

export function findScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
