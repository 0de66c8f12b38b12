import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ProgressDb, allStatements, appendStatements } from '../../src/record/progressDb.ts';
import type { XapiStatement } from '../../src/record/xapiStatement.ts';

function statement(id: string, timestamp: string, verb = 'http://adlnet.gov/expapi/verbs/progressed'): XapiStatement {
  return {
    id,
    actor: { objectType: 'Agent', account: { homePage: 'https://h.example', name: 'learner-1' } },
    verb: { id: verb, display: { 'en-US': 'x' } },
    object: { objectType: 'Activity', id: 'https://preceptor.dev/xapi/activities/packs/p/tours/t', definition: { type: 'http://adlnet.gov/expapi/activities/module', name: { en: 't' } } },
    context: { registration: 'a5b0c7d2-0000-4000-8000-000000000001', platform: 'Preceptor', language: 'en' },
    timestamp,
  };
}

describe('progress DB (Dexie)', () => {
  it('appends idempotently by statement id and reads back in time order', async () => {
    const db = new ProgressDb(`test-${crypto.randomUUID()}`);
    const a = statement(crypto.randomUUID(), '2026-11-26T08:00:02Z');
    const b = statement(crypto.randomUUID(), '2026-11-26T08:00:01Z');
    expect(await appendStatements(db, [a, b, a])).toEqual({ added: 2, alreadyStored: 1 });
    const changedCopy = { ...a, verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: {} } };
    expect(await appendStatements(db, [changedCopy])).toEqual({ added: 0, alreadyStored: 1 });
    const stored = await allStatements(db);
    expect(stored.map((s) => s.id)).toEqual([b.id, a.id]);
    // append-only: the stored statement was not overwritten
    expect(stored[1]!.verb.id).toBe(a.verb.id);
    db.close();
  });

  it('survives reopening (data is in IndexedDB, not memory)', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const first = new ProgressDb(name);
    await appendStatements(first, [statement(crypto.randomUUID(), '2026-11-26T08:00:00Z')]);
    first.close();
    const again = new ProgressDb(name);
    expect(await again.statements.count()).toBe(1);
    again.close();
  });
});
