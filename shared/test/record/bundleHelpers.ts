import { strToU8, unzipSync, zipSync } from 'fflate';
import { buildExportBundle, BUNDLE_FILES, type BuiltBundle, type StaffIdentity } from '../../src/record/exportBundle.ts';
import { exportPublicKeyJwk, generateSigningKeyPair, sha256Hex, signBytes, toBase64, type PublicKeyJwk } from '../../src/record/bundleSigning.ts';
import type { IncomingStatement } from '../../src/record/statementValidation.ts';
import { syntheticLearner, syntheticLearnerStatements, type SyntheticLearner } from '../trainer/syntheticLearners.ts';

export interface TestSigner {
  privateKey: CryptoKey;
  publicKey: PublicKeyJwk;
}

export async function newSigner(): Promise<TestSigner> {
  const pair = await generateSigningKeyPair();
  return { privateKey: pair.privateKey, publicKey: await exportPublicKeyJwk(pair.publicKey) };
}

export async function learnerBundle(
  options: { seed?: number; count?: number; signer?: TestSigner; learner?: SyntheticLearner; statements?: IncomingStatement[]; sequence?: number; previous?: string | null; at?: string; staff?: StaffIdentity } = {},
): Promise<BuiltBundle & { learner: SyntheticLearner; statements: IncomingStatement[]; signer: TestSigner }> {
  const seed = options.seed ?? 1;
  const learner = options.learner ?? syntheticLearner(seed);
  const statements = options.statements ?? syntheticLearnerStatements(learner, options.count ?? 40, seed);
  const signer = options.signer ?? (await newSigner());
  const built = await buildExportBundle({
    statements,
    learner: { homePage: learner.homePage, learnerId: learner.learnerId },
    exportedAt: new Date(options.at ?? '2026-11-26T09:30:00.000Z'),
    exporter: { name: 'Preceptor', version: '0.1.0' },
    sequence: options.sequence ?? 1,
    previousExportSha256: options.previous ?? null,
    signer,
    language: 'zh-CN',
    ...(options.staff ? { staff: options.staff } : {}),
  });
  return { ...built, learner, statements, signer };
}

export type BundleParts = Record<string, string>;

// ignoreBOM keeps summary.csv's byte-order mark, so a round trip changes nothing
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

export function unzipParts(bytes: Uint8Array): BundleParts {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, decoder.decode(data)]));
}

export function zipParts(parts: BundleParts): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, text]) => [name, strToU8(text)])));
}

/**
 * Change a bundle the way an attacker (or a bug) would: patch files and the manifest, then
 * optionally recompute hashes and sign again with some key.
 */
export async function tamper(
  bytes: Uint8Array,
  change: {
    statements?: (text: string) => string;
    summary?: (text: string) => string;
    manifest?: (manifest: any) => void;
    rehash?: boolean;
    resignWith?: TestSigner;
  },
): Promise<Uint8Array> {
  const parts = unzipParts(bytes);
  if (change.statements) parts[BUNDLE_FILES.statements] = change.statements(parts[BUNDLE_FILES.statements]!);
  if (change.summary) parts[BUNDLE_FILES.summary] = change.summary(parts[BUNDLE_FILES.summary]!);
  const manifest = JSON.parse(parts[BUNDLE_FILES.manifest]!);
  if (change.rehash) {
    manifest.statementsSha256 = await sha256Hex(strToU8(parts[BUNDLE_FILES.statements]!));
    manifest.summarySha256 = await sha256Hex(strToU8(parts[BUNDLE_FILES.summary]!));
  }
  change.manifest?.(manifest);
  parts[BUNDLE_FILES.manifest] = `${JSON.stringify(manifest, null, 2)}\n`;
  if (change.resignWith) {
    parts[BUNDLE_FILES.signature] = `${toBase64(await signBytes(change.resignWith.privateKey, strToU8(parts[BUNDLE_FILES.manifest]!)))}\n`;
  }
  return zipParts(parts);
}
