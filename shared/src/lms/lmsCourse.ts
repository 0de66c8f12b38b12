// The course an LMS package carries, worked out from what the mentor picked: sandbox scenarios
// (graded drills), and the quizzes and tours of installed packs. Pure: the SCORM 1.2 manifest and
// the cmi5 course structure are both written from this one outline.

import type { ContentPack } from '../schema/contentPack.ts';
import type { LocalizedText } from '../schema/localizedText.ts';
import type { Scenario } from '../scenario/scenarioSchema.ts';

export type LmsItemKind = 'scenario' | 'quiz' | 'tour';

export type LmsCourseItem = {
  /** unique in the course: `<kind>:<pack id>/<content id>` (scenarios: `scenario:<id>`) */
  key: string;
  kind: LmsItemKind;
  /** the scenario's, quiz's or tour's own id */
  contentId: string;
  /** the pack a quiz or tour comes from */
  packId?: string;
  title: LocalizedText;
  /** the first role the item is for; undefined = everyone */
  role?: string;
  /**
   * The pass mark as a score out of 100 (scenario: `scoring.passingScore`; quiz: `passMark` × 100);
   * undefined for a tour, which is done or not.
   */
  masteryScore?: number;
};

export type LmsCourse = { id: string; title: LocalizedText; items: LmsCourseItem[] };

/** What the mentor picked: 'all', or the ids (scenario ids; `packId/quizId` or bare quiz/tour ids). */
export type LmsSelection = { scenarios: 'all' | readonly string[]; quizzes?: 'all' | readonly string[]; tours?: 'all' | readonly string[] };

/** One thing wrong with what the mentor picked: the id it is about ('' = the pick as a whole) and why, in both languages (as lmsKit.ts reports a kit's problems). */
export type LmsCourseProblem = { id: string; message: LocalizedText };

export type LmsCourseResult = { ok: true; course: LmsCourse } | { ok: false; problems: LmsCourseProblem[] };

/** One problem as a line in the given language (the editor's, or English for the command line). */
export function lmsCourseProblemText(problem: LmsCourseProblem, language: 'zh-CN' | 'en'): string {
  return problem.message[language];
}

const NOT_FOUND: Record<LmsItemKind, (id: string) => LocalizedText> = {
  scenario: (id) => ({ 'zh-CN': `沙箱情景中没有情景“${id}”`, en: `no scenario "${id}" among the sandbox scenarios` }),
  quiz: (id) => ({ 'zh-CN': `已安装的内容包中没有测验“${id}”`, en: `no quiz "${id}" among the installed packs` }),
  tour: (id) => ({ 'zh-CN': `已安装的内容包中没有导览“${id}”`, en: `no tour "${id}" among the installed packs` }),
};

export const DEFAULT_COURSE_TITLE: LocalizedText = { 'zh-CN': 'Preceptor 情景演练', en: 'Preceptor drills' };

function picked(selection: 'all' | readonly string[] | undefined, packId: string | undefined, id: string): boolean {
  if (selection === undefined) return false;
  if (selection === 'all') return true;
  return selection.includes(id) || (packId !== undefined && selection.includes(`${packId}/${id}`));
}

/**
 * The outline, in the order: scenarios (as the catalogue sorts them), then each pack's quizzes,
 * then its tours. An id the mentor named that matches nothing is a problem, not silently dropped.
 */
export function lmsCourse(input: { scenarios: readonly Scenario[]; packs: readonly ContentPack[]; selection: LmsSelection; id?: string; title?: LocalizedText }): LmsCourseResult {
  const { scenarios, packs, selection } = input;
  const problems: LmsCourseProblem[] = [];
  const items: LmsCourseItem[] = [];
  for (const s of scenarios) {
    if (!picked(selection.scenarios, undefined, s.id)) continue;
    items.push({ key: `scenario:${s.id}`, kind: 'scenario', contentId: s.id, title: s.title, ...(s.roles[0] ? { role: s.roles[0] } : {}), masteryScore: s.scoring.passingScore });
  }
  for (const pack of packs) {
    for (const q of pack.quizzes) {
      if (!picked(selection.quizzes, pack.id, q.id)) continue;
      items.push({ key: `quiz:${pack.id}/${q.id}`, kind: 'quiz', contentId: q.id, packId: pack.id, title: q.title, ...(q.roles[0] ? { role: q.roles[0] } : {}), masteryScore: Math.round(q.passMark * 100) });
    }
    for (const t of pack.tours) {
      if (!picked(selection.tours, pack.id, t.id)) continue;
      items.push({ key: `tour:${pack.id}/${t.id}`, kind: 'tour', contentId: t.id, packId: pack.id, title: t.title, ...(t.roles[0] ? { role: t.roles[0] } : {}) });
    }
  }
  const named = (sel: 'all' | readonly string[] | undefined, what: LmsItemKind, has: (id: string) => boolean): void => {
    if (sel === undefined || sel === 'all') return;
    for (const id of sel) if (!has(id)) problems.push({ id, message: NOT_FOUND[what](id) });
  };
  named(selection.scenarios, 'scenario', (id) => scenarios.some((s) => s.id === id));
  named(selection.quizzes, 'quiz', (id) => packs.some((p) => p.quizzes.some((q) => q.id === id || `${p.id}/${q.id}` === id)));
  named(selection.tours, 'tour', (id) => packs.some((p) => p.tours.some((t) => t.id === id || `${p.id}/${t.id}` === id)));
  const keys = new Set<string>();
  for (const item of items) {
    if (keys.has(item.key)) problems.push({ id: item.key, message: { 'zh-CN': `“${item.key}”在课程中出现两次（是否安装了两个 ID 相同的内容包？）`, en: `"${item.key}" is in the course twice (two installed packs with the same id?)` } });
    keys.add(item.key);
  }
  if (items.length === 0 && problems.length === 0) problems.push({ id: '', message: { 'zh-CN': '没有选择任何内容：请至少选择一个情景、测验或导览', en: 'nothing picked: name at least one scenario, quiz or tour' } });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, course: { id: input.id ?? 'preceptor-drills', title: input.title ?? DEFAULT_COURSE_TITLE, items } };
}
