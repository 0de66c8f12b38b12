import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basicAuth } from '../../src/xapi/lrsForwarding.ts';

// A loopback proxy in front of the test LRS (loopbackLrs.ts) that a test controls: it can be
// down (connection refused), answer 503, or drop a connection — before the LRS saw the batch, or
// after the LRS stored it. It records the Authorization headers it was sent, and passes the LRS
// its own Basic credentials.

export type ProxyAction = 'pass' | '503' | 'drop' | 'forward-then-drop';

export interface LrsProxy {
  endpoint: string;
  /** decides each POST (numbered from 1 since the last reset) */
  script: (post: number) => ProxyAction;
  posts: number;
  authorizations: Set<string>;
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startProxy(target: string): Promise<LrsProxy> {
  const upstream = new URL(target);
  let server: Server | undefined;
  let port = 0;
  const proxy: LrsProxy = {
    endpoint: '',
    script: () => 'pass',
    posts: 0,
    authorizations: new Set(),
    async down() {
      const s = server;
      server = undefined;
      if (!s) return;
      s.closeAllConnections();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    },
    async up() {
      if (server) return;
      const s = createServer(handle);
      s.keepAliveTimeout = 1;
      await new Promise<void>((resolve) => s.listen(port, '127.0.0.1', () => resolve()));
      port = (s.address() as AddressInfo).port;
      server = s;
    },
    close: () => proxy.down(),
  };
  function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const action = req.method === 'POST' ? proxy.script(++proxy.posts) : 'pass';
      if (req.headers.authorization) proxy.authorizations.add(req.headers.authorization);
      if (action === 'drop') return void req.socket.destroy();
      if (action === '503') return void res.writeHead(503, { 'Content-Type': 'application/json' }).end('{"message":"maintenance"}');
      const forwarded = request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host, authorization: basicAuth('proxy', 'x') } },
        (answer) => {
          const body: Buffer[] = [];
          answer.on('data', (c: Buffer) => body.push(c));
          answer.on('end', () => {
            // the LRS stored the batch, but its answer never reaches the sender
            if (action === 'forward-then-drop') return void req.socket.destroy();
            res.writeHead(answer.statusCode ?? 502, { 'Content-Type': answer.headers['content-type'] ?? 'application/json' }).end(Buffer.concat(body));
          });
        },
      );
      forwarded.on('error', () => req.socket.destroy());
      forwarded.end(Buffer.concat(chunks));
    });
  }
  await proxy.up();
  proxy.endpoint = `http://127.0.0.1:${port}${upstream.pathname}`;
  return proxy;
}

