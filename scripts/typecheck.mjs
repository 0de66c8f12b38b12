#!/usr/bin/env node
// `pnpm typecheck`: the workspace's TypeScript program and the extension's (which needs WXT's
// generated types) are two independent `tsc` runs, each on one core, so they run side by side.
// Exit code: the first non-zero one, after both have finished.
import { pnpm, runCommand } from './runCommand.mjs';

const checks = [
  ['workspace', ['exec', 'tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['extension', ['--filter', '@preceptor/extension', 'typecheck']],
];

const codes = await Promise.all(
  checks.map(async ([name, args]) => {
    const started = Date.now();
    const rc = await runCommand(pnpm, args);
    console.log(`[typecheck] ${name}: ${rc === 0 ? 'ok' : `failed (exit ${rc})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return rc;
  }),
);
process.exit(codes.find((c) => c !== 0) ?? 0);
