import { verifyExportBundle, type BundleManifest, type BundleProblem } from '@preceptor/shared/record/exportBundle.ts';
import { statementTextKey } from '@preceptor/shared/trainer/mergeStatements.ts';
import { statementFact, type StatementFact } from '@preceptor/shared/record/statementFacts.ts';
import { ActivityTitleAccumulator, type TimedTitle } from '@preceptor/shared/trainer/activityTitles.ts';

/**
 * A verified bundle reduced to what the merge needs: ids, a key of each statement's text, its
 * line, its compact facts and the activity names. Runs in the verification workers, so only
 * these small arrays travel back to the import worker (the statements themselves stay in the
 * signed file, which is stored as it came).
 */
export interface PreparedBundle {
  ok: true;
  manifest: BundleManifest;
  manifestSha256: string;
  keyFingerprint: string;
  ids: string[];
  textKeys: number[];
  lines: number[];
  facts: StatementFact[];
  /** content titles (activities' names, tour steps' titles), the latest in this bundle for each */
  names: TimedTitle[];
}

export type Preparation = PreparedBundle | { ok: false; problem: BundleProblem | { code: 'internal-error'; detail: string } };

export async function prepareBundle(bytes: Uint8Array): Promise<Preparation> {
  try {
    const verified = await verifyExportBundle(bytes);
    if (!verified.ok) return verified;
    const n = verified.statements.length;
    const ids = new Array<string>(n);
    const textKeys = new Array<number>(n);
    const lines = new Array<number>(n);
    const facts = new Array<StatementFact>(n);
    const names = new ActivityTitleAccumulator();
    verified.statements.forEach((v, i) => {
      ids[i] = v.statement.id;
      textKeys[i] = statementTextKey(v.json);
      lines[i] = v.line;
      facts[i] = statementFact(v.statement);
      // a problem report is an activity of its own; one name per report would only fill the names table
      if (!facts[i]!.problem) names.addStatement(v.statement);
    });
    return { ok: true, manifest: verified.manifest, manifestSha256: verified.manifestSha256, keyFingerprint: verified.keyFingerprint, ids, textKeys, lines, facts, names: names.timed() };
  } catch (error) {
    return { ok: false, problem: { code: 'internal-error', detail: error instanceof Error ? error.message : String(error) } };
  }
}
