import { describe, expect, it } from 'vitest';
import { MAX_STATEMENT_BYTES, verifyExportBundle } from '../../src/record/exportBundle.ts';
import { learnerBundle } from './bundleHelpers.ts';
import { syntheticLearner, syntheticLearnerStatements } from '../trainer/syntheticLearners.ts';

/**
 * Issue 12: a log holding records the trainer's import refuses must still export everything
 * else, and the bundle must import. Each poison below made every later export unusable before.
 */
describe('a poisoned progress log can always be exported', () => {
  const learner = syntheticLearner(7);
  const good = syntheticLearnerStatements(learner, 12, 7);
  const template = good[0]!;
  const poisons: [string, unknown][] = [
    ['a 4,001-character activity name', { ...template, id: crypto.randomUUID(), object: { ...template.object, definition: { name: { 'zh-CN': 'x'.repeat(4001) } } } }],
    ['a verb that is not an IRI', { ...template, id: crypto.randomUUID(), verb: { id: 'passed' } }],
    ['no timestamp', { ...template, id: crypto.randomUUID(), timestamp: 'yesterday' }],
    ['another learner as actor', { ...template, id: crypto.randomUUID(), actor: { ...template.actor, account: { homePage: learner.homePage, name: 'someone-else' } } }],
    ['a statement over the size limit', { ...template, id: crypto.randomUUID(), context: { ...template.context, extensions: { 'https://evil.example/x': 'y'.repeat(MAX_STATEMENT_BYTES) } } }],
    ['not an object', 'forged'],
    ['an unknown top-level property', { ...template, id: crypto.randomUUID(), evil: true }],
  ];

  it('leaves out exactly the poisoned records, names why, and the bundle verifies', async () => {
    const mixed = [...good.slice(0, 6), ...poisons.map(([, p]) => p), ...good.slice(6)] as never[];
    const bundle = await learnerBundle({ learner, statements: mixed });
    expect(bundle.skipped).toHaveLength(poisons.length);
    expect(bundle.skipped.map((s) => s.reason).sort()).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'invalid', 'other-learner', 'too-large']);
    const verified = await verifyExportBundle(bundle.bytes);
    expect(verified.ok).toBe(true);
    if (!verified.ok) return;
    // liveness: every good record arrives, in full
    expect(verified.statements.map((s) => s.statement.id).sort()).toEqual(good.map((s) => s.id).sort());
    expect(verified.manifest.statementCount).toBe(good.length);
  });

  it('a clean log skips nothing', async () => {
    const bundle = await learnerBundle({ learner, statements: good });
    expect(bundle.skipped).toEqual([]);
    expect(bundle.manifest.statementCount).toBe(good.length);
  });
});
