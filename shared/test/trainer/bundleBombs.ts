import { createHash } from 'node:crypto';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { BUNDLE_FILES } from '../../src/record/exportBundle.ts';
import { signBytes, toBase64 } from '../../src/record/bundleSigning.ts';
import { learnerBundle, unzipParts, newSigner, type TestSigner } from '../record/bundleHelpers.ts';
import type { IncomingStatement } from '../../src/record/statementValidation.ts';
import { syntheticLearner, syntheticLearnerStatements } from './syntheticLearners.ts';

/**
 * Hostile bundles, made in a few megabytes of memory however much they unpack to: the zip is
 * written by hand (so sizes can lie), and a big entry is one small deflate block repeated — a
 * block compressed on its own and ended by a sync flush is byte-aligned and not final, so copies
 * of it concatenate into one valid deflate stream.
 */

const encoder = new TextEncoder();

export interface RawEntry {
  name: string;
  /** 0 stored, 8 deflate */
  method: 0 | 8;
  /** the compressed bytes, in pieces (written one after another) */
  data: Uint8Array[];
  crc: number;
  /** the real uncompressed size */
  size: number;
  /** what the headers say (defaults to the real size): a lie when different */
  declaredSize?: number;
}

/** A zip file from entries, headers written as told. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const compressed = entry.data.reduce((s, d) => s + d.length, 0);
    const declared = entry.declaredSize ?? entry.size;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x0800, true); // UTF-8 names
    local.setUint16(8, entry.method, true);
    local.setUint32(14, entry.crc >>> 0, true);
    local.setUint32(18, compressed, true);
    local.setUint32(22, declared, true);
    local.setUint16(26, name.length, true);
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, 20, true);
    cd.setUint16(6, 20, true);
    cd.setUint16(8, 0x0800, true);
    cd.setUint16(10, entry.method, true);
    cd.setUint32(16, entry.crc >>> 0, true);
    cd.setUint32(20, compressed, true);
    cd.setUint32(24, declared, true);
    cd.setUint16(28, name.length, true);
    cd.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), name, ...entry.data);
    central.push(new Uint8Array(cd.buffer), name);
    offset += 30 + name.length + compressed;
  }
  const cdSize = central.reduce((s, d) => s + d.length, 0);
  const eocd = new DataView(new ArrayBuffer(22));
  eocd.setUint32(0, 0x06054b50, true);
  eocd.setUint16(8, Math.min(entries.length, 0xffff), true);
  eocd.setUint16(10, Math.min(entries.length, 0xffff), true);
  eocd.setUint32(12, cdSize, true);
  eocd.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(eocd.buffer)];
  const out = new Uint8Array(all.reduce((s, d) => s + d.length, 0));
  let at = 0;
  for (const d of all) {
    out.set(d, at);
    at += d.length;
  }
  return out;
}

/** An entry stored as is (small files). */
export function storedEntry(name: string, bytes: Uint8Array): RawEntry {
  return { name, method: 0, data: [bytes], crc: crc32(bytes), size: bytes.length };
}

/** An entry deflated in one go (small files). */
export function deflatedEntry(name: string, bytes: Uint8Array): RawEntry {
  return { name, method: 8, data: [deflateRawSync(bytes)], crc: crc32(bytes), size: bytes.length };
}

const MB = 1024 * 1024;

/**
 * `head` followed by `repeats` copies of `unit` (≤ a few MB), deflated without ever holding the
 * whole: about 1 KB of deflate per MB of a repeated byte. Also returns its SHA-256 and CRC-32.
 */
export function repeatedEntry(name: string, head: Uint8Array, unit: Uint8Array, repeats: number, declaredSize?: number, hashed = true): RawEntry & { sha256: string } {
  const hash = createHash('sha256').update(head);
  let crc = crc32(head);
  if (!hashed) hash.update('not hashed: refused before any hash is read');
  const headBlock = deflateRawSync(head, { finishFlush: constants.Z_SYNC_FLUSH });
  const unitBlock = deflateRawSync(unit, { finishFlush: constants.Z_SYNC_FLUSH });
  const data: Uint8Array[] = [headBlock];
  for (let i = 0; i < repeats; i++) {
    if (hashed) {
      hash.update(unit);
      crc = crc32(unit, crc);
    }
    data.push(unitBlock);
  }
  data.push(deflateRawSync(new Uint8Array(0))); // the final (empty) block
  const size = head.length + unit.length * repeats;
  return { name, method: 8, data, crc, size, declaredSize: declaredSize ?? (size > 0xfffffffe ? 0xfffffffe : size), sha256: hash.digest('hex') };
}

/** The four files of a real bundle, with statements.ndjson replaced, manifest re-hashed and re-signed. */
async function signedBundleWith(statements: RawEntry & { sha256: string }, options: { seed: number; signer?: TestSigner; learnerStatements?: IncomingStatement[] }): Promise<Uint8Array> {
  const good = await learnerBundle({ seed: options.seed, count: 3, signer: options.signer, statements: options.learnerStatements });
  const parts = unzipParts(good.bytes);
  const manifest = JSON.parse(parts[BUNDLE_FILES.manifest]!);
  manifest.statementsSha256 = statements.sha256;
  const manifestBytes = encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`);
  const signature = encoder.encode(`${toBase64(await signBytes(good.signer.privateKey, manifestBytes))}\n`);
  return rawZip([
    storedEntry(BUNDLE_FILES.manifest, manifestBytes),
    storedEntry(BUNDLE_FILES.signature, signature),
    statements,
    deflatedEntry(BUNDLE_FILES.summary, encoder.encode(parts[BUNDLE_FILES.summary]!)),
  ]);
}

/** A correctly signed bundle whose statements.ndjson is its 3 statements and then `blankMb` MB of blank lines. */
export async function blankLineBomb(blankMb = 500, seed = 901): Promise<Uint8Array> {
  const good = await learnerBundle({ seed, count: 3 });
  const head = encoder.encode(unzipParts(good.bytes)[BUNDLE_FILES.statements]!);
  const entry = repeatedEntry(BUNDLE_FILES.statements, head, new Uint8Array(MB).fill(0x0a), blankMb);
  return signedBundleWith(entry, { seed, signer: good.signer, learnerStatements: good.statements });
}

/** A signed bundle whose statements.ndjson unpacks to `gb` GB (declared as such, or as `declaredSize` when lying). */
export async function hugeEntryBomb(options: { mb?: number; declaredSize?: number; seed?: number; hashed?: boolean } = {}): Promise<Uint8Array> {
  const entry = repeatedEntry(BUNDLE_FILES.statements, new Uint8Array(0), new Uint8Array(MB).fill(0x20), options.mb ?? 1024, options.declaredSize, options.hashed ?? false);
  return signedBundleWith(entry, { seed: options.seed ?? 902 });
}

/** A zip holding a real bundle as `inner.zip` (and that one, optionally, holding another). */
export function deepZip(inner: Uint8Array, depth = 3): Uint8Array {
  let bytes = inner;
  for (let i = 0; i < depth; i++) bytes = rawZip([deflatedEntry('inner.zip', bytes)]);
  return bytes;
}

/** A bundle whose statements.ndjson is itself a zip (the name is right, the content is not). */
export function zipInsideEntry(inner: Uint8Array): Uint8Array {
  return rawZip([deflatedEntry(BUNDLE_FILES.manifest, encoder.encode('{}')), deflatedEntry(BUNDLE_FILES.statements, inner)]);
}

/** `count` tiny entries: a central directory to choke on. */
export function manyEntries(count = 10_000): Uint8Array {
  const empty = new Uint8Array(0);
  return rawZip(Array.from({ length: count }, (_, i) => storedEntry(`f${i}.json`, empty)));
}

/** A path that climbs out of the folder it is unpacked into. */
export function traversalZip(): Uint8Array {
  return rawZip([storedEntry('../../manifest.json', encoder.encode('{}'))]);
}

export interface BombFile {
  name: string;
  bytes: Uint8Array;
  /** what the import must make of it: imported, or refused with this code */
  expected: 'imported' | string;
}

/**
 * The batch a hostile learner might slip among good files: a bundle squatting a victim's
 * statement ids (under the attacker's own key) FIRST, then the victim's own bundle, then good
 * bundles beside a blank-line bomb, a 1 GB entry, a lying header, a zip in a zip, 10,000
 * entries and a path out of the folder. `victim` is also returned on its own, so a caller can
 * import it alone into a fresh store as the reference the victim's records must match.
 */
export async function bombBatch(options: { blankMb?: number; hugeMb?: number } = {}): Promise<{ victim: BombFile & { learnerId: string; statements: number }; squatterId: string; batch: BombFile[] }> {
  const victim = await learnerBundle({ seed: 950, count: 40 });
  const good = await Promise.all([951, 952, 953, 954].map((seed) => learnerBundle({ seed, count: 30 })));
  const attacker = syntheticLearner(959);
  const squatted = victim.statements.map((s) => ({ ...structuredClone(s), actor: { ...s.actor, account: { homePage: attacker.homePage, name: attacker.learnerId } } }));
  const squatter = await learnerBundle({ learner: attacker, statements: [...squatted, ...syntheticLearnerStatements(attacker, 5, 959)] });
  // one learner's exports 1 and 2, the second naming a predecessor that is not export 1
  const chained = syntheticLearner(958);
  const chainStatements = syntheticLearnerStatements(chained, 20, 958);
  const first = await learnerBundle({ learner: chained, statements: chainStatements.slice(0, 10) });
  const bogus = await learnerBundle({ learner: chained, statements: chainStatements, signer: first.signer, sequence: 2, previous: 'f'.repeat(64), at: '2026-11-27T09:30:00.000Z' });
  const batch: BombFile[] = [
    { name: 'id-squatter.zip', bytes: squatter.bytes, expected: 'imported' },
    { name: 'victim.zip', bytes: victim.bytes, expected: 'imported' },
    { name: 'good-1.zip', bytes: good[0]!.bytes, expected: 'imported' },
    { name: 'blank-line-bomb.zip', bytes: await blankLineBomb(options.blankMb ?? 500), expected: 'too-large' },
    { name: 'good-2.zip', bytes: good[1]!.bytes, expected: 'imported' },
    { name: 'one-gb-entry.zip', bytes: await hugeEntryBomb({ mb: options.hugeMb ?? 1024 }), expected: 'too-large' },
    { name: 'lying-header.zip', bytes: await hugeEntryBomb({ mb: 256, declaredSize: 4096 }), expected: 'size-mismatch' },
    { name: 'deep-zip.zip', bytes: deepZip(good[2]!.bytes, 3), expected: 'nested-archive' },
    { name: 'many-entries.zip', bytes: manyEntries(10_000), expected: 'too-many-entries' },
    { name: 'path-traversal.zip', bytes: traversalZip(), expected: 'unsafe-path' },
    { name: 'good-3.zip', bytes: good[2]!.bytes, expected: 'imported' },
    { name: 'good-4.zip', bytes: good[3]!.bytes, expected: 'imported' },
    { name: 'chain-1.zip', bytes: first.bytes, expected: 'imported' },
    { name: 'chain-2-bogus-predecessor.zip', bytes: bogus.bytes, expected: 'imported' },
  ];
  return { victim: { name: 'victim.zip', bytes: victim.bytes, expected: 'imported', learnerId: victim.learner.learnerId, statements: victim.statements.length }, squatterId: attacker.learnerId, batch };
}

export { newSigner };
