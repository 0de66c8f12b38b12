#!/usr/bin/env tsx
// `pnpm package [--emr-origin URL]... [--update-base URL] [--key FILE] [--out DIR]`
// Builds the hospital edition for Chrome/Edge and Firefox (MV3) into a temporary folder (the
// developer build in extension/.output is left alone), then writes dist/packages/: the Chrome/Edge
// zip, the signed CRX, updates.xml and the Firefox zip; lints the Firefox build with web-ext and
// ends with one JSON line summing it up. docs/deploy.md says how to host and force-install them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { lintFirefoxBuild } from './packaging/firefoxLint.ts';
import { packageBuilds } from './packaging/packageBuilds.ts';
import { createSigningKey, readSigningKey } from './packaging/signingKey.ts';
import { normaliseUpdateBase, updateManifestUrl } from './packaging/updateManifest.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extensionRoot = path.join(repoRoot, 'extension');

/** Relative to the repository when inside it, else absolute. */
function shortPath(file: string): string {
  const relative = path.relative(repoRoot, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function fail(message: string): never {
  console.error(`[package] ${message}`);
  process.exit(1);
}

function emrOrigin(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    fail(`--emr-origin "${raw}" is not an origin (expected e.g. https://emr.hospital.example)`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname !== '/' || url.search || url.hash) {
    fail(`--emr-origin "${raw}" must be an http(s) origin without a path`);
  }
  return url.origin;
}

/** One WXT build in its own node process (WXT keeps global state), into outDir/<browser>-mv3. */
function build(browser: 'chrome' | 'firefox', outDir: string, env: Record<string, string>): string {
  const script = `import { build } from 'wxt'; await build(${JSON.stringify({ root: extensionRoot, browser, manifestVersion: 3, outDir })});`;
  console.error(`[package] building ${browser} (MV3)…`);
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: extensionRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0) fail(`the ${browser} build failed (exit ${run.status})`);
  return path.join(outDir, `${browser}-mv3`);
}

const options = {
  'emr-origin': { type: 'string', multiple: true, default: [] as string[] },
  'update-base': { type: 'string' },
  key: { type: 'string' },
  out: { type: 'string', default: path.join(repoRoot, 'dist', 'packages') },
  'skip-lint': { type: 'boolean', default: false },
} as const;
const usage = 'usage: pnpm package [--emr-origin URL]... [--update-base URL] [--key FILE] [--out DIR] [--skip-lint]';
const parsed = (() => {
  try {
    return parseArgs({ options, allowPositionals: false });
  } catch (err) {
    fail(`${(err as Error).message}\n${usage}`);
  }
})();
const { values } = parsed;

let updateBase: string | undefined;
try {
  updateBase = values['update-base'] === undefined ? undefined : normaliseUpdateBase(values['update-base']);
} catch (err) {
  fail((err as Error).message);
}
if (!updateBase) console.error('[package] no --update-base: the CRX gets no update_url and no updates.xml is written (needed for force-install)');

// every option is checked before a key is created, so a typo never leaves a stray key behind
const env: Record<string, string> = { PRECEPTOR_HOSPITAL_BUILD: '1', PRECEPTOR_EMR_ORIGINS: values['emr-origin'].map(emrOrigin).join(',') };
if (updateBase) env.PRECEPTOR_UPDATE_URL = updateManifestUrl(updateBase);

let privateKeyPem: string;
let keyFile: string;
try {
  if (values.key) {
    keyFile = path.resolve(values.key);
    privateKeyPem = readSigningKey(keyFile);
  } else {
    const created = createSigningKey(repoRoot);
    ({ pem: privateKeyPem, file: keyFile } = created);
    console.error(`[package] new signing key written to ${keyFile} (mode 0600). Keep it safe and pass --key ${keyFile} next time: the extension id is derived from it.`);
  }
} catch (err) {
  fail((err as Error).message);
}

const buildRoot = mkdtempSync(path.join(os.tmpdir(), 'preceptor-package-'));
try {
  const chromeDir = build('chrome', buildRoot, env);
  const firefoxDir = build('firefox', buildRoot, env);
  const packaged = packageBuilds({ chromeDir, firefoxDir, outDir: path.resolve(values.out), privateKeyPem, ...(updateBase ? { updateBase } : {}) });
  let lint: { errors: number; warnings: number; notices: number } | 'skipped' = 'skipped';
  if (!values['skip-lint']) {
    console.error('[package] web-ext lint on the Firefox build…');
    const result = lintFirefoxBuild(firefoxDir);
    for (const m of [...result.errors, ...result.warnings]) console.error(`[web-ext lint] ${result.errors.includes(m) ? 'error' : 'warning'} ${m.code} ${m.file ?? ''}: ${m.message}`);
    lint = { errors: result.errors.length, warnings: result.warnings.length, notices: result.notices.length };
    if (result.errors.length > 0) {
      console.log(JSON.stringify({ ...packaged, keyFile, firefoxLint: lint }));
      fail(`web-ext lint found ${result.errors.length} error(s) in the Firefox build`);
    }
  }
  console.log(JSON.stringify({ ...packaged, files: packaged.files.map((f) => ({ file: shortPath(f.file), bytes: f.bytes })), keyFile, emrOrigins: env.PRECEPTOR_EMR_ORIGINS ? env.PRECEPTOR_EMR_ORIGINS.split(',') : [], firefoxLint: lint }));
} catch (err) {
  fail((err as Error).message);
} finally {
  rmSync(buildRoot, { recursive: true, force: true });
}
