// The SCORM 1.2 runtime side of an LMS launch: finds the LMS's `API` object (the standard
// findAPI walk over window.parent, then the opener's chain, bounded), and maps the
// LmsSession calls onto the CMI data model. The LMS page is untrusted like any other: what it
// hands back is checked before use, and every failed call is turned into an error that names
// the data element and the LMS's own error code and text.

import type { LmsLaunchMode, LmsResult, LmsSession, LmsStart } from './lmsSession.ts';

export interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
  LMSGetDiagnostic(code: string): unknown;
}

const API_FUNCTIONS = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'] as const;

/** How many windows up the parent chain findAPI looks (ADL's sample code stops at 7; 10 is generous). */
export const FIND_API_MAX_HOPS = 10;

/** SCORM 1.2: cmi.suspend_data is a CMIString4096. */
export const SCORM12_SUSPEND_DATA_MAX = 4096;

type WindowLike = { readonly parent?: unknown; readonly opener?: unknown; readonly API?: unknown };

function apiOf(win: unknown): Scorm12Api | null {
  try {
    if (!win || (typeof win !== 'object' && typeof win !== 'function')) return null;
    const api = (win as WindowLike).API;
    if (!api || (typeof api !== 'object' && typeof api !== 'function')) return null;
    for (const name of API_FUNCTIONS) if (typeof (api as Record<string, unknown>)[name] !== 'function') return null;
    return api as Scorm12Api;
  } catch {
    // a cross-origin window, or a getter that throws
    return null;
  }
}

function walk(start: unknown, maxHops: number): Scorm12Api | null {
  let win: unknown = start;
  for (let hop = 0; hop <= maxHops && win; hop++) {
    const api = apiOf(win);
    if (api) return api;
    let parent: unknown;
    try {
      parent = (win as WindowLike).parent;
    } catch {
      return null;
    }
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

/** The LMS's SCORM 1.2 API: this window and its parents, then the opener and its parents; null when none within `maxHops`. */
export function findScormApi(start: unknown, maxHops = FIND_API_MAX_HOPS): Scorm12Api | null {
  const found = walk(start, maxHops);
  if (found) return found;
  let opener: unknown;
  try {
    opener = (start as WindowLike).opener;
  } catch {
    return null;
  }
  return opener ? walk(opener, maxHops) : null;
}

/** CMITimespan: HHHH:MM:SS.SS (hours 4 digits, capped at 9999:59:59.99). */
export function scorm12Timespan(ms: number): string {
  const centis = Math.min(Math.max(0, Math.round(Number.isFinite(ms) ? ms / 10 : 0)), 9999 * 360000 + 59 * 6000 + 5999);
  const h = Math.floor(centis / 360000);
  const m = Math.floor((centis % 360000) / 6000);
  const s = Math.floor((centis % 6000) / 100);
  const c = centis % 100;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(h).padStart(4, '0')}:${two(m)}:${two(s)}.${two(c)}`;
}

export type Scorm12ErrorKind = 'call-failed' | 'suspend-data-too-long' | 'not-started' | 'finished' | 'bad-result';

export class Scorm12Error extends Error {
  constructor(readonly kind: Scorm12ErrorKind, readonly detail: { element?: string; code?: string; lmsText?: string; length?: number }, message: string) {
    super(message);
    this.name = 'Scorm12Error';
  }
}

/** A string the LMS returned, bounded and free of control characters; '' when it is not a string. */
function lmsString(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').slice(0, max);
}

const SUCCESS = new Set(['true', true]);

export type Scorm12SessionOptions = { now?: () => number };

export function createScorm12Session(api: Scorm12Api, options: Scorm12SessionOptions = {}): LmsSession & { readonly api: Scorm12Api } {
  const now = options.now ?? (() => Date.now());
  let state: 'new' | 'running' | 'finished' = 'new';
  let mode: LmsLaunchMode = 'normal';
  let sessionStart = 0;

  function lastError(element: string, fallback: string): Scorm12Error {
    let code = '';
    let text = '';
    try {
      code = lmsString(api.LMSGetLastError(), 8);
      text = lmsString(api.LMSGetErrorString(code), 200);
      const diagnostic = lmsString(api.LMSGetDiagnostic(code), 200);
      if (diagnostic && diagnostic !== text) text = text ? `${text} (${diagnostic})` : diagnostic;
    } catch {
      // the LMS's error functions themselves failed: report what we know
    }
    return new Scorm12Error('call-failed', { element, code, lmsText: text }, `SCORM 1.2: ${fallback} ${element} failed${code ? ` with LMS error ${code}` : ''}${text ? `: ${text}` : ''}`);
  }

  function call(name: 'LMSInitialize' | 'LMSCommit' | 'LMSFinish'): void {
    let ok: unknown;
    try {
      ok = api[name]('');
    } catch (error) {
      throw new Scorm12Error('call-failed', { element: name }, `SCORM 1.2: ${name} threw: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!SUCCESS.has(ok as string)) throw lastError(name, 'calling');
  }

  function get(element: string, max = 4096): string {
    let value: unknown;
    try {
      value = api.LMSGetValue(element);
    } catch {
      return '';
    }
    // "" with error 0 is a real empty value; an error (e.g. 401 not implemented) reads as empty too
    return lmsString(value, max);
  }

  function set(element: string, value: string): void {
    let ok: unknown;
    try {
      ok = api.LMSSetValue(element, value);
    } catch (error) {
      throw new Scorm12Error('call-failed', { element }, `SCORM 1.2: setting ${element} threw: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!SUCCESS.has(ok as string)) throw lastError(element, 'setting');
  }

  function running(): void {
    if (state === 'new') throw new Scorm12Error('not-started', {}, 'SCORM 1.2: the session was not started');
    if (state === 'finished') throw new Scorm12Error('finished', {}, 'SCORM 1.2: the session has already finished');
  }

  return {
    kind: 'scorm12',
    api,
    async start(): Promise<LmsStart> {
      if (state !== 'new') throw new Scorm12Error('finished', {}, 'SCORM 1.2: start() called twice');
      call('LMSInitialize');
      state = 'running';
      sessionStart = now();
      const lessonMode = get('cmi.core.lesson_mode', 16);
      mode = lessonMode === 'browse' || lessonMode === 'review' ? lessonMode : 'normal';
      const entry = get('cmi.core.entry', 16);
      const suspendData = entry === 'resume' ? get('cmi.suspend_data', SCORM12_SUSPEND_DATA_MAX + 1) : '';
      const learnerName = get('cmi.core.student_name', 255);
      const learnerId = get('cmi.core.student_id', 255);
      if (mode === 'normal') {
        const status = get('cmi.core.lesson_status', 32);
        if (status === 'not attempted' || status === '') set('cmi.core.lesson_status', 'incomplete');
      }
      return {
        mode,
        ...(suspendData && suspendData.length <= SCORM12_SUSPEND_DATA_MAX ? { resumeData: suspendData } : {}),
        ...(learnerName ? { learnerName } : {}),
        ...(learnerId ? { learnerId } : {}),
      };
    },
    async suspend(data: string): Promise<void> {
      running();
      if (data.length > SCORM12_SUSPEND_DATA_MAX) {
        throw new Scorm12Error('suspend-data-too-long', { element: 'cmi.suspend_data', length: data.length }, `SCORM 1.2: the attempt's state is ${data.length} characters; cmi.suspend_data holds at most ${SCORM12_SUSPEND_DATA_MAX}`);
      }
      if (mode !== 'normal') return;
      set('cmi.suspend_data', data);
      set('cmi.core.lesson_status', 'incomplete');
      set('cmi.core.exit', 'suspend');
      set('cmi.core.session_time', scorm12Timespan(now() - sessionStart));
      call('LMSCommit');
    },
    async report(result: LmsResult): Promise<void> {
      running();
      const { scoreRaw, scoreMin, scoreMax } = result;
      if (![scoreRaw, scoreMin, scoreMax].every(Number.isFinite) || scoreMin < 0 || scoreMax > 100 || scoreMin > scoreRaw || scoreRaw > scoreMax) {
        throw new Scorm12Error('bad-result', {}, `SCORM 1.2: score ${scoreRaw} is not within ${scoreMin}–${scoreMax} (0–100)`);
      }
      if (mode === 'review') return;
      if (mode === 'browse') {
        set('cmi.core.lesson_status', 'browsed');
      } else {
        const two = (n: number) => String(Math.round(n * 100) / 100);
        set('cmi.core.score.min', two(scoreMin));
        set('cmi.core.score.max', two(scoreMax));
        set('cmi.core.score.raw', two(scoreRaw));
        set('cmi.core.lesson_status', result.passed ? 'passed' : result.completed ? 'failed' : 'incomplete');
        // the attempt is over: a later launch starts afresh
        set('cmi.suspend_data', '');
        set('cmi.core.exit', '');
      }
      set('cmi.core.session_time', scorm12Timespan(now() - sessionStart));
      call('LMSCommit');
    },
    async terminate(): Promise<void> {
      if (state !== 'running') return;
      state = 'finished';
      call('LMSFinish');
    },
  };
}
