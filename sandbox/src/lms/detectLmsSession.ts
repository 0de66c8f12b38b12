// Which LMS launched this page, if any. cmi5 announces itself in the launch URL (endpoint, fetch,
// actor, registration, activityId): that branch is checked first. SCORM 1.2 has no launch
// parameters: the SCO looks for the LMS's `API` object up its window chain.

import { cmi5SessionFromLocation } from './cmi5Session.ts';
import type { LmsSession } from './lmsSession.ts';
import { createScorm12Session, findScormApi } from './scorm12Session.ts';

/** Throws a Cmi5Error (zh-CN and en, naming the parameter) when a cmi5 launch link is broken. */
export function detectLmsSession(win: Window = window): LmsSession | null {
  const cmi5 = cmi5SessionFromLocation(win.location.search);
  if (cmi5) return cmi5;
  const api = findScormApi(win);
  if (api) return createScorm12Session(api);
  return null;
}
