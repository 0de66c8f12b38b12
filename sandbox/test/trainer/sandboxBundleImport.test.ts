import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { learnerBundle } from '../../../shared/test/record/bundleHelpers.ts';
import { syntheticLearner, syntheticLearnerStatements } from '../../../shared/test/trainer/syntheticLearners.ts';
import { buildSandboxBundle } from '@preceptor/shared/record/sandboxHandIn.ts';
import { SigningKeyStore } from '@preceptor/shared/record/signingKeyStore.ts';
import { buildDashboardModel } from '../../src/trainer/dashboardModel.ts';
import { importBundles, type ImportSource } from '../../src/trainer/importBundles.ts';
import { TrainerDb } from '../../src/trainer/trainerDb.ts';
import { NO_FILTER, filterLearners, learnerName } from '../../src/trainer/trainerUi.tsx';

const source = (name: string, bytes: Uint8Array): ImportSource => ({ name, size: bytes.length, bytes: async () => bytes });
const consentedAt = '2026-12-01T08:00:00.000Z';

describe('trainer: a sandbox-only trainee’s hand-in', () => {
  it('imports like any bundle, shows her name and staff number, and tells the sandbox from the extension', async () => {
    const db = new TrainerDb(`trainer-sandbox-${crypto.randomUUID()}`);
    // the same nurse: scenarios in the sandbox (its own opaque id and key), tours with the extension
    const inSandbox = { ...syntheticLearner(21), homePage: 'http://localhost:4173' };
    const store = new SigningKeyStore(`sandbox-signing-${crypto.randomUUID()}`);
    const sandbox = await buildSandboxBundle({
      store,
      statements: syntheticLearnerStatements(inSandbox, 12, 21),
      learner: { homePage: inSandbox.homePage, learnerId: inSandbox.learnerId },
      identity: { displayName: '李静', staffNumber: 'N20931', department: '心血管内科', role: 'nurse', identityConsentAt: consentedAt },
      language: 'zh-CN',
      version: '0.1.0',
      exportedAt: new Date('2026-12-06T08:30:00.000Z'),
    });
    const extension = await learnerBundle({ seed: 22, count: 20, staff: { displayName: '李静', staffNumber: 'N20931', department: '心血管内科', role: 'nurse', consentedAt } });
    const report = await importBundles(db, [source(sandbox.bundle.fileName, sandbox.bundle.bytes), source('ext.zip', extension.bytes)]);
    expect(report.map((f) => f.status)).toEqual(['imported', 'imported']);
    const stored = await db.bundles.toArray();
    expect(stored.map((b) => b.exporterName).sort()).toEqual(['Preceptor', 'Preceptor training sandbox']);

    const model = await buildDashboardModel(db);
    const fromSandbox = model.learners.find((l) => l.learner === inSandbox.learnerId)!;
    const fromExtension = model.learners.find((l) => l.learner === extension.learner.learnerId)!;
    expect(fromSandbox.exporter).toBe('sandbox');
    expect(fromExtension.exporter).toBe('extension');
    expect(fromSandbox.signed).toBe(true);
    expect(fromSandbox.latestKey).toBe(sandbox.keyFingerprint);
    expect(learnerName(fromSandbox)).toBe('李静 · N20931');
    expect(fromSandbox.staffNumber).toBe('N20931');
    // found by her staff number, from either source
    expect(filterLearners(model.learners, { ...NO_FILTER, search: 'N20931' }).map((l) => l.learner).sort()).toEqual([inSandbox.learnerId, extension.learner.learnerId].sort());
    store.close();
    db.close();
  });
});
