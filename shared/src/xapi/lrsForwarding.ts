import { canonicalJson } from './canonicalJson.ts';

/**
 * Forwarding statements to an LRS (xAPI 1.0.3, POST /statements, batched).
 *
 * - Idempotent by statement id: a statement the LRS already holds with the same content is
 *   accepted again without change, so sending everything again is harmless.
 * - The trainer keeps ids per learner key (see mergeStatements.ts), but an LRS needs globally
 *   unique ids: an id more than one learner holds (`withheld`) is sent for none of them and
 *   counted as `shared`, never one learner's copy sent and the other's dropped silently.
 * - A batch the LRS refuses (400, 409, 413) is split in halves until the statement(s) at fault
 *   are alone; a lone 409 is a conflict (the LRS holds other content under that id; if a lenient
 *   LRS says 409 for identical content, a GET tells the two apart), a lone 400 a rejection.
 * - Network errors, 429 and 5xx are retried with exponential backoff and jitter (Retry-After
 *   honoured); when retries run out the run stops, and what was sent stays sent.
 * - 401/403/404 stop at once: wrong credentials or endpoint, nothing to retry.
 *
 * Used by the trainer (merged statements) and by the learner's outbox (shared/src/record/lrsOutbox.ts).
 */

export interface LrsSettings {
  /** e.g. https://lrs.example.cn/xAPI/ — `statements` is appended */
  endpoint: string;
  username: string;
  password: string;
  /** a bearer token (a hospital's policy may give one instead of Basic credentials); wins over username/password */
  token?: string;
}

export interface OutgoingStatement {
  id: string;
  /** the statement's JSON text, sent as-is */
  json: string;
}

export interface ForwardProgress {
  total: number;
  /** accepted by the LRS (new or already there) */
  accepted: number;
  conflicts: number;
  rejected: number;
  /** statements not sent: their id is held by more than one learner */
  shared: number;
  retries: number;
}

export interface ForwardIssue {
  id: string;
  status: number;
  message: string;
}

export type ForwardStop = { reason: 'unauthorized' | 'not-found' | 'unavailable' | 'aborted'; status?: number; message: string };

export interface ForwardReport extends ForwardProgress {
  requests: number;
  conflictList: ForwardIssue[];
  rejectedList: ForwardIssue[];
  /** ids not sent because more than one learner holds them (each id once) */
  sharedList: string[];
  stopped?: ForwardStop;
}

export interface ForwardOptions {
  settings: LrsSettings;
  statements: Iterable<OutgoingStatement[]> | AsyncIterable<OutgoingStatement[]>;
  total: number;
  /** ids more than one learner holds: none of their statements is sent (counted as shared) */
  withheld?: ReadonlySet<string>;
  batchSize?: number;
  maxRetries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  onProgress?: (progress: ForwardProgress) => void;
  /**
   * Called (and awaited) with the ids of each batch the LRS accepted, as soon as it did: a caller
   * that keeps an outbox removes exactly these, whatever happens to the rest of the run.
   */
  onAccepted?: (ids: string[]) => void | Promise<void>;
  signal?: AbortSignal;
}

export const XAPI_VERSION = '1.0.3';

export function statementsUrl(endpoint: string): string {
  return new URL('statements', endpoint.endsWith('/') ? endpoint : `${endpoint}/`).toString();
}

/** The Authorization header for these settings: Bearer with a token, else Basic; none when neither is given. */
export function authorization(settings: LrsSettings): string | undefined {
  if (settings.token) return `Bearer ${settings.token}`;
  if (settings.username || settings.password) return basicAuth(settings.username, settings.password);
  return undefined;
}

export function basicAuth(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

class Stop extends Error {
  constructor(readonly stop: ForwardStop) {
    super(stop.message);
  }
}

/** What the LRS adds or fills in: ignored when telling "already there" from a conflict. */
function comparable(statement: any): string {
  const { stored: _s, authority: _a, version: _v, ...rest } = statement ?? {};
  const copy = JSON.parse(JSON.stringify(rest));
  if (copy.actor && !copy.actor.objectType) copy.actor.objectType = 'Agent';
  if (copy.object && !copy.object.objectType) copy.object.objectType = 'Activity';
  return canonicalJson(copy);
}

export async function forwardStatements(options: ForwardOptions): Promise<ForwardReport> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const sleep = options.sleep ?? abortableSleep(options.signal);
  const random = options.random ?? Math.random;
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const maxRetries = options.maxRetries ?? 5;
  const baseDelayMs = options.baseDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const url = statementsUrl(options.settings.endpoint);
  const auth = authorization(options.settings);
  const headers: Record<string, string> = {
    ...(auth ? { Authorization: auth } : {}),
    'X-Experience-API-Version': XAPI_VERSION,
    'Content-Type': 'application/json',
  };
  const report: ForwardReport = { total: options.total, accepted: 0, conflicts: 0, rejected: 0, shared: 0, retries: 0, requests: 0, conflictList: [], rejectedList: [], sharedList: [] };
  const progress = () => options.onProgress?.({ total: report.total, accepted: report.accepted, conflicts: report.conflicts, rejected: report.rejected, shared: report.shared, retries: report.retries });

  /** One HTTP exchange, retried on transient failures. */
  async function exchange(init: RequestInit, target = url, notFoundIsAnswer = false): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      if (options.signal?.aborted) throw new Stop({ reason: 'aborted', message: 'stopped by the user' });
      let response: Response | undefined;
      let failure = '';
      try {
        report.requests++;
        response = await doFetch(target, { ...init, headers, signal: options.signal });
      } catch (error) {
        if (options.signal?.aborted) throw new Stop({ reason: 'aborted', message: 'stopped by the user' });
        failure = error instanceof Error ? error.message : String(error);
      }
      if (response) {
        if (response.status === 401 || response.status === 403) throw new Stop({ reason: 'unauthorized', status: response.status, message: await lrsErrorMessage(response) });
        if (response.status === 404 && !notFoundIsAnswer) throw new Stop({ reason: 'not-found', status: 404, message: await lrsErrorMessage(response) });
        if (response.status !== 429 && response.status < 500) return response;
        failure = `HTTP ${response.status} ${await lrsErrorMessage(response)}`;
      }
      if (attempt >= maxRetries) throw new Stop({ reason: 'unavailable', ...(response ? { status: response.status } : {}), message: failure });
      report.retries++;
      progress();
      await sleep(retryDelay(response, attempt, { baseDelayMs, maxDelayMs, random }));
    }
  }

  async function alreadyThere(statement: OutgoingStatement): Promise<boolean> {
    const target = `${url}?statementId=${encodeURIComponent(statement.id)}`;
    const response = await exchange({ method: 'GET' }, target, true);
    if (!response.ok) return false;
    try {
      return comparable(await response.json()) === comparable(JSON.parse(statement.json));
    } catch {
      return false;
    }
  }

  async function send(batch: OutgoingStatement[]): Promise<void> {
    const response = await exchange({ method: 'POST', body: `[${batch.map((s) => s.json).join(',')}]` });
    if (response.ok) {
      await response.body?.cancel().catch(() => undefined);
      report.accepted += batch.length;
      await options.onAccepted?.(batch.map((s) => s.id));
      progress();
      return;
    }
    if (batch.length > 1 && (response.status === 400 || response.status === 409 || response.status === 413)) {
      await response.body?.cancel().catch(() => undefined);
      const half = Math.ceil(batch.length / 2);
      await send(batch.slice(0, half));
      await send(batch.slice(half));
      return;
    }
    const only = batch[0]!;
    const message = await lrsErrorMessage(response);
    if (response.status === 409) {
      if (await alreadyThere(only)) {
        report.accepted++;
        await options.onAccepted?.([only.id]);
      } else {
        report.conflicts++;
        report.conflictList.push({ id: only.id, status: 409, message });
      }
    } else {
      report.rejected += batch.length;
      for (const s of batch) report.rejectedList.push({ id: s.id, status: response.status, message });
    }
    progress();
  }

  try {
    let pending: OutgoingStatement[] = [];
    const seen = new Set<string>();
    const sharedSeen = new Set<string>();
    const withhold = (id: string) => {
      report.shared++;
      if (!sharedSeen.has(id)) (sharedSeen.add(id), report.sharedList.push(id));
    };
    for await (const chunk of options.statements) {
      for (const statement of chunk) {
        if (options.withheld?.has(statement.id)) {
          withhold(statement.id);
          continue;
        }
        // one id twice that the caller did not declare shared: the first copy may be sent
        // already; the second is not (an LRS answers 400 to a batch holding one id twice), and
        // it is counted so that it is never dropped silently
        if (seen.has(statement.id)) {
          withhold(statement.id);
          continue;
        }
        seen.add(statement.id);
        pending.push(statement);
        if (pending.length >= batchSize) {
          await send(pending);
          pending = [];
        }
      }
    }
    if (pending.length) await send(pending);
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    report.stopped = error.stop;
  }
  progress();
  return report;
}

/** A wait that a stop (the signal) ends at once. */
export function abortableSleep(signal?: AbortSignal): (ms: number) => Promise<void> {
  return (ms) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
    });
}

/** How long to wait before retry `attempt`: the LRS's Retry-After, else exponential backoff with jitter, capped. */
export function retryDelay(response: Response | undefined, attempt: number, { baseDelayMs, maxDelayMs, random }: { baseDelayMs: number; maxDelayMs: number; random: () => number }): number {
  const retryAfter = Number(response?.headers.get('Retry-After'));
  if (Number.isFinite(retryAfter) && retryAfter > 0) return Math.min(maxDelayMs, retryAfter * 1000);
  return Math.min(maxDelayMs, baseDelayMs * 2 ** attempt) * (0.5 + random() / 2);
}

/** What an LRS said in an error answer: its JSON `message`, else the start of its text. */
export async function lrsErrorMessage(response: Response): Promise<string> {
  try {
    const text = (await response.text()).slice(0, 500);
    try {
      const body = JSON.parse(text);
      if (typeof body?.message === 'string') return body.message;
    } catch {
      // not JSON: the text itself
    }
    return text || response.statusText;
  } catch {
    return response.statusText;
  }
}
