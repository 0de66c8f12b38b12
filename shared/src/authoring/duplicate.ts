import type { LocalizedText } from '../schema/localizedText.ts';
import type { DraftPack, DraftStep, DraftTour } from './draftPack.ts';

/** What a copy's title gains, per language: 入院登记（副本） / Admission (copy). */
export const COPY_SUFFIX = { 'zh-CN': '（副本）', en: ' (copy)' } as const;

const ID_MAX = 80; // ContentId: 1-80 characters

/** A text with the copy suffix; an empty text stays empty (validation still asks for it). */
export function copyTitle(text: LocalizedText): LocalizedText {
  return {
    'zh-CN': text['zh-CN'] === '' ? '' : `${text['zh-CN']}${COPY_SUFFIX['zh-CN']}`,
    en: text.en === '' ? '' : `${text.en}${COPY_SUFFIX.en}`,
  };
}

/**
 * `<id>-copy`, `<id>-copy-2`…: the first not in `taken`, within the 80 characters of a content id
 * (the original id is shortened to make room, never the suffix).
 */
export function copyId(id: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = (id || 'item').replace(/-copy(-\d+)?$/, '');
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '-copy' : `-copy-${n}`;
    const candidate = `${base.slice(0, ID_MAX - suffix.length).replace(/[-._]+$/, '') || 'item'}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** A copy of one step of `steps`, with an id none of them has, placed right after the original. */
export function duplicateStep(steps: readonly DraftStep[], index: number): DraftStep[] {
  const original = steps[index];
  if (!original) return [...steps];
  const copy: DraftStep = { ...clone(original), id: copyId(original.id, steps.map((s) => s.id)), title: copyTitle(original.title) };
  return [...steps.slice(0, index + 1), copy, ...steps.slice(index + 1)];
}

/** A copy of one tour of `tours` (its steps keep their ids: they are unique within the tour), placed right after it. */
export function duplicateTour(tours: readonly DraftTour[], index: number): DraftTour[] {
  const original = tours[index];
  if (!original) return [...tours];
  // a copy never starts by itself on top of the original
  const copy: DraftTour = { ...clone(original), id: copyId(original.id, tours.map((t) => t.id)), title: copyTitle(original.title), autoStart: false };
  return [...tours.slice(0, index + 1), copy, ...tours.slice(index + 1)];
}

/**
 * A whole pack as a new pack of the mentor's own: an id no pack in `takenIds` has (authored and
 * installed), version 1.0.0, "（副本）/ (copy)" titles. Everything inside is copied as it is; the
 * original (a feed's pack, a bundled demo) is never changed.
 */
export function duplicatePack(pack: DraftPack, takenIds: Iterable<string>): DraftPack {
  const { mentorCodeHashes: _legacy, ...rest } = clone(pack); // unsalted legacy hashes are never carried into a new pack
  return { ...rest, id: copyId(pack.id, takenIds), version: '1.0.0', title: copyTitle(pack.title) };
}
