import type { ContentPack } from '../schema/contentPack.ts';
import type { LocalizedText } from '../schema/localizedText.ts';
import { stableJson } from './recorder.ts';

export type ChangeArea = 'pack' | 'role' | 'tour' | 'step' | 'tip' | 'faq' | 'checklist' | 'checklist-item' | 'quiz' | 'question';

/**
 * One difference between two versions of a pack, in the terms a reviewer approves: what was
 * added, removed, moved, pointed at another element, or reworded.
 */
export interface PackChange {
  kind: 'added' | 'removed' | 'moved' | 'retargeted' | 'text-changed' | 'changed';
  area: ChangeArea;
  /** ids from the pack down to the item, e.g. `['registration-basics', 'new-patient']` (empty: the pack) */
  ids: string[];
  /** what changed in the item: `title.en`, `advance`, `page`… */
  field?: string;
  before?: string;
  after?: string;
  /** position before and after (added, removed, moved) */
  from?: number;
  to?: number;
}

type Pack = Pick<ContentPack, 'title' | 'siteRules' | 'roles' | 'tours' | 'tips' | 'faqs' | 'checklists' | 'quizzes' | 'goLiveDate' | 'mentorSignOff' | 'mentorCodeHashes'>;

export function diffPacks(before: Pack, after: Pack): PackChange[] {
  const out: PackChange[] = [];
  texts(out, 'pack', [], 'title', before.title, after.title);
  plain(out, 'pack', [], 'siteRules', before.siteRules.map((r) => r.urlPattern), after.siteRules.map((r) => r.urlPattern));
  plain(out, 'pack', [], 'goLiveDate', before.goLiveDate, after.goLiveDate);
  // the hashes themselves mean nothing to a reviewer
  if (stableJson(before.mentorSignOff) !== stableJson(after.mentorSignOff)) out.push({ kind: 'changed', area: 'pack', ids: [], field: 'mentorSignOff' });
  if (stableJson(before.mentorCodeHashes) !== stableJson(after.mentorCodeHashes)) out.push({ kind: 'changed', area: 'pack', ids: [], field: 'mentorCodeHashes' });

  keyed(out, 'role', [], before.roles, after.roles, (ids, a, b) => texts(out, 'role', ids, 'title', a.title, b.title), false);

  keyed(out, 'tour', [], before.tours, after.tours, (ids, a, b) => {
    texts(out, 'tour', ids, 'title', a.title, b.title);
    texts(out, 'tour', ids, 'description', a.description, b.description);
    plain(out, 'tour', ids, 'roles', a.roles, b.roles);
    plain(out, 'tour', ids, 'urlPatterns', a.urlPatterns, b.urlPatterns);
    plain(out, 'tour', ids, 'autoStart', a.autoStart, b.autoStart);
    keyed(out, 'step', ids, a.steps, b.steps, (stepIds, s, t) => {
      if (stableJson(s.target) !== stableJson(t.target)) out.push({ kind: 'retargeted', area: 'step', ids: stepIds, before: targetSummary(s.target), after: targetSummary(t.target) });
      texts(out, 'step', stepIds, 'title', s.title, t.title);
      texts(out, 'step', stepIds, 'body', s.body, t.body);
      plain(out, 'step', stepIds, 'advance', s.advance, t.advance);
      plain(out, 'step', stepIds, 'placement', s.placement, t.placement);
      plain(out, 'step', stepIds, 'page', s.page, t.page);
    });
  });

  keyed(out, 'tip', [], before.tips, after.tips, (ids, a, b) => {
    if (stableJson(a.target) !== stableJson(b.target)) out.push({ kind: 'retargeted', area: 'tip', ids, before: targetSummary(a.target), after: targetSummary(b.target) });
    texts(out, 'tip', ids, 'title', a.title, b.title);
    texts(out, 'tip', ids, 'body', a.body, b.body);
    plain(out, 'tip', ids, 'urlPatterns', a.urlPatterns, b.urlPatterns);
    plain(out, 'tip', ids, 'roles', a.roles, b.roles);
  });

  // knowledge-base entries (issue 16): packs from before have none
  keyed(out, 'faq', [], before.faqs ?? [], after.faqs ?? [], (ids, a, b) => {
    if (stableJson(a.target) !== stableJson(b.target)) out.push({ kind: 'retargeted', area: 'faq', ids, before: targetSummary(a.target), after: targetSummary(b.target) });
    texts(out, 'faq', ids, 'question', a.question, b.question);
    texts(out, 'faq', ids, 'answer', a.answer, b.answer);
    plain(out, 'faq', ids, 'urlPatterns', a.urlPatterns, b.urlPatterns);
    plain(out, 'faq', ids, 'roles', a.roles, b.roles);
  });

  keyed(out, 'quiz', [], before.quizzes, after.quizzes, (ids, a, b) => {
    texts(out, 'quiz', ids, 'title', a.title, b.title);
    texts(out, 'quiz', ids, 'description', a.description, b.description);
    plain(out, 'quiz', ids, 'settings', { roles: a.roles, passMark: a.passMark, attemptsLimit: a.attemptsLimit, shuffle: a.shuffle }, { roles: b.roles, passMark: b.passMark, attemptsLimit: b.attemptsLimit, shuffle: b.shuffle });
    keyed(out, 'question', ids, a.questions, b.questions, (qIds, p, q) => {
      texts(out, 'question', qIds, 'prompt', p.prompt, q.prompt);
      texts(out, 'question', qIds, 'explanation', p.explanation, q.explanation);
      const targetOf = (x: typeof p) => (x.type === 'on-screen' ? x.target : undefined);
      if (stableJson(targetOf(p)) !== stableJson(targetOf(q))) out.push({ kind: 'retargeted', area: 'question', ids: qIds, before: targetSummary(targetOf(p)), after: targetSummary(targetOf(q)) });
      const rest = (x: typeof p) => {
        const { prompt: _p, explanation: _e, id: _i, ...others } = x as typeof x & { target?: unknown };
        delete (others as { target?: unknown }).target;
        return others;
      };
      plain(out, 'question', qIds, 'answer', rest(p), rest(q));
    });
  });

  keyed(out, 'checklist', [], before.checklists, after.checklists, (ids, a, b) => {
    texts(out, 'checklist', ids, 'title', a.title, b.title);
    plain(out, 'checklist', ids, 'role', a.role, b.role);
    plain(out, 'checklist', ids, 'department', a.department, b.department);
    keyed(out, 'checklist-item', ids, a.items, b.items, (itemIds, x, y) => plain(out, 'checklist-item', itemIds, 'item', x, y));
  });
  return out;
}

/** A short description of a target for a reviewer: tag, id/name/data anchors, accessible name. */
export function targetSummary(fp: { tag: string; anchors?: Record<string, unknown>; accessibleName?: string; text?: string } | undefined): string {
  if (!fp) return '—';
  const a = (fp.anchors ?? {}) as { id?: string; name?: string; data?: Record<string, string>; labelText?: string };
  const parts = [fp.tag];
  if (a.id) parts.push(`#${a.id}`);
  if (a.name) parts.push(`[name=${a.name}]`);
  for (const [k, v] of Object.entries(a.data ?? {})) parts.push(`[data-${k}=${v}]`);
  const name = fp.accessibleName ?? a.labelText ?? fp.text;
  return name ? `${parts.join('')} “${name}”` : parts.join('');
}

function texts(out: PackChange[], area: ChangeArea, ids: string[], field: string, a: LocalizedText | undefined, b: LocalizedText | undefined): void {
  for (const language of ['zh-CN', 'en'] as const) {
    const x = a?.[language];
    const y = b?.[language];
    if (x !== y) out.push({ kind: 'text-changed', area, ids, field: `${field}.${language}`, ...(x !== undefined ? { before: x } : {}), ...(y !== undefined ? { after: y } : {}) });
  }
}

function plain(out: PackChange[], area: ChangeArea, ids: string[], field: string, a: unknown, b: unknown): void {
  const x = a === undefined ? undefined : stableJson(a);
  const y = b === undefined ? undefined : stableJson(b);
  if (x !== y) out.push({ kind: 'changed', area, ids, field, ...(x !== undefined ? { before: x } : {}), ...(y !== undefined ? { after: y } : {}) });
}

/** Match two lists by id: added, removed, moved (outside the longest common order), then compare pairs. */
function keyed<T extends { id: string }>(
  out: PackChange[],
  area: ChangeArea,
  parent: string[],
  before: readonly T[],
  after: readonly T[],
  compare: (ids: string[], a: T, b: T) => void,
  trackMoves = true,
): void {
  const oldIds = before.map((x) => x.id);
  const newIds = after.map((x) => x.id);
  before.forEach((x, i) => {
    if (!newIds.includes(x.id)) out.push({ kind: 'removed', area, ids: [...parent, x.id], from: i });
  });
  after.forEach((x, i) => {
    if (!oldIds.includes(x.id)) out.push({ kind: 'added', area, ids: [...parent, x.id], to: i });
  });
  const commonOld = oldIds.filter((id) => newIds.includes(id));
  const commonNew = newIds.filter((id) => oldIds.includes(id));
  const stayed = trackMoves ? longestCommonOrder(commonOld, commonNew) : new Set(commonOld);
  for (const id of commonNew) {
    const a = before.find((x) => x.id === id)!;
    const b = after.find((x) => x.id === id)!;
    if (!stayed.has(id)) out.push({ kind: 'moved', area, ids: [...parent, id], from: oldIds.indexOf(id), to: newIds.indexOf(id) });
    compare([...parent, id], a, b);
  }
}

function longestCommonOrder(a: string[], b: string[]): Set<string> {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const keep = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      keep.add(a[i]!);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return keep;
}
