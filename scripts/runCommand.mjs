// Run a command from the repository root with inherited output; resolves to its exit code
// (1 if it could not start or was killed). Shared by test-all.mjs and typecheck.mjs.
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const pnpm = process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm';

/** With `logFile`, the command's output goes to that file instead of the terminal. */
export function runCommand(cmd, args, env = {}, logFile) {
  return new Promise((resolve) => {
    const fd = logFile ? openSync(logFile, 'w') : undefined;
    const done = (code) => {
      if (fd !== undefined) closeSync(fd);
      resolve(code);
    };
    const child = spawn(cmd, args, {
      cwd: repoRoot,
      stdio: fd === undefined ? 'inherit' : ['ignore', fd, fd],
      env: { ...process.env, ...env },
      shell: process.platform === 'win32',
    });
    child.on('error', (err) => {
      console.error(`could not start ${cmd}: ${err.message}`);
      done(1);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}
