import { exportDB, importInto, peakImportFile } from 'dexie-export-import';
import { readSettings, type TrainerDb } from './trainerDb.ts';

// Backup and restore of the dashboard's own store to one file (dexie-export-import's JSON; the
// signed originals inside it as base64). The store lives in one browser's IndexedDB on the
// trainer's PC: a backup is what survives a reinstalled PC or a cleared browser.
//
// - The LRS password never goes into a backup file (it is a credential, and backups get copied
//   around); a restore keeps the password this browser already holds.
// - A restore replaces the store as a whole (bundles are numbered, so two stores cannot be laid
//   over each other); the view downloads a backup of the current store first.

export interface BackupProgress {
  done: number;
  /** undefined until the library has counted the rows */
  total: number | undefined;
}

export type RestoreProblem =
  | { code: 'not-json'; detail: string }
  | { code: 'not-a-dashboard-backup'; detail: string }
  | { code: 'newer-version'; detail: string };

export class RestoreError extends Error {
  constructor(readonly problem: RestoreProblem, readonly fileName: string) {
    super(`${fileName}: ${problem.code} (${problem.detail})`);
  }
}

/** The tables every dashboard version has had: a backup without them is not a dashboard's. */
const CORE_TABLES = ['bundles', 'bundleFiles', 'idBlocks', 'factBlocks', 'importLog', 'settings'];

export function backupFileName(now = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  return `preceptor-dashboard-backup-${day}.json`;
}

/** The whole store as one JSON file, without the LRS password. */
export async function backupDashboard(db: TrainerDb, onProgress?: (progress: BackupProgress) => void): Promise<Blob> {
  return exportDB(db, {
    transform: (table, value, key) => (table === 'settings' && value?.value?.lrs ? { value: { ...value, value: { ...value.value, lrs: { ...value.value.lrs, password: '' } } }, key } : { value, key }),
    progressCallback: (p) => {
      onProgress?.({ done: p.completedRows, total: p.totalRows });
      return true;
    },
  });
}

/** What a backup holds, checked before anything is replaced: the tables of this store, not newer than it. */
export async function checkBackup(db: TrainerDb, file: Blob, fileName: string): Promise<{ bundles: number; rows: number }> {
  let meta: Awaited<ReturnType<typeof peakImportFile>>;
  try {
    meta = await peakImportFile(file);
  } catch (e) {
    throw new RestoreError({ code: 'not-json', detail: e instanceof Error ? e.message.slice(0, 200) : String(e) }, fileName);
  }
  const tables = meta?.data?.tables;
  if (meta?.formatName !== 'dexie' || !Array.isArray(tables)) throw new RestoreError({ code: 'not-a-dashboard-backup', detail: 'no table list' }, fileName);
  const ours = new Set(db.tables.map((t) => t.name));
  const names = tables.map((t) => t.name);
  // a backup from an older dashboard lacks the tables added since (they restore empty)
  const older = typeof meta.data.databaseVersion === 'number' && meta.data.databaseVersion < db.verno;
  const missing = [...ours].filter((name) => !names.includes(name) && (!older || CORE_TABLES.includes(name)));
  const foreign = names.filter((name) => !ours.has(name));
  if (missing.length > 0 || foreign.length > 0) {
    throw new RestoreError({ code: 'not-a-dashboard-backup', detail: [missing.length ? `missing ${missing.join(', ')}` : '', foreign.length ? `unknown ${foreign.join(', ')}` : ''].filter(Boolean).join('; ') }, fileName);
  }
  if (meta.data.databaseVersion > db.verno) throw new RestoreError({ code: 'newer-version', detail: `backup v${meta.data.databaseVersion}, this dashboard v${db.verno}` }, fileName);
  return { bundles: tables.find((t) => t.name === 'bundles')?.rowCount ?? 0, rows: tables.reduce((sum, t) => sum + t.rowCount, 0) };
}

/** Replace the store with a checked backup; the LRS password this browser holds is kept. */
export async function restoreDashboard(db: TrainerDb, file: Blob, fileName: string, onProgress?: (progress: BackupProgress) => void): Promise<void> {
  await checkBackup(db, file, fileName);
  const password = (await readSettings(db)).lrs.password;
  // every table emptied, also those an older backup does not have (they stay empty)
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
  await importInto(db, file, {
    clearTablesBeforeImport: true,
    acceptMissingTables: true,
    acceptNameDiff: true,
    acceptVersionDiff: true,
    transform: (table, value, key) => (table === 'settings' && value?.value?.lrs && !value.value.lrs.password ? { value: { ...value, value: { ...value.value, lrs: { ...value.value.lrs, password } } }, key } : { value, key }),
    progressCallback: (p) => {
      onProgress?.({ done: p.completedRows, total: p.totalRows });
      return true;
    },
  });
}
