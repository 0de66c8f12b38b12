import { defineStoredItem } from '../storage/storedItem.ts';
import type { SignOffAttempts } from '@preceptor/shared/learning/signOffLockout.ts';
import type { ReadOnlyItem } from '../storage/readOnlyItem.ts';

// The mentor sign-off attempt counts' one owner: saveSignOffAttempts is the only writer
// (called by learningRecords.ts inside its one-at-a-time queue).

const item = defineStoredItem<Record<string, SignOffAttempts>>('local:mentorSignOffAttempts', { fallback: {}, version: 1 });

/**
 * Wrong mentor-code attempts per pack id (shared/src/learning/signOffLockout.ts): in storage, not
 * memory, so stopping the service worker does not reset the count or the lock.
 */
export const mentorSignOffAttempts: ReadOnlyItem<Record<string, SignOffAttempts>> = item;

export async function saveSignOffAttempts(packId: string, attempts: SignOffAttempts): Promise<void> {
  await item.setValue({ ...(await item.getValue()), [packId]: attempts });
}
