import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { LrsSettings } from '@preceptor/shared/trainer/lrsForwarding.ts';
import type { TrustedKey } from '@preceptor/shared/trainer/learnerKeys.ts';
import type { StatementFact } from '@preceptor/shared/record/statementFacts.ts';
import type { TimedTitle } from '@preceptor/shared/trainer/activityTitles.ts';
import type { StaffIdentity } from '@preceptor/shared/record/exportBundle.ts';
import type { GoLiveRules, PackGoLive } from '@preceptor/shared/trainer/goLiveGate.ts';
import type { RosterEntry, RosterMapping } from '@preceptor/shared/trainer/roster.ts';
import type { ProblemHandling } from '@preceptor/shared/trainer/problemList.ts';

/**
 * The trainer dashboard's own store (the sandbox origin's IndexedDB), opened by the page and
 * by the import worker. Append-only like the learner's log: imports add, nothing is replaced.
 *
 * - bundles / bundleFiles: every imported bundle's metadata and its original signed zip, kept
 *   as evidence and as the one copy of each statement's text;
 * - idBlocks: per bundle, the ids of the statements it added (with a key of each one's text and
 *   its line): the de-duplication index, loaded into memory once per import run, so a file costs
 *   a handful of IndexedDB requests rather than one per statement. Ids are scoped per learner key
 *   (the bundle's signer and learner): two learners' statements under one id are both kept;
 * - factBlocks: per bundle, the compact facts of the statements it added, which the views read;
 * - quarantine: same id, other content, same learner key: kept aside for a person, never merged
 *   (an id another learner key holds is never compared: both are kept, and the import reports it).
 * - Statements read from the hospital's LRS (lrsImport.ts) are stored the same way, one bundles
 *   row per learner per read, marked `source: 'lrs'`, with a zip holding their statements.ndjson
 *   (made by the dashboard, not signed). Their ids are scoped per learner (homePage + name): a
 *   statement already stored for that learner, from a signed file or an earlier read, is a
 *   duplicate when its content is the same. Rows without `source` are signed files.
 */

export interface BundleRow {
  seq?: number;
  manifestSha256: string;
  fileName: string;
  importedAt: number;
  learner: string;
  homePage: string;
  keyFingerprint: string;
  keyStatus: 'trusted' | 'unknown';
  sequence: number;
  previousExportSha256: string | null;
  exportedAt: string;
  exporterVersion: string;
  /** manifest.exporter.name: the extension ('Preceptor') or the training sandbox (absent in rows from before: the extension) */
  exporterName?: string;
  statementCount: number;
  added: number;
  duplicates: number;
  conflicts: number;
  /** statements whose ids another learner key also holds, kept for each (absent in rows from before) */
  shared?: number;
  /** rows imported before ids were scoped per learner key: statements skipped then as "foreign" */
  foreign?: number;
  /** the learner's staff identity from the manifest, when the learner handed it in (issue 15) */
  staff?: StaffIdentity;
  /**
   * 'lrs': statements read from the hospital's LRS (unsigned; keyFingerprint is '', sequence 0,
   * no export chain; fileName names the LRS and the time). Absent: a signed export file.
   */
  source?: 'lrs';
  /** for source 'lrs': the endpoint it was read from */
  lrsEndpoint?: string;
}

/** Whether a row holds a learner's signed export (not statements read from an LRS). */
export function isSignedBundle(row: Pick<BundleRow, 'source'>): boolean {
  return row.source !== 'lrs';
}

/**
 * Who owns a bundle's statement ids: the signing key and the learner it signed for. Statement
 * ids are scoped per owner, so one learner's bundle can never shadow or quarantine another's.
 */
export function learnerKeyOwner(row: Pick<BundleRow, 'keyFingerprint' | 'homePage' | 'learner'>): string {
  return `${row.keyFingerprint}\u0000${row.homePage}\u0000${row.learner}`;
}

export interface BundleFileRow {
  seq: number;
  bytes: Uint8Array;
}

export interface IdBlockRow {
  bundle: number;
  /** statement ids this bundle added (first copies) */
  ids: string[];
  /** statementTextKey of each stored line */
  keys: number[];
  /** 1-based line of each in that bundle's statements.ndjson */
  lines: number[];
}

export interface FactBlockRow {
  bundle: number;
  facts: StatementFact[];
  /** line of each fact's statement (same order as facts) */
  lines: number[];
  /** content titles seen in this bundle (activity names, step titles) with their statement's time; rows stored before titles were timed have none */
  names: TimedTitle[];
}

export interface QuarantineRow {
  seq?: number;
  id: string;
  learner: string;
  fileName: string;
  bundle: number;
  line: number;
  storedBundle: number;
  storedLine: number;
  detectedAt: number;
}

export interface ImportLogRow {
  seq?: number;
  at: number;
  fileName: string;
  outcome: 'imported' | 'rejected';
  /** rejection code (see importBundles.ts) */
  code?: string;
  /** what the message needs: file inside the bundle, line, field path, detail */
  where?: { file?: string; line?: number; path?: string; detail?: string };
  learner?: string;
  added?: number;
  duplicates?: number;
  conflicts?: number;
  shared?: number;
  /** rows from before ids were scoped per learner key (see BundleRow) */
  foreign?: number;
  keyStatus?: 'trusted' | 'unknown';
  /** a read from an LRS (fileName names it), not a file */
  source?: 'lrs';
}

export interface TrainerSettings {
  /** YYYY-MM-DD, the hospital's go-live day */
  goLiveDate: string;
  /** training must be complete this many days before go-live */
  leadDays: number;
  lrs: LrsSettings;
  /** per LRS endpoint: where the last read from it ended (its `since` for the next read) */
  lrsPull: Record<string, { since: string; at: number }>;
  /** per role (and '' for every other role): what "ready for system access" takes (issue 15) */
  goLiveRules: GoLiveRules;
  /** the pack the trainer loaded for its go-live date and role rules (they win over the typed ones) */
  goLivePack?: PackGoLive;
}

export const DEFAULT_SETTINGS: TrainerSettings = {
  goLiveDate: '',
  leadDays: 7,
  lrs: { endpoint: '', username: '', password: '' },
  lrsPull: {},
  goLiveRules: {},
};

interface SettingRow {
  key: 'settings';
  value: TrainerSettings;
}

/** The hospital's staff list as the trainer accepted it (one row; rosterStore.ts writes it). */
export interface RosterRow {
  key: 'current';
  fileName: string;
  encoding: string;
  importedAt: number;
  mapping: RosterMapping;
  entries: RosterEntry[];
}

export const TRAINER_DB_NAME = 'preceptor-trainer';

export class TrainerDb extends Dexie {
  bundles!: EntityTable<BundleRow, 'seq'>;
  bundleFiles!: Table<BundleFileRow, number>;
  idBlocks!: Table<IdBlockRow, number>;
  factBlocks!: Table<FactBlockRow, number>;
  quarantine!: EntityTable<QuarantineRow, 'seq'>;
  trustedKeys!: Table<TrustedKey, string>;
  importLog!: EntityTable<ImportLogRow, 'seq'>;
  settings!: Table<SettingRow, string>;
  /** the hospital's staff list: one row, written only by rosterStore.ts */
  roster!: Table<RosterRow, string>;
  /** the trainer's handling of pilot problems (status, owner, answer) per page and category: written only by problemStore.ts */
  problemHandling!: Table<ProblemHandling, string>;

  constructor(name: string = TRAINER_DB_NAME, options?: DexieOptions) {
    // relaxed: a commit need not wait for the disk flush; a crash loses at most the last files,
    // which re-import idempotently (the signed originals stay with the trainer)
    super(name, { chromeTransactionDurability: 'relaxed', ...options });
    this.version(1).stores({
      bundles: '++seq, &manifestSha256, learner',
      bundleFiles: 'seq',
      idBlocks: 'bundle',
      factBlocks: 'bundle',
      quarantine: '++seq, id',
      trustedKeys: 'fingerprint, learner',
      importLog: '++seq, at',
      settings: 'key',
    });
    // version 2 (issue 15) adds the roster; every version-1 table and row stays as it was
    this.version(2).stores({ roster: 'key' });
    // version 3 (issue 16) adds the pilot problem list's handling; every earlier table and row stays
    this.version(3).stores({ problemHandling: 'key' });
  }
}

export async function readSettings(db: TrainerDb): Promise<TrainerSettings> {
  const row = await db.settings.get('settings');
  // rows written before a setting existed read as its default
  return { ...DEFAULT_SETTINGS, ...row?.value, lrs: { ...DEFAULT_SETTINGS.lrs, ...row?.value.lrs }, lrsPull: { ...row?.value.lrsPull }, goLiveRules: { ...row?.value.goLiveRules } };
}

export async function writeSettings(db: TrainerDb, patch: Partial<TrainerSettings>): Promise<TrainerSettings> {
  return db.transaction('rw', db.settings, async () => {
    const next = { ...(await readSettings(db)), ...patch };
    await db.settings.put({ key: 'settings', value: next });
    return next;
  });
}

/** Statements kept (each id once per learner key): the sum of what every bundle added. */
export async function storedStatementCount(db: TrainerDb): Promise<number> {
  let total = 0;
  await db.bundles.each((b) => (total += b.added));
  return total;
}
