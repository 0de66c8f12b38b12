import { unzipBundleFile } from '@preceptor/shared/record/bundleArchive.ts';
import { BUNDLE_FILES } from '@preceptor/shared/record/exportBundle.ts';
import type { OutgoingStatement } from '@preceptor/shared/record/lrsForwarding.ts';
import type { TrainerDb } from './trainerDb.ts';

/**
 * Every merged statement, once, as its original text: bundle by bundle, the lines each bundle
 * added (the first copy of each statement id), read back from the stored signed zip.
 */
export async function* storedStatements(db: TrainerDb): AsyncGenerator<OutgoingStatement[]> {
  const decoder = new TextDecoder();
  const seqs = (await db.bundles.orderBy('seq').primaryKeys()) as number[];
  for (const seq of seqs) {
    const block = await db.factBlocks.get(seq);
    if (!block || block.lines.length === 0) continue;
    const file = await db.bundleFiles.get(seq);
    if (!file) continue;
    const lines = decoder.decode(unzipBundleFile(file.bytes, BUNDLE_FILES.statements)).split('\n');
    yield block.lines.map((n) => {
      const json = lines[n - 1]!;
      return { id: (JSON.parse(json) as { id: string }).id, json };
    });
  }
}
