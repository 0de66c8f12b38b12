import type { ContentPack, Tour, TourStep } from '../schema/contentPack.ts';

/**
 * A pack while a mentor works on it. It has the shape of a ContentPack but need not be valid
 * yet (empty texts, a half-typed id): `parsePackValue` decides whether it can be published.
 */
export type DraftPack = ContentPack;
export type DraftTour = Tour;
export type DraftStep = TourStep;

const ID_SAFE = /[^a-z0-9._-]+/g;

/** A content id from free text (`Ward Orders` -> `ward-orders`), or the fallback. */
export function slugId(text: string, fallback: string): string {
  const slug = text.toLowerCase().replace(ID_SAFE, '-').replace(/^[-._]+|[-._]+$/g, '').slice(0, 60);
  return /^[a-z0-9]/.test(slug) ? slug : fallback;
}

/**
 * An id made from a random code (a statement's UUID, a hash), its digits spelled as letters
 * (0→g … 9→p): a code like "eee12164" reads as a record number to the pack's patient-data check
 * (packDataScan.ts), and a pack holding it could not be published.
 */
export function idFromCode(code: string): string {
  return code.toLowerCase().replace(/\d/g, (d) => String.fromCharCode(103 + Number(d)));
}

/** `base`, or `base-2`, `base-3`…: the first id not yet taken. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** The next free `step-N` id. */
export function nextStepId(steps: readonly { id: string }[]): string {
  const used = new Set(steps.map((s) => s.id));
  for (let n = 1; ; n++) if (!used.has(`step-${n}`)) return `step-${n}`;
}

export function newDraftTour(id: string, existing: readonly { id: string }[] = []): DraftTour {
  return {
    id: uniqueId(id, existing.map((t) => t.id)),
    title: { 'zh-CN': '新导览', en: 'New tour' },
    roles: [],
    urlPatterns: [],
    steps: [],
    autoStart: false,
  };
}

export function newDraftPack(options: { id: string; siteRule: string; title?: DraftPack['title'] }): DraftPack {
  return {
    schemaVersion: 1, // CONTENT_PACK_SCHEMA_VERSION; a literal keeps zod out of bundles that only edit
    id: options.id,
    version: '1.0.0',
    title: options.title ?? { 'zh-CN': '新内容包', en: 'New content pack' },
    siteRules: [{ urlPattern: options.siteRule }],
    roles: [],
    tours: [],
    tips: [],
    checklists: [],
    quizzes: [],
  };
}

/** An empty step a mentor inserts by hand: a centred info step. */
export function newDraftStep(steps: readonly { id: string }[], page?: string): DraftStep {
  return {
    id: nextStepId(steps),
    title: { 'zh-CN': '', en: '' },
    body: { 'zh-CN': '', en: '' },
    placement: 'auto',
    advance: { on: 'next' },
    ...(page ? { page } : {}),
  };
}

// ---------------------------------------------------------------- list edits (trim, reorder)

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length || from === to) return [...items];
  const out = [...items];
  const [moved] = out.splice(from, 1);
  out.splice(to, 0, moved as T);
  return out;
}

export function removeItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

export function insertItem<T>(items: readonly T[], index: number, item: T): T[] {
  const at = Math.max(0, Math.min(index, items.length));
  return [...items.slice(0, at), item, ...items.slice(at)];
}

/** Set a value deep in a JSON-like tree without changing the original (undefined removes the key). */
export function setIn<T>(root: T, path: readonly (string | number)[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const container: unknown = root ?? (typeof head === 'number' ? [] : {});
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[head as number] = setIn(copy[head as number], rest, value);
    return copy as T;
  }
  const copy = { ...(container as Record<string, unknown>) };
  const next = setIn(copy[head as string], rest, value);
  if (next === undefined) delete copy[head as string];
  else copy[head as string] = next;
  return copy as T;
}

/** One change the editor made: the value now at a path of the draft. */
export interface DraftEdit {
  path: readonly (string | number)[];
  value: unknown;
}

/**
 * The editor's unsaved edits, replayed in order on the draft as stored now: what another part of
 * the extension wrote meanwhile (a step the background recorded from the EMR tab) stays, unless
 * an edit set that very place. Saving the editor's whole copy instead would drop it.
 */
export function replayEdits<T>(stored: T, edits: readonly DraftEdit[]): T {
  return edits.reduce((draft, edit) => setIn(draft, edit.path, edit.value), stored);
}

export function getIn(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/**
 * A tour of the draft to preview from step `from`: the player plays real packs only, so the
 * preview is a pack of its own (`<pack>.preview`) with that one tour.
 */
export function previewPackId(draftId: string): string {
  return `${draftId.slice(0, 72)}.preview`;
}

export function previewPack(draft: DraftPack, tourId: string, from: number): unknown {
  const tour = draft.tours.find((t) => t.id === tourId);
  if (!tour) return undefined;
  return {
    ...draft,
    id: previewPackId(draft.id),
    tours: [{ ...tour, id: 'preview', roles: [], autoStart: false, steps: tour.steps.slice(Math.max(0, from)) }],
    checklists: [],
    quizzes: [],
    tips: [],
  };
}
