import { defineStoredItem } from '../storage/storedItem.ts';
import type { ReadOnlyItem } from '../storage/readOnlyItem.ts';
import { LmsRegistration, type LmsLink } from './protocol.ts';

/**
 * The learner's link to an LMS course: while set, every tour run and quiz attempt that starts
 * reports under the LMS's cmi5 registration instead of a fresh one, so the course's launcher AU
 * finds it in the LRS (docs/lms.cmi5.md). Written only here, from the background, on a popup
 * message (progress/protocol.ts): no content script or web page can set or read it by message.
 */
const item = defineStoredItem<LmsLink | null>('local:lmsLink', { fallback: null, version: 1 });
export const lmsLink: ReadOnlyItem<LmsLink | null> = item;

export async function linkLmsCourse(registration: string, now: Date = new Date()): Promise<LmsLink> {
  const link: LmsLink = { registration: LmsRegistration.parse(registration), linkedAt: now.toISOString() };
  await item.setValue(link);
  return link;
}

export async function unlinkLmsCourse(): Promise<null> {
  await item.setValue(null);
  return null;
}

/**
 * The xAPI registration for a tour run or quiz attempt that started at `startedAt` (ms): the
 * linked LMS registration when the link was made before it started, otherwise a fresh one.
 */
export async function registrationForRun(startedAt: number): Promise<string> {
  const link = await item.getValue();
  if (link && LmsRegistration.safeParse(link.registration).success && Date.parse(link.linkedAt) <= startedAt) return link.registration;
  return crypto.randomUUID();
}
