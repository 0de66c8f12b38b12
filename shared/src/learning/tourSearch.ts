import { pinyin } from 'pinyin-pro';
import type { LocalizedText } from '../schema/localizedText.ts';

/** What a search looks through for one tour: its title, its module and the roles it is for. */
export interface SearchableTour {
  key: string;
  title: LocalizedText;
  module: LocalizedText;
  roleTitles: readonly LocalizedText[];
}

/** One searchable form of a text; `syllableStarts` only for full pinyin, where a match must begin a syllable. */
export interface IndexedText {
  text: string;
  syllableStarts?: ReadonlySet<number>;
}

/** Searchable text of one field: its words in both languages, full pinyin and pinyin initials of the Chinese. */
interface IndexedField {
  weight: number;
  texts: IndexedText[];
}

interface IndexedTour {
  key: string;
  fields: IndexedField[];
}

/** Built once per set of installed packs (pinyin is the costly part), then searched per keystroke. */
export interface TourSearchIndex {
  readonly tours: readonly IndexedTour[];
}

const HAN = /\p{Script=Han}/u;
const FIELD_WEIGHT = { title: 4, module: 2, role: 1 } as const;

export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * "门诊挂号" -> "menzhenguahao" (syllables start at 0, 3, 8, 11) and "mzgh"; the Latin letters and
 * digits of mixed text kept in both.
 */
export function pinyinForms(text: string, cache: Map<string, IndexedText[]>): IndexedText[] {
  if (!HAN.test(text)) return [];
  const known = cache.get(text);
  if (known) return known;
  const chars = Array.from(text);
  // whole-string calls let pinyin-pro pick the right reading of 重, 行, 长… from the words around them
  const full = pinyin(text, { toneType: 'none', type: 'array' });
  const aligned = full.length === chars.length;
  let fullText = '';
  let initialText = '';
  const starts = new Set<number>();
  chars.forEach((char, i) => {
    if (HAN.test(char)) {
      const syllable = aligned ? full[i]! : pinyin(char, { toneType: 'none' });
      starts.add(fullText.length);
      fullText += syllable;
      initialText += syllable.charAt(0); // zh, ch, sh -> z, c, s, as pinyin input methods take them
    } else if (/[\p{L}\p{N}]/u.test(char)) {
      starts.add(fullText.length);
      fullText += char;
      initialText += char;
    } else {
      // a separator ends a word in both forms, so "挂号（门诊）" never reads as one run of letters
      fullText += ' ';
      initialText += ' ';
    }
  });
  // (lower-casing pinyin and ASCII keeps every position where it was)
  const forms = [{ text: normalize(fullText), syllableStarts: starts }, { text: normalize(initialText) }];
  cache.set(text, forms);
  return forms;
}

function indexField(weight: number, texts: readonly LocalizedText[], cache: Map<string, IndexedText[]>): IndexedField {
  const forms = texts.flatMap((text) => [{ text: normalize(text['zh-CN']) }, { text: normalize(text.en) }, ...pinyinForms(text['zh-CN'], cache)]);
  return { weight, texts: forms };
}

export function buildTourSearchIndex(tours: readonly SearchableTour[]): TourSearchIndex {
  // module and role titles repeat on every tour of a pack: their pinyin is worked out once
  const cache = new Map<string, IndexedText[]>();
  return {
    tours: tours.map((tour) => ({
      key: tour.key,
      fields: [indexField(FIELD_WEIGHT.title, [tour.title], cache), indexField(FIELD_WEIGHT.module, [tour.module], cache), indexField(FIELD_WEIGHT.role, tour.roleTitles, cache)],
    })),
  };
}

/**
 * Where `term` first occurs in a form, -1 if nowhere. In full pinyin only at a syllable's start:
 * "gh" is not in 账号 (zhanGHao), "guahao" is in 挂号.
 */
export function matchAt({ text, syllableStarts }: IndexedText, term: string): number {
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    if (!syllableStarts || syllableStarts.has(at)) return at;
  }
  return -1;
}

/** How well one term matches a tour: the best field it is in, a little more at the start of a word. */
function termScore(tour: IndexedTour, term: string): number {
  let best = 0;
  for (const field of tour.fields) {
    for (const form of field.texts) {
      const at = matchAt(form, term);
      if (at < 0) continue;
      const wordStart = at === 0 || /[\s\p{P}]/u.test(form.text[at - 1]!);
      best = Math.max(best, field.weight + (wordStart ? 0.5 : 0));
    }
  }
  return best;
}

/**
 * The keys of the tours matching `query`, best first (ties keep the index's order, which puts the
 * learner's role first). Every word of the query must match: Chinese text, English words, full
 * pinyin (`guahao`) or pinyin initials (`gh`). An empty query matches nothing.
 */
export function searchTours(index: TourSearchIndex, query: string): string[] {
  const terms = normalize(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [];
  const scored: { key: string; score: number; order: number }[] = [];
  index.tours.forEach((tour, order) => {
    let score = 0;
    for (const term of terms) {
      const s = termScore(tour, term);
      if (s === 0) return;
      score += s;
    }
    scored.push({ key: tour.key, score, order });
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.key);
}
