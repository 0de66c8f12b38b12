import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENARIO_LIST_PATH, scenarioPracticeUrl } from '../../src/scenario/scenarioLink.ts';
import { loadScenarios } from './scenarioFiles.ts';

describe("a checklist drill item's link to its sandbox scenario (issue 17)", () => {
  it('is the scenario list on the first configured sandbox origin, picking the scenario by query', () => {
    expect(scenarioPracticeUrl(['https://train.hospital.local'], 'reg-returning-patient')).toBe('https://train.hospital.local/scenarios?scenario=reg-returning-patient');
    expect(scenarioPracticeUrl(['http://localhost:4194', 'http://127.0.0.1:4194'], 'a b&c')).toBe('http://localhost:4194/scenarios?scenario=a+b%26c');
  });

  it('skips what is not an http(s) origin and gives nothing when no sandbox is set', () => {
    expect(scenarioPracticeUrl(['javascript:alert(1)', 'http://x@evil.example', 'https://t.example/path', 'https://ok.example'], 's')).toBe('https://ok.example/scenarios?scenario=s');
    expect(scenarioPracticeUrl([], 's')).toBeUndefined();
    expect(scenarioPracticeUrl(['file:///etc'], 's')).toBeUndefined();
  });

  it('the sandbox routes that path, and every drill item in the shipped and fixture packs names a real scenario', () => {
    expect(readFileSync(new URL('../../../sandbox/src/routes.tsx', import.meta.url), 'utf8')).toContain(`path: '${SCENARIO_LIST_PATH}'`);
    const ids = new Set(loadScenarios().map((s) => s.id));
    const dirs = [new URL('../../packs/', import.meta.url), new URL('../../../tests/fixtures/packs/', import.meta.url)];
    const named: string[] = [];
    for (const dir of dirs) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.pack.json'))) {
        const pack = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { checklists?: { items: { kind: string; scenarioId?: string }[] }[] };
        for (const item of (pack.checklists ?? []).flatMap((c) => c.items)) if (item.kind === 'scenario') named.push(`${file}: ${item.scenarioId}`);
      }
    }
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((n) => !ids.has(n.split(': ')[1]!))).toEqual([]);
  });
});
