import type { ContentPack } from '../schema/contentPack.ts';
import type { Checklist, ChecklistItem } from '../schema/learningContent.ts';
import { VERB, checklistItemActivityId, quizActivityId, scenarioActivityId, tourActivityId } from '../xapi/vocabulary.ts';
import type { XapiStatement } from '../record/xapiStatement.ts';

export interface ChecklistItemProgress {
  item: ChecklistItem;
  /** the activity whose statement ticks this item */
  activityId: string;
  done: boolean;
  /** earliest time it was done */
  doneAt?: string;
  /** YYYY-MM-DD, from the pack's go-live date and the item's dueDays */
  due?: string;
  overdue: boolean;
}

export interface ChecklistProgress {
  packId: string;
  checklist: Checklist;
  items: ChecklistItemProgress[];
  requiredDone: number;
  requiredTotal: number;
  /** the first item (in order) not done yet, required ones first */
  next?: ChecklistItemProgress;
  complete: boolean;
}

/** The checklists for a learner's role, and department where a checklist names one. */
export function checklistsForLearner<P extends Pick<ContentPack, 'checklists'>>(packs: readonly P[], role: string | undefined, department: string | undefined): { pack: P; checklist: Checklist }[] {
  if (!role) return [];
  return packs.flatMap((pack) =>
    pack.checklists
      .filter((c) => c.role === role && (c.department === undefined || c.department === department))
      .map((checklist) => ({ pack, checklist })),
  );
}

/** Which statement ticks an item: the verb and the activity. */
export function itemEvidence(packId: string, checklistId: string, item: ChecklistItem): { verb: string; activityId: string } {
  switch (item.kind) {
    case 'tour':
      return { verb: VERB.completed, activityId: tourActivityId(packId, item.tourId) };
    case 'quiz':
      return { verb: VERB.passed, activityId: quizActivityId(packId, item.quizId) };
    case 'scenario':
      return { verb: VERB.passed, activityId: scenarioActivityId(item.scenarioId) };
    case 'read':
    case 'lesson':
      return { verb: VERB.experienced, activityId: checklistItemActivityId(packId, checklistId, item.id) };
    case 'sign-off':
      return { verb: VERB['signed-off'], activityId: checklistItemActivityId(packId, checklistId, item.id) };
  }
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Ticks are derived from the statement log, never stored: any order, duplicates and other
 * learners' statements are fine; the earliest qualifying statement counts.
 */
export function checklistProgress(pack: Pick<ContentPack, 'id' | 'goLiveDate'>, checklist: Checklist, statements: readonly XapiStatement[], learnerId: string, today: Date): ChecklistProgress {
  const earliest = new Map<string, string>();
  const seen = new Set<string>();
  for (const s of statements) {
    if (seen.has(s.id) || s.actor.account.name !== learnerId) continue;
    seen.add(s.id);
    const key = `${s.verb.id} ${s.object.id}`;
    const before = earliest.get(key);
    if (before === undefined || s.timestamp < before) earliest.set(key, s.timestamp);
  }
  const todayIso = today.toISOString().slice(0, 10);
  const items = checklist.items.map((item): ChecklistItemProgress => {
    const { verb, activityId } = itemEvidence(pack.id, checklist.id, item);
    const doneAt = earliest.get(`${verb} ${activityId}`);
    const due = pack.goLiveDate !== undefined && item.dueDays !== undefined ? addDays(pack.goLiveDate, item.dueDays) : undefined;
    return {
      item,
      activityId,
      done: doneAt !== undefined,
      ...(doneAt ? { doneAt } : {}),
      ...(due ? { due } : {}),
      overdue: doneAt === undefined && due !== undefined && todayIso > due,
    };
  });
  const required = items.filter((p) => p.item.required);
  const requiredDone = required.filter((p) => p.done).length;
  const next = required.find((p) => !p.done) ?? items.find((p) => !p.done);
  return {
    packId: pack.id,
    checklist,
    items,
    requiredDone,
    requiredTotal: required.length,
    ...(next ? { next } : {}),
    complete: requiredDone === required.length,
  };
}
