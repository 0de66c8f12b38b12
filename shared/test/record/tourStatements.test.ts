import validateStatement from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { ContentPack } from '../../src/schema/contentPack.ts';
import { advanceTour, startTour, type TourEffect } from '../../src/tour/tourMachine.ts';
import { tourStatement, type StatementLearner } from '../../src/record/tourStatements.ts';
import { isoDuration } from '../../src/record/xapiStatement.ts';
import { VERB } from '../../src/xapi/vocabulary.ts';
import { demoPack } from '../packFixtures.ts';

const pack = ContentPack.parse(demoPack());
const tour = pack.tours[0]!;
const learner: StatementLearner = {
  learnerId: '3f1c2a9e-8d4b-4c61-9a53-2e7b1d0c5f44',
  homePage: 'https://hospital.example.cn',
  role: 'registrar',
  department: '门诊部',
  language: 'zh-CN',
};

function statementsForFullRun() {
  const registration = crypto.randomUUID();
  let { run, effects } = startTour(tour, pack, registration, Date.parse('2026-11-26T08:00:00Z'));
  const all: { effect: TourEffect; run: typeof run }[] = effects.map((effect) => ({ effect, run }));
  const events = [{ type: 'next' }, { type: 'next' }, { type: 'next' }, { type: 'target-clicked', stepId: 'new-patient' }, { type: 'next' }] as const;
  events.forEach((event, i) => {
    const t = advanceTour(run, tour, event, Date.parse('2026-11-26T08:00:00Z') + (i + 1) * 15_000);
    run = t.run;
    all.push(...t.effects.map((effect) => ({ effect, run })));
  });
  return all.map(({ effect, run: r }, i) =>
    tourStatement({ effect, run: r, pack, tour, steps: tour.steps, learner, now: new Date(Date.parse('2026-11-26T08:00:00Z') + i * 1000), newId: () => crypto.randomUUID() }),
  );
}

describe('tour statements (xAPI 1.0.3)', () => {
  const statements = statementsForFullRun();

  it('every statement passes the Learning Locker validator with no warnings', () => {
    for (const statement of statements) expect(validateStatement(statement)).toEqual([]);
  });

  it('the validator is a real oracle: it rejects a broken statement', () => {
    const broken = { ...statements[0]!, id: 'not-a-uuid', version: '2.0.0', timestamp: 'yesterday' };
    expect(validateStatement(broken).length).toBeGreaterThanOrEqual(3);
  });

  it('launched, five progressed, completed with ISO duration; one registration; account actor', () => {
    expect(statements.map((s) => s.verb.id)).toEqual([VERB.launched, ...Array(5).fill(VERB.progressed), VERB.completed]);
    expect(new Set(statements.map((s) => s.context.registration)).size).toBe(1);
    const completed = statements.at(-1)!;
    expect(completed.result).toEqual({ completion: true, duration: 'PT1M15S' });
    expect(completed.actor).toEqual({ objectType: 'Agent', account: { homePage: 'https://hospital.example.cn', name: learner.learnerId } });
    expect(statements[0]).not.toHaveProperty('version');
    expect(statements[3]!.result!.extensions!['https://w3id.org/xapi/cmi5/result/extensions/progress']).toBe(60);
  });

  it('holds no profile text beyond role and department ids', () => {
    const text = JSON.stringify(statements);
    expect(text).not.toMatch(/displayName|staff|mbox/);
  });

  it('a target-missing record is valid xAPI and names the pattern, not the page', () => {
    const run = startTour(tour, pack, crypto.randomUUID(), 0).run;
    const statement = tourStatement({
      effect: { kind: 'target-missing', stepId: 'new-patient', stepIndex: 3, resolution: 'ambiguous', pagePattern: 'http://localhost:*/registration*' },
      run, pack, tour, learner, now: new Date('2026-11-26T08:00:00Z'), newId: () => crypto.randomUUID(),
    });
    expect(validateStatement(statement)).toEqual([]);
    expect(statement.verb.id).toBe('https://preceptor.dev/xapi/verbs/target-missing');
    expect(statement.result!.extensions).toMatchObject({
      'https://preceptor.dev/xapi/extensions/resolution': 'ambiguous',
      'https://preceptor.dev/xapi/extensions/page-pattern': 'http://localhost:*/registration*',
    });
  });

  it('formats durations as xAPI wants', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(1234)).toBe('PT1.23S');
    expect(isoDuration(3_723_500)).toBe('PT1H2M3.5S');
    expect(isoDuration(60_000)).toBe('PT1M');
  });
});
