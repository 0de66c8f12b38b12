import { BUILT_IN_ROLES, BUILT_IN_ROLE_TITLES } from '../schema/learnerProfile.ts';
import type { Language } from '../schema/localizedText.ts';
import type { RosterEntry } from './roster.ts';

/**
 * Joining the HR roster to what the dashboard knows (issue 15):
 * - a roster's role column holds HR's words ("护士", "Nurse"), the go-live rules hold role ids
 *   (`nurse`): the words are matched to the pack's role titles in both languages (then the
 *   built-in roles'), and words that match no role are reported, never silently ruled by default;
 * - a learner who arrives only from the LRS has no signed manifest and so no staff identity: when
 *   the LRS account's name equals a staff number on the roster (a hospital policy may choose the
 *   staff number as the account name), that is the match, shown as such.
 */

export interface RoleTitle {
  id: string;
  title: { 'zh-CN': string; en: string };
}

/** Role text compared without case, width (NFKC) or spaces: "Lab  Technician" = "lab technician". */
export function roleKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Roster words → role id. */
export type RoleIndex = ReadonlyMap<string, string>;

/** The roles a roster may name, in the order they win: the pack's own, then the built-in ones. */
function knownRoles(packRoles: readonly RoleTitle[]): RoleTitle[] {
  return [...packRoles, ...BUILT_IN_ROLES.map((id) => ({ id, title: BUILT_IN_ROLE_TITLES[id] }))];
}

/**
 * An index of the roles a roster may name (knownRoles), each by its id, its Chinese and its
 * English title. The pack wins where a title or id is on both.
 */
export function roleIndex(packRoles: readonly RoleTitle[] = []): RoleIndex {
  const index = new Map<string, string>();
  for (const role of knownRoles(packRoles)) {
    for (const text of [role.id, role.title['zh-CN'], role.title.en]) {
      const key = roleKey(text);
      if (key && !index.has(key)) index.set(key, role.id);
    }
  }
  return index;
}

/** The role id a roster's role words name; undefined when blank or unknown. */
export function rosterRoleId(words: string, index: RoleIndex): string | undefined {
  const key = roleKey(words);
  return key ? index.get(key) : undefined;
}

/** Role id → its titles: the pack's own roles, then the built-in ones (the pack wins, as in roleIndex). */
export type RoleTitles = ReadonlyMap<string, RoleTitle['title']>;

export function roleTitles(packRoles: readonly RoleTitle[] = []): RoleTitles {
  const titles = new Map<string, RoleTitle['title']>();
  for (const role of knownRoles(packRoles)) if (!titles.has(role.id)) titles.set(role.id, role.title);
  return titles;
}

/**
 * A roster's role words as a screen shows them: words that name a role the app knows become that
 * role's title in the screen's language (our own words: 护士 reads "Nurse" on an English screen);
 * words that name no role are the hospital's, shown as HR wrote them and marked as data.
 */
export type ShownRosterRole = { kind: 'role'; roleId: string; title: string } | { kind: 'hospital-words'; words: string } | { kind: 'blank' };

export function shownRosterRole(words: string, roles: { index: RoleIndex; titles: RoleTitles }, language: Language): ShownRosterRole {
  const written = words.trim();
  if (!written) return { kind: 'blank' };
  const roleId = rosterRoleId(written, roles.index);
  const title = roleId === undefined ? '' : (roles.titles.get(roleId)?.[language] ?? '');
  return roleId !== undefined && title ? { kind: 'role', roleId, title } : { kind: 'hospital-words', words: written };
}

/**
 * A role id as a screen shows it (the role a learner chose, a go-live rule's role): a role the app
 * knows (the pack's, then the built-in ones) by its title in the screen's language, never the bare
 * id (`physician` reads 医生 / Physician); an id with no title there is a pack's or a hospital's
 * own word, shown as given and marked as data.
 */
export type ShownRoleId = { kind: 'role'; roleId: string; title: string } | { kind: 'unknown'; roleId: string } | { kind: 'blank' };

export function shownRoleId(roleId: string, titles: RoleTitles, language: Language): ShownRoleId {
  if (!roleId.trim()) return { kind: 'blank' };
  const title = titles.get(roleId)?.[language] ?? '';
  return title ? { kind: 'role', roleId, title } : { kind: 'unknown', roleId };
}

/** shownRoleId as plain text, where markup cannot go (a chart's labels, an aria-label, a sentence): the title, else the id, else '—'. */
export function roleIdText(roleId: string, titles: RoleTitles, language: Language): string {
  const shown = shownRoleId(roleId, titles, language);
  return shown.kind === 'role' ? shown.title : shown.kind === 'unknown' ? shown.roleId : '—';
}

export interface UnmatchedRosterRole {
  /** the roster's words, as first written */
  role: string;
  people: number;
  /** the first person with it, to find the row */
  firstStaffNumber: string;
}

/** Role words on the roster that name no known role, with how many people have them (most first). */
export function unmatchedRosterRoles(entries: readonly RosterEntry[], index: RoleIndex): UnmatchedRosterRole[] {
  const found = new Map<string, UnmatchedRosterRole>();
  for (const e of entries) {
    const key = roleKey(e.role);
    if (!key || index.has(key)) continue;
    const seen = found.get(key);
    if (seen) seen.people++;
    else found.set(key, { role: e.role.trim(), people: 1, firstStaffNumber: e.staffNumber });
  }
  return [...found.values()].sort((a, b) => b.people - a.people || a.role.localeCompare(b.role));
}

/** How a learner was matched to a roster entry: by the staff number in their signed manifest, or by their LRS account name. */
export type RosterMatchBy = 'staff-number' | 'lrs-account';

export interface RosterMatchInput {
  /** the opaque learner id: for statements from an LRS, the xAPI account name */
  learner: string;
  /** from the learner's latest signed bundle with an identity; '' if none */
  staffNumber: string;
  /** the learner has statements read from the LRS */
  fromLrs: boolean;
}

/**
 * A learner's roster entry: by the staff number they handed in; else, for a learner read from the
 * LRS without a handed-in identity, by the account name when it is a staff number on the roster.
 */
export function rosterMatch(learner: RosterMatchInput, rosterByStaffNumber: ReadonlyMap<string, RosterEntry>): { entry: RosterEntry; by: RosterMatchBy } | undefined {
  if (learner.staffNumber) {
    const entry = rosterByStaffNumber.get(learner.staffNumber);
    return entry ? { entry, by: 'staff-number' } : undefined;
  }
  if (!learner.fromLrs) return undefined;
  const entry = rosterByStaffNumber.get(learner.learner.trim());
  return entry ? { entry, by: 'lrs-account' } : undefined;
}
