// Where each course item starts inside a package (SCORM 1.2 and cmi5 alike): a scenario in the
// sandbox's LMS build, a quiz or tour on a launcher page of its own (both run on the live EMR
// with the extension, not inside an LMS frame).

import type { LmsCourseItem } from './lmsCourse.ts';

/** The folder of the package that holds the sandbox's LMS build (sandbox/dist-lms). */
export const LMS_SANDBOX_DIR = 'sandbox';
/** The sandbox LMS build's entry page. */
export const LMS_SANDBOX_ENTRY = 'lms.html';
/** The query parameter the LMS page reads for the scenario to start. */
export const LMS_SCENARIO_QUERY = 'scenario';
/** The folder of the launcher pages. */
export const LMS_LAUNCHER_DIR = 'launch';

/** A file-name-safe form of an id (ContentId allows only [a-z0-9._-], but packs may be old). */
export function safeName(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]/g, '-');
}

/** The launcher page's path of a quiz or tour. */
export function launcherPath(item: LmsCourseItem): string {
  return `${LMS_LAUNCHER_DIR}/${item.kind}-${safeName(item.packId ?? 'pack')}-${safeName(item.contentId)}.html`;
}

/** The package-relative URL the LMS opens for `item` (may carry a query). */
export function launchHref(item: LmsCourseItem): string {
  if (item.kind === 'scenario') return `${LMS_SANDBOX_DIR}/${LMS_SANDBOX_ENTRY}?${LMS_SCENARIO_QUERY}=${encodeURIComponent(item.contentId)}`;
  return launcherPath(item);
}

/** The file an item's launch URL names (the href without its query). */
export function launchFile(item: LmsCourseItem): string {
  return launchHref(item).split('?')[0]!;
}
