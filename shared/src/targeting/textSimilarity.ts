import { normalizeText } from './elementSignals.ts';
import { CONTRASTS, SYNONYMS } from './labelTerms.ts';

/**
 * Text as a person reads a label: case, spacing, punctuation, required-field stars and hotkey
 * hints (`保存(S)`, `新建患者 (F2)`, `[Alt+P]`) do not change what it says.
 */
export function comparableText(text: string | null | undefined): string {
  if (!text) return '';
  if (text.length > 100) return readAsComparable(text);
  let known = comparable.get(text);
  if (known === undefined) {
    // a page has few distinct labels, read for every candidate of every resolve: keep the short
    // ones, within reason (at most 4,000 of 100 characters; nothing of it leaves the page)
    if (comparable.size >= 4000) comparable.clear();
    comparable.set(text, (known = readAsComparable(text)));
  }
  return known;
}

const comparable = new Map<string, string>();

/**
 * "A and B" is also written "A / B", "A & B", "A、B": a conjunction between two words reads as
 * the separator (主诉与现病史 -> 主诉 / 现病史). 及 is left in 及时 (timely), a word of its own.
 */
const CONJUNCTION = /(?<=\p{Script=Han})(?:与|及(?!时))(?=\p{Script=Han})|\band\b|&/gu;

function readAsComparable(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .replace(CONJUNCTION, ' ')
    .replace(/[(（[【]\s*(?:(?:alt|ctrl|shift|cmd)\s*\+\s*)*(?:f\d{1,2}|[a-z0-9])\s*[)）\]】]/gi, '')
    .replace(/[\s:：*＊·•.。,，、;；!！?？'"“”‘’()（）[\]【】<>《》\-_/\\|~～]+/g, '');
}

/**
 * Similarity in [0, 1] of two short labels. Character bigrams catch English and word order;
 * single characters catch Chinese rewordings such as 患者姓名 -> 患者名称 where bigrams break.
 * Synonyms of hospital screens (退号原因 -> 退号理由, labelTerms.ts) make text alike, never the
 * same; look-alike words that name different things (检查 / 检验) make it different.
 */
export function textSimilarity(a: string | undefined, b: string | undefined): number {
  const x = comparableText(a);
  const y = comparableText(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  const tx = termsOf(x);
  const ty = termsOf(y);
  const cx = tx.canonical;
  const cy = ty.canonical;
  const surface = surfaceSimilarity(x, y);
  if (contrasting(tx, ty)) return Math.min(surface, CONTRAST_SIMILARITY);
  if (cx === x && cy === y) return surface;
  return Math.max(surface, SYNONYM_SIMILARITY * (cx === cy ? 1 : surfaceSimilarity(cx, cy)));
}

/**
 * Whether two English labels swap a word for another: they share a word, and each has a word the
 * other lacks ("Record administration" / "Last administration"). Letters read such labels alike
 * (0.72: the long shared word outweighs the one that says which it is); words say they name two
 * things. A word added or dropped ("Requested" / "Request date") is no swap, and Chinese labels
 * (no spaces between words) are read by their characters, never here.
 */
export function swapsAWord(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || HAN.test(a) || HAN.test(b)) return false;
  const x = keyTermsOf(a);
  const y = keyTermsOf(b);
  const inY = x.filter((t) => y.some((u) => sameTerm(t, u))).length;
  return inY > 0 && inY < x.length && y.some((u) => !x.some((t) => sameTerm(t, u)));
}

const HAN = /\p{Script=Han}/u;

/** Labels that say the same with synonyms: as alike as the same characters in another order. */
const SYNONYM_SIMILARITY = 0.9;
/** Labels that differ by a look-alike word (检查/检验): as far apart as an action and its negation. */
const CONTRAST_SIMILARITY = 0.1;

/** Similarity of the characters as written, in [0, 0.95] for different text. */
function surfaceSimilarity(x: string, y: string): number {
  if (x === y) return 1;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  // 执行 / 不执行, 审核 / 取消审核: one word apart, opposite meaning
  if (NEGATION.test(long.replace(short, '')) && long.includes(short)) return 0.1;
  const chars = diceOf(Array.from(x), Array.from(y));
  // the same characters in another order: 补打发票 -> 发票补打
  if (chars === 1 && x.length >= 3) return 0.9;
  const bigrams = x.length >= 2 && y.length >= 2 ? diceOf(bigramsOf(x), bigramsOf(y)) : 0;
  // a qualifier added or dropped (新开 -> 新开医嘱, 打印报告 -> 打印) — but also 打印 -> 打印预览,
  // a different button: worth more than shared characters, never close to the same words
  const contained = short.length >= 2 && long.includes(short) ? 0.65 + 0.2 * (short.length / long.length) : 0;
  return Math.min(0.95, Math.max(bigrams, 0.85 * chars, contained));
}

const NEGATION = /^(不|未|非|无|取消|撤销|撤回|反)$/;

export interface SectionWord {
  /** the leading word, which the heading says too */
  word: string;
  /** what the label says besides it */
  rest: string;
}

/**
 * The longest leading part of a comparable label that its section's comparable heading also says,
 * when at least two characters remain on both sides of the split (审核通过 under 审核结论 -> 审核 +
 * 通过). Only a leading word: a trailing one is the object of the action (取消审核 under 审核结论
 * is not 取消).
 */
export function leadingSectionWord(label: string, heading: string): SectionWord | undefined {
  const chars = Array.from(label);
  if (!heading || chars.length < 4) return undefined;
  for (let k = chars.length - 2; k >= 2; k--) {
    const word = chars.slice(0, k).join('');
    if (heading.includes(word)) return { word, rest: chars.slice(k).join('') };
  }
  return undefined;
}

/** Synonym words, longest first, in the comparable form labels are compared in. */
const SYNONYM_OF = new Map<string, string>();
for (const group of SYNONYMS) {
  const canonical = comparableText(group[0]);
  for (const word of group) SYNONYM_OF.set(comparableText(word), canonical);
}
const SYNONYM_PATTERN = new RegExp(
  Array.from(SYNONYM_OF.keys())
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);
/**
 * Contrast words by their first character: a label is read once for them, position by position,
 * instead of once per word (the table has a few hundred words; a page shows hundreds of labels).
 */
const CONTRAST_WORDS_AT = new Map<string, { group: number; bit: number; word: string }[]>();
CONTRASTS.forEach((group, g) =>
  group.forEach((text, i) => {
    const word = comparableText(text);
    const first = word[0]!;
    const list = CONTRAST_WORDS_AT.get(first) ?? [];
    list.push({ group: g, bit: 1 << i, word });
    CONTRAST_WORDS_AT.set(first, list);
  }),
);

/** Per contrast group, a bit per word of the group that the text holds. */
function contrastBitsOf(canonical: string): number[] {
  const bits: number[] = new Array<number>(CONTRASTS.length).fill(0);
  for (let i = 0; i < canonical.length; i++) {
    const words = CONTRAST_WORDS_AT.get(canonical[i]!);
    if (words) for (const { group, bit, word } of words) if (canonical.startsWith(word, i)) bits[group]! |= bit;
  }
  return bits;
}

/**
 * Every character a text may be written with once its synonyms are swapped (查询 may come back as
 * 检 索): a label that shares none of them with another has similarity 0 to it.
 */
export function charactersWithSynonyms(text: string): string[] {
  const x = comparableText(text);
  const chars = new Set(Array.from(x));
  for (const group of SYNONYM_GROUPS) {
    if (!group.some((word) => x.includes(word))) continue;
    for (const word of group) for (const c of Array.from(word)) chars.add(c);
  }
  return Array.from(chars);
}

const SYNONYM_GROUPS = SYNONYMS.map((group) => group.map((word) => comparableText(word)));

/** Comparable text with every synonym read as the first word of its group. */
export function canonicalTerms(text: string): string {
  return termsOf(text).canonical;
}

interface Terms {
  canonical: string;
  /** per contrast group, a bit per word of the group the canonical text holds */
  contrast: number[];
}

/** Terms of the comparable texts seen lately: a page shows the same few hundred labels. */
const termsCache = new Map<string, Terms>();

function termsOf(text: string): Terms {
  let terms = termsCache.get(text);
  if (!terms) {
    const canonical = text.replace(SYNONYM_PATTERN, (word) => SYNONYM_OF.get(word) ?? word);
    const contrast = contrastBitsOf(canonical);
    if (termsCache.size >= 5000) termsCache.clear();
    termsCache.set(text, (terms = { canonical, contrast }));
  }
  return terms;
}

/** One text has a word of a contrast group that the other lacks, and the other has another one. */
function contrasting(x: Terms, y: Terms): boolean {
  for (let g = 0; g < x.contrast.length; g++) {
    const a = x.contrast[g]!;
    const b = y.contrast[g]!;
    if ((a & ~b) !== 0 && (b & ~a) !== 0) return true;
  }
  return false;
}

function bigramsOf(s: string): string[] {
  const chars = Array.from(s);
  const out: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

function diceOf(x: string[], y: string[]): number {
  if (x.length === 0 || y.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const g of x) counts.set(g, (counts.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of y) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/**
 * English words that carry no meaning of their own on a control's label. Chinese labels have no
 * such filler worth a list: their two-character words are read as they stand.
 */
const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'as', 'is', 'are', 'be', 'this', 'that', 'your', 'my', 'our', 'all', 'per']);

/** A crude English stem: Orders / order, Recorded / record, Scales / scale read as one word. */
function stemOf(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * Whether two key terms (keyTermsOf) are one word: the same, or, for English words, forms of one
 * word that the crude stem leaves apart (register / registration, assess / assessment): a common
 * beginning of at least five letters that makes up most of the shorter one.
 */
export function sameTerm(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || !/^[a-z]/.test(a) || !/^[a-z]/.test(b)) return false;
  const n = Math.min(a.length, b.length);
  let common = 0;
  while (common < n && a[common] === b[common]) common++;
  return common >= 5 && common >= 0.7 * n;
}

/** Whether a list of key terms holds one of another list's. */
export function sharesTerm(terms: string[], others: string[]): boolean {
  return terms.some((t) => others.some((o) => sameTerm(t, o)));
}

/**
 * The words a label is made of, as a reworded label keeps them: English words (stemmed, without
 * filler words or bare numbers), and the character pairs of each Chinese run (no spaces between
 * Chinese words, so every pair stands for a possible two-character word). Synonyms are read as the
 * first word of their group (labelTerms.ts), as textSimilarity reads them.
 */
export function keyTermsOf(text: string | null | undefined): string[] {
  if (!text) return [];
  let known = keyTerms.get(text);
  if (known === undefined) {
    // a page repeats a few hundred names (every row's 编辑): read each once, within reason
    if (keyTerms.size >= 4000) keyTerms.clear();
    keyTerms.set(text, (known = readKeyTerms(text)));
  }
  return known;
}

const keyTerms = new Map<string, string[]>();

function readKeyTerms(text: string): string[] {
  const out = new Set<string>();
  const normal = normalizeText(text).toLowerCase().replace(CONJUNCTION, ' ');
  for (const run of normal.match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? []) {
    if (/\p{Script=Han}/u.test(run)) {
      const chars = Array.from(canonicalTerms(run));
      for (let i = 0; i < chars.length - 1; i++) out.add(chars[i]! + chars[i + 1]!);
    } else if (!/^\d+$/.test(run) && !STOP_WORDS.has(run) && run.length >= 2) {
      out.add(stemOf(canonicalTerms(run)));
    }
  }
  return Array.from(out);
}
