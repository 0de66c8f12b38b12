import validateStatement from '@learninglocker/xapi-validation';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IncomingStatement, checkStatement, quickStatementCheck } from '../../src/record/statementValidation.ts';
import { registrarTourStatement, syntheticCohortStatements } from '../trainer/syntheticLearners.ts';

const samples = syntheticCohortStatements(8, 60);

/** Every path to a value inside a JSON value. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function mutate(statement: unknown, path: (string | number)[], mutation: { kind: 'set' | 'delete' | 'add'; value: unknown; key: string }): unknown {
  const copy = structuredClone(statement) as any;
  if (path.length === 0) return mutation.kind === 'set' ? mutation.value : copy;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step];
  const last = path.at(-1)!;
  if (mutation.kind === 'set') parent[last] = mutation.value;
  else if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last])) parent[last][mutation.key] = mutation.value;
  return copy;
}

describe('statement validation', () => {
  it('accepts every statement Preceptor makes, on the fast path, and the Learning Locker validator agrees', () => {
    for (const s of samples) {
      expect(quickStatementCheck(s), JSON.stringify(s)).toBe(true);
      expect(IncomingStatement.safeParse(s).success).toBe(true);
    }
    for (const s of samples.slice(0, 60)) expect(validateStatement(s)).toEqual([]);
    const tour = registrarTourStatement({ kind: 'target-missing', stepId: 's', stepIndex: 1, resolution: 'ambiguous', pagePattern: 'http://his/*' }, '2026-11-26T08:00:00Z', { id: 't', stepIndex: 1, stepCount: 3 });
    expect(checkStatement(tour).ok).toBe(true);
    // a mentor's sign-off carries an instructor
    expect(checkStatement({ ...tour, context: { ...tour.context, instructor: { objectType: 'Agent', account: { homePage: 'https://h.example', name: 'M0012' } } } }).ok).toBe(true);
  });

  it('names the field of what it refuses', () => {
    const s = samples[0]!;
    const check = (v: unknown) => {
      const r = checkStatement(v);
      return r.ok ? 'ok' : r.problems[0]!.path;
    };
    expect(check({ ...s, id: 'not-a-uuid' })).toBe('id');
    expect(check({ ...s, actor: { ...s.actor, mbox: 'mailto:a@b' } })).toBe('actor');
    expect(check({ ...s, verb: { id: 'completed' } })).toBe('verb.id');
    expect(check({ ...s, result: { score: { scaled: 1.5 } } })).toBe('result.score.scaled');
    expect(check({ ...s, result: { duration: '90 seconds' } })).toBe('result.duration');
    expect(check({ ...s, version: '2.0.0' })).toBe('version');
    expect(check({ ...s, attachments: [] })).toBe('');
    expect(check({ ...s, timestamp: '2026-11-26 08:00' })).toBe('timestamp');
  });

  it('the fast path never accepts what zod refuses (random mutations of real statements)', () => {
    const mutationArb = fc.record({
      kind: fc.constantFrom('set' as const, 'delete' as const, 'add' as const),
      value: fc.oneof(fc.jsonValue(), fc.constantFrom('', 'x', 'not an iri', 'https://ok.example/x', 'zh-CN', 'PT1S', -2, 2, 0.5, null, [], {}, true)),
      key: fc.oneof(fc.string(), fc.constantFrom('id', 'objectType', 'name', 'mbox', 'version', 'https://x.example/e', 'zh-CN', 'en', '__proto__', 'scaled')),
    });
    fc.assert(
      fc.property(fc.nat(samples.length - 1), fc.nat(), mutationArb, (index, pathSeed, mutation) => {
        const statement = samples[index]!;
        const all = paths(statement);
        const mutated = mutate(statement, all[pathSeed % all.length]!, mutation);
        if (quickStatementCheck(mutated)) expect(IncomingStatement.safeParse(mutated).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
