// `pnpm demo` refuses a port held by a server that is not our sandbox (issue 17: it reused
// whatever answered on 4173 and failed with "page.goto: Download is starting"), takes the port from
// --port or PRECEPTOR_SANDBOX_PORT, and rejects a port that is not a number. All of this happens
// before any build or browser, so the test runs the real script against loopback servers (with
// plain node: the TypeScript it loads through tsx comes later, so each run costs a node start, not
// tsx and playwright's).
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function runDemo(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/demo.mjs', ...args], {
      cwd: repoRoot,
      env: { ...process.env, PRECEPTOR_SANDBOX_PORT: '', PRECEPTOR_DEMO_SCREENSHOT: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, out }));
  });
}

let other: http.Server;
let otherPort = 0;
beforeAll(async () => {
  // a stranger on the port: answers every path with a download, as the server in the issue did
  other = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/octet-stream' }).end('not a page'));
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherPort = (other.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

it('stops with a clear message when another server holds the --port, before building anything', async () => {
  // --no-build: were the refusal ever missed, the run must not start a minute-long build
  const { code, out } = await runDemo(['--port', String(otherPort), '--screenshot', '--no-build']);
  expect(code).toBe(1);
  expect(out).toContain(`another server answers on port ${otherPort}`);
  expect(out).toContain('not the Preceptor sandbox');
  expect(out).toContain('application/octet-stream');
  expect(out).toContain(`pnpm demo --port ${otherPort + 1}`);
  expect(out).not.toContain('--no-build: using existing build output'); // refused before the build step
});

it('takes the port from PRECEPTOR_SANDBOX_PORT, and --port wins over it', async () => {
  const fromEnv = await runDemo(['--screenshot', '--no-build'], { PRECEPTOR_SANDBOX_PORT: String(otherPort) });
  expect(fromEnv.code).toBe(1);
  expect(fromEnv.out).toContain(`another server answers on port ${otherPort}`);
  const bad = await runDemo(['--screenshot', '--no-build', '--port', 'x'], { PRECEPTOR_SANDBOX_PORT: String(otherPort) });
  expect(bad.code).toBe(2);
  expect(bad.out).toContain('--port must be a port number from 1 to 65535, got "x"');
});

it('rejects a PRECEPTOR_SANDBOX_PORT that is not a port', async () => {
  const { code, out } = await runDemo(['--screenshot', '--no-build'], { PRECEPTOR_SANDBOX_PORT: '99999' });
  expect(code).toBe(2);
  expect(out).toContain('PRECEPTOR_SANDBOX_PORT must be a port number from 1 to 65535, got "99999"');
});
