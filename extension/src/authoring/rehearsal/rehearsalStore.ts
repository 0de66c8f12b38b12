import { defineStoredItem } from '../../storage/storedItem.ts';
import type { ReadinessReport } from '@preceptor/shared/authoring/rehearsal.ts';
import type { ReadOnlyItem } from '../../storage/readOnlyItem.ts';
import { underItemLock } from '../../storage/storedItemLock.ts';

// The last upgrade rehearsal of each authored pack (by its key), with the mentor's confirmations:
// its one owner. Ids, statuses, figures and labels only (shared/src/authoring/rehearsal.ts).

const item = defineStoredItem<Record<string, ReadinessReport>>('local:rehearsalReports', { fallback: {}, version: 1 });
export const rehearsalReports: ReadOnlyItem<Record<string, ReadinessReport>> = item;
const write = underItemLock('rehearsalReports');

/** Keep a new report for a pack (it replaces the last one). */
export async function saveRehearsalReport(packKey: string, report: ReadinessReport): Promise<void> {
  await write(async () => item.setValue({ ...(await item.getValue()), [packKey]: report }));
}

/** Change a pack's report (a confirmation); nothing happens when there is none. */
export async function changeRehearsalReport(packKey: string, change: (report: ReadinessReport) => ReadinessReport): Promise<void> {
  await write(async () => {
    const all = await item.getValue();
    const report = all[packKey];
    if (report) await item.setValue({ ...all, [packKey]: change(report) });
  });
}
