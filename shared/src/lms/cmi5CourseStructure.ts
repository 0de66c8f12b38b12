/**
 * cmi5.xml: the course structure an LMS imports with a cmi5 package (cmi5 spec section 13,
 * namespace https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd). One course, one block per
 * role, one AU per sandbox scenario, quiz or live-EMR tour (an item's first role). AU ids are the publisher ids of the
 * one vocabulary (scenarioActivityId, quizActivityId, tourActivityId), so the LMS's statements
 * (whose `grouping` carries the publisher id) and the extension's own statements name the same
 * activity.
 */
import type { LocalizedText } from '../schema/localizedText.ts';
import type { LmsCourseItem, LmsItemKind } from './lmsCourse.ts';
import { PRECEPTOR_IRI, quizActivityId, scenarioActivityId, tourActivityId } from '../xapi/vocabulary.ts';
import { LMS_ITEM_KIND_WORDS, LmsBuildError } from './lmsBuildError.ts';

export const CMI5_COURSE_STRUCTURE_NS = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

export const MOVE_ON_VALUES = ['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'] as const;
export type MoveOn = (typeof MOVE_ON_VALUES)[number];
export const LAUNCH_METHODS = ['AnyWindow', 'OwnWindow'] as const;
export type LaunchMethod = (typeof LAUNCH_METHODS)[number];

export type Cmi5ItemKind = LmsItemKind;

/** One item of the course outline (lmsCourse.ts), without the key the SCORM manifest uses. */
export type Cmi5CourseItem = Omit<LmsCourseItem, 'key'>;

export interface Cmi5CourseInput {
  /** content id of the course (one package = one course) */
  id: string;
  title: LocalizedText;
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

/** The block of items meant for every role. */
export const EVERYONE_ROLE = 'everyone';

export function cmi5CourseIri(courseId: string): string {
  return `${PRECEPTOR_IRI}/lms/courses/${encodeURIComponent(courseId)}`;
}

/**
 * An item as a refusal names it: the error's id (`quiz:pack/content`) and the words for it in both
 * languages (测验“pack/content” / the quiz "pack/content"; a scenario or an item without a pack:
 * its content id alone).
 */
function named(item: Pick<Cmi5CourseItem, 'kind' | 'contentId' | 'packId'>): { id: string; 'zh-CN': string; en: string } {
  const name = `${item.packId ? `${item.packId}/` : ''}${item.contentId}`;
  const kind = LMS_ITEM_KIND_WORDS[item.kind];
  return { id: `${item.kind}:${name}`, 'zh-CN': `${kind['zh-CN']}“${name}”`, en: `the ${kind.en} "${name}"` };
}

/** The activity the one vocabulary uses for an item: the AU's publisher id. */
export function itemActivityId(item: Pick<Cmi5CourseItem, 'kind' | 'contentId' | 'packId'>): string {
  if (item.kind === 'scenario') return scenarioActivityId(item.contentId);
  if (!item.packId) {
    const it = named(item);
    throw new LmsBuildError(it.id, { 'zh-CN': `${it['zh-CN']}没有 packId（所属内容包）：测验和导览都属于某个内容包`, en: `${it.en} has no packId: quizzes and tours belong to a pack` });
  }
  return item.kind === 'quiz' ? quizActivityId(item.packId, item.contentId) : tourActivityId(item.packId, item.contentId);
}

/** The folder of the package that holds the sandbox's LMS build (as shared/src/lms/lmsLaunch.ts). */
export const CMI5_SANDBOX_DIR = 'sandbox';
/** The sandbox LMS build's page for quizzes and tours launched by cmi5 (sandbox/lms-launcher.html). */
export const CMI5_LAUNCHER_ENTRY = 'lms-launcher.html';

/**
 * The page an AU opens, relative to the package root. Query parameters, not a `#` route: an LMS
 * appends the cmi5 launch parameters to the URL, and after a fragment they would be lost.
 * Scenarios run in the sandbox's LMS page; quizzes and tours, which happen on the live EMR with
 * the extension, on the cmi5 launcher page.
 */
export function cmi5AuUrl(item: Pick<Cmi5CourseItem, 'kind' | 'contentId' | 'packId'>): string {
  const q = (value: string) => encodeURIComponent(value);
  if (item.kind === 'scenario') return `${CMI5_SANDBOX_DIR}/lms.html?scenario=${q(item.contentId)}`;
  return `${CMI5_SANDBOX_DIR}/${CMI5_LAUNCHER_ENTRY}?kind=${item.kind}&pack=${q(item.packId ?? '')}&id=${q(item.contentId)}`;
}

const KIND_DESCRIPTION: Record<Cmi5ItemKind, LocalizedText> = {
  scenario: { 'zh-CN': '模拟系统中的情景演练，自动评分。', en: 'A drill on the simulated hospital system, graded automatically.' },
  quiz: { 'zh-CN': '在真实 EMR 上用 Preceptor 扩展完成的测验：本页说明去哪里完成。', en: 'A quiz taken with the Preceptor extension on the live EMR: this page says where to take it.' },
  tour: { 'zh-CN': '在真实 EMR 上完成的操作导览：本页说明去哪里完成。', en: 'A guided tour done on the live EMR: this page says where to do it.' },
};

/** A mastery score as cmi5 allows it: a decimal 0-1 with at most 4 decimal places. */
export function cmi5MasteryScore(outOf100: number, item?: Pick<Cmi5CourseItem, 'kind' | 'contentId' | 'packId'>): number {
  if (!Number.isFinite(outOf100) || outOf100 < 0 || outOf100 > 100) {
    const it = item ? named(item) : undefined;
    throw new LmsBuildError(it?.id ?? '', {
      'zh-CN': `${it ? `${it['zh-CN']}的` : ''}及格分（masteryScore）${outOf100} 不在 0-100 之间`,
      en: `the pass mark (masteryScore) ${outOf100}${it ? ` of ${it.en}` : ''} is outside 0-100`,
    });
  }
  return Math.round(outOf100 * 100) / 10_000;
}

export interface Cmi5StructureOptions {
  /** block titles by role id (BUILT_IN_ROLE_TITLES and the packs' roles); default: the role id */
  roleTitles?: Readonly<Record<string, LocalizedText>>;
  description?: LocalizedText;
}

/**
 * The rules an AU gets from its item. A scored item (a drill or quiz with a pass mark) moves on
 * when completed and passed, with masteryScore = the pass mark, so the LMS judges against the
 * same mark as the sandbox; a tour moves on when completed. Scenarios open in their own window
 * (the simulated system needs the screen); launcher pages fit any window.
 */
export function auRules(item: Cmi5CourseItem): Pick<Cmi5Au, 'moveOn' | 'masteryScore' | 'launchMethod'> {
  const scored = item.kind !== 'tour' && item.masteryScore !== undefined;
  return {
    moveOn: scored ? 'CompletedAndPassed' : 'Completed',
    ...(scored ? { masteryScore: cmi5MasteryScore(item.masteryScore!, item) } : {}),
    launchMethod: item.kind === 'scenario' ? 'OwnWindow' : 'AnyWindow',
  };
}

/** Builds the structure: one block per role, in the outline's order; throws naming the item when one cannot become an AU. */
export function cmi5CourseStructure(course: Cmi5CourseInput, options: Cmi5StructureOptions = {}): Cmi5CourseStructure {
  if (course.items.length === 0) throw new LmsBuildError(course.id, { 'zh-CN': `课程“${course.id}”中没有情景、测验或导览：cmi5 课程至少需要一个 AU`, en: `the course "${course.id}" has no scenario, quiz or tour: a cmi5 course needs at least one AU` });
  const courseIri = cmi5CourseIri(course.id);
  const blocks = new Map<string, Cmi5Block>();
  const seen = new Set<string>();
  for (const item of course.items) {
    const auId = itemActivityId(item);
    if (seen.has(auId)) {
      const it = named(item);
      throw new LmsBuildError(it.id, { 'zh-CN': `${it['zh-CN']}在课程中出现两次`, en: `${it.en} is in the course twice` });
    }
    seen.add(auId);
    const role = item.role ?? EVERYONE_ROLE;
    let block = blocks.get(role);
    if (!block) {
      const title = options.roleTitles?.[role] ?? (role === EVERYONE_ROLE ? { 'zh-CN': '全体岗位', en: 'Every role' } : { 'zh-CN': role, en: role });
      block = {
        id: `${courseIri}/roles/${encodeURIComponent(role)}`,
        role,
        title,
        description: { 'zh-CN': `${title['zh-CN']}：本岗位的演练、测验与导览`, en: `${title.en}: the drills, quizzes and tours of this role` },
        aus: [],
      };
      blocks.set(role, block);
    }
    block.aus.push({ id: auId, kind: item.kind, title: item.title, description: KIND_DESCRIPTION[item.kind], ...auRules(item), url: cmi5AuUrl(item) });
  }
  return {
    id: courseIri,
    title: course.title,
    description: options.description ?? { 'zh-CN': 'Preceptor 培训课程：模拟演练、测验与真实 EMR 导览。', en: 'Preceptor training: sandbox drills, quizzes and live-EMR tours.' },
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
