import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { learnerBundle, newSigner } from '../../../shared/test/record/bundleHelpers.ts';
import { syntheticLearner, syntheticLearnerStatements } from '../../../shared/test/trainer/syntheticLearners.ts';
import { buildDashboardModel } from '../../src/trainer/dashboardModel.ts';
import { importBundles, type ImportSource } from '../../src/trainer/importBundles.ts';
import { TrainerDb } from '../../src/trainer/trainerDb.ts';
import { learnerDepartment } from '@preceptor/shared/trainer/learnerDepartment.ts';
import { NO_FILTER, filterLearners, learnerName } from '../../src/trainer/trainerUi.tsx';

const source = (name: string, bytes: Uint8Array): ImportSource => ({ name, size: bytes.length, bytes: async () => bytes });
const consentedAt = '2026-11-20T08:00:00.000Z';

describe('trainer: who the learner is', () => {
  it('takes each learner\'s identity from their latest bundle that has one; finds them by name, staff number or department; a learner without consent stays an id', async () => {
    const db = new TrainerDb(`trainer-identity-${crypto.randomUUID()}`);
    const nurse = syntheticLearner(11);
    const statements = syntheticLearnerStatements(nurse, 30, 11);
    const signer = await newSigner();
    const first = await learnerBundle({ learner: nurse, statements: statements.slice(0, 10), signer, staff: { displayName: '王晓红', staffNumber: 'H01234', department: 'outpatients', role: 'nurse', consentedAt } });
    const second = await learnerBundle({
      learner: nurse, statements: statements.slice(0, 20), signer, sequence: 2, previous: first.manifestSha256, at: '2026-11-27T09:00:00.000Z',
      staff: { displayName: '王晓红', staffNumber: 'H01234', department: 'cardiology-ward-1', role: 'nurse', consentedAt },
    });
    // consent withdrawn later: the newest bundle has no identity, the one before still names her
    const third = await learnerBundle({ learner: nurse, statements, signer, sequence: 3, previous: second.manifestSha256, at: '2026-11-28T09:00:00.000Z' });
    const anonymous = await learnerBundle({ seed: 12, count: 20 });
    // imported out of order: the latest identity is chosen by the chain, not by import order
    await importBundles(db, [source('2.zip', second.bytes), source('anon.zip', anonymous.bytes), source('3.zip', third.bytes), source('1.zip', first.bytes)]);

    const model = await buildDashboardModel(db);
    const her = model.learners.find((l) => l.learner === nurse.learnerId)!;
    const other = model.learners.find((l) => l.learner === anonymous.learner.learnerId)!;
    expect(her.staff).toEqual({ displayName: '王晓红', staffNumber: 'H01234', department: 'cardiology-ward-1', role: 'nurse', consentedAt });
    expect(learnerName(her)).toBe('王晓红 · H01234');
    expect(learnerDepartment(her)).toBe('cardiology-ward-1');
    expect(other.staff).toBe(undefined);
    expect(learnerName(other)).toBe(anonymous.learner.learnerId.slice(0, 8));

    const found = (search: string) => filterLearners(model.learners, { ...NO_FILTER, search }).map((l) => l.learner);
    expect(found('王晓')).toEqual([nurse.learnerId]);
    expect(found('h01234')).toEqual([nurse.learnerId]);
    expect(found('cardiology')).toEqual([nurse.learnerId]);
    expect(found('outpatients')).toEqual([]); // her older department is not hers any more
    expect(found(anonymous.learner.learnerId.slice(0, 8))).toEqual([anonymous.learner.learnerId]);
    expect(filterLearners(model.learners, { ...NO_FILTER, department: 'cardiology-ward-1' }).map((l) => l.learner)).toEqual([nurse.learnerId]);
    db.close();
  });
});
