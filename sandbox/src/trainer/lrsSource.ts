import { unzipBundleFile } from '@preceptor/shared/record/bundleArchive.ts';
import { BUNDLE_FILES } from '@preceptor/shared/record/exportBundle.ts';
import type { OutgoingStatement } from '@preceptor/shared/trainer/lrsForwarding.ts';
import { learnerKeyOwner, type TrainerDb } from './trainerDb.ts';

/** A stored statement and the learner whose bundle added it (ids are scoped per learner key). */
export interface StoredStatement extends OutgoingStatement {
  learner: string;
}

/**
 * Every merged statement, once per learner key, as its original text: bundle by bundle, the
 * lines each bundle added (the first copy of each of its owner's statement ids), read back from
 * the stored signed zip. Two learners' statements under one id both come out, each once.
 */
export async function* storedStatements(db: TrainerDb): AsyncGenerator<StoredStatement[]> {
  const decoder = new TextDecoder();
  const bundles = await db.bundles.orderBy('seq').toArray();
  for (const bundle of bundles) {
    const block = await db.factBlocks.get(bundle.seq!);
    if (!block || block.lines.length === 0) continue;
    const file = await db.bundleFiles.get(bundle.seq!);
    if (!file) continue;
    const lines = decoder.decode(unzipBundleFile(file.bytes, BUNDLE_FILES.statements)).split('\n');
    yield block.lines.map((n) => {
      const json = lines[n - 1]!;
      return { id: (JSON.parse(json) as { id: string }).id, json, learner: bundle.learner };
    });
  }
}

/**
 * Statement ids that more than one learner key holds (each kept for its own learner). An LRS
 * needs globally unique ids, so none of these is forwarded: sending one learner's copy would
 * silently drop the other's.
 */
export async function sharedStatementIds(db: TrainerDb): Promise<Set<string>> {
  const ownerOfBundle = new Map<number, string>();
  await db.bundles.each((b) => ownerOfBundle.set(b.seq!, learnerKeyOwner(b)));
  const firstOwner = new Map<string, string>();
  const shared = new Set<string>();
  await db.idBlocks.each((block) => {
    const owner = ownerOfBundle.get(block.bundle) ?? '';
    for (const id of block.ids) {
      const first = firstOwner.get(id);
      if (first === undefined) firstOwner.set(id, owner);
      else if (first !== owner) shared.add(id);
    }
  });
  return shared;
}
