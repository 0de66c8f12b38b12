// Writes shared/packs/drill-catalog.json from sandbox/scenarios/*.json (a test keeps it in sync).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { drillCatalogText } from '../src/scenario/drillCatalog.ts';
import { parseScenarioValue, type Scenario } from '../src/scenario/scenarioSchema.ts';

const dir = new URL('../../sandbox/scenarios/', import.meta.url);
const scenarios: Scenario[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((name) => {
    const result = parseScenarioValue(name, JSON.parse(readFileSync(new URL(name, dir), 'utf8')));
    if (!result.ok) throw new Error(`${name}: ${result.problems.join('; ')}`);
    return result.scenario;
  });
const target = new URL('../packs/drill-catalog.json', import.meta.url);
writeFileSync(target, drillCatalogText(scenarios));
console.log(`wrote ${target.pathname} (${scenarios.length} drills)`);
