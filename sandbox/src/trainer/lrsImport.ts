import { zipSync } from 'fflate';
import { unzipBundleFile } from '@preceptor/shared/record/bundleArchive.ts';
import { BUNDLE_FILES } from '@preceptor/shared/record/exportBundle.ts';
import { statementFact, type StatementFact } from '@preceptor/shared/record/statementFacts.ts';
import { statementContentKey, statementTextKey } from '@preceptor/shared/trainer/mergeStatements.ts';
import { ActivityTitleAccumulator } from '@preceptor/shared/trainer/activityTitles.ts';
import { pullStatements, type PullOptions, type PullReport, type PulledLearner } from '@preceptor/shared/trainer/lrsPull.ts';
import { readSettings, type BundleRow, type ImportLogRow, type QuarantineRow, type TrainerDb } from './trainerDb.ts';

/**
 * Storing statements read from the hospital's LRS (lrsPull.ts) in the trainer's store, so that
 * every view counts them like those of signed files:
 *
 * - one bundles row per learner per read, `source: 'lrs'`, whose bundleFiles entry is a zip with
 *   the statements it added (statements.ndjson, the text lrsSource.ts reads back), and its
 *   idBlocks / factBlocks rows as an import writes them;
 * - ids are scoped per learner (homePage + name): a statement already stored for that learner,
 *   from a signed file (any key) or an earlier read, is a duplicate when its content is the same
 *   (canonical form, LRS-assigned fields left out: see mergeStatements.ts), and quarantined for a
 *   person when it differs, like an import does; a learner with nothing new gets no row;
 * - the rows, the quarantine and the endpoint's next `since` are written in one transaction: a
 *   failure leaves the store as it was, and the next read starts where the stored data ends.
 */

export interface LrsLearnerOutcome {
  learner: string;
  homePage: string;
  statements: number;
  added: number;
  duplicates: number;
  conflicts: number;
}

export interface LrsStoreOutcome {
  /** learners with statements in this read */
  learners: number;
  statements: number;
  added: number;
  duplicates: number;
  conflicts: number;
  /** bundles rows written */
  rows: number;
  perLearner: LrsLearnerOutcome[];
}

export interface LrsReadResult {
  pull: PullReport;
  stored: LrsStoreOutcome;
}

/** A row's statements.ndjson stays well inside what the stored-zip reader accepts (BUNDLE_LIMITS). */
const ROW_BYTES = 32 * 1024 * 1024;

const learnerKey = (homePage: string, name: string) => `${homePage}\u0000${name}`;

/** The dashboard's name for a read from this endpoint, shown where a file name would be. */
export function lrsSourceName(endpoint: string, at: number): string {
  let host = endpoint;
  try {
    host = new URL(endpoint).host;
  } catch {
    // keep the text as given
  }
  return `LRS ${host} ${new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z')}`;
}

interface StoredCopy {
  /** statementTextKey of the stored text */
  key: number;
  bundle: number;
  line: number;
}

interface RowPlan {
  row: BundleRow;
  bytes: Uint8Array;
  ids: string[];
  keys: number[];
  lines: number[];
  facts: StatementFact[];
  names: ActivityTitleAccumulator;
  /** conflicts: line here, and where the stored copy is: a stored bundle, or a row of this read */
  conflicts: { id: string; line: number; stored: { bundle: number; line: number } | { plan: RowPlan; line: number } }[];
}

export async function storePulledStatements(db: TrainerDb, input: { endpoint: string; learners: readonly PulledLearner[]; nextSince?: string }, options: { now?: () => number } = {}): Promise<LrsStoreOutcome> {
  const run = () => storeRun(db, input, options.now ?? Date.now);
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  // one writer at a time with the file import (same lock): duplicates are judged on a fresh index
  if (!locks) return run();
  return locks.request(`preceptor-trainer-import:${db.name}`, run);
}

async function storeRun(db: TrainerDb, input: { endpoint: string; learners: readonly PulledLearner[]; nextSince?: string }, now: () => number): Promise<LrsStoreOutcome> {
  const at = now();
  const wanted = new Set(input.learners.map((l) => learnerKey(l.homePage, l.name)));
  const learnerOfBundle = new Map<number, string>();
  await db.bundles.each((b) => {
    const key = learnerKey(b.homePage, b.learner);
    if (wanted.has(key)) learnerOfBundle.set(b.seq!, key);
  });
  /** learner -> id -> the first stored copy (any source, any key of that learner) */
  const stored = new Map<string, Map<string, StoredCopy>>();
  await db.idBlocks.each((block) => {
    const key = learnerOfBundle.get(block.bundle);
    if (key === undefined) return;
    let ids = stored.get(key);
    if (!ids) stored.set(key, (ids = new Map()));
    block.ids.forEach((id, i) => {
      if (!ids.has(id)) ids.set(id, { key: block.keys[i]!, bundle: block.bundle, line: block.lines[i]! });
    });
  });
  const linesCache = new Map<number, string[]>();
  const storedText = async (copy: StoredCopy): Promise<string | undefined> => {
    let lines = linesCache.get(copy.bundle);
    if (!lines) {
      const file = await db.bundleFiles.get(copy.bundle);
      if (!file) return undefined;
      lines = new TextDecoder().decode(unzipBundleFile(file.bytes, BUNDLE_FILES.statements)).split('\n');
      if (linesCache.size > 8) linesCache.clear();
      linesCache.set(copy.bundle, lines);
    }
    return lines[copy.line - 1];
  };

  const outcome: LrsStoreOutcome = { learners: input.learners.length, statements: 0, added: 0, duplicates: 0, conflicts: 0, rows: 0, perLearner: [] };
  const plans: RowPlan[] = [];
  const encoder = new TextEncoder();
  for (const learner of input.learners) {
    const ids = stored.get(learnerKey(learner.homePage, learner.name)) ?? new Map<string, StoredCopy>();
    const result: LrsLearnerOutcome = { learner: learner.name, homePage: learner.homePage, statements: learner.statements.length, added: 0, duplicates: 0, conflicts: 0 };
    /** this learner's kept statements, cut into rows of at most ROW_BYTES */
    let plan: RowPlan | undefined;
    let firstPlan: RowPlan | undefined;
    let ndjson: string[] = [];
    let bytes = 0;
    /** copies earlier in this read: row plan and line */
    const here = new Map<string, { plan: RowPlan; line: number; key: number; json: string }>();
    const finish = () => {
      if (!plan) return;
      plan.bytes = zipSync({ [BUNDLE_FILES.statements]: [encoder.encode(ndjson.join('')), { level: 6, mtime: at }] });
      plan.row.added = plan.ids.length;
      plan.row.conflicts = plan.conflicts.length;
      plans.push(plan);
      plan = undefined;
      ndjson = [];
      bytes = 0;
    };
    const keep = (statement: PulledLearner['statements'][number]): { plan: RowPlan; line: number } => {
      const size = encoder.encode(statement.json).length + 1;
      if (plan && bytes + size > ROW_BYTES) finish();
      plan ??= {
        row: {
          manifestSha256: `lrs:${crypto.randomUUID()}`,
          fileName: lrsSourceName(input.endpoint, at),
          importedAt: at,
          learner: learner.name,
          homePage: learner.homePage,
          keyFingerprint: '',
          keyStatus: 'unknown',
          sequence: 0,
          previousExportSha256: null,
          exportedAt: new Date(at).toISOString(),
          exporterVersion: '',
          statementCount: 0,
          added: 0,
          duplicates: 0,
          conflicts: 0,
          shared: 0,
          source: 'lrs',
          lrsEndpoint: input.endpoint,
        },
        bytes: new Uint8Array(),
        ids: [],
        keys: [],
        lines: [],
        facts: [],
        names: new ActivityTitleAccumulator(),
        conflicts: [],
      };
      ndjson.push(`${statement.json}\n`);
      bytes += size;
      plan.row.statementCount++;
      firstPlan ??= plan;
      return { plan, line: ndjson.length };
    };
    for (const statement of learner.statements) {
      const textKey = statementTextKey(statement.json);
      const earlier = here.get(statement.id);
      const copy = earlier ? undefined : ids.get(statement.id);
      if (!earlier && !copy) {
        const { plan: p, line } = keep(statement);
        p.ids.push(statement.id);
        p.keys.push(textKey);
        p.lines.push(line);
        p.facts.push(statementFact(statement.statement));
        p.names.addStatement(statement.statement);
        here.set(statement.id, { plan: p, line, key: textKey, json: statement.json });
        result.added++;
        continue;
      }
      const otherText = earlier ? earlier.json : (copy!.key === textKey ? statement.json : await storedText(copy!));
      const same = (earlier ? earlier.key : copy!.key) === textKey || (otherText !== undefined && statementContentKey(JSON.parse(otherText)) === statementContentKey(statement.statement as never));
      if (same) {
        result.duplicates++;
        continue;
      }
      // same id, other content: the stored one stays; this one is kept aside for a person
      const { plan: p, line } = keep(statement);
      p.conflicts.push({ id: statement.id, line, stored: earlier ? { plan: earlier.plan, line: earlier.line } : { bundle: copy!.bundle, line: copy!.line } });
      result.conflicts++;
    }
    finish();
    // a learner's duplicates are counted on the learner's first row (they are not stored)
    if (firstPlan) firstPlan.row.duplicates = result.duplicates;
    outcome.statements += result.statements;
    outcome.added += result.added;
    outcome.duplicates += result.duplicates;
    outcome.conflicts += result.conflicts;
    outcome.perLearner.push(result);
  }
  outcome.rows = plans.length;

  await db.transaction('rw', [db.bundles, db.bundleFiles, db.idBlocks, db.factBlocks, db.quarantine, db.settings, db.importLog], async () => {
    if (plans.length) {
      const seqs = (await db.bundles.bulkAdd(
        plans.map((p) => p.row),
        { allKeys: true },
      )) as number[];
      const seqOf = new Map(plans.map((p, i) => [p, seqs[i]!]));
      await db.bundleFiles.bulkAdd(plans.map((p) => ({ seq: seqOf.get(p)!, bytes: p.bytes })));
      await db.idBlocks.bulkAdd(plans.map((p) => ({ bundle: seqOf.get(p)!, ids: p.ids, keys: p.keys, lines: p.lines })));
      await db.factBlocks.bulkAdd(plans.map((p) => ({ bundle: seqOf.get(p)!, facts: p.facts, lines: p.lines, names: p.names.timed() })));
      const quarantine = plans.flatMap((p) =>
        p.conflicts.map((c): QuarantineRow => {
          const storedBundle = 'plan' in c.stored ? seqOf.get(c.stored.plan)! : c.stored.bundle;
          return { id: c.id, learner: p.row.learner, fileName: p.row.fileName, bundle: seqOf.get(p)!, line: c.line, storedBundle, storedLine: c.stored.line, detectedAt: at };
        }),
      );
      if (quarantine.length) await db.quarantine.bulkAdd(quarantine);
    }
    if (input.nextSince) {
      const settings = await readSettings(db);
      await db.settings.put({ key: 'settings', value: { ...settings, lrsPull: { ...settings.lrsPull, [input.endpoint]: { since: input.nextSince, at } } } });
    }
    const log: ImportLogRow = { at, fileName: lrsSourceName(input.endpoint, at), outcome: 'imported', source: 'lrs', learner: input.learners.length === 1 ? input.learners[0]!.name : undefined, added: outcome.added, duplicates: outcome.duplicates, conflicts: outcome.conflicts, shared: 0 };
    await db.importLog.add(log);
  });
  return outcome;
}

/**
 * Read everything new from the LRS in the settings (from where the last read of that endpoint
 * ended) and store it. What was read before a stop is stored too (nothing read is lost), with a
 * `since` that never skips a statement; a stop before anything was read changes nothing.
 */
export async function readFromLrs(db: TrainerDb, options: Omit<PullOptions, 'settings' | 'since'> & { now?: () => number } = {}): Promise<LrsReadResult> {
  const settings = await readSettings(db);
  const endpoint = settings.lrs.endpoint;
  const pull = await pullStatements({ ...options, settings: settings.lrs, since: settings.lrsPull[endpoint]?.since });
  if (pull.read === 0) return { pull, stored: { learners: 0, statements: 0, added: 0, duplicates: 0, conflicts: 0, rows: 0, perLearner: [] } };
  const stored = await storePulledStatements(db, { endpoint, learners: pull.learners, nextSince: pull.nextSince }, { now: options.now });
  return { pull, stored };
}
