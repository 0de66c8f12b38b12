import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { itemActivityId } from '@preceptor/shared/lms/cmi5CourseStructure.ts';
import type { QuizAnswer } from '@preceptor/shared/learning/quizScoring.ts';
import type { QuizSubmission } from '@preceptor/shared/learning/quizAnswerMessage.ts';
import type { Quiz } from '@preceptor/shared/schema/learningContent.ts';
import { VERB, quizActivityId, tourActivityId } from '@preceptor/shared/xapi/vocabulary.ts';
import { startLoopbackLrs, type LoopbackLrs } from '../../shared/test/trainer/loopbackLrs.ts';
import { startCmi5Lms, type LoopbackCmi5Lms } from '../../sandbox/test/lms/loopbackCmi5Lms.ts';
import { settlingStatement } from '../../sandbox/src/lms/cmi5Launcher.ts';
import { Cmi5Session, readCmi5Launch } from '../../sandbox/src/lms/cmi5Session.ts';
import { installBundledPacksOnce } from '../src/packs/bundledPacks.ts';
import { installedPacks } from '../src/packs/installedPacks.ts';
import { ensureLearnerProfile, saveLearnerProfile } from '../src/progress/learnerProfile.ts';
import { allLearnerStatements } from '../src/progress/progressLog.ts';
import { linkLmsCourse, lmsLink, registrationForRun, unlinkLmsCourse } from '../src/progress/lmsLink.ts';
import { saveLocalLrs } from '../src/progress/lrs/lrsSettings.ts';
import { lrsRunRetries, sendQueued } from '../src/progress/lrs/lrsSender.ts';
import { applyTourEvent, startTourInTab } from '../src/tours/tourRunner.ts';
import { submitQuiz } from '../src/learning/learningRecords.ts';

// The popup's "link to an LMS course" (issue 18 item 2, docs/lms.cmi5.md): the background's owner
// module and the tour runner / quiz grader against WXT's fakeBrowser and fake-indexeddb; and, end
// to end at node level, what the background logs, sent through its own outbox to the REAL
// `xapi-statements` LRS behind a test cmi5 LMS, is what the launcher AU's completion check finds.
// (Who may send the link messages: messageGate.test.ts.)

const URL_REGISTRATION = 'http://localhost:4173/registration';
const TAB = 11;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function mine() {
  const { learnerId } = await ensureLearnerProfile();
  return (await allLearnerStatements()).filter((s) => s.actor.account.name === learnerId);
}

/** start the demo tour in a tab and play it to the end (the same events the tour runner test uses) */
async function playTour(tabId: number): Promise<string> {
  const started = await startTourInTab(tabId, 'demo-registration', 'registration-basics', URL_REGISTRATION);
  expect(started?.run.status).toBe('running');
  for (const event of [{ type: 'next' }, { type: 'next' }, { type: 'next' }, { type: 'target-clicked', stepId: 'new-patient' }, { type: 'next' }] as const) await applyTourEvent(tabId, event);
  return started!.run.registration;
}

async function demoQuiz(): Promise<Quiz> {
  return (await installedPacks.getValue()).find((p) => p.id === 'demo-registration')!.quizzes[0]!;
}

/** every question answered right, as the quiz page would send it */
function rightAnswers(quiz: Quiz, startedAt: Date): QuizSubmission {
  const answers: Record<string, QuizAnswer> = {};
  for (const q of quiz.questions) {
    if (q.type === 'single-choice') answers[q.id] = { type: q.type, optionId: q.correct };
    if (q.type === 'multiple-choice') answers[q.id] = { type: q.type, optionIds: q.correct };
    if (q.type === 'true-false') answers[q.id] = { type: q.type, value: q.correct };
    if (q.type === 'ordering') answers[q.id] = { type: q.type, itemIds: q.correctOrder };
    if (q.type === 'fill-in') answers[q.id] = { type: q.type, text: q.accepted[0]! };
    if (q.type === 'on-screen') answers[q.id] = { type: q.type, hit: true };
  }
  return { packId: 'demo-registration', quizId: quiz.id, seed: 3, startedAt: startedAt.toISOString(), answers };
}

/** the registrations of this learner's statements about one activity, in log order, without repeats */
async function registrationsOf(activityId: string): Promise<string[]> {
  return [...new Set((await mine()).filter((s) => s.object.id === activityId).map((s) => s.context.registration))];
}

beforeEach(async () => {
  fakeBrowser.reset();
  await installBundledPacksOnce();
  const profile = await ensureLearnerProfile();
  await saveLearnerProfile({ ...profile, role: 'registrar' });
});

describe('the LMS course link (owner module)', () => {
  it('keeps a UUID only, and refuses anything else without touching what is stored', async () => {
    expect(await lmsLink.getValue()).toBeNull();
    const registration = crypto.randomUUID();
    const link = await linkLmsCourse(registration, new Date('2026-12-06T09:00:00Z'));
    expect(link).toEqual({ registration, linkedAt: '2026-12-06T09:00:00.000Z' });
    for (const bad of ['', 'abc', `${registration}\n`, 'https://lrs.example/xAPI/', `${registration};drop`]) await expect(linkLmsCourse(bad), bad).rejects.toThrow();
    expect(await lmsLink.getValue()).toEqual(link);
    expect(await unlinkLmsCourse()).toBeNull();
    expect(await lmsLink.getValue()).toBeNull();
  });

  it('applies to runs started from the moment of linking, not to ones started before', async () => {
    const registration = crypto.randomUUID();
    const linkedAt = new Date('2026-12-06T09:00:00Z');
    await linkLmsCourse(registration, linkedAt);
    expect(await registrationForRun(linkedAt.getTime())).toBe(registration);
    expect(await registrationForRun(linkedAt.getTime() + 60_000)).toBe(registration);
    const before = await registrationForRun(linkedAt.getTime() - 1);
    expect(before).toMatch(UUID);
    expect(before).not.toBe(registration);
  });
});

describe('tours and quizzes while linked', () => {
  it('a tour started while linked logs every statement under the LMS registration; one started after unlinking gets a fresh one', async () => {
    const activity = tourActivityId('demo-registration', 'registration-basics');
    const lms = crypto.randomUUID();
    await linkLmsCourse(lms);
    expect(await playTour(TAB)).toBe(lms);
    const linkedRun = (await mine()).filter((s) => s.context.registration === lms);
    expect(linkedRun.map((s) => s.verb.id)).toContain(VERB.completed);
    expect(linkedRun.every((s) => s.object.id === activity || s.context.contextActivities?.parent?.some((p) => p.id === activity))).toBe(true);

    await unlinkLmsCourse();
    const fresh = await playTour(TAB + 1);
    expect(fresh).toMatch(UUID);
    expect(fresh).not.toBe(lms);
    const again = await playTour(TAB + 2);
    expect(again).not.toBe(fresh); // each run its own, as before the link existed
    expect(await registrationsOf(activity)).toEqual([lms, fresh, again]);
  });

  it('a quiz attempt started while linked is graded under the LMS registration; one started before linking or after unlinking is not', async () => {
    const quiz = await demoQuiz();
    const activity = quizActivityId('demo-registration', quiz.id);
    const verdictRegistrations = async () => (await mine()).filter((s) => s.object.id === activity && (s.verb.id === VERB.passed || s.verb.id === VERB.failed)).map((s) => s.context.registration);

    const startedBefore = new Date(Date.now() - 1000);
    const lms = crypto.randomUUID();
    await linkLmsCourse(lms);
    expect(await submitQuiz(rightAnswers(quiz, startedBefore))).toMatchObject({ attempt: 1, result: { passed: true } });
    expect(await submitQuiz(rightAnswers(quiz, new Date()))).toMatchObject({ attempt: 2 });
    await unlinkLmsCourse();
    expect(await submitQuiz(rightAnswers(quiz, new Date()))).toMatchObject({ attempt: 3 });

    const [first, second, third] = await verdictRegistrations();
    expect(first).toMatch(UUID);
    expect(first).not.toBe(lms); // started before the link
    expect(second).toBe(lms);
    expect(third).toMatch(UUID);
    expect(third).not.toBe(lms);
    // the answered statements of the linked attempt carry it too: the attempt is one registration
    const linked = (await mine()).filter((s) => s.context.registration === lms);
    expect(linked.filter((s) => s.verb.id === VERB.answered)).toHaveLength(quiz.questions.length);
  });
});

describe('the LMS launcher AU finds what the linked extension sent (real LRS, node level)', () => {
  let lrs: LoopbackLrs;
  let lmsServer: LoopbackCmi5Lms;
  beforeAll(async () => {
    lrs = await startLoopbackLrs();
    lmsServer = await startCmi5Lms(lrs.endpoint, tourActivityId('demo-registration', 'registration-basics'));
    lrsRunRetries.maxRetries = 0;
  }, 40_000);
  afterAll(async () => {
    await lmsServer?.stop();
    await lrs?.stop();
  });

  /** the launcher AU page opened from the LMS: one cmi5 session (the fetch URL works once) */
  async function openUnit(search: string): Promise<Cmi5Session> {
    const session = new Cmi5Session(readCmi5Launch(search)!, { tokenStore: null, navigate: () => {}, pageUrl: 'https://lms.hospital.example/au/lms-launcher.html' });
    await session.start();
    return session;
  }
  /** the launcher AU's own check (sandbox/src/lms/cmi5Launcher.ts `check`): its session's registration query, then settlingStatement */
  async function launcherCheck(kind: 'tour' | 'quiz', session: Cmi5Session) {
    const activityId = itemActivityId({ kind, packId: 'demo-registration', contentId: kind === 'tour' ? 'registration-basics' : 'registration-rules' });
    return settlingStatement(kind, activityId, await session.registrationStatements(activityId));
  }

  it('a tour and a quiz done on the EMR while linked complete the LMS units; the same work unlinked does not', async () => {
    const tourUnit = await lmsServer.launch({ moveOn: 'Completed', publisherId: tourActivityId('demo-registration', 'registration-basics') });
    const quizUnit = await lmsServer.launch({ moveOn: 'Passed', masteryScore: 0.8, publisherId: quizActivityId('demo-registration', 'registration-rules') });
    const tourAu = await openUnit(tourUnit.search);
    const quizAu = await openUnit(quizUnit.search);
    // the hospital LRS the extension sends to is the LMS's LRS (with the hospital's own credentials)
    expect(await saveLocalLrs({ endpoint: lrs.endpoint, username: 'hospital', password: 'hospital-secret', token: '' })).toEqual({ saved: true });

    // unlinked work first: under its own registrations, the LMS finds nothing
    await playTour(21);
    const quiz = await demoQuiz();
    await submitQuiz(rightAnswers(quiz, new Date()));
    await vi.waitFor(async () => expect(await sendQueued(true)).toMatchObject({ outcome: 'sent' }), { timeout: 15_000, interval: 200 });
    expect(await launcherCheck('tour', tourAu)).toBeUndefined();
    expect(await launcherCheck('quiz', quizAu)).toBeUndefined();

    // linked to the tour unit's registration (as pasted from its launcher page): tour done
    await linkLmsCourse(tourUnit.registration);
    await playTour(22);
    await vi.waitFor(async () => expect(await sendQueued(true)).toMatchObject({ outcome: 'sent' }), { timeout: 15_000, interval: 200 });
    const found = await launcherCheck('tour', tourAu);
    expect(found).toMatchObject({ verb: 'completed' });
    await tourAu.complete(found!.durationMs);
    const tourAuStatements = (await lmsServer.statements(tourUnit.registration)).filter((s) => (s.object as { id: string }).id === tourUnit.activityId);
    expect(tourAuStatements.map((s) => String((s.verb as { id: string }).id).split('/').pop())).toEqual(['launched', 'initialized', 'completed']);

    // linked to the quiz unit's registration: the graded attempt settles it as passed with its score
    expect(await launcherCheck('quiz', quizAu)).toBeUndefined(); // linked to the other unit: not this one's
    await linkLmsCourse(quizUnit.registration);
    await submitQuiz(rightAnswers(quiz, new Date()));
    await vi.waitFor(async () => expect(await sendQueued(true)).toMatchObject({ outcome: 'sent' }), { timeout: 15_000, interval: 200 });
    expect(await launcherCheck('quiz', quizAu)).toMatchObject({ verb: 'passed', scaled: 1 });
  });
});
