import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The test-only in-memory LRS (`xapi-statements`, see shared/TOOLCHAIN.md), started on a free
 * loopback port for one test file and stopped after it. Any Basic credentials are accepted.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const LRS_ENTRY = path.join(repoRoot, 'node_modules', 'xapi-statements', 'dist', 'index.js');

export interface LoopbackLrs {
  /** e.g. http://127.0.0.1:40123/xAPI/ */
  endpoint: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Start one, on a port of its own. Several test files start one at once: a port another LRS took
 * between our probe and its start would have this test talk to that test's store (seen as
 * "conflicts" on a re-send). So the LRS counts as ours only when our child says it listens on our
 * port; if it says the port is in use, it is stopped and another port tried.
 */
export async function startLoopbackLrs(): Promise<LoopbackLrs> {
  for (let attempt = 1; ; attempt++) {
    const started = await startOnce(await freePort());
    if (started) return started;
    if (attempt >= 5) throw new Error('the loopback LRS found no free port in 5 attempts');
  }
}

async function startOnce(port: number): Promise<LoopbackLrs | undefined> {
  const child: ChildProcess = spawn(process.execPath, [LRS_ENTRY], {
    env: { ...process.env, AUTH_REPO: 'test', EVENTS_REPO: 'test', MODELS_REPO: 'memory', STORAGE_REPO: 'memory', EXPRESS_PORT: String(port), NODE_NO_WARNINGS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: unknown) => (output = (output + String(chunk)).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    });
  const endpoint = `http://127.0.0.1:${port}/xAPI/`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (output.includes('EADDRINUSE')) {
      await stop();
      return undefined;
    }
    if (child.exitCode !== null) throw new Error(`the loopback LRS exited (${child.exitCode}): ${output}`);
    if (output.includes(`Listening on port ${port}`)) {
      try {
        const response = await fetch(`${endpoint}about`);
        if (response.ok) return { endpoint, stop };
      } catch {
        // listening, not answering yet
      }
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the loopback LRS did not answer on ${endpoint} within 30 s: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
