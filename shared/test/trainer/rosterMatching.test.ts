import { describe, expect, it } from 'vitest';
import { evaluateGoLive, packGoLive, type GoLiveRules } from '../../src/trainer/goLiveGate.ts';
import type { LearnerReadiness, ReadinessItem } from '../../src/trainer/readiness.ts';
import type { RosterEntry } from '../../src/trainer/roster.ts';
import { learnerDepartment } from '../../src/trainer/learnerDepartment.ts';
import { roleIdText, roleIndex, roleTitles, rosterMatch, rosterRoleId, shownRoleId, shownRosterRole, unmatchedRosterRoles } from '../../src/trainer/rosterMatching.ts';

const entry = (staffNumber: string, role: string, department = '心内科'): RosterEntry => ({ staffNumber, name: `员工${staffNumber}`, department, role });

describe('roster role words to role ids', () => {
  const packRoles = [{ id: 'ward-clerk', title: { 'zh-CN': '病区文员', en: 'Ward clerk' } }];

  it('reads the built-in roles by id, Chinese and English title, ignoring case, width and spaces', () => {
    const index = roleIndex();
    expect(rosterRoleId('护士', index)).toBe('nurse');
    expect(rosterRoleId(' Nurse ', index)).toBe('nurse');
    expect(rosterRoleId('NURSE', index)).toBe('nurse');
    expect(rosterRoleId('nurse', index)).toBe('nurse');
    expect(rosterRoleId('Lab  Technician', index)).toBe('lab-technician');
    expect(rosterRoleId('药剂师', index)).toBe('pharmacist');
    expect(rosterRoleId('ｎｕｒｓｅ', index)).toBe('nurse'); // full-width, as some HR exports type it
    expect(rosterRoleId('', index)).toBeUndefined();
    expect(rosterRoleId('护理员', index)).toBeUndefined();
    expect(rosterRoleId('病区文员', index)).toBeUndefined();
  });

  it("reads the pack's own roles by their titles in both languages; the pack wins on a shared title", () => {
    const index = roleIndex([...packRoles, { id: 'icu-nurse', title: { 'zh-CN': '护士', en: 'ICU nurse' } }]);
    expect(rosterRoleId('病区文员', index)).toBe('ward-clerk');
    expect(rosterRoleId('ward clerk', index)).toBe('ward-clerk');
    expect(rosterRoleId('护士', index)).toBe('icu-nurse');
    // the built-in role is still reached by its other names
    expect(rosterRoleId('Nurse', index)).toBe('nurse');
  });

  it("shows role words that name a known role in the screen's language, and the hospital's other words as written", () => {
    const roles = { index: roleIndex(packRoles), titles: roleTitles(packRoles) };
    // our words: the built-in role and the pack's own, whichever language HR wrote them in
    expect(shownRosterRole('护士', roles, 'en')).toEqual({ kind: 'role', roleId: 'nurse', title: 'Nurse' });
    expect(shownRosterRole('Nurse', roles, 'zh-CN')).toEqual({ kind: 'role', roleId: 'nurse', title: '护士' });
    expect(shownRosterRole('挂号员', roles, 'en')).toEqual({ kind: 'role', roleId: 'registrar', title: 'Registrar' });
    expect(shownRosterRole(' 病区文员 ', roles, 'en')).toEqual({ kind: 'role', roleId: 'ward-clerk', title: 'Ward clerk' });
    expect(shownRosterRole('WARD CLERK', roles, 'zh-CN')).toEqual({ kind: 'role', roleId: 'ward-clerk', title: '病区文员' });
    // the hospital's words: no role has them, so they stay as HR wrote them (trimmed), in either language
    expect(shownRosterRole(' 规培生 ', roles, 'en')).toEqual({ kind: 'hospital-words', words: '规培生' });
    expect(shownRosterRole('Porter', roles, 'zh-CN')).toEqual({ kind: 'hospital-words', words: 'Porter' });
    // without the pack, its role's words are the hospital's again
    expect(shownRosterRole('病区文员', { index: roleIndex(), titles: roleTitles() }, 'en')).toEqual({ kind: 'hospital-words', words: '病区文员' });
    expect(shownRosterRole('  ', roles, 'en')).toEqual({ kind: 'blank' });
  });

  it('gives a pack role without a title in the screen language as the words HR wrote', () => {
    const untitled = [{ id: 'porter', title: { 'zh-CN': '护工', en: '' } }];
    const roles = { index: roleIndex(untitled), titles: roleTitles(untitled) };
    expect(shownRosterRole('护工', roles, 'zh-CN')).toEqual({ kind: 'role', roleId: 'porter', title: '护工' });
    expect(shownRosterRole('护工', roles, 'en')).toEqual({ kind: 'hospital-words', words: '护工' });
  });

  it("shows a learner's role id as our title in the screen's language, never the bare id; an id we have no title for as data", () => {
    const titles = roleTitles(packRoles);
    expect(shownRoleId('physician', titles, 'zh-CN')).toEqual({ kind: 'role', roleId: 'physician', title: '医生' });
    expect(shownRoleId('physician', titles, 'en')).toEqual({ kind: 'role', roleId: 'physician', title: 'Physician' });
    expect(shownRoleId('nurse', titles, 'zh-CN')).toEqual({ kind: 'role', roleId: 'nurse', title: '护士' });
    // the go-live pack's own role, by its own title
    expect(shownRoleId('ward-clerk', titles, 'zh-CN')).toEqual({ kind: 'role', roleId: 'ward-clerk', title: '病区文员' });
    expect(shownRoleId('ward-clerk', titles, 'en')).toEqual({ kind: 'role', roleId: 'ward-clerk', title: 'Ward clerk' });
    // without that pack, or with no title in this language, the id is someone else's word: data
    expect(shownRoleId('ward-clerk', roleTitles(), 'en')).toEqual({ kind: 'unknown', roleId: 'ward-clerk' });
    expect(shownRoleId('porter', roleTitles([{ id: 'porter', title: { 'zh-CN': '护工', en: '' } }]), 'en')).toEqual({ kind: 'unknown', roleId: 'porter' });
    // ids are ids: a title is not read as one, nor is the case folded
    expect(shownRoleId('护士', titles, 'en')).toEqual({ kind: 'unknown', roleId: '护士' });
    expect(shownRoleId('Nurse', titles, 'en')).toEqual({ kind: 'unknown', roleId: 'Nurse' });
    expect(shownRoleId(' ', titles, 'en')).toEqual({ kind: 'blank' });
    // the plain-text form for labels that cannot hold markup
    expect(roleIdText('physician', titles, 'en')).toBe('Physician');
    expect(roleIdText('ward-clerk', titles, 'zh-CN')).toBe('病区文员');
    expect(roleIdText('ward-clerk', roleTitles(), 'zh-CN')).toBe('ward-clerk');
    expect(roleIdText('', titles, 'zh-CN')).toBe('—');
  });

  it('lists the role words that name no role, with how many people and the first staff number', () => {
    const entries = [entry('H1', '护士'), entry('H2', '护理员'), entry('H3', '护理员 '), entry('H4', ''), entry('H5', '病区文员'), entry('H6', '规培生')];
    expect(unmatchedRosterRoles(entries, roleIndex())).toEqual([
      { role: '护理员', people: 2, firstStaffNumber: 'H2' },
      { role: '病区文员', people: 1, firstStaffNumber: 'H5' },
      { role: '规培生', people: 1, firstStaffNumber: 'H6' },
    ]);
    expect(unmatchedRosterRoles(entries, roleIndex(packRoles)).map((u) => u.role)).toEqual(['护理员', '规培生']);
  });

  it('packGoLive keeps the pack’s role titles for reading a roster', () => {
    const pack = packGoLive('p.json', { id: 'p', version: '1.0.0', roles: packRoles, quizzes: [], checklists: [] });
    expect(pack.roles).toEqual(packRoles);
    expect(rosterRoleId('Ward Clerk', roleIndex(pack.roles))).toBe('ward-clerk');
  });
});

describe('the gate rules a person on the roster by the role HR gives them', () => {
  const items: ReadinessItem[] = [{ id: 'urn:tour:a', kind: 'tour', pack: 'p' }];
  const learner = (id: string, role: string, cells: string, rosterEntry?: RosterEntry): LearnerReadiness & { rosterEntry?: RosterEntry; staffNumber?: string } => ({
    learner: id,
    role,
    department: '',
    firstAt: 0,
    lastAt: 0,
    statements: 1,
    required: 1,
    completed: cells === 'c' ? 1 : 0,
    ratio: cells === 'c' ? 1 : 0,
    ready: cells === 'c',
    cells,
    ...(rosterEntry ? { rosterEntry, staffNumber: rosterEntry.staffNumber } : {}),
  });
  // nurses also need a mentor's sign-off; everyone else only the tours
  const rules: GoLiveRules = { '': { toursDone: true, quizMinPercent: null, scenariosPassed: false, mentorSignOff: false }, nurse: { toursDone: true, quizMinPercent: null, scenariosPassed: false, mentorSignOff: true } };

  it('"护士" on the roster takes the nurse rule even when the learner picked no role; unknown words take the default', () => {
    const learners = [learner('a', '', 'c', entry('H1', '护士')), learner('b', '', 'c', entry('H2', '护理员')), learner('c', 'nurse', 'c')];
    const withIndex = evaluateGoLive({ items, learners, progress: [], signedOff: new Set(), rules, roleIndex: roleIndex() });
    const by = new Map(withIndex.map((g) => [g.learner, g]));
    expect(by.get('a')).toMatchObject({ roleId: 'nurse', role: '护士', ready: false, gaps: [{ part: 'sign-off' }] });
    expect(by.get('b')).toMatchObject({ roleId: '', ready: true });
    // not on the roster: the learner's own role
    expect(by.get('c')).toMatchObject({ roleId: 'nurse', ready: false });
    // without the index (as before): the roster's words never reach the rule
    const without = new Map(evaluateGoLive({ items, learners, progress: [], signedOff: new Set(), rules }).map((g) => [g.learner, g]));
    expect(without.get('a')).toMatchObject({ roleId: '', ready: true });
  });

  it('people with nothing handed in carry the role id their roster words name', () => {
    const rows = evaluateGoLive({ items, learners: [], progress: [], signedOff: new Set(), rules, notHandedIn: [entry('H9', 'Pharmacist'), entry('H8', '规培生')], roleIndex: roleIndex() });
    expect(rows.map((g) => [g.staffNumber, g.roleId, g.ready])).toEqual([
      ['H8', '', false],
      ['H9', 'pharmacist', false],
    ]);
  });
});

describe('matching a learner to the roster', () => {
  const roster = new Map([entry('H100', '护士'), entry('H200', '医生')].map((e) => [e.staffNumber, e]));

  it('by the staff number a signed bundle carries', () => {
    expect(rosterMatch({ learner: '0202343f-uuid', staffNumber: 'H100', fromLrs: false }, roster)).toEqual({ entry: roster.get('H100'), by: 'staff-number' });
    expect(rosterMatch({ learner: '0202343f-uuid', staffNumber: 'H999', fromLrs: false }, roster)).toBeUndefined();
  });

  it('an LRS learner without a handed-in identity: by the account name when it is a staff number on the roster', () => {
    expect(rosterMatch({ learner: 'H200', staffNumber: '', fromLrs: true }, roster)).toEqual({ entry: roster.get('H200'), by: 'lrs-account' });
    expect(rosterMatch({ learner: 'c0ffee-opaque', staffNumber: '', fromLrs: true }, roster)).toBeUndefined();
  });

  it('never by the account name for a learner who only handed in files, nor over a handed-in staff number', () => {
    expect(rosterMatch({ learner: 'H200', staffNumber: '', fromLrs: false }, roster)).toBeUndefined();
    // the handed-in number is theirs: an account name that happens to be another number does not win
    expect(rosterMatch({ learner: 'H200', staffNumber: 'H999', fromLrs: true }, roster)).toBeUndefined();
    expect(rosterMatch({ learner: 'H200', staffNumber: 'H100', fromLrs: true }, roster)?.entry.staffNumber).toBe('H100');
  });
});

describe('one department per learner in every trainer view', () => {
  const items: ReadinessItem[] = [{ id: 'urn:tour:a', kind: 'tour', pack: 'p' }];
  const rules: GoLiveRules = { '': { toursDone: true, quizMinPercent: null, scenariosPassed: false, mentorSignOff: false } };
  const base = { role: 'nurse', firstAt: 0, lastAt: 0, statements: 1, required: 1, completed: 1, ratio: 1, ready: true, cells: 'c' };

  it('the roster first, then the identity the learner handed in, then the records; the go-live list counts them there', () => {
    const onRoster = { ...base, learner: 'a', department: 'records-ward', staff: { department: 'handed-in-ward' }, rosterEntry: entry('H1', '护士', '心内一病区'), staffNumber: 'H1' };
    const handedIn = { ...base, learner: 'b', department: 'records-ward', staff: { department: 'handed-in-ward' } };
    const recordsOnly = { ...base, learner: 'c', department: 'records-ward' };
    const blankRoster = { ...base, learner: 'd', department: 'records-ward', rosterEntry: entry('H2', '护士', ''), staffNumber: 'H2' };
    expect([onRoster, handedIn, recordsOnly, blankRoster].map(learnerDepartment)).toEqual(['心内一病区', 'handed-in-ward', 'records-ward', 'records-ward']);
    const rows = new Map(evaluateGoLive({ items, learners: [onRoster, handedIn, recordsOnly, blankRoster], progress: [], signedOff: new Set(), rules }).map((g) => [g.learner, g.department]));
    expect(Object.fromEntries(rows)).toEqual({ a: '心内一病区', b: 'handed-in-ward', c: 'records-ward', d: 'records-ward' });
  });
});
