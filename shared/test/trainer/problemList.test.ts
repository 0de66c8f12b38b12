import { describe, expect, it } from 'vitest';
import type { StatementFact } from '../../src/record/statementFacts.ts';
import { problemReportFact } from './problemFacts.ts';
import Papa from 'papaparse';
import { PROBLEM_CSV_COLUMNS, problemGroups, problemKey, problemListCsv, problemListRows, sameDayResponse, type ProblemCsvWords } from '../../src/trainer/problemList.ts';

const T0 = Date.parse('2026-12-06T01:00:00Z');
const HOUR = 3_600_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10); // UTC days, so the test does not depend on the machine's zone

const report = problemReportFact;

const REG = 'http://emr.test/registration*';
const PHARM = 'http://emr.test/pharmacy*';
const facts: StatementFact[] = [
  report('a', T0, REG, 'cannot-find', 'minor', 'where is new patient', { role: 'button', label: '新建患者' }),
  report('b', T0 + HOUR, REG, 'cannot-find', 'blocks-work', 'cannot find insurance type', { role: 'combobox', label: '医保类型' }),
  report('a', T0 + 2 * HOUR, REG, 'cannot-find', 'slows-work', 'again'),
  report('c', T0 + 3 * HOUR, REG, 'system-error', 'blocks-work', 'save fails'),
  report('c', T0 + 30 * HOUR, PHARM, 'cannot-find', 'minor', '=HYPERLINK("http://x")'),
  // not a report: ignored
  { learner: 'a', verb: 'http://adlnet.gov/expapi/verbs/completed', object: 'x', type: '', pack: '', parent: '', t: T0, registration: 'r', pagePattern: REG },
];

describe('the pilot problem list', () => {
  const groups = problemGroups(facts);

  it('groups by page and category with the worst severity, counts, first/last and reporters', () => {
    expect(groups).toHaveLength(3);
    const reg = groups.find((g) => g.key === problemKey(REG, 'cannot-find'))!;
    expect(reg).toMatchObject({ page: REG, category: 'cannot-find', severity: 'blocks-work', count: 3, firstAt: T0, lastAt: T0 + 2 * HOUR, reporters: ['a', 'b'] });
    expect(reg.severityCounts).toEqual({ minor: 1, 'blocks-work': 1, 'slows-work': 1 });
    expect(reg.reports.map((r) => r.text)).toEqual(['where is new patient', 'cannot find insurance type', 'again']);
    expect(reg.reports[1]).toMatchObject({ elementRole: 'combobox', elementLabel: '医保类型' });
    expect(groups.find((g) => g.key === problemKey(REG, 'system-error'))!.count).toBe(1);
  });

  it('joins the trainer handling: open first, then severity; same-day timing', () => {
    const now = T0 + 40 * HOUR;
    const rows = problemListRows(
      groups,
      [
        { key: problemKey(REG, 'cannot-find'), status: 'answered', owner: '信息科 李工', answer: 'in the toolbar', respondedAt: T0 + 5 * HOUR, updatedAt: T0 + 5 * HOUR },
        { key: problemKey(PHARM, 'cannot-find'), status: 'fixed', owner: '', answer: '', respondedAt: T0 + 60 * HOUR, updatedAt: T0 + 60 * HOUR },
      ],
      now,
      dayOf,
    );
    expect(rows.map((r) => [r.category, r.page, r.status, r.sameDay])).toEqual([
      ['system-error', REG, 'new', 'no'],
      ['cannot-find', REG, 'answered', 'yes'],
      ['cannot-find', PHARM, 'fixed', 'no'],
    ]);
    expect(rows[1]!.owner).toBe('信息科 李工');
  });

  it('same day: yes, no, or still open today', () => {
    expect(sameDayResponse(T0, T0 + HOUR, T0 + 50 * HOUR, dayOf)).toBe('yes');
    expect(sameDayResponse(T0, T0 + 24 * HOUR, T0 + 50 * HOUR, dayOf)).toBe('no');
    expect(sameDayResponse(T0, undefined, T0 + 2 * HOUR, dayOf)).toBe('open');
    expect(sameDayResponse(T0, undefined, T0 + 24 * HOUR, dayOf)).toBe('no');
  });

  it('exports Excel-safe CSV: BOM, CRLF, formulas neutralised, reporters by name', () => {
    const words: ProblemCsvWords = {
      headers: ['page', 'category', 'severity', 'count', 'reporters', 'first', 'last', 'status', 'owner', 'answer', 'published', 'responded', 'same day', 'elements', 'texts'],
      category: (c) => `cat:${c}`,
      severity: (s) => `sev:${s}`,
      status: (s) => s,
      sameDay: (s) => s,
      published: (yes) => (yes ? 'yes' : 'no'),
      reporter: (l) => ({ a: '张护士', b: 'b' })[l] ?? l,
      element: (r) => (r.elementRole ? `${r.elementRole} ${r.elementLabel ?? ''}`.trim() : ''),
    };
    const csv = problemListCsv(problemListRows(groups, [], T0, dayOf), words);
    expect(csv.startsWith('\uFEFFpage,category,')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(csv).toContain('张护士; b');
    expect(csv).toContain('button 新建患者; combobox 医保类型');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('says in a column whether the answer went out as page help: yes only for a marked answer the suggestions file carries', () => {
    const words: ProblemCsvWords = { headers: [...PROBLEM_CSV_COLUMNS], category: (c) => c, severity: (s) => s, status: (s) => s, sameDay: (s) => s, published: (yes) => (yes ? '是' : '否'), reporter: (l) => l, element: () => '' };
    const at = T0 + 5 * HOUR;
    const rows = problemListRows(
      groups,
      [
        // marked and clean: published
        { key: problemKey(REG, 'cannot-find'), status: 'answered', owner: '', answer: '在工具栏右侧', publish: true, respondedAt: at, updatedAt: at },
        // answered, not marked: kept in the dashboard
        { key: problemKey(REG, 'system-error'), status: 'answered', owner: '', answer: '已修复', respondedAt: at, updatedAt: at },
        // marked, but the answer starts like a formula and holds a phone number: never published, and the cell stays inert
        { key: problemKey(PHARM, 'cannot-find'), status: 'answered', owner: '', answer: '=请致电 13812345678', publish: true, respondedAt: at, updatedAt: at },
      ],
      T0 + 40 * HOUR,
      dayOf,
    );
    const table = Papa.parse<string[]>(problemListCsv(rows, words).slice(1), { skipEmptyLines: true }).data;
    const column = (name: (typeof PROBLEM_CSV_COLUMNS)[number]) => table[0]!.indexOf(name);
    expect(column('published')).toBe(column('answer') + 1);
    const byPage = (page: string, category: string) => table.find((row) => row[column('page')] === page && row[column('category')] === category)!;
    expect(byPage(REG, 'cannot-find')[column('published')]).toBe('是');
    expect(byPage(REG, 'system-error')[column('published')]).toBe('否');
    expect(byPage(PHARM, 'cannot-find')[column('published')]).toBe('否');
    expect(byPage(PHARM, 'cannot-find')[column('answer')]).toBe("'=请致电 13812345678");
    // every row has every column
    expect(new Set(table.map((row) => row.length))).toEqual(new Set([PROBLEM_CSV_COLUMNS.length]));
  });
});
