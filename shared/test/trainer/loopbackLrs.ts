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

export async function startLoopbackLrs(): Promise<LoopbackLrs> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [LRS_ENTRY], {
    env: { ...process.env, AUTH_REPO: 'test', EVENTS_REPO: 'test', MODELS_REPO: 'memory', STORAGE_REPO: 'memory', EXPRESS_PORT: String(port), NODE_NO_WARNINGS: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr = (stderr + String(chunk)).slice(-2000)));
  const endpoint = `http://127.0.0.1:${port}/xAPI/`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the loopback LRS exited (${child.exitCode}): ${stderr}`);
    try {
      const response = await fetch(`${endpoint}about`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`the loopback LRS did not answer on ${endpoint} within 30 s: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return {
    endpoint,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
