import { describe, expect, it } from 'vitest';
import { canonicalJson, mergeStatements, statementContentKey, type MergeCandidate } from '../../src/trainer/mergeStatements.ts';
import { seededLearnerStatements } from './syntheticLearners.ts';

const statements = seededLearnerStatements(1, 20);
const candidate = (s: any): MergeCandidate<string> => ({ id: s.id, contentKey: statementContentKey(s), item: s.id });

/** A store: what mergeStatements decided to add is stored (as the caller does after writing). */
function mergeInto(stored: Map<string, number>, batch: MergeCandidate<string>[]) {
  const outcome = mergeStatements(batch, (id) => stored.get(id));
  for (const c of outcome.added) stored.set(c.id, c.contentKey);
  return outcome;
}

describe('merging statements', () => {
  it('canonical JSON ignores key order, keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
  });

  it('content keys: equal for equal statements in any key order or after an LRS round trip, different otherwise', () => {
    const s = statements[0]!;
    const reordered = Object.fromEntries(Object.entries(s).reverse());
    expect(statementContentKey(reordered)).toBe(statementContentKey(s as any));
    expect(statementContentKey({ ...s, stored: '2026-12-01T00:00:00Z', version: '1.0.0', authority: { mbox: 'mailto:x@y' } })).toBe(statementContentKey(s as any));
    expect(statementContentKey({ ...s, verb: { ...s.verb, id: 'http://adlnet.gov/expapi/verbs/completed' } })).not.toBe(statementContentKey(s as any));
  });

  it('adds new ids, counts same-content duplicates, quarantines same-id-different-content', () => {
    const stored = new Map<string, number>();
    const first = mergeInto(stored, statements.slice(0, 10).map(candidate));
    expect(first.added).toHaveLength(10);
    expect(stored.size).toBe(10);

    const changed = { ...statements[3]!, timestamp: '2030-01-01T00:00:00.000Z' };
    const second = mergeInto(stored, [...statements.slice(5, 15), changed].map(candidate));
    expect(second.added.map((c) => c.id)).toEqual(statements.slice(10, 15).map((s) => s.id));
    expect(second.duplicates).toBe(5);
    expect(second.conflicts).toHaveLength(1);
    expect(second.conflicts[0]).toMatchObject({ id: changed.id, storedContentKey: statementContentKey(statements[3] as any) });
    // the stored content key is unchanged: nothing was overwritten
    expect(stored.get(changed.id)).toBe(statementContentKey(statements[3] as any));
  });

  it('is idempotent: merging the same batch twice adds nothing the second time', () => {
    const stored = new Map<string, number>();
    const batch = statements.map(candidate);
    expect(mergeInto(stored, batch).added).toHaveLength(statements.length);
    const again = mergeInto(stored, batch);
    expect(again.added).toHaveLength(0);
    expect(again.duplicates).toBe(statements.length);
    expect(again.conflicts).toHaveLength(0);
  });

  it('judges two copies inside one batch against each other', () => {
    const stored = new Map<string, number>();
    const s = statements[0]!;
    const outcome = mergeInto(stored, [candidate(s), candidate(s), candidate({ ...s, timestamp: '2031-01-01T00:00:00Z' })]);
    expect([outcome.added.length, outcome.duplicates, outcome.conflicts.length]).toEqual([1, 1, 1]);
  });

  it('scopes ids per owner: another owner\'s statement under the same id is kept, not a duplicate or conflict, in either order', () => {
    const victim = statements.slice(0, 6);
    // another owner reuses the victim's ids with other content
    const squatter = victim.map((s) => ({ ...s, timestamp: '2031-01-01T00:00:00Z' }));
    for (const order of [
      ['victim', 'squatter'],
      ['squatter', 'victim'],
    ] as const) {
      const stores = new Map<string, Map<string, number>>([
        ['victim', new Map()],
        ['squatter', new Map()],
      ]);
      const batches = { victim, squatter };
      const outcomes: Record<string, ReturnType<typeof mergeStatements<string, number>>> = {};
      for (const owner of order) {
        const mine = stores.get(owner)!;
        const other = stores.get(owner === 'victim' ? 'squatter' : 'victim')!;
        const outcome = mergeStatements(batches[owner].map(candidate), (id) => mine.get(id), (id) => other.has(id));
        for (const c of outcome.added) mine.set(c.id, c.contentKey);
        outcomes[owner] = outcome;
      }
      expect(outcomes.victim!.added).toHaveLength(victim.length);
      expect(outcomes.squatter!.added).toHaveLength(squatter.length);
      expect(outcomes.victim!.conflicts.length + outcomes.squatter!.conflicts.length).toBe(0);
      // the later one is told its ids are shared; the first one could not know yet
      expect(outcomes[order[1]]!.shared).toHaveLength(victim.length);
      expect(outcomes[order[0]]!.shared).toHaveLength(0);
      expect(stores.get('victim')!.get(victim[0]!.id)).toBe(statementContentKey(victim[0] as any));
    }
  });

  it('still judges an owner\'s own copies when another owner shares the id', () => {
    const s = statements[0]!;
    const mine = new Map([[s.id, statementContentKey(s as any)]]);
    const outcome = mergeStatements([candidate(s), candidate({ ...s, timestamp: '2031-01-01T00:00:00Z' })], (id) => mine.get(id), () => true);
    expect([outcome.added.length, outcome.duplicates, outcome.conflicts.length, outcome.shared.length]).toEqual([0, 1, 1, 1]);
  });
});
