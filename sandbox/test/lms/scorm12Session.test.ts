// The SCORM 1.2 session against scorm-again's real SCORM 1.2 runtime (in Node), and findAPI over
// hostile window chains.

import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { FIND_API_MAX_HOPS, SCORM12_SUSPEND_DATA_MAX, Scorm12Error, createScorm12Session, findScormApi, scorm12Timespan, type Scorm12Api } from '../../src/lms/scorm12Session.ts';

function runtime(cmi?: Record<string, unknown>): Scorm12API {
  const api = new Scorm12API({ logLevel: 5, autocommit: false });
  if (cmi) api.loadFromJSON(cmi);
  return api;
}
const asApi = (a: Scorm12API) => a as unknown as Scorm12Api;
/** The runtime's CMI data as the LMS would store it (write-only elements such as exit included). */
type Cmi = { core: { lesson_status: string; exit: string; session_time: string; score: { raw: string; min: string; max: string } }; suspend_data: string };
const cmiOf = (a: Scorm12API): Cmi => JSON.parse(JSON.stringify(a.cmi)) as Cmi;
function clock(): { now: () => number; advance: (ms: number) => void } {
  let t = 1_000_000;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

describe('session_time (CMITimespan HHHH:MM:SS.SS)', () => {
  it.each([
    [0, '0000:00:00.00'],
    [1_234, '0000:00:01.23'],
    [62_505, '0000:01:02.51'],
    [3 * 3600_000 + 4 * 60_000 + 5_060, '0003:04:05.06'],
    [10_000 * 3600_000, '9999:59:59.99'],
    [-5, '0000:00:00.00'],
    [Number.NaN, '0000:00:00.00'],
  ])('%d ms → %s', (ms, text) => {
    expect(scorm12Timespan(ms)).toBe(text);
    expect(text).toMatch(/^\d{4}:[0-5]\d:[0-5]\d\.\d{2}$/);
  });
  it('is accepted by a SCORM 1.2 runtime', () => {
    const lms = runtime();
    lms.LMSInitialize('');
    expect(lms.LMSSetValue('cmi.core.session_time', scorm12Timespan(3 * 3600_000 + 4 * 60_000 + 5_060))).toBe('true');
  });
});

describe('the SCORM 1.2 session on scorm-again', () => {
  it('passed: score raw/min/max, lesson_status, session_time, exit, suspend_data cleared, committed and finished', async () => {
    const lms = runtime({ core: { student_name: 'Li, Jing', student_id: 'N20931' } });
    const c = clock();
    const session = createScorm12Session(asApi(lms), { now: c.now });
    expect(await session.start()).toEqual({ mode: 'normal', learnerName: 'Li, Jing', learnerId: 'N20931' });
    expect(lms.cmi.core.lesson_status).toBe('incomplete');
    c.advance(83_450);
    await session.report({ scoreRaw: 85, scoreMin: 0, scoreMax: 100, scaled: 0.85, passed: true, completed: true, durationMs: 83_450 });
    expect(lms.cmi.core.lesson_status).toBe('passed');
    expect([lms.cmi.core.score.raw, lms.cmi.core.score.min, lms.cmi.core.score.max]).toEqual(['85', '0', '100']);
    expect(cmiOf(lms).core.exit).toBe('');
    expect(cmiOf(lms).suspend_data).toBe('');
    expect(lms.LMSGetValue('cmi.core.lesson_status')).toBe('passed');
    await session.terminate();
    expect(lms.isTerminated()).toBe(true);
    // session_time is write-only in SCORM 1.2; scorm-again keeps it, normalised
    expect(cmiOf(lms).core.session_time).toBe('00:01:23.45');
    await session.terminate(); // twice is harmless
  });

  it('failed, and incomplete when the attempt was not completed', async () => {
    const lms = runtime();
    const session = createScorm12Session(asApi(lms));
    await session.start();
    await session.report({ scoreRaw: 40, scoreMin: 0, scoreMax: 100, scaled: 0.4, passed: false, completed: true, durationMs: 1 });
    expect(lms.cmi.core.lesson_status).toBe('failed');
    const lms2 = runtime();
    const s2 = createScorm12Session(asApi(lms2));
    await s2.start();
    await s2.report({ scoreRaw: 0, scoreMin: 0, scoreMax: 100, scaled: 0, passed: false, completed: false, durationMs: 1 });
    expect(lms2.cmi.core.lesson_status).toBe('incomplete');
  });

  it('suspends (suspend_data, exit=suspend, incomplete) and a relaunch resumes from that data', async () => {
    const lms = runtime();
    const c = clock();
    const session = createScorm12Session(asApi(lms), { now: c.now });
    await session.start();
    c.advance(5_000);
    await session.suspend('{"v":1,"actions":[]}');
    await session.terminate();
    expect(cmiOf(lms)).toMatchObject({ suspend_data: '{"v":1,"actions":[]}', core: { exit: 'suspend', lesson_status: 'incomplete', session_time: '00:00:05' } });
    // the LMS relaunches with entry=resume and the saved data
    const again = runtime({ core: { entry: 'resume', lesson_status: 'incomplete' }, suspend_data: lms.cmi.suspend_data });
    expect(await createScorm12Session(asApi(again)).start()).toMatchObject({ mode: 'normal', resumeData: '{"v":1,"actions":[]}' });
    // a fresh entry ignores stale suspend data
    const fresh = runtime({ core: { entry: 'ab-initio' }, suspend_data: 'stale' });
    expect(await createScorm12Session(asApi(fresh)).start()).not.toHaveProperty('resumeData');
  });

  it('refuses suspend data over 4,096 characters and leaves the LMS untouched', async () => {
    const lms = runtime();
    const session = createScorm12Session(asApi(lms));
    await session.start();
    await session.suspend('x'.repeat(SCORM12_SUSPEND_DATA_MAX));
    expect(lms.cmi.suspend_data).toHaveLength(SCORM12_SUSPEND_DATA_MAX);
    const tooLong = session.suspend('y'.repeat(SCORM12_SUSPEND_DATA_MAX + 1));
    await expect(tooLong).rejects.toBeInstanceOf(Scorm12Error);
    await expect(session.suspend('y'.repeat(SCORM12_SUSPEND_DATA_MAX + 1))).rejects.toMatchObject({ kind: 'suspend-data-too-long', detail: { length: 4097 } });
    expect(lms.cmi.suspend_data).toBe('x'.repeat(SCORM12_SUSPEND_DATA_MAX));
  });

  it('browse mode records "browsed" and no score; review mode writes nothing', async () => {
    const browse = runtime({ core: { lesson_mode: 'browse' } });
    const s = createScorm12Session(asApi(browse));
    expect((await s.start()).mode).toBe('browse');
    await s.report({ scoreRaw: 90, scoreMin: 0, scoreMax: 100, scaled: 0.9, passed: true, completed: true, durationMs: 1 });
    expect(browse.cmi.core.lesson_status).toBe('browsed');
    expect(browse.cmi.core.score.raw).toBe('');
    const review = runtime({ core: { lesson_mode: 'review', lesson_status: 'failed' } });
    const r = createScorm12Session(asApi(review));
    expect((await r.start()).mode).toBe('review');
    await r.report({ scoreRaw: 90, scoreMin: 0, scoreMax: 100, scaled: 0.9, passed: true, completed: true, durationMs: 1 });
    expect(review.cmi.core.lesson_status).toBe('failed');
  });

  it('turns an LMS error code into an error naming the element, the code and the LMS’s text', async () => {
    const lms = runtime();
    const session = createScorm12Session(asApi(lms));
    // not initialised yet: the session refuses before calling the LMS
    await expect(session.report({ scoreRaw: 1, scoreMin: 0, scoreMax: 100, scaled: 0.01, passed: false, completed: true, durationMs: 1 })).rejects.toMatchObject({ kind: 'not-started' });
    await session.start();
    // an LMS without suspend data (SCORM 1.2 error 401, "Not implemented error")
    const calls: string[] = [];
    const partial: Scorm12Api = {
      ...asApi(lms),
      LMSInitialize: () => 'true',
      LMSGetValue: () => '',
      LMSSetValue: (el) => (calls.push(el), el === 'cmi.suspend_data' ? 'false' : 'true'),
      LMSCommit: () => 'true',
      LMSFinish: () => 'true',
      LMSGetLastError: () => '401',
      LMSGetErrorString: (code) => (code === '401' ? 'Not implemented error' : ''),
      LMSGetDiagnostic: () => 'suspend_data is not kept',
    };
    const s401 = createScorm12Session(partial);
    await s401.start();
    const error = await s401.suspend('{}').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Scorm12Error);
    expect(error).toMatchObject({ kind: 'call-failed', detail: { element: 'cmi.suspend_data', code: '401', lmsText: 'Not implemented error (suspend_data is not kept)' } });
    expect((error as Error).message).toBe('SCORM 1.2: setting cmi.suspend_data failed with LMS error 401: Not implemented error (suspend_data is not kept)');
    // it stopped there: no exit=suspend claimed for data the LMS did not keep
    expect(calls).not.toContain('cmi.core.exit');
    // the real runtime: initialising twice is refused with its own code
    const twice = runtime();
    twice.LMSInitialize('');
    await expect(createScorm12Session(asApi(twice)).start()).rejects.toMatchObject({ kind: 'call-failed', detail: { element: 'LMSInitialize', code: expect.stringMatching(/^1\d\d$/) } });
  });

  it('refuses a score outside 0–100 or min..max', async () => {
    const lms = runtime();
    const session = createScorm12Session(asApi(lms));
    await session.start();
    await expect(session.report({ scoreRaw: 120, scoreMin: 0, scoreMax: 100, scaled: 1.2, passed: true, completed: true, durationMs: 1 })).rejects.toMatchObject({ kind: 'bad-result' });
    expect(lms.cmi.core.score.raw).toBe('');
  });

  it('reads what a hostile LMS returns as bounded strings (no objects, no control characters)', async () => {
    const lms = runtime();
    const values: Record<string, unknown> = { 'cmi.core.student_name': { toString: () => 'evil' }, 'cmi.core.student_id': `a\u0000b${'c'.repeat(1000)}`, 'cmi.core.lesson_mode': 'god', 'cmi.core.entry': 'resume', 'cmi.suspend_data': 'z'.repeat(5000) };
    const hostile: Scorm12Api = { ...asApi(lms), LMSInitialize: () => 'true', LMSGetValue: (el) => values[el] ?? '', LMSSetValue: () => 'true', LMSCommit: () => 'true', LMSFinish: () => 'true', LMSGetLastError: () => '0', LMSGetErrorString: () => '', LMSGetDiagnostic: () => '' };
    const start = await createScorm12Session(hostile).start();
    expect(start.mode).toBe('normal');
    expect(start).not.toHaveProperty('learnerName');
    expect(start.learnerId).toBe(`ab${'c'.repeat(253)}`);
    expect(start).not.toHaveProperty('resumeData');
  });
});

describe('findAPI', () => {
  const api = () => asApi(runtime());
  it('finds the API in a parent, then in the opener’s chain', () => {
    const lmsApi = api();
    const top: Record<string, unknown> = { API: lmsApi };
    top.parent = top;
    const middle = { parent: top };
    const sco = { parent: middle };
    expect(findScormApi(sco)).toBe(lmsApi);
    const openerTop: Record<string, unknown> = { API: lmsApi };
    openerTop.parent = openerTop;
    const popup: Record<string, unknown> = { opener: openerTop };
    popup.parent = popup;
    expect(findScormApi(popup)).toBe(lmsApi);
  });

  it('stops after a bounded number of hops on an endless chain', () => {
    let made = 0;
    const endless = (): object => new Proxy({}, { get: (_t, key) => (key === 'parent' ? (made++, endless()) : undefined) });
    expect(findScormApi(endless())).toBeNull();
    expect(made).toBeLessThanOrEqual(FIND_API_MAX_HOPS + 1);
  });

  it('skips a parent that throws (cross-origin) or offers a fake API, and finds none rather than a look-alike', () => {
    const throwing = new Proxy({}, { get: () => { throw new DOMException('Blocked a frame', 'SecurityError'); } });
    expect(findScormApi({ parent: throwing })).toBeNull();
    const fake: Record<string, unknown> = { API: { LMSInitialize: () => 'true', LMSSetValue: 'not a function' } };
    fake.parent = fake;
    expect(findScormApi({ parent: fake })).toBeNull();
    const getterThrows: Record<string, unknown> = {};
    Object.defineProperty(getterThrows, 'API', { get: () => { throw new Error('no'); } });
    getterThrows.parent = getterThrows;
    expect(findScormApi({ parent: getterThrows })).toBeNull();
    // beyond the bound the real API is not reached
    let w: Record<string, unknown> = { API: api() };
    w.parent = w;
    for (let i = 0; i < FIND_API_MAX_HOPS + 2; i++) w = { parent: w };
    expect(findScormApi(w)).toBeNull();
  });
});
