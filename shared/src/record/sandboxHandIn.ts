import { z } from 'zod';
import type { Language } from '../schema/localizedText.ts';
import { EXPORTER_NAMES, consentedStaffIdentity, type StaffIdentity } from './exportBundle.ts';
import type { ChainedBundle, SigningKeyStore } from './signingKeyStore.ts';
import type { IncomingStatement } from './statementValidation.ts';

/**
 * The training sandbox's hand-in (issue 15): a trainee without the extension exports the same
 * signed progress bundle the extension makes (shared/src/record/exportBundle.ts), signed with the
 * sandbox origin's own non-extractable key (SigningKeyStore under SANDBOX_SIGNING_DB_NAME) and
 * chained like the extension's exports. Who she is goes into the manifest only with her consent.
 */

export const SANDBOX_SIGNING_DB_NAME = 'preceptor-sandbox-signing';

/**
 * "Who I am" as the sandbox keeps it in localStorage: staff identity only (never patient data),
 * typed by the trainee. The same limits as the manifest's StaffIdentity.
 */
export const SandboxIdentity = z
  .object({
    displayName: z.string().trim().max(40).optional(),
    /** 工号 */
    staffNumber: z.string().trim().max(20).optional(),
    department: z.string().trim().max(60).optional(),
    /** the trainee's own role: scenario statements carry it, never the scenario's role */
    role: z.string().trim().max(60).optional(),
    /** when she agreed that these go to the trainer with her results; absent = no consent */
    identityConsentAt: z.iso.datetime().optional(),
  })
  .strict();
export type SandboxIdentity = z.infer<typeof SandboxIdentity>;

export type SandboxIdentityField = 'displayName' | 'staffNumber' | 'department' | 'role';

/** What is missing before the identity can be saved: with consent, name, staff number and department; always the role. */
export function sandboxIdentityProblems(identity: SandboxIdentity): SandboxIdentityField[] {
  const missing: SandboxIdentityField[] = [];
  if (identity.identityConsentAt) {
    for (const field of ['displayName', 'staffNumber', 'department'] as const) if (!identity[field]?.trim()) missing.push(field);
  }
  if (!identity.role?.trim()) missing.push('role');
  return missing;
}

/** A stored identity, or an empty one when there is none or it does not parse (a hand-edited value is not trusted). */
export function readSandboxIdentity(raw: string | null): SandboxIdentity {
  if (!raw) return {};
  try {
    const parsed = SandboxIdentity.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export interface SandboxBundleInput {
  store: SigningKeyStore;
  /** the sandbox's log; records the trainer's import would refuse are left out and counted (bundle.skipped) */
  statements: readonly IncomingStatement[];
  learner: { homePage: string; learnerId: string };
  identity: SandboxIdentity;
  language: Language;
  /** the sandbox's version, for manifest.exporter */
  version: string;
  exportedAt: Date;
}

/** The next signed bundle of this sandbox origin; record `record` in the store once the file was saved. */
export function buildSandboxBundle(input: SandboxBundleInput): Promise<ChainedBundle & { staff: StaffIdentity | undefined }> {
  const staff = consentedStaffIdentity(input.identity);
  return input.store
    .buildNextBundle({
      statements: input.statements,
      learner: input.learner,
      exportedAt: input.exportedAt,
      exporter: { name: EXPORTER_NAMES.sandbox, version: input.version },
      language: input.language,
      ...(staff ? { staff } : {}),
    })
    .then((built) => ({ ...built, staff }));
}
