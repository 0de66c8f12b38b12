#!/usr/bin/env node
// `pnpm pack:feed`: the mentor team's pack feed, as plain static files for any intranet web server.
//   pnpm pack:feed --new-key FILE                    a new signing key (private JWK, mode 0600); prints
//                                                    the public key and keyId for the policy's packSigningKeys
//   pnpm pack:feed DIR --key FILE pack.json ...      check, sign and add packs to DIR/index.json + DIR/packs/
//   pnpm pack:feed DIR pack.json ...                 packs that carry the editor's pack.json.sig need no --key
// Prints one JSON line: what was added, what was unchanged, or the problems (file + field path).
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFeed, type FeedBuildOk, type FeedPackInput, type FeedProblem, type FeedSigner } from '../shared/src/packFeed/feedBuilder.ts';
import { generatePackSigningKeyPair, packKeyId, publicKeySpki, signPackBytes } from '../shared/src/packFeed/packSignature.ts';

const ECDSA_KEY: EcKeyImportParams = { name: 'ECDSA', namedCurve: 'P-256' };

export interface NewKey {
  keyId: string;
  publicKey: string;
}

/** Make a key pair; the private key goes to `file` as a JWK (with `kid`), readable by its owner only. */
export async function createPackSigningKeyFile(file: string): Promise<NewKey> {
  const pair = await generatePackSigningKeyPair(true);
  const publicKey = await publicKeySpki(pair.publicKey);
  const keyId = (await packKeyId(publicKey))!;
  const jwk = { ...(await crypto.subtle.exportKey('jwk', pair.privateKey)), kid: keyId };
  try {
    await writeFile(file, `${JSON.stringify(jwk, null, 2)}\n`, { mode: 0o600, flag: 'wx' }); // never overwrite a key in use
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`${file} already exists: a key in use is never overwritten; choose another file name`);
    throw error;
  }
  await chmod(file, 0o600);
  return { keyId, publicKey };
}

/** The signer for a key file written by createPackSigningKeyFile. */
export async function readPackSigningKeyFile(file: string): Promise<FeedSigner & NewKey> {
  const jwk = JSON.parse(await readFile(file, 'utf8')) as JsonWebKey & { kid?: string };
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.d || !jwk.x || !jwk.y) throw new Error(`${file}: not an EC P-256 private key (JWK) made by pack:feed --new-key`);
  const privateKey = await crypto.subtle.importKey('jwk', jwk, ECDSA_KEY, false, ['sign']);
  const publicCryptoKey = await crypto.subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, ext: true }, ECDSA_KEY, true, ['verify']);
  const publicKey = await publicKeySpki(publicCryptoKey);
  const keyId = (await packKeyId(publicKey))!;
  return { keyId, publicKey, sign: (bytes) => signPackBytes(privateKey, bytes) };
}

async function readIfThere(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export type PackFeedOutcome = { ok: true; dir: string; added: FeedBuildOk['added']; unchanged: string[]; packs: number } | { ok: false; problems: FeedProblem[] };

/** Check, sign and add `packFiles` to the feed in `dir` (made when missing). Nothing is written when any pack is refused. */
export async function writePackFeed(dir: string, packFiles: readonly string[], keyFile?: string): Promise<PackFeedOutcome> {
  const signer = keyFile ? await readPackSigningKeyFile(keyFile) : undefined;
  const inputs: FeedPackInput[] = [];
  for (const file of packFiles) {
    const bytes = await readIfThere(file);
    if (!bytes) return { ok: false, problems: [{ file, path: '', message: 'no such file' }] };
    const sig = await readIfThere(`${file}.sig`);
    inputs.push({ fileName: path.basename(file), bytes: new Uint8Array(bytes), ...(sig ? { detachedSignature: sig.toString('utf8') } : {}) });
  }
  const existing = await readIfThere(path.join(dir, 'index.json'));
  const built = await buildFeed(existing?.toString('utf8'), inputs, signer, new Date());
  if (!built.ok) return built;
  await mkdir(path.join(dir, 'packs'), { recursive: true });
  // packs first, the index last and by rename: a client never sees an entry whose file is not there yet
  for (const file of built.files) {
    const target = path.join(dir, file.path);
    const temporary = `${target}.${process.pid}.tmp`;
    await writeFile(temporary, file.bytes);
    await rename(temporary, target);
  }
  return { ok: true, dir, added: built.added, unchanged: built.unchanged, packs: built.index.packs.length };
}

async function main(argv: string[]): Promise<number> {
  const args = argv.filter((a) => a !== '--');
  const usage = 'usage: pnpm pack:feed --new-key FILE | pnpm pack:feed DIR [--key FILE] pack.json ...';
  const newKey = args.indexOf('--new-key');
  if (newKey >= 0) {
    const file = args[newKey + 1];
    if (!file) return fail(usage);
    const key = await createPackSigningKeyFile(file);
    console.log(JSON.stringify({ ok: true, keyFile: file, keyId: key.keyId, publicKey: key.publicKey, policy: { packSigningKeys: [key] } }));
    return 0;
  }
  const keyAt = args.indexOf('--key');
  const keyFile = keyAt >= 0 ? args[keyAt + 1] : undefined;
  if (keyAt >= 0 && !keyFile) return fail(usage);
  const rest = args.filter((_, i) => keyAt < 0 || (i !== keyAt && i !== keyAt + 1));
  const [dir, ...packs] = rest;
  if (!dir || packs.length === 0) return fail(usage);
  const outcome = await writePackFeed(dir, packs, keyFile);
  console.log(JSON.stringify(outcome));
  return outcome.ok ? 0 : 1;
}

function fail(message: string): number {
  console.error(message);
  return 2;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.log(JSON.stringify({ ok: false, problems: [{ file: '', path: '', message: error instanceof Error ? error.message : String(error) }] }));
      process.exit(1);
    },
  );
}
