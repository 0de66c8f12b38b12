#!/usr/bin/env node
// `pnpm typecheck`: the workspace's TypeScript program and the extension's (which needs WXT's
// generated types) are two independent `tsc` runs, each on one core, so they run side by side.
// Exit code: the first non-zero one, after both have finished.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pnpm = process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm';
const checks = [
  ['workspace', pnpm, ['exec', 'tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['extension', pnpm, ['--filter', '@preceptor/extension', 'typecheck']],
];

const codes = await Promise.all(
  checks.map(
    ([name, cmd, args]) =>
      new Promise((resolve) => {
        const started = Date.now();
        const child = spawn(cmd, args, { cwd: repoRoot, stdio: 'inherit', shell: process.platform === 'win32' });
        child.on('error', (err) => {
          console.error(`[typecheck] ${name}: could not start ${cmd}: ${err.message}`);
          resolve(1);
        });
        child.on('exit', (code, signal) => {
          const rc = code ?? (signal ? 1 : 0);
          console.log(`[typecheck] ${name}: ${rc === 0 ? 'ok' : `failed (exit ${rc})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
          resolve(rc);
        });
      }),
  ),
);
process.exit(codes.find((c) => c !== 0) ?? 0);
