// Which LMS launched this page, if any. cmi5 announces itself in the launch URL (endpoint, fetch,
// actor, registration, activityId): that branch is checked first. SCORM 1.2 has no launch
// parameters: the SCO looks for the LMS's `API` object up its window chain.

import type { LmsSession } from './lmsSession.ts';
import { createScorm12Session, findScormApi } from './scorm12Session.ts';

export function detectLmsSession(win: Window = window): LmsSession | null {
  // cmi5: added by the cmi5 half (issue 18), e.g. `if (isCmi5Launch(win.location)) return createCmi5Session(...)`
  const api = findScormApi(win);
  if (api) return createScorm12Session(api);
  return null;
}
