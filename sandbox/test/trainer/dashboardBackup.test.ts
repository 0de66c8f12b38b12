// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { learnerBundle } from '../../../shared/test/record/bundleHelpers.ts';
import { buildDashboardModel } from '../../src/trainer/dashboardModel.ts';
import { backupDashboard, checkBackup, RestoreError, restoreDashboard } from '../../src/trainer/dashboardBackup.ts';
import { importBundles, type ImportSource } from '../../src/trainer/importBundles.ts';
import { storedStatements } from '../../src/trainer/lrsSource.ts';
import { readSettings, TrainerDb, writeSettings } from '../../src/trainer/trainerDb.ts';

const source = (name: string, bytes: Uint8Array): ImportSource => ({ name, size: bytes.length, bytes: async () => bytes });
const freshDb = () => new TrainerDb(`trainer-backup-${crypto.randomUUID()}`);

/** jsdom's Blob has no text(); its FileReader does. */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

async function storedTexts(db: TrainerDb): Promise<string[]> {
  const out: string[] = [];
  for await (const chunk of storedStatements(db)) for (const s of chunk) out.push(s.json);
  return out.sort();
}

describe('dashboard backup', () => {
  it('a backup restored into an empty dashboard gives back every statement, figure and import record, but never the LRS password', async () => {
    const db = freshDb();
    const bundles = await Promise.all([1, 2, 3].map((seed) => learnerBundle({ seed, count: 25 })));
    await importBundles(db, bundles.map((b, i) => source(`learner-${i}.zip`, b.bytes)));
    await writeSettings(db, { goLiveDate: '2027-01-10', lrs: { endpoint: 'https://lrs.example.cn/xAPI/', username: 'trainer', password: 's3cret-pw' } });
    const progress: number[] = [];
    const file = await backupDashboard(db, (p) => progress.push(p.done));
    const text = await blobText(file);
    expect(text).not.toContain('s3cret-pw');
    expect(progress.at(-1)).toBeGreaterThan(0);

    const restored = freshDb();
    await writeSettings(restored, { lrs: { endpoint: '', username: '', password: 'this-pc-pw' } });
    expect(await checkBackup(restored, file, 'backup.json')).toMatchObject({ bundles: 3 });
    await restoreDashboard(restored, file, 'backup.json');

    expect(await storedTexts(restored)).toEqual(await storedTexts(db));
    expect(await storedTexts(restored)).toHaveLength(bundles.reduce((n, b) => n + b.statements.length, 0));
    const settings = await readSettings(restored);
    expect(settings.goLiveDate).toBe('2027-01-10');
    expect(settings.lrs).toEqual({ endpoint: 'https://lrs.example.cn/xAPI/', username: 'trainer', password: 'this-pc-pw' });
    expect((await restored.importLog.toArray()).map((l) => l.fileName)).toEqual(['learner-0.zip', 'learner-1.zip', 'learner-2.zip']);
    const model = async (d: TrainerDb) => JSON.stringify((await buildDashboardModel(d, { includeReported: true })).totals);
    expect(await model(restored)).toBe(await model(db));
    // the restored store goes on as before: the same file again is a duplicate
    const again = await importBundles(restored, [source('learner-0-again.zip', bundles[0]!.bytes)]);
    expect(again[0]!.status).toBe('rejected');
    db.close();
    restored.close();
  });

  it('a backup from the dashboard before the roster (version 1, no roster table) restores, and the roster is empty after it', async () => {
    const db = freshDb();
    await importBundles(db, [source('old.zip', (await learnerBundle({ seed: 21, count: 12 })).bytes)]);
    const json = JSON.parse(await blobText(await backupDashboard(db)));
    json.data.databaseVersion = 1;
    json.data.tables = json.data.tables.filter((t: { name: string }) => t.name !== 'roster');
    json.data.data = json.data.data.filter((t: { tableName: string }) => t.tableName !== 'roster');
    const v1 = new Blob([JSON.stringify(json)]);
    const target = freshDb();
    await target.roster.put({ key: 'current', fileName: 'hr.csv', encoding: 'utf-8', importedAt: 1, mapping: {} as never, entries: [{ staffNumber: 'H1', name: '甲', department: '', role: '' }] });
    await restoreDashboard(target, v1, 'v1-backup.json');
    expect(await storedTexts(target)).toEqual(await storedTexts(db));
    expect(await target.roster.count()).toBe(0);
    db.close();
    target.close();
  });

  it('refuses a file that is not a dashboard backup and leaves the store as it was', async () => {
    const db = freshDb();
    const bundle = await learnerBundle({ seed: 9, count: 10 });
    await importBundles(db, [source('a.zip', bundle.bytes)]);
    const before = await storedTexts(db);
    const other = new TrainerDb(`other-${crypto.randomUUID()}`);
    other.close();
    const notJson = new Blob(['PK\u0003\u0004 a zip, not a backup']);
    await expect(restoreDashboard(db, notJson, 'progress.zip')).rejects.toThrow(RestoreError);
    await expect(restoreDashboard(db, notJson, 'progress.zip')).rejects.toThrow(/^progress\.zip: not-(json|a-dashboard-backup)/);
    const foreign = new Blob([JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { databaseName: 'x', databaseVersion: 1, tables: [{ name: 'friends', schema: '++id', rowCount: 0 }], data: [] } })]);
    await expect(restoreDashboard(db, foreign, 'friends.json')).rejects.toThrow(/not-a-dashboard-backup.*missing bundles/);
    expect(await storedTexts(db)).toEqual(before);
    db.close();
  });
});
