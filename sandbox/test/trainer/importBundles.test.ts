import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { learnerBundle, newSigner, tamper } from '../../../shared/test/record/bundleHelpers.ts';
import { EXTENSION } from '../../../shared/src/xapi/vocabulary.ts';
import { syntheticLearner, syntheticLearnerStatements } from '../../../shared/test/trainer/syntheticLearners.ts';
import { stepTitleKey } from '../../../shared/src/trainer/activityTitles.ts';
import { buildDashboardModel } from '../../src/trainer/dashboardModel.ts';
import { importBundles, type FileOutcome, type ImportSource } from '../../src/trainer/importBundles.ts';
import { sharedStatementIds, storedStatements } from '../../src/trainer/lrsSource.ts';
import { TrainerDb, storedStatementCount } from '../../src/trainer/trainerDb.ts';

const source = (name: string, bytes: Uint8Array): ImportSource => ({ name, size: bytes.length, bytes: async () => bytes });
const freshDb = () => new TrainerDb(`trainer-test-${crypto.randomUUID()}`);
const statuses = (outcomes: FileOutcome[]) => outcomes.map((o) => (o.status === 'imported' ? 'imported' : o.rejection.code));

/** Every stored statement's text by id, or by `${learner} ${id}` when scoped (ids are scoped per learner key). */
async function allStored(db: TrainerDb, scoped = false): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for await (const chunk of storedStatements(db)) for (const s of chunk) out.set(scoped ? `${s.learner} ${s.id}` : s.id, s.json);
  return out;
}

describe('trainer import', () => {
  it('imports every good file, skips each bad one with its reason, keeps what was stored', async () => {
    const db = freshDb();
    const a = await learnerBundle({ seed: 1, count: 30 });
    const b = await learnerBundle({ seed: 2, count: 30 });
    const c = await learnerBundle({ seed: 3, count: 30 });
    const tampered = await tamper(b.bytes, { statements: (t) => t.replace('/progressed"', '/completed"') });
    const corrupt = c.bytes.slice(0, 100);

    const first = await importBundles(db, [source('a.zip', a.bytes)]);
    expect(statuses(first)).toEqual(['imported']);

    const outcomes = await importBundles(db, [source('tampered.zip', tampered), source('b.zip', b.bytes), source('corrupt.zip', corrupt), source('a-again.zip', a.bytes), source('c.zip', c.bytes)]);
    expect(statuses(outcomes)).toEqual(['statements-hash-mismatch', 'imported', 'corrupt-zip', 'duplicate-file', 'imported']);
    const duplicate = outcomes[3] as Extract<FileOutcome, { status: 'rejected' }>;
    expect(duplicate.rejection.detail).toContain('a.zip');

    expect(await storedStatementCount(db)).toBe(a.statements.length + b.statements.length + c.statements.length);
    const stored = await allStored(db);
    expect(stored.size).toBe(a.statements.length + b.statements.length + c.statements.length);
    for (const s of a.statements) expect(JSON.parse(stored.get(s.id)!)).toEqual(s);
    const log = await db.importLog.toArray();
    expect(log.map((l) => [l.fileName, l.outcome, l.code ?? ''])).toEqual([
      ['a.zip', 'imported', ''],
      ['tampered.zip', 'rejected', 'statements-hash-mismatch'],
      ['b.zip', 'imported', ''],
      ['corrupt.zip', 'rejected', 'corrupt-zip'],
      ['a-again.zip', 'rejected', 'duplicate-file'],
      ['c.zip', 'imported', ''],
    ]);
    db.close();
  });

  it('a later, cumulative export adds only the new statements', async () => {
    const db = freshDb();
    const learner = syntheticLearner(5);
    const all = syntheticLearnerStatements(learner, 60, 5);
    const signer = await newSigner();
    const first = await learnerBundle({ learner, statements: all.slice(0, 40), signer });
    const second = await learnerBundle({ learner, statements: all, signer, sequence: 2, previous: first.manifestSha256, at: '2026-11-27T09:00:00.000Z' });
    await importBundles(db, [source('1.zip', first.bytes)]);
    const [outcome] = await importBundles(db, [source('2.zip', second.bytes)]);
    expect(outcome).toMatchObject({ status: 'imported', added: all.length - 40, duplicates: 40, conflicts: 0, keyStatus: 'unknown' });
    const model = await buildDashboardModel(db);
    expect(model.totals).toMatchObject({ bundles: 2, learners: 1, statements: all.length, quarantined: 0 });
    expect(model.learners[0]!.chain).toMatchObject({ bundles: 2, latestSequence: 2, missingEarlier: 0, forked: false });
    db.close();
  });

  it('quarantines same id with other content; the same content in another key order is a duplicate', async () => {
    const db = freshDb();
    const learner = syntheticLearner(6);
    const statements = syntheticLearnerStatements(learner, 20, 6);
    const signer = await newSigner();
    const original = await learnerBundle({ learner, statements, signer });
    const changed = structuredClone(statements);
    changed[4]!.timestamp = '2030-01-01T00:00:00.000Z';
    // same content, keys in another order: not a conflict
    changed[7] = Object.fromEntries(Object.entries(changed[7]!).reverse()) as never;
    const edited = await learnerBundle({ learner, statements: changed, signer, sequence: 2, previous: original.manifestSha256 });
    await importBundles(db, [source('original.zip', original.bytes)]);
    const [outcome] = await importBundles(db, [source('edited.zip', edited.bytes)]);
    expect(outcome).toMatchObject({ status: 'imported', added: 0, duplicates: statements.length - 1, conflicts: 1 });
    const quarantine = await db.quarantine.toArray();
    expect(quarantine).toHaveLength(1);
    expect(quarantine[0]).toMatchObject({ id: statements[4]!.id, fileName: 'edited.zip' });
    // the stored statement is the original
    expect(JSON.parse((await allStored(db)).get(statements[4]!.id)!).timestamp).toBe(statements[4]!.timestamp);
    db.close();
  });

  it('trusts registered keys and refuses a registered learner signing with another key', async () => {
    const db = freshDb();
    const learner = syntheticLearner(8);
    const signer = await newSigner();
    const good = await learnerBundle({ learner, signer, seed: 8 });
    await db.trustedKeys.put({ fingerprint: good.manifest.signature.keyFingerprint, learner: learner.learnerId, label: 'H0008', registeredAt: 0 });
    const impostor = await learnerBundle({ learner, seed: 8, at: '2026-11-28T00:00:00.000Z' });
    const other = await learnerBundle({ seed: 9, signer });
    const outcomes = await importBundles(db, [source('good.zip', good.bytes), source('impostor.zip', impostor.bytes), source('other.zip', other.bytes)]);
    expect(statuses(outcomes)).toEqual(['imported', 'key-changed', 'key-registered-to-other-learner']);
    expect(outcomes[0]).toMatchObject({ keyStatus: 'trusted' });
    const model = await buildDashboardModel(db);
    expect(model.learners[0]).toMatchObject({ learner: learner.learnerId, keyStatus: 'trusted', label: 'H0008' });
    db.close();
  });

  it('builds the dashboard model from the stored facts', async () => {
    const db = freshDb();
    const bundles = await Promise.all([11, 12, 13, 14].map((seed) => learnerBundle({ seed, count: 80 })));
    await importBundles(db, bundles.map((b, i) => source(`${i}.zip`, b.bytes)));
    const model = await buildDashboardModel(db);
    expect(model.totals).toMatchObject({ bundles: 4, learners: 4, statements: bundles.reduce((s, b) => s + b.statements.length, 0) });
    expect(model.items.length).toBeGreaterThan(0);
    for (const l of model.learners) expect(l.cells).toHaveLength(model.items.length);
    expect(model.items.every((i) => Object.keys(i.title).length > 0)).toBe(true);
    expect(model.funnels.length).toBeGreaterThan(0);
    db.close();
  });

  it('carries content titles into the model: step titles by stepTitleKey, the latest statement winning whatever the import order; reports summing progress', async () => {
    const learner = syntheticLearner(21);
    const statements = syntheticLearnerStatements(learner, 120, 21);
    const step = statements.find((s) => typeof s.result?.extensions?.[EXTENSION.stepTitle] === 'object')!;
    const stepId = step.result!.extensions![EXTENSION.stepId] as string;
    const key = stepTitleKey(step.object.id, stepId);
    // another learner, later, on a newer pack that renamed that step
    const other = syntheticLearner(22);
    const renamed = structuredClone(step);
    renamed.id = '0f0e0d0c-0b0a-4908-8706-050403020100';
    renamed.actor = { objectType: 'Agent', account: { homePage: other.homePage, name: other.learnerId } };
    renamed.timestamp = new Date(Date.parse(statements.at(-1)!.timestamp) + 60_000).toISOString();
    renamed.result!.extensions![EXTENSION.stepTitle] = { 'zh-CN': '新的步骤名', en: 'Renamed step' };
    const first = await learnerBundle({ learner, statements });
    const second = await learnerBundle({ learner: other, statements: [renamed] });
    for (const order of [[first, second], [second, first]]) {
      const db = freshDb();
      for (const b of order) await importBundles(db, [source(b.fileName, b.bytes)]);
      const progress: [number, number][] = [];
      const model = await buildDashboardModel(db, { onProgress: (done, total) => progress.push([done, total]) });
      expect(model.names[key]).toEqual({ 'zh-CN': '新的步骤名', en: 'Renamed step' });
      expect(model.names[step.object.id]?.en).toMatch(/\w/);
      expect(progress[0]).toEqual([0, 2]);
      expect(progress.at(-1)).toEqual([2, 2]);
      db.close();
    }
  });

  it('scopes statement ids per learner key: a bundle reusing another learner\'s ids neither quarantines nor changes them, in either order', async () => {
    const victim = await learnerBundle({ seed: 21, count: 30 });
    const attackerLearner = syntheticLearner(22);
    // the attacker's own key and learner id, the victim's statement ids, other content
    const squatted = victim.statements.map((s) => ({ ...structuredClone(s), actor: { ...s.actor, account: { homePage: attackerLearner.homePage, name: attackerLearner.learnerId } } }));
    const fresh = syntheticLearnerStatements(attackerLearner, 5, 22);
    const attacker = await learnerBundle({ learner: attackerLearner, statements: [...squatted, ...fresh] });

    // the reference: the victim's bundle alone
    const alone = freshDb();
    await importBundles(alone, [source('victim.zip', victim.bytes)]);
    const reference = (await buildDashboardModel(alone)).learners.find((l) => l.learner === victim.learner.learnerId)!;
    expect(reference.completed).toBeGreaterThan(0);
    alone.close();

    for (const order of ['squatter-first', 'victim-first', 'one-batch-squatter-first'] as const) {
      const db = freshDb();
      const files = { victim: source('victim.zip', victim.bytes), squatter: source('squatter.zip', attacker.bytes) };
      const outcomes =
        order === 'one-batch-squatter-first'
          ? await importBundles(db, [files.squatter, files.victim])
          : order === 'squatter-first'
            ? [...(await importBundles(db, [files.squatter])), ...(await importBundles(db, [files.victim]))]
            : [...(await importBundles(db, [files.victim])), ...(await importBundles(db, [files.squatter]))];
      const byFile = new Map(outcomes.map((o) => [o.fileName, o]));
      // every statement is added for its own learner; nothing is skipped, nothing quarantined
      expect(byFile.get('victim.zip'), order).toMatchObject({ status: 'imported', added: victim.statements.length, conflicts: 0, duplicates: 0 });
      expect(byFile.get('squatter.zip'), order).toMatchObject({ status: 'imported', added: squatted.length + fresh.length, conflicts: 0, duplicates: 0 });
      // the later file is told its ids are shared with the earlier learner
      const [earlier, later] = order === 'victim-first' ? ['victim.zip', 'squatter.zip'] : ['squatter.zip', 'victim.zip'];
      const otherLearner = later === 'victim.zip' ? attackerLearner.learnerId : victim.learner.learnerId;
      expect(byFile.get(later), order).toMatchObject({ shared: squatted.length, sharedFirst: { learner: otherLearner, line: 1 } });
      expect(byFile.get(earlier), order).toMatchObject({ shared: 0 });
      expect(await db.quarantine.count()).toBe(0);

      const model = await buildDashboardModel(db);
      const victimAfter = model.learners.find((l) => l.learner === victim.learner.learnerId)!;
      expect(victimAfter, order).toMatchObject({ completed: reference.completed, statements: reference.statements });
      const squatterAfter = model.learners.find((l) => l.learner === attackerLearner.learnerId)!;
      expect(squatterAfter.statements, order).toBe(squatted.length + fresh.length);

      // each learner's own text is stored under the shared id
      const stored = await allStored(db, true);
      for (const s of victim.statements) expect(JSON.parse(stored.get(`${victim.learner.learnerId} ${s.id}`)!)).toEqual(s);
      for (const s of squatted) expect(JSON.parse(stored.get(`${attackerLearner.learnerId} ${s.id}`)!)).toEqual(s);
      const log = await db.importLog.toArray();
      expect(log.find((l) => l.fileName === later)).toMatchObject({ shared: squatted.length });

      // the LRS gets neither copy of a shared id
      const shared = await sharedStatementIds(db);
      expect([...shared].sort()).toEqual(victim.statements.map((s) => s.id).sort());
      db.close();
    }
  });

  it('a file larger than any bundle can be is refused unread', async () => {
    const db = freshDb();
    let read = false;
    const huge: ImportSource = { name: 'huge.zip', size: 2 * 1024 ** 3, bytes: async () => ((read = true), new Uint8Array(0)) };
    const [outcome] = await importBundles(db, [huge]);
    expect(outcome).toMatchObject({ status: 'rejected', rejection: { code: 'too-large' } });
    expect(read).toBe(false);
    db.close();
  });

  it('can leave out results a training sandbox page reported, and counts them', async () => {
    const db = freshDb();
    const learner = syntheticLearner(31);
    const statements = syntheticLearnerStatements(learner, 40, 31);
    const marked = statements.map((s, i) =>
      i % 4 === 0 ? { ...s, context: { ...s.context, extensions: { ...s.context?.extensions, [EXTENSION.reportedBy]: 'training-sandbox' } } } : s,
    );
    const bundle = await learnerBundle({ learner, statements: marked as typeof statements });
    await importBundles(db, [source('marked.zip', bundle.bytes)]);
    const all = await buildDashboardModel(db);
    const own = await buildDashboardModel(db, { includeReported: false });
    const reported = marked.filter((_, i) => i % 4 === 0).length;
    expect(all.totals.reported).toBe(reported);
    expect(own.totals.reported).toBe(reported);
    expect(all.includeReported).toBe(true);
    expect(own.includeReported).toBe(false);
    expect(own.learners[0]!.statements).toBe(all.learners[0]!.statements - reported);
    db.close();
  });
});
