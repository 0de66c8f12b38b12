// The CRX signing key. Chrome derives the extension id from it, so a hospital keeps one key for
// the extension's whole life (losing it means a new id and a new force-install policy). It never
// goes into the repository.
import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function inside(parent: string, child: string): boolean {
  const relative = path.relative(path.resolve(parent), path.resolve(child));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export function readSigningKey(file: string): string {
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`--key ${file}: cannot read it (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  if (!/-----BEGIN (RSA )?PRIVATE KEY-----/.test(pem)) throw new Error(`--key ${file}: not a PEM private key (expected "-----BEGIN PRIVATE KEY-----")`);
  return pem;
}

/** A new RSA-2048 key (the size Chrome's own "Pack extension" makes), written with mode 0600 outside the repository. */
export function createSigningKey(repoRoot: string, dir = path.join(os.homedir(), '.preceptor', 'crx-keys')): { pem: string; file: string } {
  if (inside(repoRoot, dir)) throw new Error(`refusing to write a signing key inside the repository (${dir})`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(dir, `preceptor-${stamp}.pem`);
  if (existsSync(file)) throw new Error(`${file} already exists`);
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { pem, file };
}
