import { lessonTickOutcome, lessonTickStatement } from '@preceptor/shared/learning/microLesson.ts';
import { installedPacks } from '../packs/installedPacks.ts';
import { statementLearner } from '../progress/learnerProfile.ts';
import { recordStatements } from '../progress/progressLog.ts';
import type { LessonProgress, RecordLessonReply } from './protocol.ts';

/**
 * A micro-lesson's tick (issue 16 item 6), written through the one writer of the learner's record.
 * The background looks the lesson up in the installed pack and decides from it, not from the
 * sender: a video file the lesson page can watch needs "watched" with 90 % played; any other link
 * is ticked when the popup opened it.
 */
export async function recordLesson(progress: LessonProgress): Promise<RecordLessonReply> {
  const pack = (await installedPacks.getValue()).find((p) => p.id === progress.packId);
  const checklist = pack?.checklists.find((c) => c.id === progress.checklistId);
  const item = checklist?.items.find((i) => i.id === progress.itemId);
  if (!pack || !checklist || item?.kind !== 'lesson') return 'unknown-item';
  const outcome = lessonTickOutcome(item.lesson, progress.report);
  if (outcome === 'not-yet') return 'not-yet';
  await recordStatements([lessonTickStatement(outcome, pack, checklist, item, await statementLearner(), new Date(), () => crypto.randomUUID())]);
  return 'ticked';
}
