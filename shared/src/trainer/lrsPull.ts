import { MAX_STATEMENT_BYTES } from '../record/exportBundle.ts';
import { checkStatement, type IncomingStatement } from '../record/statementValidation.ts';
import { abortableSleep, authorization, lrsErrorMessage, retryDelay, statementsUrl, XAPI_VERSION, type LrsSettings } from '../xapi/lrsForwarding.ts';

/**
 * Reading statements back from a hospital's LRS (xAPI 1.0.3, GET /statements), for the trainer
 * dashboard: the same statements the learners' extensions sent there (see lrsOutbox.ts), instead
 * of their signed export files.
 *
 * - Pages through `GET statements?ascending=true&limit=N[&since=…]`, following `more` (an IRL
 *   relative to the LRS's origin; a `more` pointing at another origin is refused: the credentials
 *   would go with it) until a page is empty or has no `more`.
 * - Every statement is checked like an imported one (checkStatement, with the LRS's `authority`
 *   left out); a refused one is kept aside with its id and the field path, never dropped silently.
 *   What is kept is the statement without `authority`, `stored` and `version` (set by the LRS,
 *   not by the learner), so its text compares with the learner's own copy in a signed file.
 * - Stops like the forwarder: 401/403 (credentials) and 404 (endpoint) at once; network errors,
 *   429 and 5xx retried with backoff, then stop; the user's abort at once. What was read before a
 *   stop is returned, with a `nextSince` that never skips a statement (see below).
 * - Bounded: at most `maxStatements` per run (said so in `limitReached`); the next run goes on.
 *
 * Nothing here is verified beyond the statement's shape: an LRS statement carries no learner
 * signature, so the trainer sees them as "from the LRS (unsigned)".
 */

export interface PulledStatement {
  id: string;
  /** the statement's JSON text without authority, stored and version */
  json: string;
  statement: IncomingStatement;
}

export interface PulledLearner {
  homePage: string;
  name: string;
  statements: PulledStatement[];
}

export interface RefusedStatement {
  /** the statement's id when it has a readable one, else '' */
  id: string;
  /** 1-based position in this run's stream of statements */
  position: number;
  /** field path inside the statement, e.g. `result.score.scaled` ('' for the whole statement) */
  path: string;
  message: string;
}

export type PullStop = {
  reason: 'unauthorized' | 'not-found' | 'unavailable' | 'aborted' | 'refused-request' | 'bad-response' | 'foreign-more';
  status?: number;
  message: string;
};

export interface PullProgress {
  /** statements read so far (accepted and refused) */
  read: number;
  refused: number;
  pages: number;
  retries: number;
}

export interface PullReport extends PullProgress {
  learners: PulledLearner[];
  refusedList: RefusedStatement[];
  requests: number;
  /** the latest `stored` timestamp read */
  lastStored?: string;
  /**
   * The `since` for the next run: the latest `stored` read when the run reached the end; when it
   * was cut short (limit, stop), the latest `stored` whose statements were all read, so that
   * statements sharing a `stored` time with the last one read are read again (then counted as
   * duplicates), never skipped. Absent when nothing was read (keep the previous one).
   */
  nextSince?: string;
  /** the run stopped at maxStatements; there is more to read */
  limitReached: boolean;
  stopped?: PullStop;
}

export interface PullOptions {
  settings: LrsSettings;
  /** ISO timestamp: only statements stored after it (exclusive, as the LRS reads `since`) */
  since?: string;
  pageSize?: number;
  maxStatements?: number;
  maxRetries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** one request's time limit */
  requestTimeoutMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  onProgress?: (progress: PullProgress) => void;
  signal?: AbortSignal;
}

export const PULL_DEFAULTS = { pageSize: 500, maxStatements: 20_000, maxRetries: 4, baseDelayMs: 500, maxDelayMs: 30_000, requestTimeoutMs: 60_000 };

class Stop extends Error {
  constructor(readonly stop: PullStop) {
    super(stop.message);
  }
}

const ABORTED: PullStop = { reason: 'aborted', message: 'stopped by the user' };
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** The first page's address: the statements resource with the query this reader relies on. */
export function firstPageUrl(endpoint: string, pageSize: number, since?: string): string {
  const url = new URL(statementsUrl(endpoint));
  url.searchParams.set('ascending', 'true');
  url.searchParams.set('limit', String(pageSize));
  if (since) url.searchParams.set('since', since);
  return url.toString();
}

/** A `more` IRL resolved against the LRS's origin; undefined when it points at another origin. */
export function resolveMore(more: string, endpoint: string): string | undefined {
  const origin = new URL(endpoint).origin;
  let url: URL;
  try {
    url = new URL(more, origin);
  } catch {
    return undefined;
  }
  return url.origin === origin ? url.toString() : undefined;
}

export async function pullStatements(options: PullOptions): Promise<PullReport> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const sleep = options.sleep ?? abortableSleep(options.signal);
  const random = options.random ?? Math.random;
  const pageSize = Math.max(1, options.pageSize ?? PULL_DEFAULTS.pageSize);
  const maxStatements = Math.max(1, options.maxStatements ?? PULL_DEFAULTS.maxStatements);
  const maxRetries = options.maxRetries ?? PULL_DEFAULTS.maxRetries;
  const baseDelayMs = options.baseDelayMs ?? PULL_DEFAULTS.baseDelayMs;
  const maxDelayMs = options.maxDelayMs ?? PULL_DEFAULTS.maxDelayMs;
  const requestTimeoutMs = options.requestTimeoutMs ?? PULL_DEFAULTS.requestTimeoutMs;
  const auth = authorization(options.settings);
  const headers: Record<string, string> = { ...(auth ? { Authorization: auth } : {}), 'X-Experience-API-Version': XAPI_VERSION, Accept: 'application/json' };

  const report: PullReport = { learners: [], refusedList: [], read: 0, refused: 0, pages: 0, retries: 0, requests: 0, limitReached: false };
  const progress = () => options.onProgress?.({ read: report.read, refused: report.refused, pages: report.pages, retries: report.retries });
  const byLearner = new Map<string, PulledLearner>();
  const encoder = new TextEncoder();
  /** stored time of the statements being read, and the one before it (all of whose statements were read) */
  let currentStored: string | undefined;
  let completeStored: string | undefined;

  async function page(target: string): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      if (options.signal?.aborted) throw new Stop(ABORTED);
      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(), requestTimeoutMs);
      const onAbort = () => timeout.abort();
      options.signal?.addEventListener('abort', onAbort, { once: true });
      let response: Response | undefined;
      let failure = '';
      try {
        report.requests++;
        response = await doFetch(target, { method: 'GET', headers, signal: timeout.signal, credentials: 'omit' });
        if (response.ok) {
          const text = await response.text();
          try {
            return JSON.parse(text);
          } catch {
            throw new Stop({ reason: 'bad-response', status: response.status, message: `not JSON: ${text.slice(0, 200)}` });
          }
        }
      } catch (error) {
        if (error instanceof Stop) throw error;
        if (options.signal?.aborted) throw new Stop(ABORTED);
        failure = timeout.signal.aborted ? `no answer within ${Math.round(requestTimeoutMs / 1000)} s` : error instanceof Error ? error.message : String(error);
        response = undefined;
      } finally {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
      }
      if (response) {
        if (response.status === 401 || response.status === 403) throw new Stop({ reason: 'unauthorized', status: response.status, message: await lrsErrorMessage(response) });
        if (response.status === 404) throw new Stop({ reason: 'not-found', status: 404, message: await lrsErrorMessage(response) });
        if (response.status !== 429 && response.status < 500) throw new Stop({ reason: 'refused-request', status: response.status, message: await lrsErrorMessage(response) });
        failure = `HTTP ${response.status} ${await lrsErrorMessage(response)}`;
      }
      if (attempt >= maxRetries) throw new Stop({ reason: 'unavailable', ...(response ? { status: response.status } : {}), message: failure });
      report.retries++;
      progress();
      await sleep(retryDelay(response, attempt, { baseDelayMs, maxDelayMs, random }));
    }
  }

  function take(raw: unknown): void {
    const position = report.read + 1;
    report.read++;
    const record = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
    const id = typeof record?.id === 'string' ? record.id.slice(0, 100) : '';
    const stored = typeof record?.stored === 'string' && ISO.test(record.stored) ? record.stored : undefined;
    if (stored && stored !== currentStored) {
      // ascending order: the previous stored time's statements have all been read
      if (currentStored !== undefined && Date.parse(stored) > Date.parse(currentStored)) completeStored = currentStored;
      if (currentStored === undefined || Date.parse(stored) > Date.parse(currentStored)) currentStored = stored;
    }
    const refuse = (path: string, message: string) => {
      report.refused++;
      report.refusedList.push({ id, position, path, message });
    };
    if (!record) return refuse('', 'not a JSON object');
    const { authority: _authority, stored: _stored, version, ...rest } = record;
    if (version !== undefined && !(typeof version === 'string' && /^1\.0(?:\.\d+)?$/.test(version))) return refuse('version', 'xAPI version must be 1.0.x');
    const checked = checkStatement(rest);
    if (!checked.ok) {
      const first = checked.problems[0]!;
      return refuse(first.path, first.message);
    }
    const json = JSON.stringify(rest);
    if (encoder.encode(json).length > MAX_STATEMENT_BYTES) return refuse('', `longer than ${MAX_STATEMENT_BYTES} bytes`);
    const { homePage, name } = checked.statement.actor.account;
    const key = `${homePage}\u0000${name}`;
    let learner = byLearner.get(key);
    if (!learner) byLearner.set(key, (learner = { homePage, name, statements: [] }));
    learner.statements.push({ id: checked.statement.id, json, statement: checked.statement });
  }

  let reachedEnd = false;
  try {
    let target = firstPageUrl(options.settings.endpoint, pageSize, options.since);
    const visited = new Set<string>();
    for (;;) {
      visited.add(target);
      const body = await page(target);
      const result = typeof body === 'object' && body !== null ? (body as { statements?: unknown; more?: unknown }) : undefined;
      if (!result || !Array.isArray(result.statements)) throw new Stop({ reason: 'bad-response', message: 'no "statements" list in the answer' });
      report.pages++;
      for (const raw of result.statements) {
        if (report.read >= maxStatements) {
          report.limitReached = true;
          break;
        }
        take(raw);
      }
      progress();
      if (report.limitReached) break;
      const more = typeof result.more === 'string' ? result.more : '';
      if (result.statements.length === 0 || more === '') {
        reachedEnd = true;
        break;
      }
      const next = resolveMore(more, options.settings.endpoint);
      if (!next) throw new Stop({ reason: 'foreign-more', message: more.slice(0, 300) });
      if (visited.has(next)) throw new Stop({ reason: 'bad-response', message: `"more" repeats ${more.slice(0, 300)}` });
      target = next;
    }
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    report.stopped = error.stop;
  }
  report.learners = [...byLearner.values()];
  report.lastStored = currentStored;
  report.nextSince = reachedEnd ? currentStored : completeStored;
  progress();
  return report;
}
