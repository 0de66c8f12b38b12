import type { ContentPack, Tour } from '../schema/contentPack.ts';
import { BUILT_IN_ROLE_TITLES, type BuiltInRole } from '../schema/learnerProfile.ts';
import type { Language, LocalizedText } from '../schema/localizedText.ts';
import { markdownToNodes, type MdBlock } from '../tour/markdown.ts';
import { targetLabel } from './targetLabel.ts';
import { sketchDrawing, sketchLabel, type SketchDrawing } from './targetSketch.ts';

/**
 * The 操作手册 (operation manual, issue 16 item 3) a mentor prints from a pack's tours: one tour, or
 * every tour a role sees (its own and those for everyone), each as a section with its steps in
 * order. Pure: the editor's print page renders it; nothing here reads a page. Step bodies stay
 * the markdown subset's tree (text, never HTML), an element is named by its label only, and shown
 * by its recorded sketch (boxes and kinds), never by a screenshot.
 */

export type ManualScope = { kind: 'tour'; tourId: string } | { kind: 'role'; roleId: string };

export interface ManualStep {
  /** 1-based, within its tour */
  number: number;
  stepId: string;
  title: string;
  body: MdBlock[];
  /** the element, as a mentor names it (按钮“新建患者”); absent for a step without a target */
  element?: string;
  /**
   * Where the element was, when the mentor recorded or picked it with a sketch: a wireframe of boxes
   * drawn from numbers (never a screenshot: pixels of an EMR show patients), with its words.
   */
  sketch?: SketchDrawing;
  /** the pages (route templates, like /outpatient/registration*) the step is on; empty = any page the pack covers */
  pages: string[];
}

export interface ManualSection {
  /** 1-based chapter number */
  number: number;
  tourId: string;
  /** an HTML id for the table of contents' links */
  anchor: string;
  title: string;
  description?: MdBlock[];
  /** the roles the tour is for; empty = everyone */
  roles: string[];
  steps: ManualStep[];
}

export interface OperationManual {
  language: Language;
  packId: string;
  packTitle: string;
  version: string;
  /** the role's name, for a role's manual */
  role?: string;
  /** YYYY-MM-DD, the day it was printed */
  date: string;
  sections: ManualSection[];
}

export type ManualResult = { ok: true; manual: OperationManual } | { ok: false; reason: 'no-such-tour' | 'no-tours-for-role' };

/** A role's name in a language: the pack's own roles first, then the built-in ones, else its id. */
export function roleTitle(pack: Pick<ContentPack, 'roles'>, roleId: string, language: Language): string {
  const own = pack.roles.find((r) => r.id === roleId)?.title;
  const builtIn = Object.hasOwn(BUILT_IN_ROLE_TITLES, roleId) ? BUILT_IN_ROLE_TITLES[roleId as BuiltInRole] : undefined;
  return text(own ?? builtIn, language) || roleId;
}

/** The page part of a URL pattern: `https://emr.example.cn/outpatient/*` → `/outpatient/*`. */
export function routeTemplate(pattern: string): string {
  const path = pattern.replace(/^(?:https?|\*):\/\/[^/?#]*/i, '');
  return path === '' ? '/' : path;
}

/** The tours a role's learners see: written for the role, or for everyone (no roles). */
export function toursForRole(pack: Pick<ContentPack, 'tours'>, roleId: string): Tour[] {
  return pack.tours.filter((tour) => tour.roles.length === 0 || tour.roles.includes(roleId));
}

/** Text in the chosen language; a draft may have one language blank, then the other shows. */
function text(value: LocalizedText | undefined, language: Language): string {
  if (!value) return '';
  const other: Language = language === 'en' ? 'zh-CN' : 'en';
  return (value[language] ?? '').trim() || (value[other] ?? '').trim();
}

function section(pack: ContentPack, tour: Tour, index: number, language: Language): ManualSection {
  const description = text(tour.description, language);
  return {
    number: index + 1,
    tourId: tour.id,
    anchor: `tour-${index + 1}`,
    title: text(tour.title, language) || tour.id,
    ...(description ? { description: markdownToNodes(description) } : {}),
    roles: tour.roles.map((roleId) => roleTitle(pack, roleId, language)),
    steps: tour.steps.map((step, s): ManualStep => ({
      number: s + 1,
      stepId: step.id,
      title: text(step.title, language) || step.id,
      body: markdownToNodes(text(step.body, language)),
      ...(step.target ? { element: targetLabel(step.target, language) } : {}),
      ...(step.target?.sketch ? { sketch: sketchDrawing(step.target.sketch, sketchLabel(step.target, language)) } : {}),
      pages: [...new Set((step.page ? [step.page] : tour.urlPatterns).map(routeTemplate))],
    })),
  };
}

/** The printing machine's own calendar day: a ward printing at 07:00 in Beijing prints today's date, not UTC's. */
function localDate(day: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** The manual for one tour or one role, in one language (independent of the UI's). */
export function operationManual(pack: ContentPack, scope: ManualScope, language: Language, today: Date): ManualResult {
  const tours = scope.kind === 'tour' ? pack.tours.filter((t) => t.id === scope.tourId) : toursForRole(pack, scope.roleId);
  if (tours.length === 0) return { ok: false, reason: scope.kind === 'tour' ? 'no-such-tour' : 'no-tours-for-role' };
  return {
    ok: true,
    manual: {
      language,
      packId: pack.id,
      packTitle: text(pack.title, language) || pack.id,
      version: pack.version,
      ...(scope.kind === 'role' ? { role: roleTitle(pack, scope.roleId, language) } : {}),
      date: localDate(today),
      sections: tours.map((tour, i) => section(pack, tour, i, language)),
    },
  };
}
