import { checklistProgress, checklistsForLearner, type ChecklistProgress } from '@preceptor/shared/learning/checklistProgress.ts';
import { checklistItemStatement, profileChangeStatement } from '@preceptor/shared/learning/learnerStatements.ts';
import { orderForAttempt, scoreQuiz, type QuizResult } from '@preceptor/shared/learning/quizScoring.ts';
import { quizStatements } from '@preceptor/shared/learning/quizStatements.ts';
import type { QuizSubmission } from '@preceptor/shared/learning/quizAnswerMessage.ts';
import { VERB, quizActivityId } from '@preceptor/shared/xapi/vocabulary.ts';
import type { LearnerProfile } from '@preceptor/shared/schema/learnerProfile.ts';
import { verifyMentorCode } from '@preceptor/shared/learning/mentorCodes.ts';
import { afterRightAttempt, afterWrongAttempt, signOffGate } from '@preceptor/shared/learning/signOffLockout.ts';
import { installedOutlines, installedPacks } from '../packs/installedPacks.ts';
import { mentorSignOffAttempts, saveSignOffAttempts } from './signOffAttempts.ts';
import type { ChecklistSummary, QuizStatus } from './protocol.ts';
import { ensureLearnerProfile, statementLearner } from '../progress/learnerProfile.ts';
import { allLearnerStatements, recordStatements } from '../progress/progressLog.ts';
import { oneAtATime } from '../storage/oneAtATime.ts';
import { registrationForRun } from '../progress/lmsLink.ts';

/** The learner's checklists with ticks derived from the log (never stored). */
export async function myChecklists(): Promise<ChecklistProgress[]> {
  const [packs, profile] = await Promise.all([installedOutlines(), ensureLearnerProfile()]);
  const statements = await allLearnerStatements();
  return checklistsForLearner(packs, profile.role, profile.department).map(({ pack, checklist }) =>
    checklistProgress(pack, checklist, statements, profile.learnerId, new Date()),
  );
}

/** The compact form the in-page checklist panel shows. */
export async function checklistSummaries(): Promise<ChecklistSummary[]> {
  const packs = await installedOutlines();
  return (await myChecklists()).map((progress) => {
    const pack = packs.find((p) => p.id === progress.packId);
    const next = progress.next?.item;
    const title = (() => {
      if (!next) return undefined;
      if (next.kind === 'tour') return pack?.tours.find((t) => t.id === next.tourId)?.title;
      if (next.kind === 'quiz') return pack?.quizzes.find((q) => q.id === next.quizId)?.title;
      if (next.kind === 'lesson') return next.lesson.title;
      return next.title;
    })();
    return {
      checklistId: progress.checklist.id,
      title: progress.checklist.title,
      requiredDone: progress.requiredDone,
      requiredTotal: progress.requiredTotal,
      ...(next && title
        ? { next: { itemId: next.id, kind: next.kind, title, packId: progress.packId, ...(next.kind === 'tour' ? { tourId: next.tourId } : {}) } }
        : {}),
    };
  });
}


export async function quizStatus(packId: string, quizId: string): Promise<QuizStatus | null> {
  const pack = (await installedPacks.getValue()).find((p) => p.id === packId);
  const quiz = pack?.quizzes.find((q) => q.id === quizId);
  if (!pack || !quiz) return null;
  const { learnerId } = await ensureLearnerProfile();
  const id = quizActivityId(packId, quizId);
  const verdicts = (await allLearnerStatements()).filter(
    (s) => s.actor.account.name === learnerId && s.object.id === id && (s.verb.id === VERB.passed || s.verb.id === VERB.failed),
  );
  return { attemptsUsed: verdicts.length, attemptsLimit: quiz.attemptsLimit ?? null, passed: verdicts.some((s) => s.verb.id === VERB.passed) };
}

/** Grade a submission here, not in the page that sent it, and log answered + passed/failed. */
export async function submitQuiz(submission: QuizSubmission): Promise<{ result: QuizResult; attempt: number } | { refused: 'unknown-quiz' | 'no-attempts-left' }> {
  const pack = (await installedPacks.getValue()).find((p) => p.id === submission.packId);
  const quiz = pack?.quizzes.find((q) => q.id === submission.quizId);
  const status = await quizStatus(submission.packId, submission.quizId);
  if (!pack || !quiz || !status) return { refused: 'unknown-quiz' };
  if (status.attemptsLimit !== null && status.attemptsUsed >= status.attemptsLimit) return { refused: 'no-attempts-left' };
  const result = scoreQuiz(quiz, submission.answers);
  const attempt = status.attemptsUsed + 1;
  const statements = quizStatements(
    { pack, quiz, learner: await statementLearner(), registration: await registrationForRun(Date.parse(submission.startedAt)), attempt, seed: submission.seed },
    orderForAttempt(quiz, submission.seed),
    submission.answers,
    result,
    { startedAt: new Date(submission.startedAt), finishedAt: new Date() },
    () => crypto.randomUUID(),
  );
  await recordStatements(statements);
  return { result, attempt };
}

export type TickOutcome = 'ok' | 'unknown-item' | 'wrong-code' | 'locked' | 'no-mentors';

/** Sign-off checks run one at a time, so parallel tries cannot slip past the attempt count. */
const oneSignOffAtATime = oneAtATime();

/**
 * Tick a reading item, or a mentor's sign-off: the staff number must be on the pack's mentor list
 * and the code must match that mentor's salted PBKDF2 hash. Wrong attempts are counted per pack in
 * storage; the sixth in a row locks sign-off for ten minutes. A pack with only the old unsalted
 * hashes (installed before issue 12) has no mentor list and cannot sign off.
 */
export async function tickChecklistItem(
  packId: string,
  checklistId: string,
  itemId: string,
  mentor?: { staffNumber: string; code: string },
): Promise<TickOutcome> {
  const pack = (await installedPacks.getValue()).find((p) => p.id === packId);
  const checklist = pack?.checklists.find((c) => c.id === checklistId);
  const item = checklist?.items.find((i) => i.id === itemId);
  if (!pack || !checklist || !item) return 'unknown-item';
  const learner = await statementLearner();
  if (item.kind === 'read' && !mentor) {
    await recordStatements([checklistItemStatement('experienced', pack, checklist, item, learner, new Date(), () => crypto.randomUUID())]);
    return 'ok';
  }
  if (item.kind !== 'sign-off' || !mentor) return 'unknown-item';
  const signOff = pack.mentorSignOff;
  if (!signOff || signOff.mentors.length === 0) return 'no-mentors';
  return oneSignOffAtATime(async () => {
    const attempts = await mentorSignOffAttempts.getValue();
    if (signOffGate(attempts[packId], Date.now()).locked) return 'locked';
    // counted before the check: a worker stopped halfway through still counts the try
    const counted = afterWrongAttempt(attempts[packId], Date.now());
    await saveSignOffAttempts(packId, counted);
    const signer = await verifyMentorCode(signOff, mentor.staffNumber, mentor.code);
    if (!signer) return signOffGate(counted, Date.now()).locked ? 'locked' : 'wrong-code';
    await saveSignOffAttempts(packId, afterRightAttempt());
    const mentorId = { homePage: learner.homePage, staffNumber: signer.staffNumber };
    await recordStatements([checklistItemStatement('signed-off', pack, checklist, item, learner, new Date(), () => crypto.randomUUID(), mentorId)]);
    return 'ok';
  });
}

/** Role, department and language changes are logged; names and staff numbers only as "changed". */
export async function logProfileChange(before: LearnerProfile | null, after: LearnerProfile | null): Promise<void> {
  if (!before || !after || before.learnerId !== after.learnerId) return;
  const fields = ['role', 'department', 'language', 'displayName', 'staffNumber'] as const;
  const changed = fields.filter((f) => (before[f] ?? '') !== (after[f] ?? ''));
  if (changed.length === 0) return;
  await recordStatements([profileChangeStatement(await statementLearner(), [...changed], new Date(), () => crypto.randomUUID())]);
}
