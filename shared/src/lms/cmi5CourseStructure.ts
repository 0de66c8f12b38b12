/**
 * cmi5.xml: the course structure an LMS imports with a cmi5 package (cmi5 spec section 13,
 * namespace https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd). One course, one block per
 * role, one AU per sandbox scenario, quiz or live-EMR tour. AU ids are the publisher ids of the
 * one vocabulary (scenarioActivityId, quizActivityId, tourActivityId), so the LMS's statements
 * (whose `grouping` carries the publisher id) and the extension's own statements name the same
 * activity.
 */
import type { LocalizedText } from '../schema/localizedText.ts';
import { PRECEPTOR_IRI, quizActivityId, scenarioActivityId, tourActivityId } from '../xapi/vocabulary.ts';

export const CMI5_COURSE_STRUCTURE_NS = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

export const MOVE_ON_VALUES = ['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'] as const;
export type MoveOn = (typeof MOVE_ON_VALUES)[number];
export const LAUNCH_METHODS = ['AnyWindow', 'OwnWindow'] as const;
export type LaunchMethod = (typeof LAUNCH_METHODS)[number];

export type Cmi5ItemKind = 'scenario' | 'quiz' | 'tour';

/** One thing a learner is assigned in the LMS (the cmi5 half's view of an lmsCourse item). */
export interface Cmi5CourseItem {
  kind: Cmi5ItemKind;
  /** scenario id, quiz id or tour id */
  id: string;
  /** the pack a quiz or tour comes from (scenarios belong to the sandbox) */
  packId?: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** the role whose block holds the AU */
  role: string;
  /** scaled score (0-1) needed to pass: the scenario's passingScore / 100, the quiz's passMark */
  masteryScore?: number;
  /** overrides the kind's default (scored: CompletedAndPassed, tour: Completed) */
  moveOn?: MoveOn;
  /** overrides the kind's default (scenario: OwnWindow, the simulated system needs the screen) */
  launchMethod?: LaunchMethod;
  /** the AU's page, relative to the package root; default from `defaultAuUrl` */
  url?: string;
}

export interface Cmi5CourseInput {
  /** content id of the course (one package = one course) */
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** block titles; a role without one is titled by its id */
  roleTitles?: Readonly<Record<string, LocalizedText>>;
  items: readonly Cmi5CourseItem[];
}

export interface Cmi5Au {
  id: string;
  kind: Cmi5ItemKind;
  title: LocalizedText;
  description: LocalizedText;
  moveOn: MoveOn;
  masteryScore?: number;
  launchMethod: LaunchMethod;
  url: string;
}
export interface Cmi5Block {
  id: string;
  role: string;
  title: LocalizedText;
  description: LocalizedText;
  aus: Cmi5Au[];
}
export interface Cmi5CourseStructure {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  blocks: Cmi5Block[];
}

export function cmi5CourseIri(courseId: string): string {
  return `${PRECEPTOR_IRI}/lms/courses/${encodeURIComponent(courseId)}`;
}

/** The activity the one vocabulary uses for an item: the AU's publisher id. */
export function itemActivityId(item: Pick<Cmi5CourseItem, 'kind' | 'id' | 'packId'>): string {
  if (item.kind === 'scenario') return scenarioActivityId(item.id);
  if (!item.packId) throw new Error(`the ${item.kind} "${item.id}" has no packId: quizzes and tours belong to a pack`);
  return item.kind === 'quiz' ? quizActivityId(item.packId, item.id) : tourActivityId(item.packId, item.id);
}

/**
 * The page an AU opens, relative to the package root. Query parameters, not a `#` route: an LMS
 * appends the cmi5 launch parameters to the URL, and after a fragment they would be lost.
 */
export function defaultAuUrl(item: Pick<Cmi5CourseItem, 'kind' | 'id' | 'packId'>): string {
  const q = (value: string) => encodeURIComponent(value);
  if (item.kind === 'scenario') return `index.html?lms=cmi5&scenario=${q(item.id)}`;
  if (item.kind === 'quiz') return `index.html?lms=cmi5&pack=${q(item.packId ?? '')}&quiz=${q(item.id)}`;
  return `lms-tour.html?pack=${q(item.packId ?? '')}&tour=${q(item.id)}`;
}

const KIND_DESCRIPTION: Record<Cmi5ItemKind, LocalizedText> = {
  scenario: { 'zh-CN': '模拟系统中的情景演练，自动评分。', en: 'A drill on the simulated hospital system, graded automatically.' },
  quiz: { 'zh-CN': '测验，自动评分。', en: 'A quiz, graded automatically.' },
  tour: { 'zh-CN': '在真实 EMR 上完成的操作导览：本页说明去哪里完成。', en: 'A guided tour done on the live EMR: this page says where to do it.' },
};

/** A mastery score as cmi5 allows it: a decimal 0-1 with at most 4 decimal places. */
export function cmi5MasteryScore(value: number): number {
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new Error(`masteryScore ${value} is outside 0-1`);
  return Math.round(value * 10_000) / 10_000;
}

/** Builds the structure; throws with the item named when an item cannot become an AU. */
export function cmi5CourseStructure(course: Cmi5CourseInput): Cmi5CourseStructure {
  if (course.items.length === 0) throw new Error(`the course "${course.id}" has no scenario, quiz or tour: a cmi5 course needs at least one AU`);
  const courseIri = cmi5CourseIri(course.id);
  const uses = new Map<string, number>();
  for (const item of course.items) uses.set(itemActivityId(item), (uses.get(itemActivityId(item)) ?? 0) + 1);
  const blocks = new Map<string, Cmi5Block>();
  const seen = new Set<string>();
  for (const item of course.items) {
    const activityId = itemActivityId(item);
    // the same drill assigned to two roles is two AUs; AU ids must be unique in the structure
    const auId = uses.get(activityId) === 1 ? activityId : `${activityId}/in-role/${encodeURIComponent(item.role)}`;
    if (seen.has(auId)) throw new Error(`the ${item.kind} "${item.id}" is listed twice for the role "${item.role}"`);
    seen.add(auId);
    const scored = item.kind !== 'tour' && item.masteryScore !== undefined;
    const moveOn = item.moveOn ?? (scored ? 'CompletedAndPassed' : 'Completed');
    if ((moveOn === 'Passed' || moveOn === 'CompletedAndPassed') && item.kind === 'tour') {
      throw new Error(`the tour "${item.id}" has moveOn ${moveOn}, but a tour is completed, never passed`);
    }
    let block = blocks.get(item.role);
    if (!block) {
      const roleTitle = course.roleTitles?.[item.role] ?? { 'zh-CN': item.role, en: item.role };
      block = {
        id: `${courseIri}/roles/${encodeURIComponent(item.role)}`,
        role: item.role,
        title: roleTitle,
        description: { 'zh-CN': `${roleTitle['zh-CN']}岗位的培训内容`, en: `Training for the ${roleTitle.en} role` },
        aus: [],
      };
      blocks.set(item.role, block);
    }
    block.aus.push({
      id: auId,
      kind: item.kind,
      title: item.title,
      description: item.description ?? KIND_DESCRIPTION[item.kind],
      moveOn,
      ...(scored ? { masteryScore: cmi5MasteryScore(item.masteryScore!) } : {}),
      launchMethod: item.launchMethod ?? (item.kind === 'scenario' ? 'OwnWindow' : 'AnyWindow'),
      url: item.url ?? defaultAuUrl(item),
    });
  }
  return {
    id: courseIri,
    title: course.title,
    description: course.description ?? { 'zh-CN': 'Preceptor 培训课程：模拟演练、测验与真实 EMR 导览。', en: 'Preceptor training: sandbox drills, quizzes and live-EMR tours.' },
    blocks: [...blocks.values()],
  };
}

function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function langstrings(tag: 'title' | 'description', text: LocalizedText, indent: string): string {
  return `${indent}<${tag}>\n${indent}  <langstring lang="zh-CN">${xmlText(text['zh-CN'])}</langstring>\n${indent}  <langstring lang="en">${xmlText(text.en)}</langstring>\n${indent}</${tag}>\n`;
}

/** cmi5.xml's text, in the element order the XSD requires (course, then blocks of AUs). */
export function cmi5Xml(structure: Cmi5CourseStructure): string {
  let xml = `<?xml version="1.0" encoding="utf-8"?>\n<courseStructure xmlns="${CMI5_COURSE_STRUCTURE_NS}">\n`;
  xml += `  <course id="${xmlText(structure.id)}">\n${langstrings('title', structure.title, '    ')}${langstrings('description', structure.description, '    ')}  </course>\n`;
  for (const block of structure.blocks) {
    xml += `  <block id="${xmlText(block.id)}">\n${langstrings('title', block.title, '    ')}${langstrings('description', block.description, '    ')}`;
    for (const au of block.aus) {
      const mastery = au.masteryScore === undefined ? '' : ` masteryScore="${au.masteryScore}"`;
      xml += `    <au id="${xmlText(au.id)}" moveOn="${au.moveOn}"${mastery} launchMethod="${au.launchMethod}">\n`;
      xml += langstrings('title', au.title, '      ') + langstrings('description', au.description, '      ');
      xml += `      <url>${xmlText(au.url)}</url>\n    </au>\n`;
    }
    xml += '  </block>\n';
  }
  return `${xml}</courseStructure>\n`;
}
