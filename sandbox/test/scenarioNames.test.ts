import { STAFF, seedHospital } from '@preceptor/shared/hospital/index.ts';
import { namesAsRecorded } from '@preceptor/shared/i18n/namesAsRecorded.ts';
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../src/scenarios/scenarioCatalog.ts';

/** every English text of a scenario (its LocalizedText fields), and every other string it holds (setup, checks) */
function stringsOf(value: unknown, english: string[], other: string[]): void {
  if (typeof value === 'string') other.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, english, other);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['en'] === 'string' && typeof record['zh-CN'] === 'string') english.push(record['en']);
    else for (const v of Object.values(record)) stringsOf(v, english, other);
  }
}

/** people a scenario names whom no record holds before the learner types them in */
const NEW_PEOPLE: Record<string, string[]> = { 'it-access-leaver-joiner': ['韩雪'] }; // the joiner whose account the learner opens

describe('scenario texts in English', () => {
  // the people the simulated hospital knows: its patients and staff, and those a scenario brings or expects
  const hospital = seedHospital(new Date('2026-12-06T08:00:00'));
  const people = new Set([...hospital.patients.map((p) => p.name), ...STAFF.map((s) => s.name)]);

  it('hold Chinese characters only as names of people the hospital data holds (shown as recorded, not translated)', () => {
    const untranslated: string[] = [];
    let names = 0;
    for (const scenario of SCENARIOS) {
      const english: string[] = [];
      const other: string[] = [];
      stringsOf(scenario, english, other);
      for (const text of english) {
        for (const piece of namesAsRecorded(text)) {
          if (!piece.asRecorded) continue;
          names++;
          if (!people.has(piece.text) && !other.includes(piece.text) && !NEW_PEOPLE[scenario.id]?.includes(piece.text)) untranslated.push(`${scenario.id}: ${piece.text} in "${text.slice(0, 60)}"`);
        }
      }
    }
    expect(untranslated).toEqual([]);
    expect(names).toBeGreaterThan(20); // the check saw the names (王伟, 张丽, …)
  });
});
