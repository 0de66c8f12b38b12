import { BUNDLE_LIMITS, unzipBundleFile } from '@preceptor/shared/record/bundleArchive.ts';
import { BUNDLE_FILES, type BundleProblem } from '@preceptor/shared/record/exportBundle.ts';
import { keyTrust, type TrustedKey } from '@preceptor/shared/trainer/learnerKeys.ts';
import { mergeStatements, statementContentKey, type MergeCandidate } from '@preceptor/shared/trainer/mergeStatements.ts';
import type { StatementFact } from '@preceptor/shared/record/statementFacts.ts';
import { titleActivity, type TimedTitle } from '@preceptor/shared/trainer/activityTitles.ts';
import { prepareBundle, type Preparation, type PreparedBundle } from './prepareBundle.ts';
import { learnerKeyOwner, type BundleRow, type ImportLogRow, type QuarantineRow, type TrainerDb } from './trainerDb.ts';

/**
 * Importing many learners' bundles into the trainer's store. Runs in the import worker; pure
 * enough to unit-test with fake-indexeddb. Each file is verified on its own and written in its
 * own transaction: a bad file is skipped with its reason, every good file is imported, and
 * nothing stored before is touched.
 */

export type RejectionCode = BundleProblem['code'] | 'duplicate-file' | 'key-registered-to-other-learner' | 'key-changed' | 'read-failed' | 'internal-error';

export interface Rejection {
  code: RejectionCode;
  file?: string;
  line?: number;
  path?: string;
  detail?: string;
}

export type FileOutcome =
  | {
      fileName: string;
      status: 'imported';
      learner: string;
      keyFingerprint: string;
      keyStatus: 'trusted' | 'unknown';
      statements: number;
      added: number;
      duplicates: number;
      conflicts: number;
      /** statements whose ids another learner key also holds: kept for each learner separately (see mergeStatements) */
      shared: number;
      /** the first of them: its line and another learner who holds the id */
      sharedFirst?: { line: number; learner: string };
    }
  | { fileName: string; status: 'rejected'; rejection: Rejection };

export interface ImportProgress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  statementsAdded: number;
  rejected: number;
}

export interface ImportSource {
  name: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

/** Verifies and prepares one file's bytes; the worker passes a pool of verification workers. */
export type Preparer = (bytes: Uint8Array) => Promise<{ result: Preparation; bytes: Uint8Array }>;

export interface ImportOptions {
  now?: () => number;
  prepare?: Preparer;
  /** files verified ahead of the one being written */
  readAhead?: number;
  onFile?: (outcome: FileOutcome) => void;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
}

type Prepared = { source: ImportSource; bytes?: Uint8Array; result: Preparation | { ok: false; problem: Rejection } };

const localPreparer: Preparer = async (bytes) => ({ result: await prepareBundle(bytes), bytes });

async function prepareSource(source: ImportSource, prepare: Preparer): Promise<Prepared> {
  // never read a file into memory that no bundle can be
  if (source.size > BUNDLE_LIMITS.fileBytes) {
    return { source, result: { ok: false, problem: { code: 'too-large', detail: `${(source.size / 1024 / 1024).toFixed(1)} MB > ${BUNDLE_LIMITS.fileBytes / 1024 / 1024} MB` } } };
  }
  let bytes: Uint8Array;
  try {
    bytes = await source.bytes();
  } catch (error) {
    return { source, result: { ok: false, problem: { code: 'read-failed', detail: error instanceof Error ? error.message : String(error) } } };
  }
  try {
    const prepared = await prepare(bytes);
    return { source, bytes: prepared.bytes, result: prepared.result };
  } catch (error) {
    return { source, result: { ok: false, problem: { code: 'internal-error', detail: error instanceof Error ? error.message : String(error) } } };
  }
}

function linesOf(bytes: Uint8Array): string[] {
  // a stored (already verified) bundle: still read under the same limits
  return new TextDecoder().decode(unzipBundleFile(bytes, BUNDLE_FILES.statements)).split('\n');
}

const LINE_BITS = 2 ** 22; // lines per bundle; a bundle holds far fewer statements

/**
 * What is already stored, held in memory for one import run: (owner, statement id) -> key of
 * its text and where it is (bundle, line), and the manifests imported. Loaded once from the
 * small index rows; updated only after a file's transaction has committed.
 *
 * Ids are scoped per owner (learner key, see ownerOf). Nearly every id has one owner, so the id
 * alone keys its first owner's copy; the rare ids that more owners hold keep the others' copies
 * in a second map keyed by owner number and id.
 */
class StoredIndex {
  readonly keyOf = new Map<string, number>();
  readonly whereOf = new Map<string, number>();
  /** `${owner no}\0${id}` -> text key / where, for owners after an id's first */
  private readonly moreKeyOf = new Map<string, number>();
  private readonly moreWhereOf = new Map<string, number>();
  /** ids held by more than one owner -> every owner no holding it */
  readonly sharedOwners = new Map<string, number[]>();
  readonly manifests = new Map<string, { fileName: string; importedAt: number }>();
  /** bundle -> number of the owner (learner key) that signed it: who owns the ids it added */
  readonly ownerOfBundle = new Map<number, number>();
  private readonly ownerNos = new Map<string, number>();
  private readonly owners: string[] = [];
  private readonly lines = new Map<number, string[]>();

  static async load(db: TrainerDb): Promise<StoredIndex> {
    const index = new StoredIndex();
    await db.bundles.each((b) => {
      index.manifests.set(b.manifestSha256, { fileName: b.fileName, importedAt: b.importedAt });
      index.ownerOfBundle.set(b.seq!, index.ownerNo(ownerOf(b)));
    });
    await db.idBlocks.each((block) => index.add(block.bundle, block.ids, block.keys, block.lines));
    return index;
  }

  /** A small number for an owner string (they are long: key fingerprint, home page, learner). */
  ownerNo(owner: string): number {
    let no = this.ownerNos.get(owner);
    if (no === undefined) {
      no = this.owners.push(owner) - 1;
      this.ownerNos.set(owner, no);
    }
    return no;
  }

  ownerName(no: number): string {
    return this.owners[no] ?? '';
  }

  /** Ids a bundle added; its owner must be known (ownerOfBundle). */
  add(bundle: number, ids: readonly string[], keys: readonly number[], lines: readonly number[]): void {
    const owner = this.ownerOfBundle.get(bundle)!;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      const packed = bundle * LINE_BITS + lines[i]!;
      const first = this.whereOf.get(id);
      if (first === undefined) {
        this.keyOf.set(id, keys[i]!);
        this.whereOf.set(id, packed);
        continue;
      }
      const firstOwner = this.ownerOfBundle.get(Math.floor(first / LINE_BITS))!;
      // the same owner never adds an id twice (the merge counts it a duplicate or conflict)
      if (firstOwner === owner) continue;
      const scoped = `${owner}\u0000${id}`;
      if (this.moreWhereOf.has(scoped)) continue;
      this.moreKeyOf.set(scoped, keys[i]!);
      this.moreWhereOf.set(scoped, packed);
      const holders = this.sharedOwners.get(id);
      if (holders) holders.push(owner);
      else this.sharedOwners.set(id, [firstOwner, owner]);
    }
  }

  private packed(owner: number, id: string): number | undefined {
    const first = this.whereOf.get(id);
    if (first === undefined) return undefined;
    if (this.ownerOfBundle.get(Math.floor(first / LINE_BITS)) === owner) return first;
    return this.sharedOwners.has(id) ? this.moreWhereOf.get(`${owner}\u0000${id}`) : undefined;
  }

  /** The text key of this owner's copy of an id. */
  key(owner: number, id: string): number | undefined {
    const first = this.whereOf.get(id);
    if (first === undefined) return undefined;
    if (this.ownerOfBundle.get(Math.floor(first / LINE_BITS)) === owner) return this.keyOf.get(id);
    return this.sharedOwners.has(id) ? this.moreKeyOf.get(`${owner}\u0000${id}`) : undefined;
  }

  /** Another owner holding this id, if any. */
  otherOwner(owner: number, id: string): number | undefined {
    const first = this.whereOf.get(id);
    if (first === undefined) return undefined;
    const firstOwner = this.ownerOfBundle.get(Math.floor(first / LINE_BITS))!;
    if (firstOwner !== owner) return firstOwner;
    return this.sharedOwners.get(id)?.find((o) => o !== owner);
  }

  where(owner: number, id: string): { bundle: number; line: number } | undefined {
    const packed = this.packed(owner, id);
    return packed === undefined ? undefined : { bundle: Math.floor(packed / LINE_BITS), line: packed % LINE_BITS };
  }

  /** The stored text of a statement (rare: only when the same id arrives with other text). */
  async text(db: TrainerDb, owner: number, id: string): Promise<string | undefined> {
    const where = this.where(owner, id);
    if (!where) return undefined;
    let lines = this.lines.get(where.bundle);
    if (!lines) {
      const row = await db.bundleFiles.get(where.bundle);
      if (!row) return undefined;
      lines = linesOf(row.bytes);
      if (this.lines.size > 8) this.lines.clear();
      this.lines.set(where.bundle, lines);
    }
    return lines[where.line - 1];
  }
}

type Candidate = MergeCandidate<number>; // item: index into the prepared arrays

/** Statement ids are scoped per learner key: the signing key and the learner it signed for. */
const ownerOf = learnerKeyOwner;

const learnerOfOwner = (owner: string) => owner.split('\u0000')[2] ?? '';

/** Where the stored copy of a conflicting statement is: an earlier bundle, or a file of this group. */
type StoredAt = { bundle: number; line: number } | { plan: FilePlan; line: number };

/** One verified file, merged against what is stored, ready to be written. */
interface FilePlan {
  source: ImportSource;
  bytes: Uint8Array;
  row: BundleRow;
  /** StoredIndex.ownerNo of the learner key that signed it */
  owner: number;
  ids: string[];
  textKeys: number[];
  lines: number[];
  facts: StatementFact[];
  names: TimedTitle[];
  conflicts: { id: string; line: number; stored: StoredAt }[];
  outcome: Extract<FileOutcome, { status: 'imported' }>;
  /** assigned when written */
  seq?: number;
  statementLines?: string[];
}

/** Files merged but not yet committed: their ids count as stored for the files after them. */
class PendingGroup {
  readonly plans: FilePlan[] = [];
  /** `${owner no}\0${id}` -> that owner's copy */
  readonly ids = new Map<string, { key: number; plan: FilePlan; line: number }>();
  /** id -> the first owner holding it in this group, and another when more do */
  private readonly firstOwner = new Map<string, number>();
  private readonly laterOwner = new Map<string, number>();
  readonly manifests = new Set<string>();
  statements = 0;

  add(plan: FilePlan): void {
    this.plans.push(plan);
    this.manifests.add(plan.row.manifestSha256);
    this.statements += plan.ids.length;
    plan.ids.forEach((id, i) => {
      this.ids.set(`${plan.owner}\u0000${id}`, { key: plan.textKeys[i]!, plan, line: plan.lines[i]! });
      const first = this.firstOwner.get(id);
      if (first === undefined) this.firstOwner.set(id, plan.owner);
      else if (first !== plan.owner) this.laterOwner.set(id, plan.owner);
    });
  }

  get(owner: number, id: string): { key: number; plan: FilePlan; line: number } | undefined {
    return this.firstOwner.has(id) ? this.ids.get(`${owner}\u0000${id}`) : undefined;
  }

  /** Another owner holding this id in this group, if any. */
  otherOwner(owner: number, id: string): number | undefined {
    const first = this.firstOwner.get(id);
    if (first === undefined) return undefined;
    return first !== owner ? first : this.laterOwner.get(id);
  }
}

function planLines(plan: FilePlan): string[] {
  plan.statementLines ??= linesOf(plan.bytes);
  return plan.statementLines;
}

async function planFile(db: TrainerDb, source: ImportSource, bytes: Uint8Array, good: PreparedBundle, keys: readonly TrustedKey[], now: number, index: StoredIndex, group: PendingGroup): Promise<FilePlan | Rejection> {
  const { manifest, manifestSha256, keyFingerprint } = good;
  const learner = manifest.learner.name;
  const trust = keyTrust(keys, learner, keyFingerprint);
  if (trust.status === 'refused') {
    const detail = trust.code === 'key-changed' ? `${keyFingerprint} ≠ ${trust.registered.join(', ')}` : `${keyFingerprint} → ${trust.otherLearner}`;
    return { code: trust.code, detail };
  }
  const earlier = index.manifests.get(manifestSha256);
  if (earlier) return { code: 'duplicate-file', detail: `${earlier.fileName} @ ${new Date(earlier.importedAt).toISOString()}` };
  if (group.manifests.has(manifestSha256)) return { code: 'duplicate-file', detail: group.plans.find((p) => p.row.manifestSha256 === manifestSha256)!.source.name };

  const candidates: Candidate[] = good.ids.map((id, i) => ({ id, contentKey: good.textKeys[i]!, item: i }));
  // ids are scoped per owner: only this owner's own copies are "stored" for this file
  const owner = index.ownerNo(ownerOf({ keyFingerprint, homePage: manifest.learner.homePage, learner }));
  // statements of this learner read from the hospital's LRS (unsigned rows, see lrsImport.ts)
  // are this learner's too: the same statement in a signed file is a duplicate, not a second copy
  const lrsOwner = index.ownerNo(ownerOf({ keyFingerprint: '', homePage: manifest.learner.homePage, learner }));
  const otherOwner = (id: string) => {
    const other = index.otherOwner(owner, id) ?? group.otherOwner(owner, id);
    return other === lrsOwner ? undefined : other;
  };
  const outcome = mergeStatements(
    candidates,
    (id) => group.get(owner, id)?.key ?? index.key(owner, id) ?? index.key(lrsOwner, id),
    (id) => otherOwner(id) !== undefined,
  );
  const shared = outcome.shared.length;
  const firstShared = outcome.shared[0];
  const sharedFirst = firstShared ? { line: good.lines[firstShared.item]!, learner: learnerOfOwner(index.ownerName(otherOwner(firstShared.id)!)) } : undefined;
  // other text under a known id: still the same statement if equal in canonical form
  let duplicates = outcome.duplicates;
  const conflicts: FilePlan['conflicts'] = [];
  if (outcome.conflicts.length) {
    const here = linesOf(bytes);
    const firstHere = new Map(outcome.added.map((c) => [c.id, c]));
    for (const conflict of outcome.conflicts) {
      const first = firstHere.get(conflict.id);
      const inGroup = group.get(owner, conflict.id);
      let stored: StoredAt | undefined;
      let storedText: string | undefined;
      if (first) {
        storedText = here[good.lines[first.item]! - 1];
      } else if (inGroup) {
        stored = { plan: inGroup.plan, line: inGroup.line };
        storedText = planLines(inGroup.plan)[inGroup.line - 1];
      } else {
        const holder = index.where(owner, conflict.id) ? owner : lrsOwner;
        stored = index.where(holder, conflict.id);
        storedText = await index.text(db, holder, conflict.id);
      }
      const incomingText = here[good.lines[conflict.item]! - 1]!;
      if (storedText !== undefined && statementContentKey(JSON.parse(storedText)) === statementContentKey(JSON.parse(incomingText))) {
        duplicates++;
        continue;
      }
      // a copy earlier in this same file: resolved to this file's bundle when written
      conflicts.push({ id: conflict.id, line: good.lines[conflict.item]!, stored: stored ?? { bundle: -1, line: first ? good.lines[first.item]! : 0 } });
    }
  }

  const facts: StatementFact[] = [];
  const ids: string[] = [];
  const textKeys: number[] = [];
  const lines: number[] = [];
  const usedObjects = new Set<string>();
  for (const c of outcome.added) {
    const fact = good.facts[c.item]!;
    facts.push(fact);
    ids.push(c.id);
    textKeys.push(c.contentKey);
    lines.push(good.lines[c.item]!);
    usedObjects.add(fact.object);
  }
  const statementCount = good.ids.length;
  const row: BundleRow = {
    manifestSha256,
    fileName: source.name,
    importedAt: now,
    learner,
    homePage: manifest.learner.homePage,
    keyFingerprint,
    keyStatus: trust.status,
    sequence: manifest.sequence,
    previousExportSha256: manifest.previousExportSha256,
    exportedAt: manifest.exportedAt,
    exporterVersion: manifest.exporter.version,
    exporterName: manifest.exporter.name,
    statementCount,
    added: outcome.added.length,
    duplicates,
    conflicts: conflicts.length,
    shared,
    ...(manifest.staff ? { staff: manifest.staff } : {}),
  };
  return {
    source,
    bytes,
    row,
    owner,
    ids,
    textKeys,
    lines,
    facts,
    names: good.names.filter(([key]) => usedObjects.has(titleActivity(key))),
    conflicts,
    outcome: { fileName: source.name, status: 'imported', learner, keyFingerprint, keyStatus: trust.status, statements: statementCount, added: outcome.added.length, duplicates, conflicts: conflicts.length, shared, ...(sharedFirst ? { sharedFirst } : {}) },
  };
}

/**
 * Write merged files in one transaction: a commit costs far more than its writes, so a group
 * of files commits at once. All or none of the group is stored; on failure the caller writes
 * the files one by one, so one bad write never costs the others.
 */
async function writeGroup(db: TrainerDb, plans: FilePlan[], now: number): Promise<void> {
  await db.transaction('rw', [db.bundles, db.bundleFiles, db.idBlocks, db.factBlocks, db.quarantine], async () => {
    // the unique index refuses a file that another tab imported meanwhile
    const seqs = (await db.bundles.bulkAdd(
      plans.map((p) => p.row),
      { allKeys: true },
    )) as number[];
    plans.forEach((p, i) => (p.seq = seqs[i]!));
    await db.bundleFiles.bulkAdd(plans.map((p) => ({ seq: p.seq!, bytes: p.bytes })));
    await db.idBlocks.bulkAdd(plans.map((p) => ({ bundle: p.seq!, ids: p.ids, keys: p.textKeys, lines: p.lines })));
    await db.factBlocks.bulkAdd(plans.map((p) => ({ bundle: p.seq!, facts: p.facts, lines: p.lines, names: p.names })));
    const quarantine = plans.flatMap((p) =>
      p.conflicts.map(
        (c): QuarantineRow => ({
          id: c.id,
          learner: p.row.learner,
          fileName: p.source.name,
          bundle: p.seq!,
          line: c.line,
          storedBundle: 'plan' in c.stored ? c.stored.plan.seq! : c.stored.bundle === -1 ? p.seq! : c.stored.bundle,
          storedLine: c.stored.line,
          detectedAt: now,
        }),
      ),
    );
    if (quarantine.length) await db.quarantine.bulkAdd(quarantine);
  });
}

/** After a commit: the run's index now knows these files. */
function remember(index: StoredIndex, plan: FilePlan): void {
  index.ownerOfBundle.set(plan.seq!, plan.owner);
  index.add(plan.seq!, plan.ids, plan.textKeys, plan.lines);
  index.manifests.set(plan.row.manifestSha256, { fileName: plan.source.name, importedAt: plan.row.importedAt });
  plan.statementLines = undefined;
}

const GROUP_FILES = 16;
const GROUP_STATEMENTS = 10_000;

async function runImport(db: TrainerDb, sources: readonly ImportSource[], options: ImportOptions): Promise<FileOutcome[]> {
  const now = options.now ?? Date.now;
  const [keys, index] = await Promise.all([db.trustedKeys.toArray(), StoredIndex.load(db)]);
  const progress: ImportProgress = { filesDone: 0, filesTotal: sources.length, bytesDone: 0, bytesTotal: sources.reduce((s, f) => s + f.size, 0), statementsAdded: 0, rejected: 0 };
  const outcomes: FileOutcome[] = [];
  options.onProgress?.({ ...progress });
  // files are verified ahead (in parallel when the preparer is a pool) and merged in order
  const prepare = options.prepare ?? localPreparer;
  const ahead = Math.max(1, options.readAhead ?? 2);
  const inFlight: Promise<Prepared>[] = [];
  let started = 0;
  const fill = () => {
    while (started < sources.length && inFlight.length < ahead) inFlight.push(prepareSource(sources[started++]!, prepare));
  };

  let group = new PendingGroup();
  /** this group's files in order: a plan to write, or a rejection already decided */
  let entries: { source: ImportSource; at: number; plan?: FilePlan; rejection?: Rejection }[] = [];

  const flush = async () => {
    if (entries.length === 0) return;
    const at = now();
    if (group.plans.length) {
      try {
        await writeGroup(db, group.plans, at);
        for (const plan of group.plans) remember(index, plan);
      } catch {
        // write them one by one: a failure stays with its own file
        for (const entry of entries) {
          if (!entry.plan) continue;
          try {
            await writeGroup(db, [entry.plan], at);
            remember(index, entry.plan);
          } catch (error) {
            const name = error instanceof Error ? error.name : '';
            entry.rejection = name === 'ConstraintError' ? { code: 'duplicate-file', detail: entry.source.name } : { code: 'internal-error', detail: error instanceof Error ? error.message : String(error) };
            entry.plan = undefined;
          }
        }
      }
    }
    // the import log, in file order (the bundles table is the record; this is for people)
    const log: ImportLogRow[] = entries.map((e) => {
      if (e.plan) {
        const r = e.plan.row;
        return { at: e.at, fileName: e.source.name, outcome: 'imported', learner: r.learner, added: r.added, duplicates: r.duplicates, conflicts: r.conflicts, shared: r.shared ?? 0, keyStatus: r.keyStatus };
      }
      const { code, ...where } = e.rejection!;
      return { at: e.at, fileName: e.source.name, outcome: 'rejected', code, where };
    });
    await db.importLog.bulkAdd(log).catch(() => undefined);
    for (const entry of entries) {
      const outcome: FileOutcome = entry.plan ? entry.plan.outcome : { fileName: entry.source.name, status: 'rejected', rejection: entry.rejection! };
      if (outcome.status === 'rejected') progress.rejected++;
      else progress.statementsAdded += outcome.added;
      outcomes.push(outcome);
      progress.filesDone++;
      progress.bytesDone += entry.source.size;
      options.onFile?.(outcome);
    }
    options.onProgress?.({ ...progress });
    group = new PendingGroup();
    entries = [];
  };

  fill();
  for (let i = 0; i < sources.length; i++) {
    if (options.signal?.aborted) break;
    const prepared: Prepared = await inFlight.shift()!;
    fill();
    const at = now();
    let planned: FilePlan | Rejection;
    try {
      planned = prepared.result.ok
        ? await planFile(db, prepared.source, prepared.bytes!, prepared.result, keys, at, index, group)
        : prepared.result.problem;
    } catch (error) {
      planned = { code: 'internal-error', detail: error instanceof Error ? error.message : String(error) };
    }
    if ('row' in planned) {
      group.add(planned);
      entries.push({ source: prepared.source, at, plan: planned });
    } else {
      entries.push({ source: prepared.source, at, rejection: planned });
    }
    if (group.plans.length >= GROUP_FILES || group.statements >= GROUP_STATEMENTS || entries.length >= GROUP_FILES * 2) await flush();
  }
  await flush();
  return outcomes;
}

/**
 * Import files one after another. One import at a time per browser profile (Web Locks, where
 * available), so two tabs never judge duplicates against a stale index.
 */
export async function importBundles(db: TrainerDb, sources: readonly ImportSource[], options: ImportOptions = {}): Promise<FileOutcome[]> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return runImport(db, sources, options);
  return locks.request(`preceptor-trainer-import:${db.name}`, () => runImport(db, sources, options));
}
