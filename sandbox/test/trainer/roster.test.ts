import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { learnerBundle, newSigner, type TestSigner } from '../../../shared/test/record/bundleHelpers.ts';
import { syntheticLearner, syntheticLearnerStatements } from '../../../shared/test/trainer/syntheticLearners.ts';
import { scoreQuiz, type QuizAnswer } from '../../../shared/src/learning/quizScoring.ts';
import { quizStatements } from '../../../shared/src/learning/quizStatements.ts';
import type { IncomingStatement } from '../../../shared/src/record/statementValidation.ts';
import { tourStatement, type StatementLearner } from '../../../shared/src/record/tourStatements.ts';
import { attemptedStatement, resultStatements } from '../../../shared/src/scenario/scenarioStatements.ts';
import { Quiz } from '../../../shared/src/schema/learningContent.ts';
import { ContentPack } from '../../../shared/src/schema/contentPack.ts';
import { effectiveRules, evaluateGoLive, goLiveReadyCsv, packGoLive, type GoLiveRules } from '../../../shared/src/trainer/goLiveGate.ts';
import { guessRosterMapping, parseRosterCsv, rosterEntries, type RosterEntry } from '../../../shared/src/trainer/roster.ts';
import { ACTIVITY_TYPE, VERB, checklistItemActivityId } from '../../../shared/src/xapi/vocabulary.ts';
import { buildDashboardModel } from '../../src/trainer/dashboardModel.ts';
import { importBundles, type ImportSource } from '../../src/trainer/importBundles.ts';
import { readRosterFile } from '../../src/trainer/rosterFile.ts';
import { rosterKeys, rosterText } from '../../src/trainer/rosterMessages.ts';
import { readRoster, replaceRoster } from '../../src/trainer/rosterStore.ts';
import { storePulledStatements } from '../../src/trainer/lrsImport.ts';
import { TrainerDb, readSettings } from '../../src/trainer/trainerDb.ts';

const source = (name: string, bytes: Uint8Array): ImportSource => ({ name, size: bytes.length, bytes: async () => bytes });
const freshDb = () => new TrainerDb(`roster-test-${crypto.randomUUID()}`);

/** GBK bytes of a text: the reverse of TextDecoder('gbk') over its two-byte range (tests only; ASCII as is). */
let gbkTable: Map<string, [number, number]> | undefined;
function gbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) gbkTable.set(decoder.decode(new Uint8Array([a, b])), [a, b]);
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else out.push(...gbkTable.get(ch)!);
  }
  return new Uint8Array(out);
}

function rosterOf(n: number): RosterEntry[] {
  return Array.from({ length: n }, (_, i) => ({ staffNumber: `H${String(1001 + i)}`, name: `员工${i + 1}`, department: i % 2 ? '门诊部' : '急诊科', role: '挂号员' }));
}

describe('roster files', () => {
  it('reads a GBK CSV with Chinese headers (title row first) and maps its columns', async () => {
    const csv = '某某医院职工花名册\r\n序号,职工号,姓名,所在科室,岗位\r\n1,H1001,张三,门诊部,挂号员\r\n2,H1002,李四,急诊科,护士\r\n';
    const bytes = gbk(csv);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const table = await readRosterFile('花名册.csv', bytes);
    expect(table.encoding).toBe('gbk');
    expect(table.headerRow).toBe(2);
    const mapping = guessRosterMapping(table.header);
    expect(mapping).toEqual({ staffNumber: 1, name: 2, department: 3, role: 4 });
    const { entries, problems } = rosterEntries(table, mapping);
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      { staffNumber: 'H1001', name: '张三', department: '门诊部', role: '挂号员' },
      { staffNumber: 'H1002', name: '李四', department: '急诊科', role: '护士' },
    ]);
    // UTF-8 with a BOM and English headers read the same way
    const utf8 = parseRosterCsv('staff.csv', new TextEncoder().encode('\uFEFFName,Staff No.,Dept,Position\r\nZhang San,H1001,Outpatients,Registrar\r\n'));
    expect(utf8.encoding).toBe('utf-8');
    expect(guessRosterMapping(utf8.header)).toEqual({ staffNumber: 1, name: 0, department: 2, role: 3 });
  });

  it('reads an XLSX with Chinese headers and numeric staff numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('人员');
    sheet.addRow(['员工编号', '姓名', '部门', '职务']);
    sheet.addRow([20001, '王五', '检验科', '检验师']);
    sheet.addRow([20002, '赵六', '药剂科', '药师']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const table = await readRosterFile('roster.xlsx', bytes);
    expect(table.encoding).toBe('xlsx');
    const mapping = guessRosterMapping(table.header);
    expect(mapping).toEqual({ staffNumber: 0, name: 1, department: 2, role: 3 });
    expect(rosterEntries(table, mapping)).toEqual({
      entries: [
        { staffNumber: '20001', name: '王五', department: '检验科', role: '检验师' },
        { staffNumber: '20002', name: '赵六', department: '药剂科', role: '药师' },
      ],
      problems: [],
    });
  });

  it('names the file, row and column of empty and duplicate staff numbers', () => {
    const table = parseRosterCsv('hr.csv', new TextEncoder().encode('工号,姓名\nA1,甲\n,乙\nA1,丙\n\nA2,丁\n'));
    const { entries, problems } = rosterEntries(table, guessRosterMapping(table.header));
    expect(entries.map((e) => e.staffNumber)).toEqual(['A1', 'A2']);
    expect(problems).toEqual([
      { code: 'empty-staff-number', file: 'hr.csv', row: 3, column: '工号' },
      { code: 'duplicate-staff-number', file: 'hr.csv', row: 4, column: '工号', detail: 'A1', firstRow: 2 },
    ]);
    expect(rosterEntries(table, { name: 1 }).problems).toEqual([{ code: 'no-staff-number-column', file: 'hr.csv', row: 1 }]);
  });
});

describe('roster in the dashboard', () => {
  it('a roster of 20 and 12 matching bundles: 8 handed nothing in; an unknown staff number is flagged', async () => {
    const db = freshDb();
    const roster = rosterOf(20);
    const files: ImportSource[] = [];
    for (let i = 0; i < 13; i++) {
      const learner = syntheticLearner(100 + i);
      const staffNumber = i < 12 ? roster[i]!.staffNumber : 'X9999';
      const b = await learnerBundle({ learner, statements: syntheticLearnerStatements(learner, 12, 100 + i), staff: { staffNumber, displayName: `学员${i}`, consentedAt: '2026-11-20T08:00:00.000Z' } });
      files.push(source(`b${i}.zip`, b.bytes));
    }
    await importBundles(db, files);
    const before = await buildDashboardModel(db);
    expect(before.roster).toBeUndefined();
    expect(before.learners.every((l) => l.onRoster === undefined)).toBe(true);

    await replaceRoster(db, { fileName: 'hr.csv', encoding: 'utf-8', mapping: { staffNumber: 0 }, entries: roster });
    const model = await buildDashboardModel(db);
    expect(model.roster?.people).toBe(20);
    expect(model.roster?.notHandedIn.map((e) => e.staffNumber)).toEqual(roster.slice(12).map((e) => e.staffNumber));
    expect(model.roster?.notOnRoster).toBe(1);
    const flagged = model.learners.filter((l) => l.onRoster === false);
    expect(flagged.map((l) => l.staffNumber)).toEqual(['X9999']);
    const matched = model.learners.filter((l) => l.onRoster);
    expect(matched).toHaveLength(12);
    for (const l of matched) expect(l.rosterEntry).toEqual(roster.find((e) => e.staffNumber === l.staffNumber));
    db.close();
  });

  it('a learner read only from the LRS, whose account name is a staff number on the roster, is that person (and says how it was matched)', async () => {
    const db = freshDb();
    const roster = rosterOf(3);
    const pulled = (name: string, seed: number) => {
      const learner = { ...syntheticLearner(seed), learnerId: name };
      const statements = syntheticLearnerStatements(learner, 8, seed);
      return { homePage: learner.homePage, name, statements: statements.map((st) => ({ id: st.id!, json: JSON.stringify(st), statement: st })) };
    };
    // one account named by staff number (a hospital policy may choose that), one opaque account
    await storePulledStatements(db, { endpoint: 'http://lrs.example/xapi/', learners: [pulled(roster[1]!.staffNumber, 7), pulled('5f0c2b8e-opaque', 8)] });
    await replaceRoster(db, { fileName: 'hr.csv', encoding: 'utf-8', mapping: { staffNumber: 0 }, entries: roster });
    const model = await buildDashboardModel(db);
    const byAccount = model.learners.find((l) => l.learner === roster[1]!.staffNumber)!;
    expect(byAccount).toMatchObject({ fromLrs: true, signed: false, staffNumber: '', onRoster: true, rosterEntry: roster[1], rosterMatchBy: 'lrs-account' });
    expect(model.learners.find((l) => l.learner === '5f0c2b8e-opaque')).toMatchObject({ onRoster: false });
    expect(model.roster?.notHandedIn.map((e) => e.staffNumber)).toEqual([roster[0]!.staffNumber, roster[2]!.staffNumber]);
    db.close();
  });

  it('a replacement roster is checked before it replaces the stored one', async () => {
    const db = freshDb();
    await replaceRoster(db, { fileName: 'old.csv', encoding: 'utf-8', mapping: { staffNumber: 0 }, entries: rosterOf(3) });
    await expect(replaceRoster(db, { fileName: 'bad.csv', encoding: 'utf-8', mapping: { staffNumber: 0 }, entries: [...rosterOf(2), rosterOf(1)[0]!] })).rejects.toThrow(/unique/);
    expect((await readRoster(db))?.fileName).toBe('old.csv');
    db.close();
  });

  it('opens a version-1 store with its data intact and adds the roster table', async () => {
    const name = `roster-upgrade-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores({ bundles: '++seq, &manifestSha256, learner', bundleFiles: 'seq', idBlocks: 'bundle', factBlocks: 'bundle', quarantine: '++seq, id', trustedKeys: 'fingerprint, learner', importLog: '++seq, at', settings: 'key' });
    const learner = syntheticLearner(7);
    const b = await learnerBundle({ learner, statements: syntheticLearnerStatements(learner, 20, 7) });
    // real version-1 data: a bundle imported and settings saved through the version-1 schema
    const outcomes = await importBundles(old as unknown as TrainerDb, [source('b.zip', b.bytes)]);
    expect(outcomes[0]?.status).toBe('imported');
    await old.table('settings').put({ key: 'settings', value: { goLiveDate: '2026-12-20', leadDays: 5, lrs: { endpoint: '', username: '', password: '' }, lrsPull: {} } });
    expect(old.verno).toBe(1);
    old.close();
    // the store as a version-1 dashboard left it (opened again below by the current one)
    const reopened = new TrainerDb(name);
    expect(reopened.verno).toBeGreaterThanOrEqual(2);
    expect(await reopened.bundles.count()).toBe(1);
    expect((await buildDashboardModel(reopened)).totals.statements).toBe(b.statements.length);
    expect((await readSettings(reopened)).goLiveDate).toBe('2026-12-20');
    expect((await readSettings(reopened)).goLiveRules).toEqual({});
    expect(await readRoster(reopened)).toBeUndefined();
    reopened.close();
  });
});

const PACK = { id: 'demo-registration', version: '1.2.0', title: { 'zh-CN': '挂号', en: 'Registration' } };
const TOURS = [
  { id: 'registration-basics', title: { 'zh-CN': '门诊挂号入门', en: 'Registration basics' }, steps: 2 },
  { id: 'cancel-registration', title: { 'zh-CN': '退号', en: 'Cancelling' }, steps: 2 },
];
const QUIZ = Quiz.parse({
  id: 'registration-quiz',
  title: { 'zh-CN': '挂号测验', en: 'Registration quiz' },
  roles: ['registrar'],
  passMark: 0.6,
  questions: ['q1', 'q2', 'q3', 'q4', 'q5'].map((id) => ({ id, type: 'single-choice', prompt: { 'zh-CN': id, en: id }, options: ['a', 'b'].map((o) => ({ id: o, text: { 'zh-CN': o, en: o } })), correct: 'a' })),
});

/** One registrar's statements: both tours (or only the first), the quiz with `right` of 5 answers right, the drill passed or not, a mentor sign-off or not. */
function gateStatements(seed: number, part: { tours?: number; right?: number; scenarioPassed?: boolean; signOff?: boolean }): { who: StatementLearner; statements: IncomingStatement[] } {
  const who: StatementLearner = { learnerId: `00000000-0000-4000-8000-${String(seed).padStart(12, '0')}`, homePage: 'https://hospital.example.cn', role: 'registrar', department: '门诊部', language: 'zh-CN' };
  let n = 0;
  let now = Date.parse('2026-11-10T01:00:00Z') + seed * 3_600_000;
  const newId = () => `00000000-0000-4000-9000-${String(seed * 1000 + ++n).padStart(12, '0')}`;
  const tick = () => new Date((now += 30_000));
  const out: IncomingStatement[] = [];
  TOURS.forEach((tour, t) => {
    const run = { packId: PACK.id, packVersion: PACK.version, tourId: tour.id, registration: newId(), startedAt: now, stepIndex: 0, stepCount: tour.steps, status: 'running' as const };
    out.push(tourStatement({ effect: { kind: 'launched' }, run, pack: PACK, tour, learner: who, now: tick(), newId }));
    if (t < (part.tours ?? TOURS.length)) out.push(tourStatement({ effect: { kind: 'completed', durationMs: 60_000 }, run: { ...run, stepIndex: tour.steps - 1 }, pack: PACK, tour, learner: who, now: tick(), newId }));
  });
  const answers: Record<string, QuizAnswer> = {};
  QUIZ.questions.forEach((q, i) => (answers[q.id] = { type: 'single-choice', optionId: i < (part.right ?? 5) ? 'a' : 'b' }));
  const startedAt = tick();
  out.push(...quizStatements({ pack: PACK, quiz: QUIZ, learner: who, registration: newId(), attempt: 1, seed: 1 }, QUIZ.questions, answers, scoreQuiz(QUIZ, answers), { startedAt, finishedAt: tick() }, newId));
  now += 10;
  const attempt = { registration: newId(), scenario: { id: 'busy-morning', version: '1.0.0', title: { 'zh-CN': '早高峰', en: 'Busy morning' }, goal: { 'zh-CN': '早高峰', en: 'Busy morning' }, roles: ['registrar'] as ['registrar'] }, mode: 'practice' as const, startedAt: tick() };
  out.push(attemptedStatement(attempt, who, { now: tick(), newId }));
  const passed = part.scenarioPassed ?? true;
  out.push(...resultStatements(attempt, who, { checks: [], traps: [], score: passed ? 90 : 50, timedOut: false, passed, durationMs: 60_000 }, { now: tick(), newId }));
  if (part.signOff ?? true) {
    // a mentor's sign-off, as the extension records it on the learner's machine
    const base = out[1]!;
    out.push({ ...base, id: newId(), verb: { id: VERB['signed-off'], display: { 'en-US': 'signed off' } }, object: { objectType: 'Activity', id: checklistItemActivityId(PACK.id, 'desk', 'mentor'), definition: { type: ACTIVITY_TYPE.checklistItem } }, timestamp: tick().toISOString() } as IncomingStatement);
  }
  return { who, statements: out };
}

describe('go-live gate', () => {
  it('lists exactly the learners who meet the rule, with the unmet parts, and exports them as Excel-safe CSV', async () => {
    const db = freshDb();
    const signer: TestSigner = await newSigner();
    const people = [
      { staff: 'G001', part: {} },
      { staff: 'G002', part: { tours: 1 } },
      { staff: 'G003', part: { right: 2 } },
      { staff: 'G004', part: { scenarioPassed: false } },
      { staff: 'G005', part: { signOff: false } },
      { staff: 'G006', part: {} },
    ];
    const files: ImportSource[] = [];
    for (const [i, p] of people.entries()) {
      const { who, statements } = gateStatements(i + 1, p.part);
      const b = await learnerBundle({ learner: { learnerId: who.learnerId, homePage: who.homePage, role: 'registrar', department: '门诊部', ability: 0, diligence: 1 }, statements, signer, staff: { staffNumber: p.staff, consentedAt: '2026-11-20T08:00:00.000Z' } });
      files.push(source(`${p.staff}.zip`, b.bytes));
    }
    const outcomes = await importBundles(db, files);
    expect(outcomes.map((o) => o.status)).toEqual(people.map(() => 'imported'));
    const roster = people.map((p, i) => ({ staffNumber: p.staff, name: i === 5 ? '=HYPERLINK("http://x")' : `员工${i + 1}`, department: i < 3 ? '门诊部' : '@急诊科', role: '挂号员' }));
    roster.push({ staffNumber: 'G007', name: '未交', department: '门诊部', role: '挂号员' });
    await replaceRoster(db, { fileName: 'hr.csv', encoding: 'utf-8', mapping: { staffNumber: 0 }, entries: roster });
    const model = await buildDashboardModel(db);
    const rules: GoLiveRules = { registrar: { toursDone: true, quizMinPercent: 80, scenariosPassed: true, mentorSignOff: true } };
    const gate = evaluateGoLive({ items: model.items, learners: model.learners, progress: model.progress, signedOff: new Set(model.signedOff), notHandedIn: model.roster?.notHandedIn, rules });
    const by = new Map(gate.map((g) => [g.staffNumber, g]));
    expect(gate.filter((g) => g.ready).map((g) => g.staffNumber).sort()).toEqual(['G001', 'G006']);
    expect(by.get('G002')?.gaps).toEqual([{ part: 'tours', missing: 1, required: 2 }]);
    expect(by.get('G003')?.gaps).toEqual([{ part: 'quiz', best: 40, min: 80 }]);
    expect(by.get('G004')?.gaps).toEqual([{ part: 'scenarios', missing: 1, required: 1 }]);
    expect(by.get('G005')?.gaps).toEqual([{ part: 'sign-off' }]);
    expect(by.get('G007')?.gaps).toEqual([{ part: 'nothing-handed-in' }]);
    // a rule without the sign-off: G005 is ready too
    const lenient = evaluateGoLive({ items: model.items, learners: model.learners, progress: model.progress, signedOff: new Set(model.signedOff), rules: { '': { ...rules.registrar!, mentorSignOff: false } } });
    expect(lenient.filter((g) => g.ready).map((g) => g.staffNumber).sort()).toEqual(['G001', 'G005', 'G006']);

    const csv = goLiveReadyCsv(gate, ['工号', '姓名', '科室', '岗位', '学员 ID', '就绪时间']);
    expect(csv.startsWith('\uFEFF工号,姓名,科室,岗位,学员 ID,就绪时间\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(1, -1).map((l) => l.split(',')[0]).sort()).toEqual(['G001', 'G006']);
    // cells from the HR file cannot become formulas
    const g6 = lines.find((l) => l.startsWith('G006'))!;
    expect(g6).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(g6).toContain(",'@急诊科,");
    db.close();
  });
});

describe('roster and gate texts', () => {
  it('are non-empty in both languages with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(rosterKeys().length).toBeGreaterThan(60);
    for (const key of rosterKeys()) {
      for (const lang of ['zh-CN', 'en'] as const) expect(rosterText(lang, key).trim(), `${lang} ${key}`).not.toBe('');
      expect(placeholders(rosterText('en', key)), key).toEqual(placeholders(rosterText('zh-CN', key)));
    }
  });
});

describe('go-live rules from a pack', () => {
  it('the demo pack states the registrar rule and the go-live date; it wins over the trainer’s for that role only', async () => {
    const { readFile } = await import('node:fs/promises');
    const raw = JSON.parse(await readFile(new URL('../../../shared/packs/registration-demo.pack.json', import.meta.url), 'utf8'));
    const pack = ContentPack.parse(raw);
    const stated = packGoLive('registration-demo.pack.json', pack);
    expect(stated.goLiveDate).toBe('2027-01-04');
    expect(stated.rules).toEqual({ registrar: { toursDone: true, quizMinPercent: 80, scenariosPassed: false, mentorSignOff: true } });
    const trainer: GoLiveRules = { registrar: { toursDone: false, quizMinPercent: null, scenariosPassed: false, mentorSignOff: false }, nurse: { toursDone: true, quizMinPercent: 60, scenariosPassed: true, mentorSignOff: false } };
    const rules = effectiveRules(trainer, stated);
    expect(rules.registrar).toEqual(stated.rules.registrar);
    expect(rules.nurse).toEqual(trainer.nurse);
    expect(effectiveRules(trainer, undefined)).toEqual(trainer);
  });
});
