import { zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import type { Language } from '../schema/localizedText.ts';
import {
  SIGNATURE_ALGORITHM,
  fromBase64,
  publicKeyFingerprint,
  sha256Hex,
  signBytes,
  toBase64,
  verifyBytes,
  type PublicKeyJwk,
} from './bundleSigning.ts';
import { ArchiveRefused, BUNDLE_LIMITS, ndjsonLines, unzipBundleFiles, type ArchiveProblemCode } from './bundleArchive.ts';
import { learnerSummaryCsv } from './learnerSummaryCsv.ts';
import { checkStatement, type IncomingStatement } from './statementValidation.ts';

/**
 * The progress bundle a learner hands to a trainer: one zip holding
 *
 *   manifest.json      what is inside, hashes, the previous export's hash, the public key
 *   manifest.sig       base64 ECDSA P-256/SHA-256 signature (r||s) over the exact manifest.json bytes
 *   statements.ndjson  xAPI 1.0.3 statements, one JSON object per line, oldest first
 *   summary.csv        the same progress for people (Excel-safe CSV), covered by its hash
 *
 * The signature covers the manifest, the manifest covers every other file by SHA-256, so a
 * change anywhere shows. Content ids and the opaque learner id only: no patient data.
 */

export const BUNDLE_FORMAT = 'preceptor.progress-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
export const BUNDLE_FILES = {
  manifest: 'manifest.json',
  signature: 'manifest.sig',
  statements: 'statements.ndjson',
  summary: 'summary.csv',
} as const;

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'not a lower-case hex SHA-256');
const Base64Url = z.string().regex(/^[A-Za-z0-9_-]+$/, 'not base64url');

export const PublicKeyJwkSchema = z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: Base64Url, y: Base64Url }).strict();

/**
 * Who the learner is, as the learner gave it at onboarding and agreed to hand in (issue 15): staff
 * identity, not patient data. Only in the manifest — the statements keep the opaque account — and
 * only with consent (`consentedAt`). Absent in bundles from before, and when the learner said no.
 */
export const StaffIdentity = z
  .object({
    displayName: z.string().trim().min(1).max(40).optional(),
    /** 工号 */
    staffNumber: z.string().trim().min(1).max(20).optional(),
    /** a department id from the hospital's list (policy or pack), else the learner's own words */
    department: z.string().trim().min(1).max(60).optional(),
    /** the learner's own role (not a scenario's) */
    role: z.string().trim().min(1).max(60).optional(),
    /** when the learner agreed that these go to the trainer */
    consentedAt: z.iso.datetime(),
  })
  .strict();
export type StaffIdentity = z.infer<typeof StaffIdentity>;

/**
 * What an export may carry about who the learner is: nothing without the learner's consent
 * (`identityConsentAt`), else the identity fields the profile has (blank ones left out).
 */
export function consentedStaffIdentity(profile: {
  displayName?: string | undefined;
  staffNumber?: string | undefined;
  department?: string | undefined;
  role?: string | undefined;
  identityConsentAt?: string | undefined;
}): StaffIdentity | undefined {
  if (!profile.identityConsentAt) return undefined;
  const identity: Record<string, string> = { consentedAt: profile.identityConsentAt };
  for (const key of ['displayName', 'staffNumber', 'department', 'role'] as const) {
    const value = profile[key]?.trim();
    if (value) identity[key] = value;
  }
  const parsed = StaffIdentity.safeParse(identity);
  return parsed.success ? parsed.data : undefined;
}

export const BundleManifest = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
    exporter: z.object({ name: z.string().min(1).max(100), version: z.string().min(1).max(50) }).strict(),
    /** the xAPI account every statement's actor must be */
    learner: z.object({ homePage: z.url(), name: z.string().min(1).max(200) }).strict(),
    /** the learner's staff identity, handed in with consent (absent before issue 15 and without consent) */
    staff: StaffIdentity.optional(),
    exportedAt: z.iso.datetime(),
    /** 1 for the install's first export, then +1 */
    sequence: z.number().int().min(1),
    statementCount: z.number().int().min(0),
    statementsSha256: Sha256Hex,
    summarySha256: Sha256Hex,
    /** SHA-256 of the previous export's manifest.json: exports from one install form a chain */
    previousExportSha256: Sha256Hex.nullable(),
    signature: z
      .object({
        algorithm: z.literal(SIGNATURE_ALGORITHM),
        publicKey: PublicKeyJwkSchema,
        /** short fingerprint of publicKey, as the learner sees it (see bundleSigning.ts) */
        keyFingerprint: z.string().regex(/^[0-9A-F]{4}(?:-[0-9A-F]{4}){4}$/),
      })
      .strict(),
  })
  .strict();
export type BundleManifest = z.infer<typeof BundleManifest>;

/**
 * Who made a bundle (`manifest.exporter.name`): the extension, or the training sandbox for a
 * trainee without the extension (issue 15). Both make the same format with the same checks.
 */
export const EXPORTER_NAMES = { extension: 'Preceptor', sandbox: 'Preceptor training sandbox' } as const;
export type ExporterSource = keyof typeof EXPORTER_NAMES | 'other';

export function exporterSource(exporter: { name: string }): ExporterSource {
  if (exporter.name === EXPORTER_NAMES.extension) return 'extension';
  if (exporter.name === EXPORTER_NAMES.sandbox) return 'sandbox';
  return 'other';
}

export interface BundleSigner {
  privateKey: CryptoKey;
  publicKey: PublicKeyJwk;
}

export interface BuildBundleInput {
  statements: readonly IncomingStatement[];
  learner: { homePage: string; learnerId: string };
  exportedAt: Date;
  exporter: { name: string; version: string };
  sequence: number;
  previousExportSha256: string | null;
  signer: BundleSigner;
  /** language of summary.csv's headers and titles */
  language: Language;
  /** the learner's staff identity, only when the learner agreed to hand it in */
  staff?: StaffIdentity;
}

const encoder = new TextEncoder();

/** One stored record the export left out, so the rest can still reach the trainer. */
export interface SkippedRecord {
  /** the statement id when it has one */
  id?: string;
  reason: 'invalid' | 'too-large' | 'other-learner';
  /** the field the trainer's import would complain about, for 'invalid' */
  path?: string;
}

/**
 * A stored statement longer than this (UTF-8, one ndjson line) is never exported: real Preceptor
 * statements are under 4 KB; the writer refuses larger ones too (issue 12).
 */
export const MAX_STATEMENT_BYTES = 16 * 1024;

/**
 * One statement as the trainer's import reads it on its own (the bundle's actor aside): within
 * MAX_STATEMENT_BYTES and valid for `checkStatement`. The extension's writer and the export both
 * ask this, so what is stored and what is exported follow one rule.
 */
export function checkRecordableStatement(
  value: unknown,
): { ok: true; statement: IncomingStatement } | { ok: false; reason: 'invalid' | 'too-large'; path?: string } {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (json === undefined) return { ok: false, reason: 'invalid' };
  if (encoder.encode(json).length > MAX_STATEMENT_BYTES) return { ok: false, reason: 'too-large' };
  const checked = checkStatement(value);
  return checked.ok ? { ok: true, statement: checked.statement } : { ok: false, reason: 'invalid', path: checked.problems[0]?.path };
}

/**
 * Which stored statements a bundle can carry: exactly those the trainer's import accepts
 * (`verifyExportBundle` refuses a whole bundle for one bad line), so one poisoned record can
 * never block every later export. The rest are reported, never silently dropped.
 */
export function exportableStatements(
  statements: readonly unknown[],
  learner: { homePage: string; learnerId: string },
): { included: IncomingStatement[]; skipped: SkippedRecord[] } {
  const included: IncomingStatement[] = [];
  const skipped: SkippedRecord[] = [];
  for (const value of statements) {
    const id = typeof (value as { id?: unknown } | null)?.id === 'string' ? String((value as { id: string }).id).slice(0, 64) : undefined;
    const checked = checkRecordableStatement(value);
    if (!checked.ok) {
      skipped.push({ id, reason: checked.reason, ...(checked.path === undefined ? {} : { path: checked.path }) });
      continue;
    }
    const account = checked.statement.actor.account;
    if (account.name !== learner.learnerId || account.homePage !== learner.homePage) {
      skipped.push({ id, reason: 'other-learner' });
      continue;
    }
    included.push(checked.statement);
  }
  return { included, skipped };
}

export interface BuiltBundle {
  /** stored records left out because the trainer's import would refuse them */
  skipped: SkippedRecord[];
  bytes: Uint8Array;
  fileName: string;
  manifest: BundleManifest;
  /** hash of manifest.json: the next export's previousExportSha256 */
  manifestSha256: string;
}


export function statementsNdjson(statements: readonly IncomingStatement[]): string {
  let out = '';
  for (const statement of statements) out += `${JSON.stringify(statement)}\n`;
  return out;
}

export async function buildExportBundle(input: BuildBundleInput): Promise<BuiltBundle> {
  const { included, skipped } = exportableStatements(input.statements, input.learner);
  const sorted = included.sort((a, b) => a.timestamp.localeCompare(b.timestamp) || a.id.localeCompare(b.id));
  const statementsBytes = encoder.encode(statementsNdjson(sorted));
  const summaryBytes = encoder.encode(learnerSummaryCsv(sorted, input.language));
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    exporter: input.exporter,
    learner: { homePage: input.learner.homePage, name: input.learner.learnerId },
    ...(input.staff ? { staff: input.staff } : {}),
    exportedAt: input.exportedAt.toISOString(),
    sequence: input.sequence,
    statementCount: sorted.length,
    statementsSha256: await sha256Hex(statementsBytes),
    summarySha256: await sha256Hex(summaryBytes),
    previousExportSha256: input.previousExportSha256,
    signature: {
      algorithm: SIGNATURE_ALGORITHM,
      publicKey: input.signer.publicKey,
      keyFingerprint: await publicKeyFingerprint(input.signer.publicKey),
    },
  };
  const manifestBytes = encoder.encode(`${JSON.stringify(manifest, null, 2)}\n`);
  const signature = toBase64(await signBytes(input.signer.privateKey, manifestBytes));
  const manifestSha256 = await sha256Hex(manifestBytes);
  const mtime = input.exportedAt;
  const files: Zippable = {
    [BUNDLE_FILES.manifest]: [manifestBytes, { level: 0, mtime }],
    [BUNDLE_FILES.signature]: [encoder.encode(`${signature}\n`), { level: 0, mtime }],
    [BUNDLE_FILES.statements]: [statementsBytes, { level: 6, mtime }],
    [BUNDLE_FILES.summary]: [summaryBytes, { level: 6, mtime }],
  };
  return {
    skipped,
    bytes: zipSync(files),
    fileName: bundleFileName({ homePage: manifest.learner.homePage, learnerId: manifest.learner.name, exportedAt: input.exportedAt, manifestSha256 }),
    manifest,
    manifestSha256,
  };
}

/** `hospital.example.cn`, `preceptor.dev-org-unconfigured`: the organisation as a file-name part. */
export function organisationSlug(homePage: string): string {
  let host = homePage;
  let path = '';
  try {
    const url = new URL(homePage);
    host = url.hostname;
    path = url.pathname;
  } catch {
    // not a URL: slug the text itself
  }
  const slug = [host, ...path.split('/')]
    .filter(Boolean)
    .join('-')
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return slug.slice(0, 60) || 'organisation';
}

/** preceptor_hospital.example.cn_<learner id>_20261126T093000Z_3f2a91bc.zip (UTC; short manifest hash). */
export function bundleFileName({ homePage, learnerId, exportedAt, manifestSha256 }: { homePage: string; learnerId: string; exportedAt: Date; manifestSha256: string }): string {
  const time = exportedAt.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
  const learner = learnerId.replace(/[^A-Za-z0-9-]+/g, '-').slice(0, 64);
  return `preceptor_${organisationSlug(homePage)}_${learner}_${time}_${manifestSha256.slice(0, 8)}.zip`;
}

// ---------------------------------------------------------------------------------------------
// Reading and verifying

export type BundleProblemCode =
  | ArchiveProblemCode
  | 'missing-file'
  | 'line-too-long'
  /** the sandbox's old JSON export (`preceptor.progress-export/1`, before issue 15): never signed, export again */
  | 'old-sandbox-export'
  | 'not-a-bundle'
  | 'unknown-format-version'
  | 'manifest-invalid'
  | 'bad-signature'
  | 'fingerprint-mismatch'
  | 'statements-hash-mismatch'
  | 'summary-hash-mismatch'
  | 'statement-count-mismatch'
  | 'statement-not-json'
  | 'statement-invalid'
  | 'actor-mismatch';

export interface BundleProblem {
  code: BundleProblemCode;
  /** which file inside the bundle, line (1-based) and field path when they are known */
  file?: string;
  line?: number;
  path?: string;
  /** extra facts for the message: the version found, the field's complaint, ... */
  detail?: string;
}

export interface VerifiedStatement {
  statement: IncomingStatement;
  /** the line exactly as it was in statements.ndjson */
  json: string;
  /** 1-based line number in statements.ndjson */
  line: number;
}

export type BundleVerification =
  | {
      ok: true;
      manifest: BundleManifest;
      manifestSha256: string;
      keyFingerprint: string;
      statements: VerifiedStatement[];
    }
  | { ok: false; problem: BundleProblem };

const decoder = new TextDecoder('utf-8', { fatal: true });

function fail(problem: BundleProblem): BundleVerification {
  return { ok: false, problem };
}

/**
 * Check everything a trainer relies on, in order, and stop at the first problem:
 * zip → files → manifest format/version/shape → signature → hashes → every statement.
 */
/** The sandbox's JSON export from before the signed bundle (`{"format": "preceptor.progress-export/1", …}`): its head only. */
function isOldSandboxExport(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 256));
  return /^\s*\{/.test(head) && /"format"\s*:\s*"preceptor\.progress-export\/1"/.test(head);
}

export async function verifyExportBundle(bytes: Uint8Array): Promise<BundleVerification> {
  if (isOldSandboxExport(bytes)) return fail({ code: 'old-sandbox-export' });
  const expected = new Set<string>(Object.values(BUNDLE_FILES));
  // limits (entry count, names, declared and actual sizes) are checked before and while inflating
  let unzipped: Map<string, Uint8Array>;
  try {
    unzipped = unzipBundleFiles(bytes, expected);
  } catch (error) {
    if (error instanceof ArchiveRefused) return fail(error.problem);
    return fail({ code: 'corrupt-zip', detail: error instanceof Error ? error.message : String(error) });
  }
  const files = Object.fromEntries(unzipped) as Record<string, Uint8Array>;
  for (const name of expected) if (!files[name]) return fail({ code: 'missing-file', file: name });

  const manifestBytes = files[BUNDLE_FILES.manifest]!;
  let rawManifest: unknown;
  try {
    rawManifest = JSON.parse(decoder.decode(manifestBytes));
  } catch (error) {
    return fail({ code: 'manifest-invalid', file: BUNDLE_FILES.manifest, detail: error instanceof Error ? error.message : String(error) });
  }
  const head = z.object({ format: z.unknown(), formatVersion: z.unknown() }).safeParse(rawManifest);
  if (!head.success || head.data.format !== BUNDLE_FORMAT) {
    return fail({ code: 'not-a-bundle', file: BUNDLE_FILES.manifest, detail: String(head.success ? head.data.format : typeof rawManifest) });
  }
  if (head.data.formatVersion !== BUNDLE_FORMAT_VERSION) {
    return fail({ code: 'unknown-format-version', file: BUNDLE_FILES.manifest, detail: String(head.data.formatVersion) });
  }
  const parsed = BundleManifest.safeParse(rawManifest);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail({ code: 'manifest-invalid', file: BUNDLE_FILES.manifest, path: issue.path.map(String).join('.'), detail: issue.message });
  }
  const manifest = parsed.data;

  let signatureText: string;
  try {
    signatureText = decoder.decode(files[BUNDLE_FILES.signature]!);
  } catch {
    return fail({ code: 'bad-signature', file: BUNDLE_FILES.signature, detail: 'not text' });
  }
  const signature = fromBase64(signatureText);
  if (!signature || !(await verifyBytes(manifest.signature.publicKey, signature, manifestBytes))) {
    return fail({ code: 'bad-signature', file: BUNDLE_FILES.signature });
  }
  const keyFingerprint = await publicKeyFingerprint(manifest.signature.publicKey);
  if (keyFingerprint !== manifest.signature.keyFingerprint) {
    return fail({ code: 'fingerprint-mismatch', file: BUNDLE_FILES.manifest, detail: keyFingerprint });
  }

  const statementsBytes = files[BUNDLE_FILES.statements]!;
  if ((await sha256Hex(statementsBytes)) !== manifest.statementsSha256) return fail({ code: 'statements-hash-mismatch', file: BUNDLE_FILES.statements });
  if ((await sha256Hex(files[BUNDLE_FILES.summary]!)) !== manifest.summarySha256) return fail({ code: 'summary-hash-mismatch', file: BUNDLE_FILES.summary });

  const statements: VerifiedStatement[] = [];
  for (const next of ndjsonLines(statementsBytes, BUNDLE_LIMITS.lineBytes)) {
    const where = { file: BUNDLE_FILES.statements, line: next.line };
    if ('tooLong' in next) return fail({ code: 'line-too-long', ...where, detail: `${next.tooLong} > ${BUNDLE_LIMITS.lineBytes}` });
    if ('notText' in next) return fail({ code: 'statement-not-json', ...where, detail: 'not UTF-8' });
    const json = next.text;
    if (statements.length >= manifest.statementCount) {
      return fail({ code: 'statement-count-mismatch', file: BUNDLE_FILES.statements, detail: `> ${manifest.statementCount}` });
    }
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      return fail({ code: 'statement-not-json', ...where });
    }
    const checked = checkStatement(value);
    if (!checked.ok) {
      const first = checked.problems[0]!;
      return fail({ code: 'statement-invalid', ...where, path: first.path, detail: first.message });
    }
    const account = checked.statement.actor.account;
    if (account.name !== manifest.learner.name || account.homePage !== manifest.learner.homePage) {
      return fail({ code: 'actor-mismatch', ...where, path: 'actor.account' });
    }
    statements.push({ statement: checked.statement, json, line: next.line });
  }
  if (statements.length !== manifest.statementCount) {
    return fail({ code: 'statement-count-mismatch', file: BUNDLE_FILES.statements, detail: `${statements.length}/${manifest.statementCount}` });
  }
  return { ok: true, manifest, manifestSha256: await sha256Hex(manifestBytes), keyFingerprint, statements };
}
