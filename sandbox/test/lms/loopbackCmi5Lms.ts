import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The LMS side of a cmi5 launch, for tests: what an LMS adds in front of its LRS. It makes a
 * registration and session, writes LMS.LaunchData and the `launched` statement, hands out the
 * one-time fetch URL and its token, keeps State and Agent Profile documents, and passes
 * statements to the REAL LRS (`xapi-statements` on loopback) under the LMS's own credentials.
 * Only requests with the session's token are let through.
 */

export interface LaunchOptions {
  launchMode?: 'Normal' | 'Browse' | 'Review';
  moveOn?: string;
  masteryScore?: number;
  returnURL?: string;
  /** relaunch in an existing registration (a new session) */
  registration?: string;
  languagePreference?: string;
  /** the AU's publisher id (default: the one the LMS was started with) */
  publisherId?: string;
}

export interface Cmi5Launched {
  /** the query string the LMS appends to the AU url */
  search: string;
  registration: string;
  sessionId: string;
  activityId: string;
  publisherId: string;
  actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
  /** how many times the fetch URL was POSTed */
  fetchCount(): number;
}

export interface LoopbackCmi5Lms {
  /** the xAPI base the AU is given */
  endpoint: string;
  launch(options?: LaunchOptions): Promise<Cmi5Launched>;
  /** every request the AU made, in order: "METHOD path" */
  requests: string[];
  /** statements of a registration, as the real LRS holds them, oldest first */
  statements(registration: string): Promise<Array<Record<string, unknown>>>;
  /** a statement written to the LRS by someone other than the AU (the extension, with the hospital's LRS credentials) */
  postToLrs(statement: unknown): Promise<void>;
  stop(): Promise<void>;
}

const LMS_CREDENTIALS = `Basic ${Buffer.from('lms:lms-secret').toString('base64')}`;

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startCmi5Lms(lrsEndpoint: string, publisherId: string): Promise<LoopbackCmi5Lms> {
  const tokens = new Set<string>();
  const fetchUrls = new Map<string, { token: string; count: number }>();
  const documents = new Map<string, { json: string; etag: string }>();
  const requests: string[] = [];
  const actor = { objectType: 'Agent' as const, name: '李护士', account: { homePage: 'https://lms.hospital.example', name: 'staff-0042' } };
  let server: Server;
  let base = '';
  let counter = 0;

  const lrs = async (method: string, path: string, payload?: string): Promise<{ status: number; text: string }> => {
    const response = await fetch(`${lrsEndpoint}${path}`, {
      method,
      headers: { Authorization: LMS_CREDENTIALS, 'X-Experience-API-Version': '1.0.3', ...(payload ? { 'Content-Type': 'application/json' } : {}) },
      ...(payload ? { body: payload } : {}),
    });
    return { status: response.status, text: await response.text() };
  };

  const stateKey = (params: URLSearchParams) => JSON.stringify(['state', params.get('stateId'), params.get('activityId'), params.get('agent'), params.get('registration')]);

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', base);
    requests.push(`${request.method} ${url.pathname}${url.searchParams.get('stateId') ? ` ${url.searchParams.get('stateId')}` : ''}`);
    // the AU may be served from another host than the LRS (cmi5 allows it): CORS as a real LMS sets it
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Expose-Headers', 'ETag');
    const send = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { ...(json === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers });
      response.end(json === undefined ? undefined : JSON.stringify(json));
    };
    if (request.method === 'OPTIONS') {
      return send(204, undefined, { 'Access-Control-Allow-Methods': 'GET, POST, PUT', 'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match' });
    }
    if (url.pathname.startsWith('/fetch/')) {
      const entry = fetchUrls.get(url.pathname);
      if (request.method !== 'POST') return send(405);
      if (!entry) return send(200, { 'error-code': '2', 'error-text': 'unknown fetch URL' });
      entry.count++;
      if (entry.count > 1) return send(200, { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' });
      return send(200, { 'auth-token': entry.token });
    }
    if (!url.pathname.startsWith('/xapi/')) return send(404);
    const auth = request.headers.authorization ?? '';
    if (!auth.startsWith('Basic ') || !tokens.has(auth.slice(6))) return send(401);
    if (request.headers['x-experience-api-version'] !== '1.0.3') return send(400, { error: 'X-Experience-API-Version 1.0.3 expected' });
    const path = url.pathname.slice('/xapi/'.length);
    if (path === 'activities/state') {
      const key = stateKey(url.searchParams);
      if (request.method === 'GET') {
        const doc = documents.get(key);
        return doc ? send(200, JSON.parse(doc.json), { ETag: doc.etag }) : send(404);
      }
      if (request.method === 'PUT') {
        if (url.searchParams.get('stateId') === 'LMS.LaunchData') return send(403, { error: 'the AU must not modify LMS.LaunchData' });
        const existing = documents.get(key);
        const ifMatch = request.headers['if-match'];
        const ifNoneMatch = request.headers['if-none-match'];
        if (!ifMatch && !ifNoneMatch) return send(409, { error: 'concurrency header required' });
        if (ifNoneMatch === '*' && existing) return send(412);
        if (ifMatch && ifMatch !== '*' && existing?.etag !== ifMatch) return send(412);
        if (ifMatch && !existing) return send(412);
        const etag = `"${++counter}"`;
        documents.set(key, { json: await body(request), etag });
        return send(204, undefined, { ETag: etag });
      }
      return send(405);
    }
    if (path === 'agents/profile' && request.method === 'GET') {
      const doc = documents.get(JSON.stringify(['profile', url.searchParams.get('agent'), url.searchParams.get('profileId')]));
      return doc ? send(200, JSON.parse(doc.json)) : send(404);
    }
    if (path === 'statements' && request.method === 'GET') {
      // an AU token reads its own registration only
      if (!url.searchParams.get('registration')) return send(403, { error: 'an AU may read its registration only' });
      const found = await lrs('GET', `statements${url.search}`);
      response.writeHead(found.status, { 'Content-Type': 'application/json' });
      return response.end(found.text);
    }
    if (path === 'statements' && (request.method === 'POST' || request.method === 'PUT')) {
      const forwarded = await lrs('POST', 'statements', await body(request));
      response.writeHead(forwarded.status, { 'Content-Type': 'application/json' });
      return response.end(forwarded.text);
    }
    return send(404);
  };

  server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const endpoint = `${base}/xapi/`;

  return {
    endpoint,
    requests,
    async launch(options = {}) {
      const registration = options.registration ?? crypto.randomUUID();
      const sessionId = crypto.randomUUID();
      const token = Buffer.from(`session-${sessionId}:${crypto.randomUUID()}`).toString('base64');
      tokens.add(token);
      const fetchPath = `/fetch/${crypto.randomUUID()}`;
      fetchUrls.set(fetchPath, { token, count: 0 });
      // the runtime id the LMS makes for this AU: not the publisher id (cmi5 spec 9.2)
      const auPublisherId = options.publisherId ?? publisherId;
      const activityId = `https://lms.hospital.example/runtime/${encodeURIComponent(auPublisherId)}`;
      const launchMode = options.launchMode ?? 'Normal';
      const moveOn = options.moveOn ?? 'CompletedAndPassed';
      const contextTemplate = {
        contextActivities: { grouping: [{ id: auPublisherId, objectType: 'Activity' }] },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId },
      };
      const agent = JSON.stringify(actor);
      const launchData = {
        contextTemplate,
        launchMode,
        moveOn,
        ...(options.masteryScore !== undefined ? { masteryScore: options.masteryScore } : {}),
        ...(options.returnURL ? { returnURL: options.returnURL } : {}),
      };
      documents.set(JSON.stringify(['state', 'LMS.LaunchData', activityId, agent, registration]), { json: JSON.stringify(launchData), etag: `"${++counter}"` });
      if (options.languagePreference) documents.set(JSON.stringify(['profile', agent, 'cmi5LearnerPreferences']), { json: JSON.stringify({ languagePreference: options.languagePreference, audioPreference: 'off' }), etag: `"${++counter}"` });
      const launched = {
        id: crypto.randomUUID(),
        actor,
        verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'launched' } },
        object: { id: activityId, objectType: 'Activity' },
        context: {
          ...contextTemplate,
          registration,
          contextActivities: { ...contextTemplate.contextActivities, category: [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5', objectType: 'Activity' }] },
          extensions: {
            ...contextTemplate.extensions,
            'https://w3id.org/xapi/cmi5/context/extensions/launchmode': launchMode,
            'https://w3id.org/xapi/cmi5/context/extensions/moveon': moveOn,
            'https://w3id.org/xapi/cmi5/context/extensions/launchurl': `${base}/package/index.html`,
            ...(options.masteryScore !== undefined ? { 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': options.masteryScore } : {}),
          },
        },
        timestamp: new Date(Date.now() - 5).toISOString(),
      };
      const stored = await lrs('POST', 'statements', JSON.stringify(launched));
      if (stored.status !== 200) throw new Error(`the LRS refused the launched statement: ${stored.status} ${stored.text}`);
      const search = `?${new URLSearchParams({ endpoint, fetch: `${base}${fetchPath}`, actor: agent, registration, activityId })}`;
      return { search, registration, sessionId, activityId, publisherId: auPublisherId, actor, fetchCount: () => fetchUrls.get(fetchPath)!.count };
    },
    async statements(registration) {
      const found = await lrs('GET', `statements?${new URLSearchParams({ registration, ascending: 'true', limit: '500' })}`);
      if (found.status !== 200) throw new Error(`the LRS refused the query: ${found.status} ${found.text}`);
      const list = (JSON.parse(found.text) as { statements: Array<Record<string, unknown>> }).statements;
      // in the order the LRS stored them, ties in its own order (a launched statement is timestamped
      // 5 ms back, so a relaunch within 5 ms of the last terminated sorted before it by timestamp)
      return [...list].sort((a, b) => String(a.stored).localeCompare(String(b.stored)));
    },
    async postToLrs(statement) {
      const stored = await lrs('POST', 'statements', JSON.stringify(statement));
      if (stored.status !== 200) throw new Error(`the LRS refused the statement: ${stored.status} ${stored.text}`);
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
