import { defineStoredItem } from '../storage/storedItem.ts';
import type { ReadOnlyItem } from '../storage/readOnlyItem.ts';
import { underItemLock } from '../storage/storedItemLock.ts';

// The one owner of the editor's decisions on learners' suggestions (issue 16): rejections with
// their reason, so a suggestion the mentor turned down is not asked about again when the next
// suggestions file holds it too. (Accepted ones are known by their credit in the pack's draft.)

export interface SuggestionRejection {
  reason: string;
  at: number;
}

export const REJECTION_REASON_MAX = 200;

const item = defineStoredItem<Record<string, SuggestionRejection>>('local:suggestionRejections', { fallback: {}, version: 1 });
const locked = underItemLock('suggestionRejections');
export const suggestionRejections: ReadOnlyItem<Record<string, SuggestionRejection>> = item;

/** Turn a suggestion down with a reason (its statement id is the key). */
export async function rejectSuggestion(suggestionId: string, reason: string): Promise<void> {
  const trimmed = reason.trim().slice(0, REJECTION_REASON_MAX);
  if (!trimmed) throw new Error('a rejection needs a reason');
  await locked(async () => {
    const all = await item.getValue();
    await item.setValue({ ...all, [suggestionId]: { reason: trimmed, at: Date.now() } });
  });
}

/** Take a rejection back (the mentor changed their mind). */
export async function undoRejection(suggestionId: string): Promise<void> {
  await locked(async () => {
    const { [suggestionId]: _dropped, ...rest } = await item.getValue();
    await item.setValue(rest);
  });
}
