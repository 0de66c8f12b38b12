/**
 * `pnpm bench fuzz [--packs=N] [--seed=N] [--verbose]`: hostile content packs through the real
 * import, and hostile URLs and field values through every pattern of the packs that install.
 *
 * The bundled demo packs (`shared/packs/*.json`) are mutated N times (default 10,000) by one of
 * four families, with a seeded RNG so a run can be repeated:
 *   - json: drop, duplicate or retype fields, huge strings, deep nesting, awkward Unicode,
 *     `__proto__` keys, cut or corrupted JSON text;
 *   - regex: enter rules with catastrophic patterns (`(a+)+$`, `(a|aa)*b`, `(.*a){12}`,
 *     backreferences, lookbehind, long alternations, huge repetition counts…);
 *   - siteRule: site rules, tour/tip/step page patterns with many `*`, long literals, `*` runs;
 *   - valid: small changes that keep a pack valid (new ids, extra rules), so matching is exercised.
 * Each pack goes through `parsePackFile` (what the options page and the editor call) and, when it
 * is accepted, `installPack`, as the options page does. For installed packs every URL pattern is
 * matched against adversarial URLs (2,000+ characters built not to match) and every entry
 * pattern against adversarial values (500 characters built to fail late), each match timed.
 *
 * crashes: the import threw instead of returning problems. partialInstalls: an accepted pack
 * that fails re-validation (schema or import) after a JSON round trip, an install that changed
 * the packs already installed, or a refused import that reported no problem.
 * Last line: {"bench":"fuzz","packs":N,"installed":N,"refused":N,"crashes":0,"partialInstalls":0,"slowestMatchMs":…,…}
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom, type Random } from '../../shared/src/hospital/seededRandom.ts';
import { ContentPack } from '../../shared/src/schema/contentPack.ts';
import { installPack, parsePackFile } from '../../shared/src/schema/packImport.ts';
import { urlMatches } from '../../shared/src/site/urlPattern.ts';
import { fieldCheck } from '../../shared/src/tour/fieldRule.ts';
import { round } from '../lib/stats.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const packsDir = path.resolve(here, '..', '..', 'shared', 'packs');

type Family = 'json' | 'regex' | 'siteRule' | 'valid';
const FAMILIES: readonly Family[] = ['json', 'regex', 'siteRule', 'valid'];
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function option(args: string[], name: string, fallback: number): number {
  const found = args.find((a) => a.startsWith(`--${name}=`));
  const value = found ? Number(found.slice(name.length + 3)) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
}

// ---------------------------------------------------------------- hostile material

const CATASTROPHIC_PATTERNS = [
  '(a+)+$', '(a|aa)*b', '(.*a){12}', '^(\\w+\\s?)*$', '(a|a)*b', '^(a+)+b', '(x+x+)+y', '^(([a-z])+.)+[A-Z]([a-z])+$',
  '(\\d+)*\\D', '(\\w|\\d)*!', '((a*)*)*b', '^(\\s*\\S+\\s*)*$', '(.*){1,32000}[bc]', '(.*){12}x', '((((a*)*)*)*)*b',
  '^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$',
  '(a)\\1', '(\\w+)\\s\\1', '(?<n>a+)\\k<n>', '(?<=a)b', '(?<!a)b', '(?=a)a', '(?!a)b', '(?<=(a+)+)b',
  '[\\p{L}\\p{N}\\p{P}]{1,70}$', '(\\p{L}|\\p{N}|.){0,30}!$', '.{0,1000}x', 'a{1001}', '[unclosed', '(unclosed', '*a', 'a**',
  '\\p{NotAScript}', '(?i)(A+B*)+C', '[\\u4e00-\\u9fa5]{2,20}$', '\\u{1F600}+$', '(?:\\uD83D\\uDE00)+x',
];
const REGEX_ATOMS = ['a', 'aa', '\\w', '\\d', '\\s', '.', '[a-z]', '[^x]', '\\p{L}', '\\p{Han}', '中', 'x', '(?:a|b)', '\\b', '$', '^'];
const URL_PIECES = ['a', 'aa', '/', '.', ':', '?', '=', '&', '#', '-', 'emr', 'localhost', '%2F', '中', '(', '[', '\\', '+', '$', '^', '|'];
const UNICODE_NASTIES = ['\u0000', '\ud800', '\udfff', '\u202e', '\u200b', '\ufeff', '😀', '👨‍👩‍👧', '中文', 'a\u0301', '\u2028', '\uffff', 'ﷺ', '𝕏', '\r\n', '"\\'];

function randomString(random: Random, length: number, alphabet: readonly string[]): string {
  let out = '';
  while (out.length < length) out += random.pick(alphabet);
  return out;
}

function generatedRegex(random: Random): string {
  const shape = random.int(0, 5);
  const atom = () => random.pick(REGEX_ATOMS);
  const quant = () => random.pick(['+', '*', '?', `{${random.int(0, 60)}}`, `{${random.int(0, 30)},${random.int(30, 1200)}}`, '+?', '*?']);
  switch (shape) {
    case 0: // nested quantifiers, several levels
      return `${random.chance(0.5) ? '^' : ''}${'('.repeat(random.int(1, 5))}${atom()}${quant()}${[...Array(random.int(1, 5))].map(() => `)${quant()}`).join('')}${random.pick(['$', '!', 'b', ''])}`;
    case 1: // overlapping alternation under a star
      return `(${[...Array(random.int(2, 40))].map(() => randomString(random, random.int(1, 3), ['a', 'b'])).join('|')})*${random.pick(['b', '$', '!'])}`;
    case 2: // `(.*x){n}`
      return `(.*${atom()}){${random.int(2, 40)}}${random.pick(['', '$', 'z'])}`;
    case 3: // a very long alternation of words, up to and past the length limit
      return [...Array(random.int(10, 80))].map(() => randomString(random, random.int(1, 6), ['a', 'b', 'c', '中'])).join('|');
    case 4: // unsupported syntax mixed in
      return `${atom()}${quant()}${random.pick(['\\1', '\\k<x>', '(?=a)', '(?!a)', '(?<=a)', '(?<!a)', '(?P<x>a)', '\\', '[', '(?#c)'])}`;
    default: // random soup of atoms and quantifiers
      return [...Array(random.int(1, 20))].map(() => (random.chance(0.4) ? `(${atom()}${quant()})` : atom()) + (random.chance(0.5) ? quant() : '')).join('');
  }
}

function generatedUrlPattern(random: Random): string {
  const scheme = random.pick(['http://', 'https://', '*://', 'ftp://', '']);
  switch (random.int(0, 3)) {
    case 0: // many stars
      return `${scheme}${[...Array(random.int(1, 20))].map(() => randomString(random, random.int(0, 3), URL_PIECES)).join('*')}`;
    case 1: // long literal
      return `${scheme}${randomString(random, random.int(50, 600), URL_PIECES)}`;
    case 2: // star runs
      return `${scheme}${[...Array(random.int(1, 6))].map(() => `${randomString(random, random.int(1, 4), URL_PIECES)}${'*'.repeat(random.int(1, 30))}`).join('')}`;
    default: // the 12-star attack of the issue and its cousins
      return `${scheme}${'*a'.repeat(random.int(6, 14))}${random.pick(['b', '', '/x'])}`;
  }
}

// ---------------------------------------------------------------- JSON mutations

interface Slot {
  parent: Json[] | { [key: string]: Json };
  key: string | number;
}

function slotsOf(value: Json, out: Slot[] = []): Slot[] {
  if (Array.isArray(value)) value.forEach((item, i) => (out.push({ parent: value, key: i }), slotsOf(item, out)));
  else if (value !== null && typeof value === 'object') for (const [k, item] of Object.entries(value)) out.push({ parent: value, key: k }), slotsOf(item, out);
  return out;
}

const DEEP = '\u0000deep\u0000';

function randomValue(random: Random): Json {
  return random.pick<() => Json>([
    () => null,
    () => random.chance(0.5),
    () => random.pick([0, -1, 1e308, -0, 2 ** 53 + 1, 0.5, 1e-320]),
    () => randomString(random, random.int(0, 20), UNICODE_NASTIES),
    () => [],
    () => ({}),
    () => [randomString(random, 3, URL_PIECES)],
    () => ({ [random.pick(['__proto__', 'constructor', 'prototype', 'toString', 'en', 'zh-CN'])]: 'x' }),
  ])();
}

/** One to four mutations of the parsed pack; the text may then be cut or corrupted. */
function mutateJson(random: Random, pack: { [key: string]: Json }): { text: string; op: string } {
  const ops: string[] = [];
  let deepDepth = 0;
  for (let n = random.int(1, 4); n > 0; n--) {
    const slots = slotsOf(pack);
    const slot = random.pick(slots);
    const { parent, key } = slot;
    const current = (parent as Record<string | number, Json>)[key] as Json;
    const op = random.pick(['drop', 'duplicate', 'retype', 'hugeString', 'deepNesting', 'unicode', 'protoKey', 'emptyArray']);
    ops.push(op);
    switch (op) {
      case 'drop':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key as string];
        break;
      case 'duplicate':
        if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(current));
        else if (Array.isArray(current) && current.length > 0) current.push(structuredClone(current[0]!));
        else parent[random.pick(['id', 'extra', 'steps', 'target', 'rule', 'urlPattern', `k${random.int(0, 9)}`])] = structuredClone(current);
        break;
      case 'retype':
        (parent as Record<string | number, Json>)[key] = randomValue(random);
        break;
      case 'hugeString':
        // a random chunk repeated: as hostile to the checks, and cheap to make
        (parent as Record<string | number, Json>)[key] = randomString(random, 97, random.chance(0.3) ? ['a'] : [...URL_PIECES, ...UNICODE_NASTIES, '王伟 ', '12床 ', '13812345678 ']).repeat(random.int(100, 2_000));
        break;
      case 'deepNesting':
        (parent as Record<string | number, Json>)[key] = DEEP;
        deepDepth = random.pick([100, 1_000, 10_000, 100_000]);
        break;
      case 'unicode':
        (parent as Record<string | number, Json>)[key] = typeof current === 'string' ? `${current}${random.pick(UNICODE_NASTIES)}` : random.pick(UNICODE_NASTIES);
        break;
      case 'protoKey':
        if (!Array.isArray(parent)) (parent as Record<string, Json>)[random.pick(['__proto__', 'constructor', 'hasOwnProperty'])] = randomValue(random);
        break;
      case 'emptyArray':
        (parent as Record<string | number, Json>)[key] = [];
        break;
    }
  }
  let text = JSON.stringify(pack);
  if (deepDepth > 0) {
    const open = random.chance(0.5) ? '[' : '{"a":';
    const close = open === '[' ? ']' : '}';
    text = text.replaceAll(JSON.stringify(DEEP), `${open.repeat(deepDepth)}1${close.repeat(deepDepth)}`);
  }
  const textOp = random.int(0, 9);
  if (textOp === 0) {
    text = text.slice(0, random.int(0, text.length));
    ops.push('cutText');
  } else if (textOp === 1) {
    const at = random.int(0, text.length - 1);
    text = `${text.slice(0, at)}${random.pick(['"', '{', ']', ',', '\\', '\u0000'])}${text.slice(at + 1)}`;
    ops.push('corruptText');
  }
  return { text, op: ops.join('+') };
}

// ---------------------------------------------------------------- targeted families

interface PackShape {
  siteRules?: { urlPattern: string }[];
  tours?: { urlPatterns?: string[]; steps?: { id?: string; target?: unknown; page?: string; advance?: unknown }[] }[];
  tips?: { urlPatterns?: string[] }[];
  [key: string]: unknown;
}

function steps(pack: PackShape) {
  return (pack.tours ?? []).flatMap((t) => t.steps ?? []);
}

function withRegexes(random: Random, pack: PackShape, patternOf: () => string): void {
  const all = steps(pack);
  const target = all.find((s) => s.target)?.target ?? { anchors: { name: 'field' }, tag: 'input' };
  for (let n = random.int(1, 4); n > 0; n--) {
    const step = random.pick(all);
    step.target ??= structuredClone(target);
    step.advance = { on: 'enter', rule: { kind: 'pattern', pattern: patternOf() } };
  }
}

function withUrlPatterns(random: Random, pack: PackShape, patternOf: () => string): void {
  for (let n = random.int(1, 4); n > 0; n--) {
    const where = random.int(0, 4);
    const tour = random.pick(pack.tours ?? [{}]);
    if (where === 0 || !pack.tours?.length) pack.siteRules = [...(pack.siteRules ?? []), { urlPattern: patternOf() }];
    else if (where === 1) tour.urlPatterns = [patternOf()];
    else if (where === 2 && tour.steps?.length) random.pick(tour.steps).page = patternOf();
    else if (where === 3 && tour.steps?.length) random.pick(tour.steps).advance = { on: 'navigate', urlPattern: patternOf() };
    else if (pack.tips?.length) random.pick(pack.tips).urlPatterns = [patternOf()];
    else pack.siteRules = [{ urlPattern: patternOf() }];
  }
}

const SAFE_PATTERNS = ['^\\d{17}[\\dX]$', '^1[3-9]\\d{9}$', '^[\\u4e00-\\u9fa5]{2,20}$', '^(ZY|MZ)\\d{10}$', 'mg', '^\\d+(\\.\\d{1,2})?$'];

function validChange(random: Random, pack: PackShape): void {
  (pack as { version: string }).version = `${random.int(0, 9)}.${random.int(0, 99)}.${random.int(0, 99)}`;
  if (random.chance(0.5)) withRegexes(random, pack, () => random.pick(SAFE_PATTERNS));
  if (random.chance(0.5)) pack.siteRules = [...(pack.siteRules ?? []), { urlPattern: `https://${randomString(random, random.int(1, 8), ['a', 'b', 'emr', '.'])}.test/${'*/'.repeat(random.int(0, 7))}x` }];
}

// ---------------------------------------------------------------- matching

function urlPatternsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => urlPatternsOf(v, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if ((key === 'urlPattern' || key === 'page') && typeof item === 'string') out.push(item);
      else if (key === 'urlPatterns' && Array.isArray(item)) out.push(...item.filter((p): p is string => typeof p === 'string'));
      else urlPatternsOf(item, out);
    }
  }
  return out;
}

function enterRulesOf(pack: ContentPack) {
  return pack.tours.flatMap((t) => t.steps.flatMap((s) => (s.advance.on === 'enter' ? [s.advance.rule] : [])));
}

/** URLs built to fail late against a pattern: its pieces with `a` runs between, then a wrong ending. */
function adversarialUrls(pattern: string): string[] {
  const pieces = pattern.split('*');
  const filler = 'a'.repeat(Math.ceil(2_000 / Math.max(1, pieces.length)));
  const near = pieces.join(filler);
  return [`http://${'a'.repeat(2_000)}`, `${near}\u0000`, `${near.slice(0, -1)}#${'a'.repeat(2_000)}`, `${pieces[0]}${'a'.repeat(2_000)}`, `https://emr.test/${'/*'.repeat(1_000)}`];
}

function adversarialValues(pattern: string): string[] {
  const literal = [...pattern.replace(/[\\^$.*+?()[\]{}|]/g, '')].filter((c) => c.trim() !== '');
  const own = literal.length ? Array.from({ length: 500 }, (_, i) => literal[i % literal.length]).join('') : 'a'.repeat(500);
  return ['a'.repeat(500), `${'a'.repeat(499)}!`, `${'ab '.repeat(166)}!!`, 'aA1.'.repeat(125), '中'.repeat(500), own, `${own.slice(0, 499)}\u0000`, 'x'.repeat(20_000)];
}

// ---------------------------------------------------------------- the run

export default async function run(args: string[]): Promise<void> {
  const total = option(args, 'packs', 10_000);
  const seed = option(args, 'seed', 12);
  const verbose = args.includes('--verbose');
  const random = seededRandom(seed);
  // content packs only: drill-catalog.json beside them is the sandbox's list of drills, not a pack
  const bases = readdirSync(packsDir)
    .filter((f) => f.endsWith('.pack.json'))
    .map((f) => ({ name: f, pack: JSON.parse(readFileSync(path.join(packsDir, f), 'utf8')) as { [key: string]: Json } }));
  const installedBefore = bases.map((b) => ContentPack.parse(b.pack));
  const installedSnapshot = JSON.stringify(installedBefore);

  const families: Record<Family, { packs: number; installed: number }> = { json: { packs: 0, installed: 0 }, regex: { packs: 0, installed: 0 }, siteRule: { packs: 0, installed: 0 }, valid: { packs: 0, installed: 0 } };
  let installed = 0;
  let refused = 0;
  let crashes = 0;
  let partialInstalls = 0;
  let urlMatchCount = 0;
  let valueMatchCount = 0;
  let slowestMatch = { ms: 0, what: '' };
  /** the slowest matches of the pass, to be timed again: one sample on a busy machine may be a pause */
  const slowMatches: { ms: number; what: string; again: () => void }[] = [];
  const noteMatch = (ms: number, what: string, again: () => void) => {
    if (ms > slowestMatch.ms) slowestMatch = { ms, what };
    if (slowMatches.length < 20 || ms > slowMatches[slowMatches.length - 1]!.ms) {
      slowMatches.push({ ms, what, again });
      slowMatches.sort((a, b) => b.ms - a.ms);
      slowMatches.length = Math.min(slowMatches.length, 20);
    }
  };
  let slowestCompile = { ms: 0, what: '' };
  let slowestImport = { ms: 0, what: '' };
  const failures: string[] = [];
  const note = (what: string) => {
    if (failures.length < 20) failures.push(what);
  };
  const started = performance.now();

  for (let i = 0; i < total; i++) {
    const base = random.pick(bases);
    const family = FAMILIES[i % FAMILIES.length]!;
    families[family].packs++;
    const pack = structuredClone(base.pack);
    let text: string;
    let op: string = family;
    if (family === 'json') ({ text, op } = mutateJson(random, pack));
    else {
      if (family === 'regex') withRegexes(random, pack as PackShape, () => (random.chance(0.5) ? random.pick(CATASTROPHIC_PATTERNS) : generatedRegex(random)));
      else if (family === 'siteRule') withUrlPatterns(random, pack as PackShape, () => generatedUrlPattern(random));
      else validChange(random, pack as PackShape);
      text = JSON.stringify(pack);
    }
    const label = `#${i} ${base.name} ${op}`;

    let result: ReturnType<typeof parsePackFile>;
    const importStarted = performance.now();
    try {
      result = parsePackFile(`fuzz-${i}.json`, text);
    } catch (error) {
      crashes++;
      note(`crash ${label}: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`);
      continue;
    }
    const importMs = performance.now() - importStarted;
    if (importMs > slowestImport.ms) slowestImport = { ms: importMs, what: label };

    if (!result.ok) {
      refused++;
      if (result.problems.length === 0 || result.problems.some((p) => typeof p.path !== 'string' || typeof p.message !== 'string' || p.message === '')) {
        partialInstalls++;
        note(`refused without a located problem ${label}`);
      }
      continue;
    }

    // Accepted: it must stay valid after the round trip storage gives it, and installing it may
    // change only its own slot.
    const stored = JSON.parse(JSON.stringify(result.pack)) as unknown;
    const again = parsePackFile('stored.json', JSON.stringify(stored));
    const installedList = installPack(installedBefore, result.pack);
    const kept = installedBefore.filter((p) => p.id !== result.pack.id);
    if (!ContentPack.safeParse(stored).success || !again.ok || JSON.stringify(installedBefore) !== installedSnapshot || installedList.filter((p) => p.id === result.pack.id).length !== 1 || !kept.every((p) => installedList.includes(p))) {
      partialInstalls++;
      note(`accepted but inconsistent ${label}`);
      continue;
    }
    installed++;
    families[family].installed++;

    for (const pattern of urlPatternsOf(result.pack)) {
      for (const url of adversarialUrls(pattern)) {
        const t = performance.now();
        urlMatches(url, [pattern]);
        const ms = performance.now() - t;
        urlMatchCount++;
        noteMatch(ms, `${label} url ${JSON.stringify(pattern.slice(0, 80))}`, () => urlMatches(url, [pattern]));
      }
    }
    for (const rule of enterRulesOf(result.pack)) {
      if (rule.kind !== 'pattern') continue;
      const t0 = performance.now();
      const check = fieldCheck(rule); // what the player does once per step
      const compileMs = performance.now() - t0;
      if (compileMs > slowestCompile.ms) slowestCompile = { ms: compileMs, what: `${label} ${JSON.stringify(rule.pattern.slice(0, 80))}` };
      for (const value of adversarialValues(rule.pattern)) {
        const t = performance.now();
        check(value);
        const ms = performance.now() - t;
        valueMatchCount++;
        noteMatch(ms, `${label} entry ${JSON.stringify(rule.pattern.slice(0, 80))}`, () => fieldCheck(rule)(value)); // again from a fresh compile
      }
    }
    if (verbose && i % 1000 === 0) console.error(`[bench fuzz] ${i} packs, ${installed} installed, ${crashes} crashes`);
  }

  const seconds = (performance.now() - started) / 1000;
  // The slowest matches again, best of three: what the pattern costs, not a pause of a busy machine.
  const retimed = slowMatches.map((m) => {
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const t = performance.now();
      m.again();
      best = Math.min(best, performance.now() - t);
    }
    return { ...m, best };
  });
  const confirmed = retimed.reduce((a, b) => (b.best > a.best ? b : a), { ms: 0, what: '', best: 0, again: () => {} });
  if (verbose) for (const m of retimed) console.log(`[bench fuzz] slow: ${m.ms.toFixed(2)} ms, again ${m.best.toFixed(2)} ms: ${m.what}`);
  console.log(`[bench fuzz] ${total} packs (seed ${seed}) in ${seconds.toFixed(1)} s: ${installed} installed, ${refused} refused, ${crashes} crashes, ${partialInstalls} partial installs`);
  console.log(`[bench fuzz] ${urlMatchCount} URL matches and ${valueMatchCount} entry-pattern matches; slowest match ${confirmed.best.toFixed(2)} ms timed again (${confirmed.what}); slowest single sample ${slowestMatch.ms.toFixed(2)} ms (${slowestMatch.what})`);
  console.log(`[bench fuzz] slowest pattern compile ${slowestCompile.ms.toFixed(2)} ms (${slowestCompile.what}); slowest import ${slowestImport.ms.toFixed(1)} ms (${slowestImport.what})`);
  for (const f of failures) console.log(`[bench fuzz] ${f}`);
  console.log(
    JSON.stringify({
      bench: 'fuzz',
      seed,
      packs: total,
      installed,
      refused,
      crashes,
      partialInstalls,
      slowestMatchMs: round(confirmed.best, 2),
      slowestMatchSampleMs: round(slowestMatch.ms, 2),
      slowestCompileMs: round(slowestCompile.ms, 2),
      slowestImportMs: round(slowestImport.ms, 1),
      matches: { url: urlMatchCount, entry: valueMatchCount },
      families,
      seconds: round(seconds, 1),
    }),
  );
  if (crashes > 0 || partialInstalls > 0) process.exitCode = 1;
}
