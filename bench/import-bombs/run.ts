// `pnpm bench import-bombs [--blank-mb 500] [--huge-mb 1024]`: the trainer's import path in Node
// (verify, merge, write to IndexedDB via fake-indexeddb) over a batch of good bundles beside
// bundle bombs (blank lines, a 1 GB entry, a lying header, a zip in a zip, 10,000 entries, a
// path out of the folder, a bundle squatting a victim's statement ids imported before the
// victim's own). The victim's records must equal those of the victim imported alone.
// Last line: {"bench":"import-bombs","files":N,"refused":N,"imported":N,"peakRssMb":x,"msTotal":x}
import 'fake-indexeddb/auto';
import { bombBatch } from '../../shared/test/trainer/bundleBombs.ts';
import { importBundles, type FileOutcome } from '../../sandbox/src/trainer/importBundles.ts';
import { buildDashboardModel } from '../../sandbox/src/trainer/dashboardModel.ts';
import { TrainerDb } from '../../sandbox/src/trainer/trainerDb.ts';

function arg(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

const MB = 1024 * 1024;

export default async function run(args: string[]): Promise<void> {
  const built = performance.now();
  const { victim, squatterId, batch } = await bombBatch({ blankMb: arg(args, 'blank-mb', 500), hugeMb: arg(args, 'huge-mb', 1024) });
  console.error(`[import-bombs] ${batch.length} files made in ${((performance.now() - built) / 1000).toFixed(1)} s (${(batch.reduce((s, f) => s + f.bytes.length, 0) / MB).toFixed(1)} MB on disk)`);
  const source = (f: { name: string; bytes: Uint8Array }) => ({ name: f.name, size: f.bytes.length, bytes: async () => f.bytes });
  // the reference: the victim's bundle alone in a store of its own
  const alone = new TrainerDb(`bench-import-bombs-alone-${Date.now()}`);
  await importBundles(alone, [source(victim)]);
  const victimBefore = (await buildDashboardModel(alone)).learners.find((l) => l.learner === victim.learnerId);
  alone.close();
  const db = new TrainerDb(`bench-import-bombs-${Date.now()}`);

  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
  const started = performance.now();
  let outcomes: FileOutcome[];
  try {
    outcomes = await importBundles(db, batch.map(source));
  } finally {
    clearInterval(sampler);
  }
  const msTotal = performance.now() - started;
  peak = Math.max(peak, process.memoryUsage().rss);

  const model = await buildDashboardModel(db);
  const victimAfter = model.learners.find((l) => l.learner === victim.learnerId);
  const squatterStatements = model.learners.find((l) => l.learner === squatterId)?.statements ?? 0;
  let wrong = 0;
  batch.forEach((file, i) => {
    const o = outcomes[i]!;
    const got = o.status === 'rejected' ? o.rejection.code : 'imported';
    if (got !== file.expected) wrong++;
    const why = o.status === 'rejected' ? `${o.rejection.code}${o.rejection.file ? ` ${o.rejection.file}` : ''}${o.rejection.detail ? `: ${o.rejection.detail}` : ''}` : `imported +${o.added}${o.shared ? `, ${o.shared} share ids with another learner (kept for each)` : ''}`;
    console.error(`[import-bombs] ${got === file.expected ? 'ok ' : 'BAD'} ${file.name.padEnd(22)} ${(file.bytes.length / 1024).toFixed(0).padStart(6)} KB  ${why}`);
  });
  const victimUnchanged = !!victimBefore && victimAfter?.completed === victimBefore.completed && victimAfter.statements === victimBefore.statements;
  console.error(`[import-bombs] victim ${victim.learnerId.slice(0, 8)}: completed alone ${victimBefore?.completed} -> after the squatter ${victimAfter?.completed}, statements ${victimBefore?.statements} -> ${victimAfter?.statements}; squatter ${squatterId.slice(0, 8)}: ${squatterStatements} statements of its own; quarantined ${await db.quarantine.count()}`);
  db.close();
  if (wrong > 0 || !victimUnchanged) process.exitCode = 1;
  const refused = outcomes.filter((o) => o.status === 'rejected').length;
  console.log(
    JSON.stringify({
      bench: 'import-bombs',
      files: batch.length,
      refused,
      imported: outcomes.length - refused,
      peakRssMb: Math.round(peak / MB),
      rssGrowthMb: Math.round((peak - rssBefore) / MB),
      msTotal: Math.round(msTotal),
      wrong,
      victimUnchanged,
      victimCompleted: victimAfter?.completed ?? 0,
      squatterStatements,
    }),
  );
}
