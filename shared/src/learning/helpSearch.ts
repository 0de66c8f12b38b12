import type { ContentPack } from '../schema/contentPack.ts';
import type { LocalizedText } from '../schema/localizedText.ts';
import { urlMatches } from '../site/urlPattern.ts';
import { isForRole } from '../tour/toursForPage.ts';
import { matchAt, normalize, pinyinForms, type IndexedText } from './tourSearch.ts';

/**
 * The knowledge base on the EMR page (issue 16): one search over a pack set's tours, field tips,
 * readings and FAQ entries, for the learner's role, with this page's items first. The same
 * normalisation as the popup's tour search (tourSearch.ts): Chinese, English, full pinyin
 * (`guahao`) and pinyin initials (`gh`). The index is built once per pack set (pinyin is the
 * costly part); a keystroke is a scan of plain strings.
 */

export const HELP_ITEM_KINDS = ['tour', 'tip', 'reading', 'faq'] as const;
export type HelpItemKind = (typeof HELP_ITEM_KINDS)[number];

/** One thing the help panel can show, as the pack wrote it (mentors' text, never page text). */
export interface HelpItem {
  /** `kind:packId:id` (readings: `reading:packId:checklistId/itemId`) */
  key: string;
  kind: HelpItemKind;
  packId: string;
  /** tour, tip or FAQ id; a reading's item id */
  id: string;
  title: LocalizedText;
  /** a tour's description, a tip's body, an FAQ's answer */
  body?: LocalizedText;
  /** empty: every role */
  roles: readonly string[];
  /** the pages it is about; the pack's site rules when it names none */
  urlPatterns: readonly string[];
  /** a reading: the field tip it points at, or its link */
  tipId?: string;
  url?: string;
}

interface IndexedField {
  weight: number;
  texts: IndexedText[];
}

interface IndexedItem {
  item: HelpItem;
  fields: IndexedField[];
  /** every form of every field in one string: a term not in it is in no field (one indexOf per item) */
  all: string;
}

export interface HelpIndex {
  readonly items: readonly IndexedItem[];
}

const WEIGHT = { title: 4, body: 1 } as const;
/** Longer bodies are cut for the index: the words a learner searches by are near the start. */
const BODY_INDEX_CHARS = 200;

/** Every help item of a set of packs, in pack order (tours, tips, readings, FAQ). */
export function helpItemsOf(packs: readonly ContentPack[]): HelpItem[] {
  const items: HelpItem[] = [];
  for (const pack of packs) {
    const site = pack.siteRules.map((r) => r.urlPattern);
    const tipsById = new Map(pack.tips.map((tip) => [tip.id, tip]));
    for (const tour of pack.tours) {
      items.push({ key: `tour:${pack.id}:${tour.id}`, kind: 'tour', packId: pack.id, id: tour.id, title: tour.title, ...(tour.description ? { body: tour.description } : {}), roles: tour.roles, urlPatterns: tour.urlPatterns.length > 0 ? tour.urlPatterns : site });
    }
    for (const tip of pack.tips) {
      items.push({ key: `tip:${pack.id}:${tip.id}`, kind: 'tip', packId: pack.id, id: tip.id, title: tip.title ?? tip.body, body: tip.body, roles: tip.roles, urlPatterns: tip.urlPatterns.length > 0 ? tip.urlPatterns : site });
    }
    for (const checklist of pack.checklists) {
      for (const item of checklist.items) {
        if (item.kind !== 'read') continue;
        const tip = item.tipId !== undefined ? tipsById.get(item.tipId) : undefined;
        items.push({
          key: `reading:${pack.id}:${checklist.id}/${item.id}`,
          kind: 'reading',
          packId: pack.id,
          id: item.id,
          title: item.title,
          ...(tip ? { body: tip.body } : {}),
          roles: [checklist.role],
          urlPatterns: tip && tip.urlPatterns.length > 0 ? tip.urlPatterns : site,
          ...(item.tipId !== undefined ? { tipId: item.tipId } : {}),
          ...(item.url !== undefined ? { url: item.url } : {}),
        });
      }
    }
    for (const faq of pack.faqs ?? []) {
      items.push({ key: `faq:${pack.id}:${faq.id}`, kind: 'faq', packId: pack.id, id: faq.id, title: faq.question, body: faq.answer, roles: faq.roles, urlPatterns: faq.urlPatterns.length > 0 ? faq.urlPatterns : site });
    }
  }
  return items;
}

function indexTexts(text: LocalizedText, cache: Map<string, IndexedText[]>, cut?: number): IndexedText[] {
  const zh = cut ? text['zh-CN'].slice(0, cut) : text['zh-CN'];
  const en = cut ? text.en.slice(0, cut) : text.en;
  return [{ text: normalize(zh) }, { text: normalize(en) }, ...pinyinForms(zh, cache)];
}

export function buildHelpIndex(items: readonly HelpItem[]): HelpIndex {
  const cache = new Map<string, IndexedText[]>();
  return {
    items: items.map((item) => {
      const fields = [
        { weight: WEIGHT.title, texts: indexTexts(item.title, cache) },
        ...(item.body ? [{ weight: WEIGHT.body, texts: indexTexts(item.body, cache, BODY_INDEX_CHARS) }] : []),
      ];
      return { item, fields, all: fields.flatMap((f) => f.texts.map((t) => t.text)).join('\n') };
    }),
  };
}

function termScore(entry: IndexedItem, term: string): number {
  if (!entry.all.includes(term)) return 0;
  let best = 0;
  for (const field of entry.fields) {
    if (field.weight + 0.5 <= best) continue;
    for (const form of field.texts) {
      const at = matchAt(form, term);
      if (at < 0) continue;
      const wordStart = at === 0 || /[\s\p{P}]/u.test(form.text[at - 1]!);
      best = Math.max(best, field.weight + (wordStart ? 0.5 : 0));
    }
  }
  return best;
}

export interface HelpSearchOptions {
  /** the learner's role: items for other roles are left out */
  role: string;
  /** the page the learner is on (its items come first) */
  url: string;
  /** at most this many hits (default 50) */
  limit?: number;
  /** only these packs' items (the packs whose site rules cover the page); absent: all */
  packIds?: ReadonlySet<string>;
}

export interface HelpHit {
  item: HelpItem;
  onPage: boolean;
  score: number;
}

/**
 * The items for the learner's role matching every word of `query`, this page's first, then the
 * best matches (a title counts more than a body, the start of a word more than its middle), then
 * the index's order. An empty query lists this page's items, its FAQ entries first.
 */
export function searchHelp(index: HelpIndex, query: string, { role, url, limit = 50, packIds }: HelpSearchOptions): { hits: HelpHit[]; total: number } {
  const terms = normalize(query).split(/\s+/).filter(Boolean);
  const scored: (HelpHit & { order: number })[] = [];
  const pageCache = new Map<readonly string[], boolean>();
  const onPageOf = (item: HelpItem) => {
    let known = pageCache.get(item.urlPatterns);
    if (known === undefined) pageCache.set(item.urlPatterns, (known = urlMatches(url, item.urlPatterns)));
    return known;
  };
  index.items.forEach((entry, order) => {
    // the popup's rule for tours (toursForPage.ts): empty roles = everyone
    if (!isForRole(entry.item, role) || (packIds && !packIds.has(entry.item.packId))) return;
    let score = 0;
    for (const term of terms) {
      const s = termScore(entry, term);
      if (s === 0) return;
      score += s;
    }
    const onPage = onPageOf(entry.item);
    if (terms.length === 0 && !onPage) return;
    scored.push({ item: entry.item, onPage, score, order });
  });
  // with no words typed the list is "help for this page": its answered questions (FAQ) lead
  const faqFirst = (hit: HelpHit) => Number(terms.length === 0 && hit.item.kind === 'faq');
  scored.sort((a, b) => Number(b.onPage) - Number(a.onPage) || faqFirst(b) - faqFirst(a) || b.score - a.score || a.order - b.order);
  return { hits: scored.slice(0, limit).map(({ item, onPage, score }) => ({ item, onPage, score })), total: scored.length };
}
