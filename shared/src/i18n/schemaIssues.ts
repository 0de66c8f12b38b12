import type { z } from 'zod';
import type { Language } from '../schema/localizedText.ts';
import { defineMessages, pairText } from './messagePairs.ts';
import type { FillInVars } from './fillIn.ts';

/**
 * A validation issue of a content pack (or another document people bring in) worded in each
 * language: where (the field path in words: "导览 1 › 步骤 3 › 正文 › 英文") and what is wrong
 * (our own words for zod's issue codes, and for the pack's own cross-reference checks, which
 * attach `params.words`). Zod's own locales read as "无效输入：期望 string，实际接收 数字".
 */
export type Words = Readonly<Record<Language, string>>;

/** What a custom issue (superRefine / refine) attaches so that it can be worded: `params: { words: { key, vars } } }`. */
export interface IssueWords {
  key: IssueKey;
  vars?: FillInVars;
}

/** `{ params: { words } }` for a custom issue: wordable in both languages. */
export function issueWords(key: IssueKey, vars?: FillInVars): { words: IssueWords } {
  return { words: vars ? { key, vars } : { key } };
}

// ---------------------------------------------------------------- field names

/** Names of list fields, as one element of them reads ("导览 1", "tour 1"). */
const ITEM_NAMES = defineMessages({
  tours: ['导览', 'tour'],
  steps: ['步骤', 'step'],
  siteRules: ['网址规则', 'site rule'],
  roles: ['岗位', 'role'],
  tips: ['字段提示', 'field tip'],
  faqs: ['常见问题', 'FAQ entry'],
  checklists: ['清单', 'checklist'],
  items: ['清单项', 'item'],
  quizzes: ['测验', 'quiz'],
  questions: ['题目', 'question'],
  options: ['选项', 'option'],
  mentors: ['导师', 'mentor'],
  urlPatterns: ['网址规则', 'URL pattern'],
  accepted: ['可接受答案', 'accepted answer'],
  correct: ['正确答案', 'correct answer'],
  correctOrder: ['正确顺序', 'correct order'],
  mentorCodeHashes: ['旧版导师口令哈希', 'old mentor code hash'],
  peers: ['相邻元素', 'neighbour'],
  blocks: ['示意方框', 'sketch box'],
  scope: ['所在框架', 'frame'],
  css: ['CSS 选择器', 'CSS selector'],
  classes: ['样式类', 'class'],
  packs: ['内容包', 'pack'],
});

/** Names of fields, as the field itself reads. */
const FIELD_NAMES = defineMessages({
  ...ITEM_NAMES,
  tours: ['导览', 'tours'],
  steps: ['步骤', 'steps'],
  siteRules: ['网址规则', 'site rules'],
  roles: ['岗位', 'roles'],
  tips: ['字段提示', 'field tips'],
  faqs: ['常见问题', 'FAQ entries'],
  question: ['问题', 'question'],
  answer: ['回答', 'answer'],
  credit: ['署名', 'credit'],
  author: ['建议人', 'author'],
  suggestionId: ['建议标识', 'suggestion id'],
  checklists: ['清单', 'checklists'],
  items: ['清单项', 'items'],
  quizzes: ['测验', 'quizzes'],
  questions: ['题目', 'questions'],
  options: ['选项', 'options'],
  mentors: ['导师', 'mentors'],
  urlPatterns: ['网址规则', 'URL patterns'],
  accepted: ['可接受答案', 'accepted answers'],
  mentorCodeHashes: ['旧版导师口令哈希', 'old mentor code hashes'],
  peers: ['相邻元素', 'neighbours'],
  classes: ['样式类', 'classes'],
  packs: ['内容包', 'packs'],
  $schema: ['格式说明地址', 'schema address'],
  schemaVersion: ['格式版本', 'format version'],
  id: ['标识', 'id'],
  version: ['版本号', 'version'],
  title: ['标题', 'title'],
  description: ['说明', 'description'],
  body: ['正文', 'text'],
  'zh-CN': ['中文', 'Chinese'],
  en: ['英文', 'English'],
  urlPattern: ['网址规则', 'URL pattern'],
  target: ['目标元素', 'target'],
  placement: ['卡片位置', 'card placement'],
  advance: ['推进方式', 'how it moves on'],
  on: ['推进条件', 'moves on when'],
  rule: ['填写规则', 'entry rule'],
  kind: ['类型', 'kind'],
  value: ['取值', 'value'],
  pattern: ['格式规则', 'pattern'],
  page: ['所在页面', 'page'],
  autoStart: ['自动开始', 'auto start'],
  goLiveDate: ['上线日期', 'go-live date'],
  mentorSignOff: ['导师确认', 'mentor sign-off'],
  role: ['岗位', 'role'],
  department: ['科室', 'department'],
  required: ['必做', 'required'],
  dueDays: ['截止天数', 'due days'],
  tourId: ['导览标识', 'tour id'],
  quizId: ['测验标识', 'quiz id'],
  tipId: ['字段提示标识', 'field tip id'],
  scenarioId: ['演练标识', 'drill id'],
  url: ['链接', 'link'],
  lesson: ['微课', 'micro-lesson'],
  prompt: ['题干', 'question text'],
  explanation: ['解析', 'explanation'],
  points: ['分值', 'points'],
  type: ['题型', 'question type'],
  text: ['文字', 'text'],
  caseSensitive: ['区分大小写', 'case sensitive'],
  passMark: ['及格线', 'pass mark'],
  attemptsLimit: ['作答次数上限', 'attempt limit'],
  shuffle: ['打乱顺序', 'shuffle'],
  kdf: ['口令哈希算法', 'code hash algorithm'],
  iterations: ['哈希迭代次数', 'hash iterations'],
  salt: ['盐值', 'salt'],
  staffNumber: ['工号', 'staff number'],
  codeHash: ['口令哈希', 'code hash'],
  anchors: ['定位特征', 'anchors'],
  tag: ['元素标签', 'element tag'],
  name: ['名称', 'name'],
  labelText: ['标签文字', 'label text'],
  ariaLabel: ['无障碍标签', 'accessible label'],
  placeholder: ['占位提示', 'placeholder'],
  accessibleName: ['无障碍名称', 'accessible name'],
  context: ['上下文', 'context'],
  sectionTitle: ['所在区块标题', 'section title'],
  columnHeader: ['列标题', 'column header'],
  fieldLabel: ['所属字段的标签', 'label of the field it belongs to'],
  sha256: ['校验值', 'checksum'],
  sketch: ['位置示意图', 'position sketch'],
  viewport: ['页面可视区域', 'viewport'],
  blocks: ['示意方框', 'sketch boxes'],
});

/** Whole-document and list-position words. */
const PLACE_WORDS = defineMessages({
  document: ['整个文件', 'the whole file'],
  separator: [' › ', ' › '],
  item: ['{name} {n}', '{name} {n}'],
  unknownField: ['字段“{key}”', 'field “{key}”'],
  unknownItem: ['第 {n} 项', 'item {n}'],
  says: ['{where}：{what}', '{where}: {what}'],
});

/** The field path in words, e.g. `tours[0].steps[2].body.en` → "导览 1 › 步骤 3 › 正文 › 英文". */
export function fieldPathWords(path: readonly PropertyKey[], language: Language): string {
  if (path.length === 0) return pairText(PLACE_WORDS, language, 'document');
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (typeof key === 'string' && typeof next === 'number') {
      const name = Object.hasOwn(ITEM_NAMES, key) ? pairText(ITEM_NAMES, language, key as keyof typeof ITEM_NAMES) : undefined;
      parts.push(name ? pairText(PLACE_WORDS, language, 'item', { name, n: next + 1 }) : `${fieldName(key, language)} ${next + 1}`);
      i++;
    } else if (typeof key === 'number') {
      parts.push(pairText(PLACE_WORDS, language, 'unknownItem', { n: key + 1 }));
    } else {
      parts.push(fieldName(String(key), language));
    }
  }
  return parts.join(pairText(PLACE_WORDS, language, 'separator'));
}

function fieldName(key: string, language: Language): string {
  return Object.hasOwn(FIELD_NAMES, key) ? pairText(FIELD_NAMES, language, key as keyof typeof FIELD_NAMES) : pairText(PLACE_WORDS, language, 'unknownField', { key });
}

// ---------------------------------------------------------------- what is wrong

/** Every issue worded here: zod's codes, known formats and the pack's own checks (custom issues' `params.words`). */
export const ISSUE_MESSAGES = defineMessages({
  shouldBe: ['应为{expected}', 'should be {expected}'],
  missing: ['缺少此项（应为{expected}）', 'is missing (should be {expected})'],
  wrongType: ['应为{expected}，这里是{received}', 'should be {expected}, not {received}'],
  notEmpty: ['不能为空', 'must not be empty'],
  textTooShort: ['至少 {n} 个字', 'needs at least {n} {n|character|characters}'],
  textTooLong: ['最多 {n} 个字', 'may have at most {n} {n|character|characters}'],
  listTooShort: ['至少需要 {n} 项', 'needs at least {n} {n|item|items}'],
  listTooLong: ['最多 {n} 项', 'may have at most {n} {n|item|items}'],
  numberTooSmall: ['不能小于 {n}', 'must be at least {n}'],
  numberTooSmallExclusive: ['应大于 {n}', 'must be more than {n}'],
  numberTooBig: ['不能大于 {n}', 'must be at most {n}'],
  numberTooBigExclusive: ['应小于 {n}', 'must be less than {n}'],
  notMultipleOf: ['应为 {n} 的倍数', 'must be a multiple of {n}'],
  notOneOf: ['只能是以下之一：{values}', 'must be one of: {values}'],
  notOneOfGiven: ['“{value}”不可用，只能是以下之一：{values}', '“{value}” is not allowed; use one of: {values}'],
  unknownFields: ['有本格式不认识的字段：{keys}（请检查拼写，或删除）', 'has {count} unknown {count|field|fields}: {keys} (check the spelling, or remove {count|it|them})'],
  noMatchingForm: ['不符合任何一种允许的写法', 'matches none of the allowed forms'],
  badFormat: ['格式不对', 'is not in the expected form'],
  badDate: ['应为日期，写作“2026-03-01”（年-月-日）', 'should be a date written “2026-03-01” (year-month-day)'],
  // known formats (the schema's regexes)
  formatContentId: ['只能用 1–80 个小写字母、数字、“.”、“_”或“-”，以字母或数字开头', 'use 1–80 lower-case letters, digits, “.”, “_” or “-”, starting with a letter or digit'],
  formatVersion: ['应为“主版本.次版本.修订号”形式的版本号，例如“1.2.0”', 'should be a version number like “1.2.0” (major.minor.patch)'],
  formatUrlPattern: ['应以“http://”“https://”或“*://”开头', 'must start with “http://”, “https://” or “*://”'],
  formatReadingLink: ['阅读链接应为“http://”或“https://”开头的网址（不接受 javascript:、data:、file: 和浏览器内部页面）', 'a reading link must be an “http://” or “https://” address (javascript:, data:, file: and browser pages are refused)'],
  formatLessonLink: ['微课链接应为“http://”或“https://”开头的完整网址（不接受 javascript:、data:、file:、相对地址和浏览器内部页面）', 'a lesson link must be a full “http://” or “https://” address (javascript:, data:, file:, relative addresses and browser pages are refused)'],
  formatHash: ['应为 64 位小写十六进制哈希值（请在编辑器中设置口令）', 'should be a 64-digit lower-case hex hash (set the code in the editor)'],
  formatSalt: ['应为 16–64 字节的小写十六进制随机盐值', 'should be a random salt of 16–64 bytes in lower-case hex'],
  formatStaffNumber: ['工号为 1–20 个字母、数字或“-”', 'a staff number is 1–20 letters, digits or “-”'],
  formatTag: ['应为小写的元素标签名，例如“input”', 'should be a lower-case element name like “input”'],
  // the pack's own checks (custom issues)
  noTour: ['本内容包里没有标识为“{id}”的导览', 'no tour “{id}” in this pack'],
  noQuiz: ['本内容包里没有标识为“{id}”的测验', 'no quiz “{id}” in this pack'],
  noTip: ['本内容包里没有标识为“{id}”的字段提示', 'no field tip “{id}” in this pack'],
  readingNeedsTipOrUrl: ['阅读项需要指向一条字段提示或一个链接', 'a reading item needs a field tip or a link'],
  unknownRole: ['岗位“{id}”既不是内置岗位，也不在本内容包的岗位列表中', 'role “{id}” is neither a built-in role nor one of this pack’s roles'],
  duplicateId: ['标识“{id}”重复：第 {first} 个{what}已经用过', 'duplicate {what} id “{id}” (already used by {what} {first})'],
  duplicateIdAgain: ['标识“{id}”重复：另一个{what}已经用过', 'duplicate {what} id “{id}”'],
  oldMentorHashes: ['本内容包有导师确认项，却只有旧版未加盐的导师口令哈希，学员几秒钟就能反推出口令：请在 Preceptor 编辑器中打开本内容包，列出每位导师的工号，重新设置口令后发布', 'this pack has mentor sign-offs but only old unsalted mentor code hashes, which a learner can reverse in seconds: open the pack in the Preceptor editor, list each mentor’s staff number, set their codes again and publish'],
  signOffNeedsMentors: ['导师确认项需要导师名单：请在编辑器中添加导师并设置口令', 'a mentor sign-off needs a mentor list: add mentors and set their codes in the editor'],
  stepNeedsTarget: ['等待点击或填写的步骤需要目标元素', 'a step that waits for a click or an entry needs a target'],
  sketchOutsideViewport: ['位置示意图中的方框超出了页面可视区域', 'a box of the position sketch lies outside the page’s viewport'],
  optionIdsUnique: ['选项的标识不能重复', 'option ids must be unique'],
  correctNotAnOption: ['正确答案“{id}”不在选项中', 'the correct answer “{id}” is not among the options'],
  correctOrderEveryItem: ['正确顺序必须把每一项恰好列出一次', 'the correct order must list every item exactly once'],
  staffNumberListed: ['工号“{id}”已在第 {first} 位导师处列出', 'staff number “{id}” is already listed (mentor {first})'],
  packListedTwice: ['内容包“{id}”列出了两次：每个内容包只列一次，用最新版本', 'pack “{id}” is listed twice: a feed lists each pack once, at its newest version'],
  nestedTooDeep: ['嵌套超过 {limit} 层：内容包通常只有约 8 层', 'nested more than {limit} levels deep: a content pack has about 8'],
  unknownPolicySetting: ['没有这项设置；已知设置：{known}', 'unknown setting; known: {known}'],
  policyNotObject: ['托管策略不是一个对象（应为“设置名: 值”的集合）', 'the managed policy is not an object (it should map setting names to values)'],
});
export type IssueKey = keyof typeof ISSUE_MESSAGES;

/** Names of the things that carry ids, for "duplicate … id". */
const THING_NAMES = defineMessages({
  role: ['岗位', 'role'],
  tour: ['导览', 'tour'],
  tip: ['字段提示', 'field tip'],
  'FAQ entry': ['常见问题', 'FAQ entry'],
  step: ['步骤', 'step'],
  quiz: ['测验', 'quiz'],
  checklist: ['清单', 'checklist'],
  'checklist item': ['清单项', 'checklist item'],
  question: ['题目', 'question'],
});
export type ThingName = keyof typeof THING_NAMES;

/** The words a type name of zod's reads as. */
const TYPE_NAMES = defineMessages({
  string: ['文字', 'text'],
  number: ['数字', 'a number'],
  int: ['整数', 'a whole number'],
  boolean: ['是或否（true / false）', 'true or false'],
  object: ['一组字段（{ … }）', 'a set of fields ({ … })'],
  array: ['列表（[ … ]）', 'a list ([ … ])'],
  null: ['空值（null）', 'null'],
  literal: ['固定值', 'a fixed value'],
  date: ['日期', 'a date'],
  other: ['其他内容', 'something else'],
});

/** Regexes of the schemas, by their source, and what they ask for. */
const KNOWN_FORMATS: Readonly<Record<string, IssueKey>> = {
  '/^[a-z0-9][a-z0-9._-]{0,79}$/': 'formatContentId',
  '/^(https?|\\*):\\/\\//': 'formatUrlPattern',
  '/^[Hh][Tt][Tt][Pp][Ss]?:\\/\\//': 'formatReadingLink',
  '/^[Hh][Tt][Tt][Pp][Ss]?:\\/\\/./': 'formatLessonLink',
  '/^[0-9a-f]{64}$/': 'formatHash',
  '/^(?:[0-9a-f]{2}){16,64}$/': 'formatSalt',
  '/^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/': 'formatStaffNumber',
  '/^[a-z][a-z0-9-]*$/': 'formatTag',
};

function typeName(name: string, language: Language): string {
  return pairText(TYPE_NAMES, language, Object.hasOwn(TYPE_NAMES, name) ? (name as keyof typeof TYPE_NAMES) : 'other');
}

function typeOfInput(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isInteger(input)) return 'number';
  return typeof input;
}

/** A value short enough to quote back (enum choices, discriminators); long text is never echoed. */
function quotable(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string' && value.length <= 40) return value;
  return undefined;
}

function listValues(values: readonly unknown[], language: Language): string {
  return values.map((v) => `“${String(v)}”`).join(language === 'en' ? ', ' : '、');
}

function issueText(key: IssueKey, language: Language, vars?: FillInVars): string {
  return pairText(ISSUE_MESSAGES, language, key, vars);
}

/** What is wrong, without where, in one language. */
export function issueWhat(issue: z.core.$ZodIssue, language: Language): string {
  const say = (key: IssueKey, vars?: FillInVars) => issueText(key, language, vars);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeName(issue.expected, language);
      if (!('input' in issue)) return say('shouldBe', { expected });
      if (issue.input === undefined) return say('missing', { expected });
      return say('wrongType', { expected, received: typeName(typeOfInput(issue.input), language) });
    }
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') return n <= 1 ? say('notEmpty') : say('textTooShort', { n });
      if (issue.origin === 'array' || issue.origin === 'set') return say('listTooShort', { n });
      return say(issue.inclusive === false ? 'numberTooSmallExclusive' : 'numberTooSmall', { n });
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return say('textTooLong', { n });
      if (issue.origin === 'array' || issue.origin === 'set') return say('listTooLong', { n });
      return say(issue.inclusive === false ? 'numberTooBigExclusive' : 'numberTooBig', { n });
    }
    case 'not_multiple_of':
      return say('notMultipleOf', { n: Number(issue.divisor) });
    case 'invalid_value': {
      const given = 'input' in issue ? quotable(issue.input) : undefined;
      const values = listValues(issue.values, language);
      return given === undefined ? say('notOneOf', { values }) : say('notOneOfGiven', { value: given, values });
    }
    case 'unrecognized_keys':
      return say('unknownFields', { keys: listValues(issue.keys, language), count: issue.keys.length });
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (Array.isArray(options) && options.length > 0) {
        // the input is the object; the wrong value is its discriminator field
        const discriminator = (issue as { discriminator?: string }).discriminator;
        const input = 'input' in issue ? issue.input : undefined;
        const given = quotable(discriminator && input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[discriminator] : input);
        const values = listValues(options, language);
        return given === undefined ? say('notOneOf', { values }) : say('notOneOfGiven', { value: given, values });
      }
      return say('noMatchingForm');
    }
    case 'invalid_format': {
      if (issue.format === 'date') return say('badDate');
      if (issue.format === 'regex' && issue.pattern) {
        const known = KNOWN_FORMATS[issue.pattern];
        if (known) return say(known);
        if (issue.pattern.includes('(0|[1-9]\\d*)\\.(0|[1-9]\\d*)')) return say('formatVersion');
      }
      return say('badFormat');
    }
    case 'custom': {
      const words = issue.params?.words as IssueWords | undefined;
      if (words && Object.hasOwn(ISSUE_MESSAGES, words.key)) return say(words.key, localizeVars(words.vars, language));
      return issue.message;
    }
    default:
      return say('badFormat');
  }
}

/** A var named `what` names a thing (ThingName); numbers named `first` are 0-based positions. */
function localizeVars(vars: FillInVars | undefined, language: Language): FillInVars | undefined {
  if (!vars) return vars;
  const out: Record<string, string | number> = { ...vars };
  if (typeof vars.what === 'string' && Object.hasOwn(THING_NAMES, vars.what)) out.what = pairText(THING_NAMES, language, vars.what as ThingName);
  if (typeof vars.first === 'number') out.first = vars.first + 1;
  return out;
}

/** Where and what, each in both languages; screens put them together with `placedWords`, or show `what` beside the field itself. */
export interface ProblemWords {
  where: Words;
  what: Words;
}

/** "where：what" in one language. */
export function placedWords(words: ProblemWords, language: Language): string {
  return pairText(PLACE_WORDS, language, 'says', { where: words.where[language], what: words.what[language] });
}

function wordsAt(path: readonly PropertyKey[], what: Words): ProblemWords {
  return { where: { 'zh-CN': fieldPathWords(path, 'zh-CN'), en: fieldPathWords(path, 'en') }, what };
}

/** The issue as people read it, in both languages: "导览 1 › 步骤 3 › 正文 › 英文" + "缺少此项（应为文字）". */
export function wordIssue(issue: z.core.$ZodIssue): ProblemWords {
  return wordsAt(issue.path, { 'zh-CN': issueWhat(issue, 'zh-CN'), en: issueWhat(issue, 'en') });
}

/** A problem of ours (not a zod issue) worded in both languages. */
export function problemWords(path: readonly PropertyKey[], key: IssueKey, vars?: FillInVars): ProblemWords {
  return wordsAt(path, { 'zh-CN': issueText(key, 'zh-CN', vars), en: issueText(key, 'en', vars) });
}
