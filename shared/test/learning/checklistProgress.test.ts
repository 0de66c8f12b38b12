import validateStatement from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { checklistProgress, checklistsForLearner } from '../../src/learning/checklistProgress.ts';
import { checklistItemStatement } from '../../src/learning/learnerStatements.ts';
import { VERB, quizActivityId, scenarioActivityId, tourActivityId } from '../../src/xapi/vocabulary.ts';
import type { XapiStatement } from '../../src/record/xapiStatement.ts';
import { parsePackValue } from '../../src/schema/packImport.ts';
import { learningPack, learningPackInput } from './fixtures.ts';

const me = 'learner-me';
const checklist = learningPack.checklists[0]!;
let n = 0;
function st(verb: string, objectId: string, timestamp: string, actor = me, id = `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`): XapiStatement {
  return {
    id,
    actor: { objectType: 'Agent', account: { homePage: 'https://h', name: actor } },
    verb: { id: verb, display: {} },
    object: { objectType: 'Activity', id: objectId, definition: { type: 'x', name: {} } },
    context: { registration: 'r', platform: 'Preceptor', language: 'en' },
    timestamp,
  };
}
const tour = tourActivityId(learningPack.id, 'registration-basics');
const quiz = quizActivityId(learningPack.id, 'registration-rules');

describe('checklist derivation from the statement log', () => {
  it('picks checklists by role and department', () => {
    expect(checklistsForLearner([learningPack], 'registrar', undefined)).toHaveLength(1);
    expect(checklistsForLearner([learningPack], 'nurse', undefined)).toHaveLength(0);
    expect(checklistsForLearner([learningPack], undefined, undefined)).toHaveLength(0);
  });

  it('ticks from any order, ignores duplicates and other learners, keeps the earliest time', () => {
    const log = [
      st(VERB.passed, quiz, '2026-11-20T10:00:00Z'),
      st(VERB.completed, tour, '2026-11-21T09:00:00Z'),
      st(VERB.completed, tour, '2026-11-19T09:00:00Z'),
      st(VERB.failed, quiz, '2026-11-18T10:00:00Z'),
      st(VERB.completed, tour, '2026-11-18T09:00:00Z', 'someone-else'),
      st(VERB.launched, scenarioActivityId('duplicate-wang-wei'), '2026-11-18T09:00:00Z'),
    ];
    const dup = log[1]!;
    const progress = checklistProgress(learningPack, checklist, [...log, dup, dup], me, new Date('2026-11-22T00:00:00Z'));
    const byId = Object.fromEntries(progress.items.map((p) => [p.item.id, p]));
    expect(byId.tour).toMatchObject({ done: true, doneAt: '2026-11-19T09:00:00Z', due: '2026-11-24' });
    expect(byId.quiz).toMatchObject({ done: true, due: '2026-11-28' });
    expect(byId.drill!.done).toBe(false); // launched is not passed
    expect(progress).toMatchObject({ requiredDone: 2, requiredTotal: 4, complete: false });
    expect(progress.next!.item.id).toBe('tip');
  });

  it('marks overdue items after their due date, and completes when every required item is done', () => {
    const late = checklistProgress(learningPack, checklist, [], me, new Date('2026-11-25T12:00:00Z'));
    expect(late.items.filter((p) => p.overdue).map((p) => p.item.id)).toEqual(['tour']);
    const learner = { learnerId: me, homePage: 'https://h', language: 'en' as const };
    const read = checklistItemStatement('experienced', learningPack, checklist, checklist.items[3]!, learner, new Date(), () => crypto.randomUUID());
    const signed = checklistItemStatement('signed-off', learningPack, checklist, checklist.items[4]!, learner, new Date(), () => crypto.randomUUID(), { homePage: 'https://h', staffNumber: 'M0042' });
    expect(validateStatement(signed)).toEqual([]);
    expect(signed.context.instructor!.account.name).toBe('M0042');
    const done = checklistProgress(learningPack, checklist, [st(VERB.completed, tour, '2026-11-19T00:00:00Z'), st(VERB.passed, quiz, '2026-11-19T00:00:00Z'), read, signed], me, new Date());
    expect(done.complete).toBe(true);
    expect(done.next!.item.id).toBe('drill'); // the optional item is still open
  });
});

describe('pack cross-reference validation', () => {
  it('names the path of a wrong answer key, a missing tour or quiz, a duplicate id, a sign-off without codes', () => {
    const pack = learningPackInput();
    pack.quizzes[0].questions[0].correct = 'maybe';
    pack.quizzes[0].questions[1].correct = ['employee', 'nobody'];
    pack.quizzes[0].questions[3].correctOrder = ['search', 'search', 'register'];
    pack.quizzes[0].questions[4].id = 'dup';
    pack.checklists[0].items[0].tourId = 'no-such-tour';
    pack.checklists[0].items[1].quizId = 'no-such-quiz';
    pack.checklists[0].items[3].tipId = 'no-such-tip';
    delete pack.mentorSignOff;
    const result = parsePackValue('learning.json', pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        'quizzes[0].questions[0].correct',
        'quizzes[0].questions[1].correct[1]',
        'quizzes[0].questions[3].correctOrder',
        'quizzes[0].questions[4].id',
        'checklists[0].items[0].tourId',
        'checklists[0].items[1].quizId',
        'checklists[0].items[3].tipId',
        'checklists[0]',
      ]),
    );
  });

  it('refuses a sign-off pack that has only the old unsalted code hashes, telling the mentor to set the codes again', () => {
    const pack = learningPackInput();
    delete pack.mentorSignOff;
    pack.mentorCodeHashes = ['a1fb4e703a9ef1fa4936801721ff285a97ac85330856674412e054892afe6972'];
    const result = parsePackValue('old.json', pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.path === 'mentorCodeHashes');
    expect(problem?.message).toMatch(/unsalted.*editor.*set their codes again/);
  });

  it('still reads an old pack without sign-offs that carries old hashes (they are ignored)', () => {
    const pack = learningPackInput();
    delete pack.mentorSignOff;
    pack.checklists[0].items = pack.checklists[0].items.filter((i: { kind: string }) => i.kind !== 'sign-off');
    pack.mentorCodeHashes = ['a1fb4e703a9ef1fa4936801721ff285a97ac85330856674412e054892afe6972'];
    expect(parsePackValue('old.json', pack).ok).toBe(true);
  });

  it('checks the mentors: a known role, a valid staff number', () => {
    const pack = learningPackInput();
    pack.mentorSignOff.mentors = [{ staffNumber: 'M 42', role: 'astronaut', codeHash: 'a'.repeat(64) }];
    const result = parsePackValue('mentors.json', pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['mentorSignOff.mentors[0].staffNumber', 'mentorSignOff.mentors[0].role']));
  });

  it('takes reading links over http(s) only, naming the field', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'chrome://settings', 'ftp://intranet/manual.pdf', 'manual.html']) {
      const pack = learningPackInput();
      pack.checklists[0].items[3] = { id: 'manual', kind: 'read', title: { 'zh-CN': '手册', en: 'Manual' }, url };
      const result = parsePackValue('links.json', pack);
      expect(result.ok, url).toBe(false);
      if (result.ok) continue;
      const problem = result.problems.find((p) => p.path === 'checklists[0].items[3].url');
      expect(problem?.message, url).toMatch(/http:\/\/ or https:\/\//);
    }
    const pack = learningPackInput();
    pack.checklists[0].items[3] = { id: 'manual', kind: 'read', title: { 'zh-CN': '手册', en: 'Manual' }, url: 'https://intranet.hospital.example/manual/v1.0#orders' };
    expect(parsePackValue('links.json', pack).ok).toBe(true);
  });
});
