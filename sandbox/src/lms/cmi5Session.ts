/**
 * The cmi5 AU runtime (cmi5 spec sections 8-10): a sandbox page launched by an LMS reads the
 * launch parameters, fetches its auth token once, reads LMS.LaunchData and the learner's
 * preferences, and sends the cmi5-defined statements (initialized; passed or failed and
 * completed in Normal mode only; terminated) to the LMS's LRS with the LMS's context template.
 *
 * Hand-written against the spec rather than `@xapi/cmi5`: that library bundles axios and
 * `@xapi/xapi` (90 KB minified, 30 KB gzip) for what is five HTTP calls here, and reads
 * `window.location` when constructed, which makes it hard to run on loopback in tests.
 *
 * The launch URL is untrusted input (anyone can craft one): every parameter is checked, the
 * token goes only to the endpoint the launch names, and the AU sends nothing but the attempt's
 * score and times (sandbox data is synthetic; no patient data exists to leak).
 */
import { pairText } from '@preceptor/shared/i18n/messagePairs.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import { cmi5Messages, type Cmi5MessageKey } from './cmi5Messages.ts';
import type { LmsLaunchMode, LmsResult, LmsSession, LmsStart } from './lmsSession.ts';

export const CMI5_IRI = {
  categoryCmi5: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  categoryMoveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
} as const;

export const CMI5_VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;
export type Cmi5Verb = keyof typeof CMI5_VERBS;

/** The AU's own state document: suspend data and what was already judged in the registration. */
export const AU_STATE_ID = 'https://preceptor.dev/xapi/lms/cmi5/au-state';

const LAUNCH_PARAMS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

/** An error a learner can read, in either language, naming the field that was wrong. */
export class Cmi5Error extends Error {
  constructor(
    readonly key: Cmi5MessageKey,
    readonly vars: Readonly<Record<string, string | number>> = {},
  ) {
    super(pairText(cmi5Messages, 'en', key, vars));
    this.name = 'Cmi5Error';
  }
  text(language: Language): string {
    return pairText(cmi5Messages, language, this.key, this.vars);
  }
}

export interface Cmi5Agent {
  objectType?: 'Agent';
  name?: string;
  account: { homePage: string; name: string };
}

export interface Cmi5Launch {
  /** the LRS base, always ending in "/" */
  endpoint: string;
  fetchUrl: string;
  actor: Cmi5Agent;
  registration: string;
  /** the runtime activity id the LMS made for this AU (not the publisher id) */
  activityId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function httpUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The cmi5 launch parameters of a page's query string, or undefined when the page was not
 * launched by cmi5 (none of them present). Throws a Cmi5Error naming the parameter when one is
 * missing or malformed.
 */
export function readCmi5Launch(search: string): Cmi5Launch | undefined {
  const params = new URLSearchParams(search);
  if (!LAUNCH_PARAMS.some((name) => params.has(name))) return undefined;
  for (const name of LAUNCH_PARAMS) if (!params.get(name)) throw new Cmi5Error('cmi5.launchParamMissing', { field: name });
  const invalid = (field: string, why: string) => new Cmi5Error('cmi5.launchParamInvalid', { field, why });
  const endpoint = httpUrl(params.get('endpoint')!);
  if (!endpoint) throw invalid('endpoint', 'not an http(s) address');
  const fetchUrl = httpUrl(params.get('fetch')!);
  if (!fetchUrl) throw invalid('fetch', 'not an http(s) address');
  let actor: unknown;
  try {
    actor = JSON.parse(params.get('actor')!);
  } catch {
    throw invalid('actor', 'not JSON');
  }
  const account = (actor as { account?: { homePage?: unknown; name?: unknown } } | null)?.account;
  if (typeof account?.homePage !== 'string' || typeof account.name !== 'string' || !httpUrl(account.homePage) || account.name === '') {
    throw invalid('actor', 'cmi5 needs an Agent with an account (homePage and name)');
  }
  const registration = params.get('registration')!;
  if (!UUID.test(registration)) throw invalid('registration', 'not a UUID');
  const activityId = params.get('activityId')!;
  try {
    new URL(activityId);
  } catch {
    throw invalid('activityId', 'not an IRI');
  }
  const name = (actor as { name?: unknown }).name;
  return {
    endpoint: endpoint.href.endsWith('/') ? endpoint.href : `${endpoint.href}/`,
    fetchUrl: fetchUrl.href,
    actor: { objectType: 'Agent', ...(typeof name === 'string' ? { name } : {}), account: { homePage: account.homePage, name: account.name } },
    registration,
    activityId,
  };
}

export interface Cmi5LaunchData {
  contextTemplate: Record<string, unknown> & { extensions?: Record<string, unknown>; contextActivities?: Record<string, unknown> };
  launchMode: 'Normal' | 'Browse' | 'Review';
  moveOn?: string;
  masteryScore?: number;
  returnURL?: string;
  launchParameters?: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** LMS.LaunchData, checked: the fields the AU relies on must be there and well formed. */
export function parseLaunchData(value: unknown): Cmi5LaunchData {
  const invalid = (field: string, why: string) => new Cmi5Error('cmi5.launchDataInvalid', { field, why });
  if (!isObject(value)) throw invalid('(document)', 'not a JSON object');
  const template = value.contextTemplate;
  if (!isObject(template)) throw invalid('contextTemplate', 'missing');
  const extensions = template.extensions;
  if (!isObject(extensions) || typeof extensions[CMI5_IRI.sessionId] !== 'string') throw invalid('contextTemplate.extensions', 'no session id');
  if (template.contextActivities !== undefined && !isObject(template.contextActivities)) throw invalid('contextTemplate.contextActivities', 'not an object');
  const launchMode = value.launchMode;
  if (launchMode !== 'Normal' && launchMode !== 'Browse' && launchMode !== 'Review') throw invalid('launchMode', 'must be Normal, Browse or Review');
  const mastery = value.masteryScore;
  if (mastery !== undefined && (typeof mastery !== 'number' || !(mastery >= 0 && mastery <= 1))) throw invalid('masteryScore', 'must be a number from 0 to 1');
  for (const field of ['moveOn', 'returnURL', 'launchParameters'] as const) {
    if (value[field] !== undefined && typeof value[field] !== 'string') throw invalid(field, 'not a string');
  }
  return {
    contextTemplate: template,
    launchMode,
    ...(typeof value.moveOn === 'string' ? { moveOn: value.moveOn } : {}),
    ...(mastery !== undefined ? { masteryScore: mastery } : {}),
    ...(typeof value.returnURL === 'string' ? { returnURL: value.returnURL } : {}),
    ...(typeof value.launchParameters === 'string' ? { launchParameters: value.launchParameters } : {}),
  };
}

/** ISO 8601 duration as xAPI wants it, to the hundredth of a second: 83.5 s -> "PT1M23.5S". */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${seconds}S` : ''}`;
}

interface AuState {
  suspendData?: string;
  /** a `passed` was sent in this registration: no second one, and no `failed` after it */
  passed?: boolean;
  completed?: boolean;
}

export interface Cmi5SessionOptions {
  fetch?: typeof fetch;
  now?: () => number;
  uuid?: () => string;
  /** where the token is kept for a reload within the session (the fetch URL works once) */
  tokenStore?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** leaves for the LMS's returnURL after terminated */
  navigate?: (url: string) => void;
  /** the AU page's address, to resolve a relative returnURL */
  pageUrl?: string;
}

type Json = Record<string, unknown>;

export class Cmi5Session implements LmsSession {
  readonly kind = 'cmi5' as const;
  private readonly fetchFn: typeof fetch;
  private readonly now: () => number;
  private readonly uuid: () => string;
  private readonly tokenStore: Cmi5SessionOptions['tokenStore'];
  private readonly navigate: (url: string) => void;
  private readonly pageUrl: string | undefined;
  private token: string | undefined;
  private data: Cmi5LaunchData | undefined;
  private state: AuState = {};
  private stateEtag: string | undefined;
  private initializedAt = 0;
  private lastTimestamp = 0;
  private judged = false;
  private terminated = false;
  /** the learner's languages in order, from cmi5LearnerPreferences (e.g. "zh-CN,en") */
  languagePreference: string | undefined;

  constructor(
    readonly launch: Cmi5Launch,
    options: Cmi5SessionOptions = {},
  ) {
    this.fetchFn = options.fetch ?? ((...args) => globalThis.fetch(...args));
    this.now = options.now ?? Date.now;
    this.uuid = options.uuid ?? (() => globalThis.crypto.randomUUID());
    this.tokenStore = options.tokenStore === undefined ? safeSessionStorage() : options.tokenStore;
    this.navigate = options.navigate ?? ((url) => globalThis.location.assign(url));
    this.pageUrl = options.pageUrl ?? globalThis.location?.href;
  }

  get launchData(): Cmi5LaunchData | undefined {
    return this.data;
  }

  async start(): Promise<LmsStart> {
    this.token = await this.fetchToken();
    this.data = parseLaunchData(await this.getDocument('activities/state', { stateId: 'LMS.LaunchData', activityId: this.launch.activityId, agent: JSON.stringify(this.launch.actor), registration: this.launch.registration }, 'LMS.LaunchData', true));
    const preferences = await this.getDocument('agents/profile', { agent: JSON.stringify(this.launch.actor), profileId: 'cmi5LearnerPreferences' }, 'cmi5LearnerPreferences', false);
    if (isObject(preferences) && typeof preferences.languagePreference === 'string') this.languagePreference = preferences.languagePreference;
    const state = await this.getDocument('activities/state', this.auStateParams(), 'AU state', false);
    if (isObject(state)) {
      this.state = {
        ...(typeof state.suspendData === 'string' ? { suspendData: state.suspendData } : {}),
        ...(state.passed === true ? { passed: true } : {}),
        ...(state.completed === true ? { completed: true } : {}),
      };
    }
    await this.send('initialized', {});
    this.initializedAt = this.lastTimestamp;
    const mode: LmsLaunchMode = this.data.launchMode === 'Normal' ? 'normal' : this.data.launchMode === 'Browse' ? 'browse' : 'review';
    return {
      mode,
      ...(this.state.suspendData !== undefined ? { resumeData: this.state.suspendData } : {}),
      ...(this.launch.actor.name ? { learnerName: this.launch.actor.name } : {}),
      learnerId: this.launch.actor.account.name,
    };
  }

  async suspend(data: string): Promise<void> {
    this.requireStarted();
    this.state = { ...this.state, suspendData: data };
    await this.putState();
  }

  /**
   * The attempt's result. Normal mode only, once per session: passed (scaled ≥ masteryScore and
   * the drill passed) or failed, then completed. Browse and Review send nothing (cmi5 10.2).
   * Once per registration: no second passed or completed, no failed after a passed.
   */
  async report(result: LmsResult): Promise<void> {
    const data = this.requireStarted();
    if (data.launchMode !== 'Normal' || this.judged || this.terminated) return;
    checkResult(result);
    this.judged = true;
    const mastery = data.masteryScore;
    const passed = result.passed && (mastery === undefined || result.scaled >= mastery);
    const masteryExtension = mastery === undefined ? {} : { [CMI5_IRI.masteryScore]: mastery };
    const duration = isoDuration(result.durationMs);
    const score = { scaled: round4(result.scaled), raw: result.scoreRaw, min: result.scoreMin, max: result.scoreMax };
    if (!this.state.passed) {
      await this.send(passed ? 'passed' : 'failed', { result: { score, success: passed, duration }, moveOn: true, extensions: masteryExtension });
      if (passed) this.state = { ...this.state, passed: true };
    }
    if (result.completed && !this.state.completed) {
      await this.send('completed', { result: { completion: true, duration }, moveOn: true });
      this.state = { ...this.state, completed: true };
    }
    await this.putState();
  }

  /**
   * A unit that is done, not judged (a tour): `completed` in Normal mode, once per registration.
   * Browse and Review send nothing.
   */
  async complete(durationMs: number): Promise<void> {
    const data = this.requireStarted();
    if (data.launchMode !== 'Normal' || this.terminated || this.state.completed) return;
    await this.send('completed', { result: { completion: true, duration: isoDuration(durationMs) }, moveOn: true });
    this.state = { ...this.state, completed: true };
    await this.putState();
  }

  /** Statements of this registration about `activityId` in the LMS's LRS (what the AU's token may read). */
  async registrationStatements(activityId: string): Promise<Array<Record<string, unknown>>> {
    this.requireStarted();
    const url = `${this.launch.endpoint}statements?${new URLSearchParams({ registration: this.launch.registration, activity: activityId, limit: '100' })}`;
    const response = await this.request('statements', url, { method: 'GET', headers: this.headers() });
    const body: unknown = await response.json().catch(() => undefined);
    return isObject(body) && Array.isArray(body.statements) ? body.statements.filter(isObject) : [];
  }

  async terminate(): Promise<void> {
    this.requireStarted();
    if (this.terminated) return;
    this.terminated = true;
    await this.send('terminated', { result: { duration: isoDuration(this.clock() - this.initializedAt) } });
    this.tokenStore?.removeItem(this.tokenKey());
    const back = this.data?.returnURL ? returnUrl(this.data.returnURL, this.pageUrl) : undefined;
    if (back) this.navigate(back);
  }

  // ------------------------------------------------------------------ the wire

  private tokenKey(): string {
    return `preceptor.cmi5.token:${this.launch.fetchUrl}`;
  }

  /** POSTs the fetch URL once; a reload in the same session reuses the kept token. */
  private async fetchToken(): Promise<string> {
    const kept = this.tokenStore?.getItem(this.tokenKey());
    if (kept) return kept;
    let response: Response;
    try {
      response = await this.fetchFn(this.launch.fetchUrl, { method: 'POST' });
    } catch {
      throw new Cmi5Error('cmi5.network', { what: 'fetch' });
    }
    if (!response.ok) throw new Cmi5Error('cmi5.http', { what: 'fetch', status: response.status });
    const body: unknown = await response.json().catch(() => undefined);
    if (isObject(body) && typeof body['auth-token'] === 'string' && body['auth-token'] !== '') {
      this.tokenStore?.setItem(this.tokenKey(), body['auth-token']);
      return body['auth-token'];
    }
    const code = isObject(body) && body['error-code'] !== undefined ? String(body['error-code']) : '?';
    const text = isObject(body) && typeof body['error-text'] === 'string' ? body['error-text'] : 'no auth-token in the answer';
    throw new Cmi5Error('cmi5.tokenRefused', { code, text });
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { Authorization: `Basic ${this.token}`, 'X-Experience-API-Version': '1.0.3', ...extra };
  }

  private async request(what: string, url: string, init: RequestInit, okStatuses: readonly number[] = []): Promise<Response> {
    let response: Response;
    try {
      response = await this.fetchFn(url, init);
    } catch {
      throw new Cmi5Error('cmi5.network', { what });
    }
    if (!response.ok && !okStatuses.includes(response.status)) throw new Cmi5Error('cmi5.http', { what, status: response.status });
    return response;
  }

  private async getDocument(resource: string, params: Record<string, string>, what: string, required: boolean): Promise<unknown> {
    const url = `${this.launch.endpoint}${resource}?${new URLSearchParams(params)}`;
    const response = await this.request(what, url, { method: 'GET', headers: this.headers() }, required ? [] : [404, 403]);
    if (!response.ok) return undefined;
    if (resource === 'activities/state' && params.stateId === AU_STATE_ID) this.stateEtag = response.headers.get('ETag') ?? undefined;
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      if (required) throw new Cmi5Error('cmi5.launchDataInvalid', { field: '(document)', why: 'not JSON' });
      return undefined;
    }
  }

  private auStateParams(): Record<string, string> {
    return { stateId: AU_STATE_ID, activityId: this.launch.activityId, agent: JSON.stringify(this.launch.actor), registration: this.launch.registration };
  }

  private async putState(): Promise<void> {
    const url = `${this.launch.endpoint}activities/state?${new URLSearchParams(this.auStateParams())}`;
    // concurrency headers on every document write: some LRSs refuse a PUT without them
    const precondition: Record<string, string> = this.stateEtag ? { 'If-Match': this.stateEtag } : { 'If-None-Match': '*' };
    const response = await this.request('AU state', url, { method: 'PUT', headers: this.headers({ 'Content-Type': 'application/json', ...precondition }), body: JSON.stringify(this.state) });
    this.stateEtag = response.headers.get('ETag') ?? this.stateEtag ?? '*';
    // without an ETag from the LRS, later writes overwrite (If-Match: * = "the document exists")
  }

  /** Timestamps strictly increase, so the LMS orders the session's statements as sent. */
  private clock(): number {
    this.lastTimestamp = Math.max(this.now(), this.lastTimestamp + 1);
    return this.lastTimestamp;
  }

  private async send(verb: Cmi5Verb, parts: { result?: Json; moveOn?: boolean; extensions?: Json }): Promise<Json> {
    const data = this.requireStarted();
    const template = structuredClone(data.contextTemplate);
    const activities = { ...(template.contextActivities ?? {}) } as Record<string, unknown>;
    const category = Array.isArray(activities.category) ? [...(activities.category as unknown[])] : [];
    category.push({ id: CMI5_IRI.categoryCmi5, objectType: 'Activity' });
    if (parts.moveOn) category.push({ id: CMI5_IRI.categoryMoveOn, objectType: 'Activity' });
    activities.category = category;
    // the template's values win: an AU may add to the context, never overwrite what the LMS set
    const context = { ...template, registration: this.launch.registration, contextActivities: activities, extensions: { ...(parts.extensions ?? {}), ...(template.extensions ?? {}) } };
    const statement: Json = {
      id: this.uuid(),
      actor: this.launch.actor,
      verb: { id: CMI5_VERBS[verb], display: { 'en-US': verb } },
      object: { id: this.launch.activityId, objectType: 'Activity' },
      ...(parts.result ? { result: parts.result } : {}),
      context,
      timestamp: new Date(this.clock()).toISOString(),
    };
    // keepalive: `terminated` is often sent as the page goes away (pagehide)
    await this.request(`statement "${verb}"`, `${this.launch.endpoint}statements`, { method: 'POST', headers: this.headers({ 'Content-Type': 'application/json' }), body: JSON.stringify(statement), keepalive: true });
    return statement;
  }

  private requireStarted(): Cmi5LaunchData {
    if (!this.data || !this.token) throw new Cmi5Error('cmi5.notStarted');
    return this.data;
  }
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function checkResult(result: LmsResult): void {
  const bad = (field: string, why: string) => new Cmi5Error('cmi5.resultInvalid', { field, why });
  if (!(result.scaled >= 0 && result.scaled <= 1)) throw bad('scaled', 'cmi5 scores are scaled 0 to 1');
  if (!(result.scoreMin <= result.scoreRaw && result.scoreRaw <= result.scoreMax)) throw bad('scoreRaw', 'must lie between scoreMin and scoreMax');
  if (!(result.durationMs >= 0)) throw bad('durationMs', 'must be 0 or more');
}

/** Only an http(s) address: a returnURL is read from the LRS, so `javascript:` and the like are dropped. */
function returnUrl(value: string, base: string | undefined): string | undefined {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function safeSessionStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/** The cmi5 session of this page, when it was launched by cmi5; throws a Cmi5Error on a broken launch link. */
export function cmi5SessionFromLocation(search: string = globalThis.location?.search ?? '', options: Cmi5SessionOptions = {}): Cmi5Session | undefined {
  const launch = readCmi5Launch(search);
  return launch ? new Cmi5Session(launch, options) : undefined;
}
