import { answerPatientData, PROBLEM_ANSWER_MAX } from '@preceptor/shared/trainer/problemAnswers.ts';
import type { ProblemHandling, ProblemStatusValue } from '@preceptor/shared/trainer/problemList.ts';
import type { TrainerDb } from './trainerDb.ts';

/**
 * The one writer of the trainer's handling of pilot problems (试运行问题清单): per page and
 * category, the status (new / answered / fixed), who owns it and the answer. The learners'
 * reports themselves stay as imported; this is the trainer's own data beside them.
 */

export const OWNER_MAX = 80;
export const ANSWER_MAX = PROBLEM_ANSWER_MAX;

export async function readProblemHandling(db: TrainerDb): Promise<ProblemHandling[]> {
  return db.problemHandling.toArray();
}

export interface HandlingChange {
  status?: ProblemStatusValue;
  owner?: string;
  answer?: string;
  /** publish the answer as help for the group's page (it goes to the editor in the suggestions file) */
  publish?: boolean;
}

/**
 * Change one group's handling in one transaction. The first move to answered or fixed stamps the
 * response time (the same-day measure); moving back to new keeps it, so the first response is never lost.
 * An answer marked for publishing leaves the dashboard: one that holds patient data (or none at all)
 * is refused, and nothing is written.
 */
export async function updateProblemHandling(db: TrainerDb, key: string, change: HandlingChange, now = Date.now()): Promise<ProblemHandling> {
  if (!key) throw new Error('a problem group needs its key');
  return db.transaction('rw', db.problemHandling, async () => {
    const before = await db.problemHandling.get(key);
    const next: ProblemHandling = {
      key,
      status: change.status ?? before?.status ?? 'new',
      owner: (change.owner ?? before?.owner ?? '').trim().slice(0, OWNER_MAX),
      answer: (change.answer ?? before?.answer ?? '').trim().slice(0, ANSWER_MAX),
      updatedAt: now,
    };
    const publish = change.publish ?? before?.publish ?? false;
    if (publish) {
      if (!next.answer) throw new Error('an answer published as page help needs its text');
      const data = answerPatientData(next.answer);
      if (data) throw new Error(`the answer looks like patient data (${data.kind}): it cannot be published`);
      next.publish = true;
    }
    const respondedAt = before?.respondedAt ?? (next.status !== 'new' ? now : undefined);
    if (respondedAt !== undefined) next.respondedAt = respondedAt;
    await db.problemHandling.put(next);
    return next;
  });
}
