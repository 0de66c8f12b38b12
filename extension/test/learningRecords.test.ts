import { storage } from 'wxt/utils/storage';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import { SIGN_OFF_FREE_ATTEMPTS } from '@preceptor/shared/learning/signOffLockout.ts';
import { VERB } from '@preceptor/shared/xapi/vocabulary.ts';
import type { QuizSubmission } from '@preceptor/shared/learning/quizAnswerMessage.ts';
import wardPack from '../../tests/fixtures/packs/ward-orders.pack.json';
import { ensureLearnerProfile } from '../src/progress/learnerProfile.ts';
import { quizStatus, submitQuiz, tickChecklistItem } from '../src/learning/learningRecords.ts';
import { allLearnerStatements } from '../src/progress/progressLog.ts';
import { mentorSignOffAttempts } from '../src/learning/signOffAttempts.ts';

// The background's learning handlers against WXT's fakeBrowser (in-memory chrome.storage) and
// fake-indexeddb: the background grades and counts, whatever the page that sent the message claims.

const pack = ContentPack.parse(wardPack);
const quiz = pack.quizzes[0]!;
const PACK = pack.id;

/** Every question answered right (`right`) or the KCl one wrong; the background grades it. */
function submission(right: boolean): QuizSubmission {
  return {
    packId: PACK,
    quizId: quiz.id,
    seed: 7,
    startedAt: new Date(Date.now() - 60_000).toISOString(),
    answers: {
      kcl: { type: 'single-choice', optionId: right ? 'never' : 'slowly' },
      verify: { type: 'true-false', value: true },
      temp: { type: 'fill-in', text: right ? '37.2' : '38' },
      'where-allergy': { type: 'on-screen', hit: right },
    },
  };
}

/** this test's learner's statements (fake-indexeddb keeps the log between tests; each test has a new learner) */
async function mine() {
  const { learnerId } = await ensureLearnerProfile();
  return (await allLearnerStatements()).filter((s) => s.actor.account.name === learnerId);
}
const verdicts = async () => (await mine()).filter((s) => s.verb.id === VERB.passed || s.verb.id === VERB.failed);

describe('learning records in the background', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await ensureLearnerProfile();
    await storage.setItem('local:installedPacks', [pack]);
  });

  it('grades a quiz itself, counts attempts from the log and refuses one past the limit', async () => {
    expect(quiz.attemptsLimit).toBe(3);
    for (let n = 1; n <= 3; n++) {
      const answer = await submitQuiz(submission(false));
      expect(answer).toMatchObject({ attempt: n, result: { passed: false } });
    }
    expect(await quizStatus(PACK, quiz.id)).toEqual({ attemptsUsed: 3, attemptsLimit: 3, passed: false });
    // a right answer after the limit is refused and logs nothing
    expect(await submitQuiz(submission(true))).toEqual({ refused: 'no-attempts-left' });
    expect((await verdicts()).map((s) => s.verb.id)).toEqual([VERB.failed, VERB.failed, VERB.failed]);
    expect(await submitQuiz({ ...submission(true), quizId: 'no-such-quiz' })).toEqual({ refused: 'unknown-quiz' });
  });

  it('passes a right submission, with one answered statement per question', async () => {
    const answer = await submitQuiz(submission(true));
    expect(answer).toMatchObject({ attempt: 1, result: { passed: true } });
    const log = await mine();
    expect(log.filter((s) => s.verb.id === VERB.answered)).toHaveLength(quiz.questions.length);
    expect((await quizStatus(PACK, quiz.id))?.passed).toBe(true);
  });

  it('ticks a reading item without a code; a sign-off item never without one', async () => {
    expect(await tickChecklistItem(PACK, 'ward-nurse', 'tip')).toBe('ok');
    expect(await tickChecklistItem(PACK, 'ward-nurse', 'mentor')).toBe('unknown-item');
    expect(await tickChecklistItem(PACK, 'ward-nurse', 'no-such-item', { staffNumber: 'M0042', code: 'ward2468' })).toBe('unknown-item');
    const log = await mine();
    expect(log.map((s) => s.verb.id)).toEqual([VERB.experienced]);
  });

  it('mentor sign-off: a wrong code is counted, a locked pack refuses even the right code, the right code signs with the mentor as instructor', async () => {
    expect(await tickChecklistItem(PACK, 'ward-nurse', 'mentor', { staffNumber: 'M0042', code: 'ward1111' })).toBe('wrong-code');
    expect((await mentorSignOffAttempts.getValue())[PACK]?.failures).toBe(1);

    // locked (as after the sixth wrong try): refused before any code is checked
    await storage.setItem('local:mentorSignOffAttempts', { [PACK]: { failures: 0, lockedAt: Date.now(), lockedUntil: Date.now() + 60_000 } });
    expect(await tickChecklistItem(PACK, 'ward-nurse', 'mentor', { staffNumber: 'M0042', code: 'ward2468' })).toBe('locked');
    expect((await mine()).some((s) => s.verb.id === VERB['signed-off'])).toBe(false);

    await storage.setItem('local:mentorSignOffAttempts', {});
    expect(await tickChecklistItem(PACK, 'ward-nurse', 'mentor', { staffNumber: 'M0042', code: 'ward2468' })).toBe('ok');
    expect((await mentorSignOffAttempts.getValue())[PACK]?.failures ?? 0).toBe(0);
    const signed = (await mine()).find((s) => s.verb.id === VERB['signed-off']);
    expect(signed?.context.instructor?.account.name).toBe('M0042');
    expect(JSON.stringify(await mine())).not.toContain('ward2468');
    expect(SIGN_OFF_FREE_ATTEMPTS).toBe(5);
  });

  it('a pack without a mentor list cannot sign off', async () => {
    await storage.setItem('local:installedPacks', [{ ...pack, mentorSignOff: undefined }]);
    expect(await tickChecklistItem(PACK, 'ward-nurse', 'mentor', { staffNumber: 'M0042', code: 'ward2468' })).toBe('no-mentors');
  });
});
