import { describe, expect, it } from 'vitest';
import { parsePackFile, parsePackValue } from '../../src/schema/packImport.ts';
import { placedWords, fieldPathWords } from '../../src/i18n/schemaIssues.ts';
import { setValidationLanguage } from '../../src/schema/zodLanguage.ts';
import type { FieldProblem } from '../../src/schema/fieldProblems.ts';
import { demoPack, demoPackText } from '../packFixtures.ts';

function problemsOf(value: unknown): FieldProblem[] {
  const result = parsePackValue('broken.json', value);
  if (result.ok) throw new Error('expected the pack to be rejected');
  return result.problems;
}

const said = (problem: FieldProblem | undefined, language: 'zh-CN' | 'en') => placedWords(problem!.words!, language);
const at = (problems: FieldProblem[], path: string) => problems.find((p) => p.path === path);

/** Latin words a zh-CN reader would meet, outside quoted values (“…”) and the few technical names. */
function latinWords(text: string): string[] {
  const outsideQuotes = text.replace(/“[^”]*”/g, '');
  return (outsideQuotes.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !['JSON', 'CSS', 'true', 'false', 'null', 'Preceptor'].includes(w));
}

describe('pack problems in the reader\'s language', () => {
  it('names the field path in words, and says what is missing and what it should be', () => {
    const pack = demoPack();
    delete pack.tours[0].steps[2].body.en;
    const problem = at(problemsOf(pack), 'tours[0].steps[2].body.en');
    expect(said(problem, 'zh-CN')).toBe('导览 1 › 步骤 3 › 正文 › 英文：缺少此项（应为文字）');
    expect(said(problem, 'en')).toBe('tour 1 › step 3 › text › English: is missing (should be text)');
  });

  it('says what was found instead, in our words, not zod\'s half-translated ones, whatever zod\'s locale', () => {
    const pack = demoPack() as Record<string, unknown>;
    pack.version = 7;
    for (const zodLanguage of ['zh-CN', 'en'] as const) {
      setValidationLanguage(zodLanguage);
      const problem = at(problemsOf(pack), 'version');
      expect(said(problem, 'zh-CN')).toBe('版本号：应为文字，这里是数字');
      expect(said(problem, 'en')).toBe('version: should be text, not a number');
    }
    setValidationLanguage('en');
  });

  it('lists the allowed choices and quotes the wrong one', () => {
    const pack = demoPack();
    pack.tours[0].steps[3].advance = { on: 'hover' };
    const problem = at(problemsOf(pack), 'tours[0].steps[3].advance.on');
    expect(said(problem, 'zh-CN')).toBe('导览 1 › 步骤 4 › 推进方式 › 推进条件：“hover”不可用，只能是以下之一：“next”、“click”、“enter”、“navigate”');
    expect(said(problem, 'en')).toBe('tour 1 › step 4 › how it moves on › moves on when: “hover” is not allowed; use one of: “next”, “click”, “enter”, “navigate”');
  });

  it('words formats, lengths, unknown fields and empty lists', () => {
    const pack = demoPack() as any;
    pack.version = '1.0';
    pack.id = 'Demo Pack';
    pack.onLoad = 'alert(1)';
    pack.tours[0].steps = [];
    pack.siteRules = [{ urlPattern: 'localhost/registration' }];
    pack.goLiveDate = '2026-13-01';
    const problems = problemsOf(pack);
    expect(said(at(problems, 'version'), 'zh-CN')).toBe('版本号：应为“主版本.次版本.修订号”形式的版本号，例如“1.2.0”');
    expect(said(at(problems, 'id'), 'en')).toBe('id: use 1–80 lower-case letters, digits, “.”, “_” or “-”, starting with a letter or digit');
    expect(said(at(problems, ''), 'zh-CN')).toBe('整个文件：有本格式不认识的字段：“onLoad”（请检查拼写，或删除）');
    expect(said(at(problems, ''), 'en')).toBe('the whole file: has 1 unknown field: “onLoad” (check the spelling, or remove it)');
    expect(said(at(problems, 'tours[0].steps'), 'zh-CN')).toBe('导览 1 › 步骤：至少需要 1 项');
    expect(said(at(problems, 'tours[0].steps'), 'en')).toBe('tour 1 › steps: needs at least 1 item');
    expect(said(at(problems, 'siteRules[0].urlPattern'), 'zh-CN')).toBe('网址规则 1 › 网址规则：应以“http://”“https://”或“*://”开头');
    expect(said(at(problems, 'goLiveDate'), 'zh-CN')).toMatch(/^上线日期：应为日期/);
  });

  it('words every cross-reference check of a pack in both languages, with no English left in the Chinese', () => {
    const pack = demoPack() as any;
    const items = pack.checklists[0].items;
    items[0].tourId = 'no-such-tour';
    items[1].quizId = 'no-such-quiz';
    items[2].tipId = 'no-such-tip';
    items.push({ id: 'read-nothing', kind: 'read', title: { 'zh-CN': '阅读', en: 'Read' } });
    items.push({ ...items[0], tourId: 'registration-basics' }); // a duplicate checklist item id
    pack.tours[0].roles = ['surgeon-in-chief'];
    pack.tours[0].steps[1].id = pack.tours[0].steps[0].id;
    delete pack.tours[0].steps[3].target; // a click step without a target
    pack.quizzes[0].questions[0].correct = 'maybe';
    pack.quizzes[0].questions.push({ ...pack.quizzes[0].questions[0], correct: 'reuse' }); // a duplicate question id (the 7th question)
    pack.quizzes[0].questions[0].options[1].id = pack.quizzes[0].questions[0].options[0].id;
    pack.mentorSignOff.mentors.push({ ...pack.mentorSignOff.mentors[0], staffNumber: 'm0042', role: 'chief' });
    const problems = problemsOf(pack);
    const zh = problems.map((p) => said(p, 'zh-CN'));
    const en = problems.map((p) => said(p, 'en'));
    expect(zh).toContain('清单 1 › 清单项 1 › 导览标识：本内容包里没有标识为“no-such-tour”的导览');
    expect(en).toContain('checklist 1 › item 1 › tour id: no tour “no-such-tour” in this pack');
    expect(zh).toContain('清单 1 › 清单项 2 › 测验标识：本内容包里没有标识为“no-such-quiz”的测验');
    expect(zh).toContain('清单 1 › 清单项 3 › 字段提示标识：本内容包里没有标识为“no-such-tip”的字段提示');
    expect(zh).toContain('清单 1 › 清单项 6：阅读项需要指向一条字段提示或一个链接');
    expect(zh).toContain('清单 1 › 清单项 7 › 标识：标识“tour”重复：第 1 个清单项已经用过');
    expect(en).toContain('checklist 1 › item 7 › id: duplicate checklist item id “tour” (already used by checklist item 1)');
    expect(zh).toContain('导览 1 › 岗位 1：岗位“surgeon-in-chief”既不是内置岗位，也不在本内容包的岗位列表中');
    expect(zh).toContain('导览 1 › 步骤 4 › 目标元素：等待点击或填写的步骤需要目标元素');
    expect(zh).toContain('测验 1 › 题目 1 › 正确答案：正确答案“maybe”不在选项中');
    expect(zh).toContain('测验 1 › 题目 1 › 选项：选项的标识不能重复');
    expect(zh).toContain('测验 1 › 题目 7 › 标识：标识“duplicate”重复：另一个题目已经用过');
    expect(zh).toContain('导师确认 › 导师 2 › 工号：工号“m0042”已在第 1 位导师处列出');
    expect(zh).toContain('导师确认 › 导师 2 › 岗位：岗位“chief”既不是内置岗位，也不在本内容包的岗位列表中');
    for (const message of zh) expect(latinWords(message), message).toEqual([]);
    for (const message of en) expect(message, message).not.toMatch(/[\u4e00-\u9fff]/);
    // every problem is worded, none falls back to zod's or the schema's English text
    for (const problem of problems) expect(problem.words, problem.path).toBeDefined();
  });

  it('words a JSON syntax error with its line and column', () => {
    const text = '{\n  "id": "demo,\n  "version": "1.0.0"\n}';
    const result = parsePackFile('quote.json', text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems[0]!;
    expect(problem.path).toBe('');
    expect(said(problem, 'zh-CN')).toBe('第 2 行第 9 列：不是有效的 JSON：缺少引号：从这里开始的文字没有结束的“"”');
    expect(said(problem, 'en')).toBe('line 2, column 9: not valid JSON: missing quote: the text starting here has no closing “"”');
    expect(problem.message).toMatch(/not valid JSON/);
  });

  it('says a cut-off file ends early, at its last line', () => {
    const text = demoPackText.slice(0, 200);
    const result = parsePackFile('half.json', text);
    if (result.ok) throw new Error('expected a refusal');
    const lines = text.split('\n');
    expect(said(result.problems[0], 'zh-CN')).toMatch(new RegExp(`^第 ${lines.length} 行第 \\d+ 列：不是有效的 JSON：`));
  });

  it('reads a file with a byte-order mark', () => {
    expect(parsePackFile('bom.json', `\uFEFF${demoPackText}`).ok).toBe(true);
  });

  it('words a path through unknown fields and plain list positions', () => {
    expect(fieldPathWords(['extra', 2, 'zh-CN'], 'zh-CN')).toBe('字段“extra” 3 › 中文');
    expect(fieldPathWords([], 'en')).toBe('the whole file');
  });
});
