import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { learnerBundle } from '../../../shared/test/record/bundleHelpers.ts';
import { syntheticLearner, syntheticLearnerStatements } from '../../../shared/test/trainer/syntheticLearners.ts';
import { problemReportStatement } from '../../../shared/src/record/problemReport.ts';
import type { IncomingStatement } from '../../../shared/src/record/statementValidation.ts';
import { problemKey, problemListRows } from '../../../shared/src/trainer/problemList.ts';
import { buildDashboardModel } from '../../src/trainer/dashboardModel.ts';
import { importBundles, type ImportSource } from '../../src/trainer/importBundles.ts';
import { readProblemHandling, updateProblemHandling } from '../../src/trainer/problemStore.ts';
import { TrainerDb } from '../../src/trainer/trainerDb.ts';
import { problemCsvHeader } from '../../src/trainer/problemWords.ts';
import { trainerText } from '../../src/trainer/trainerMessages.ts';

const source = (name: string, bytes: Uint8Array): ImportSource => ({ name, size: bytes.length, bytes: async () => bytes });
const PAGE = 'http://emr.test/registration*';

function reports(learner: ReturnType<typeof syntheticLearner>, at: string, count: number): IncomingStatement[] {
  return Array.from({ length: count }, (_, i) =>
    problemReportStatement({
      report: { category: i % 2 ? 'system-error' : 'cannot-find', severity: i === 0 ? 'blocks-work' : 'minor', text: `report ${i}`, element: { role: 'button', label: '新建患者' } },
      pagePattern: PAGE,
      learner: { learnerId: learner.learnerId, homePage: learner.homePage, language: 'zh-CN' },
      now: new Date(Date.parse(at) + i * 60_000),
      newId: () => crypto.randomUUID(),
    }) as IncomingStatement,
  );
}

describe('the pilot problem list in the trainer dashboard', () => {
  it("heads the CSV in the trainer's language, with a column saying whether the answer went out as page help", () => {
    const zh = problemCsvHeader((key) => trainerText('zh-CN', key));
    const en = problemCsvHeader((key) => trainerText('en', key));
    expect(zh.slice(8, 12)).toEqual(['负责人', '答复', '已发布为本页帮助', '首次答复']);
    expect(en.slice(8, 12)).toEqual(['Owner', 'Answer', 'Published as page help', 'First response']);
    expect(new Set(zh).size).toBe(zh.length);
    expect(new Set(en).size).toBe(en.length);
    expect(['zh-CN', 'en'].map((l) => [trainerText(l as 'zh-CN' | 'en', 'problems.published.yes'), trainerText(l as 'zh-CN' | 'en', 'problems.published.no')])).toEqual([['是', '否'], ['yes', 'no']]);
  });

  it('imported bundles give groups by page and category; the trainer handles them in their own table', async () => {
    const db = new TrainerDb(`problems-${crypto.randomUUID()}`);
    const a = syntheticLearner(3);
    const b = syntheticLearner(4);
    const bundles = [
      await learnerBundle({ learner: a, statements: [...syntheticLearnerStatements(a, 10, 3), ...reports(a, '2026-12-06T01:00:00Z', 3)] }),
      await learnerBundle({ learner: b, statements: reports(b, '2026-12-06T02:00:00Z', 1) }),
    ];
    const outcomes = await importBundles(db, bundles.map((x, i) => source(`${i}.zip`, x.bytes)));
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'imported']);
    const model = await buildDashboardModel(db);
    const cannotFind = model.problems.find((g) => g.key === problemKey(PAGE, 'cannot-find'))!;
    expect(cannotFind).toMatchObject({ count: 3, severity: 'blocks-work', reporters: [a.learnerId, b.learnerId].sort() });
    expect(cannotFind.reports[0]).toMatchObject({ elementRole: 'button', elementLabel: '新建患者', text: 'report 0' });
    expect(model.problems.find((g) => g.key === problemKey(PAGE, 'system-error'))!.count).toBe(1);
    // a report is not a training item: the readiness items hold none
    expect(model.items.some((item) => item.id.includes('problem-reports'))).toBe(false);

    const t = Date.parse('2026-12-06T03:00:00Z');
    await updateProblemHandling(db, cannotFind.key, { owner: ' 信息科 李工 ' }, t);
    await updateProblemHandling(db, cannotFind.key, { status: 'answered', answer: '在工具栏右侧' }, t + 1000);
    await updateProblemHandling(db, cannotFind.key, { status: 'new' }, t + 2000);
    const [handling] = await readProblemHandling(db);
    expect(handling).toMatchObject({ key: cannotFind.key, status: 'new', owner: '信息科 李工', answer: '在工具栏右侧', respondedAt: t + 1000 });
    const rows = problemListRows(model.problems, await readProblemHandling(db), t + 5000, (ms) => new Date(ms).toISOString().slice(0, 10));
    expect(rows.find((r) => r.key === cannotFind.key)?.sameDay).toBe('yes');
    // importing the same bundle again changes nothing, and the handling stays
    await importBundles(db, [source('again.zip', bundles[0]!.bytes)]);
    expect((await buildDashboardModel(db)).problems.find((g) => g.key === cannotFind.key)!.count).toBe(3);
    expect(await readProblemHandling(db)).toHaveLength(1);
    db.close();
  });

  it('an answer published as help for the page is refused, and nothing written, when it holds patient data or is empty', async () => {
    const db = new TrainerDb(`problems-publish-${crypto.randomUUID()}`);
    const key = problemKey(PAGE, 'cannot-find');
    const t = Date.parse('2026-12-06T03:00:00Z');
    await updateProblemHandling(db, key, { status: 'answered', answer: '请致电 13812345678 的家属' }, t); // kept in the dashboard only
    await expect(updateProblemHandling(db, key, { publish: true }, t + 1000)).rejects.toThrow(/patient data \(phone\)/);
    await expect(updateProblemHandling(db, key, { answer: '', publish: true }, t + 1000)).rejects.toThrow(/needs its text/);
    expect((await readProblemHandling(db))[0]).toMatchObject({ answer: '请致电 13812345678 的家属', updatedAt: t });
    expect((await readProblemHandling(db))[0]!.publish).toBeUndefined();
    await updateProblemHandling(db, key, { answer: '点查询框右边的“新建患者”', publish: true }, t + 2000);
    expect((await readProblemHandling(db))[0]).toMatchObject({ publish: true, answer: '点查询框右边的“新建患者”' });
    await updateProblemHandling(db, key, { publish: false }, t + 3000);
    expect((await readProblemHandling(db))[0]!.publish).toBeUndefined();
    db.close();
  });

  it('opens a version-2 store with its data intact and adds the handling table', async () => {
    const name = `problems-upgrade-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores({ bundles: '++seq, &manifestSha256, learner', bundleFiles: 'seq', idBlocks: 'bundle', factBlocks: 'bundle', quarantine: '++seq, id', trustedKeys: 'fingerprint, learner', importLog: '++seq, at', settings: 'key' });
    old.version(2).stores({ roster: 'key' });
    const learner = syntheticLearner(9);
    const bundle = await learnerBundle({ learner, statements: syntheticLearnerStatements(learner, 15, 9) });
    expect((await importBundles(old as unknown as TrainerDb, [source('b.zip', bundle.bytes)]))[0]?.status).toBe('imported');
    await old.table('roster').put({ key: 'current', fileName: 'staff.csv', encoding: 'utf-8', importedAt: 1, mapping: { staffNumber: 0 }, entries: [{ staffNumber: 'S1' }] });
    expect(old.verno).toBe(2);
    old.close();
    const reopened = new TrainerDb(name);
    expect(reopened.verno).toBe(3);
    expect((await buildDashboardModel(reopened)).totals.statements).toBe(bundle.statements.length);
    expect((await reopened.roster.get('current'))?.fileName).toBe('staff.csv');
    expect(await readProblemHandling(reopened)).toEqual([]);
    reopened.close();
  });
});
