// Which LMS launched this page, if any. The SCORM 1.2 branch is the SCORM half's (issue 18);
// this file's cmi5 branch is the cmi5 half's: a page with cmi5 launch parameters is an AU.
import { cmi5SessionFromLocation } from './cmi5Session.ts';
import type { LmsSession } from './lmsSession.ts';

/** The page's LMS session, or undefined outside an LMS; throws a Cmi5Error on a broken cmi5 launch link. */
export function detectLmsSession(location: Pick<Location, 'search'> = globalThis.location): LmsSession | undefined {
  const cmi5 = cmi5SessionFromLocation(location.search);
  if (cmi5) return cmi5;
  return undefined;
}
