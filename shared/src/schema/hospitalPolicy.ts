import { z } from 'zod';
import { Language, LocalizedText } from './localizedText.ts';
import { parseSandboxOrigin } from '../scenario/sandboxOrigins.ts';
import { problemWords, wordIssue, type Words } from '../i18n/schemaIssues.ts';

// What a hospital's IT department (信息科) sets for every browser by policy: Chrome/Edge read it
// from `chrome.storage.managed` (the extension's managed_schema.json), Firefox from its policies'
// "3rdparty" section. Every key is optional; a key the policy sets wins over the local setting of
// the same name, and the options page shows it as managed. A key with a bad value is dropped on
// its own and reported with its path (one typo must not switch the whole policy off).

/** `https://his.example.cn`, `http://10.1.2.3:8080`: scheme, host and port, nothing else. */
const Origin = z.string().transform((text, ctx) => {
  const check = parseSandboxOrigin(text);
  if (!check.ok) {
    ctx.addIssue({ code: 'custom', message: `not an origin (${check.problem}): use scheme://host[:port], e.g. https://his.example.cn` });
    return z.NEVER;
  }
  return check.origin;
});

/**
 * An EMR site the player may run on: an exact origin, or every subdomain of a host
 * (`https://*.his.example.cn`). Kept as the origin form; `emrMatchPattern` gives Chrome's pattern.
 */
const EmrOrigin = z.string().transform((text, ctx) => {
  const typed = text.trim().replace(/\/\*?$/, '');
  const wildcard = /^(https?):\/\/\*\.([a-z0-9.-]+)(:\d{1,5})?$/i.exec(typed);
  if (wildcard) return `${wildcard[1]!.toLowerCase()}://*.${wildcard[2]!.toLowerCase()}${wildcard[3] ?? ''}`;
  const check = parseSandboxOrigin(typed);
  if (!check.ok) {
    ctx.addIssue({ code: 'custom', message: `not an EMR origin (${check.problem}): use https://his.example.cn or https://*.his.example.cn` });
    return z.NEVER;
  }
  return check.origin;
});

const HttpUrl = z.url({ protocol: /^https?$/ }).max(2000);

export const HospitalPolicySchema = z.object({
  /** the xAPI account homePage of every statement and the organisation in export file names */
  organisation: z.object({ homePage: HttpUrl, name: z.string().trim().min(1).max(80).optional() }).strict(),
  /** the only sites the player runs on (no code of ours loads anywhere else) */
  emrOrigins: z.array(EmrOrigin).min(1).max(50),
  /** the only pages allowed to relay sandbox scenario results into the learner's record */
  sandboxOrigins: z.array(Origin).max(20),
  /** feed index URLs (`pnpm pack:feed` output) the extension installs packs from */
  packFeeds: z.array(HttpUrl).max(20),
  /** the mentor team's pack-signing public keys: feed packs must be signed by one of them */
  packSigningKeys: z
    .array(z.object({ keyId: z.string().trim().min(1).max(64), publicKey: z.string().trim().min(40).max(2000) }).strict())
    .max(20),
  /** the hospital's LRS: statements go there as well as into the signed export */
  lrs: z
    .object({
      endpoint: HttpUrl,
      username: z.string().max(200).optional(),
      password: z.string().max(500).optional(),
      /** a bearer token instead of Basic credentials */
      token: z.string().max(4000).optional(),
    })
    .strict(),
  /** mentors may record and edit tours (off unless the policy says so) */
  authoringAllowed: z.boolean(),
  /** the hospital's departments, for the learner to pick from */
  departments: z.array(z.object({ id: z.string().trim().min(1).max(40), name: LocalizedText }).strict()).max(500),
  /** the language new learners start in */
  language: Language,
  /** settings the learner cannot change (the policy's value, or the default, is kept) */
  lockedSettings: z.array(z.enum(['language', 'department', 'role'])).max(3),
});

/** A policy as applied: only the keys the hospital set (and that were valid). */
export type HospitalPolicy = Partial<z.infer<typeof HospitalPolicySchema>>;
export type HospitalPolicyKey = keyof typeof HospitalPolicySchema.shape;
export const HOSPITAL_POLICY_KEYS = Object.keys(HospitalPolicySchema.shape) as HospitalPolicyKey[];

export interface PolicyProblem {
  /** e.g. `lrs.endpoint`, `emrOrigins[2]`, or the unknown key itself */
  path: string;
  /** in English, for logs; screens show `what` */
  message: string;
  /** what is wrong, in each language (the schema-issue words; the path names the setting itself) */
  what: Words;
}

function pathText(key: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : `${text}.${String(part)}`), key);
}

/**
 * Read what `chrome.storage.managed.get()` returned: each key parsed on its own, a bad key left
 * out and named in `problems`, an unknown key reported (a misspelt `emrOrigin` must not pass
 * silently as "no restriction").
 */
export function readHospitalPolicy(raw: unknown): { policy: HospitalPolicy; problems: PolicyProblem[] } {
  const policy: Record<string, unknown> = {};
  const problems: PolicyProblem[] = [];
  if (raw === null || raw === undefined) return { policy, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    const what = problemWords([], 'policyNotObject').what;
    return { policy, problems: [{ path: '(policy)', message: what.en, what }] };
  }
  for (const [key, value] of Object.entries(raw)) {
    const schema = (HospitalPolicySchema.shape as Record<string, z.ZodType>)[key];
    if (!schema) {
      const what = problemWords([], 'unknownPolicySetting', { known: HOSPITAL_POLICY_KEYS.join(', ') }).what;
      problems.push({ path: key, message: what.en, what });
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) policy[key] = parsed.data;
    else for (const issue of parsed.error.issues) problems.push({ path: pathText(key, issue.path), message: issue.message, what: wordIssue(issue).what });
  }
  return { policy: policy as HospitalPolicy, problems };
}

/** Chrome's match pattern for an EMR origin as `readHospitalPolicy` keeps it (`https://*.x.cn/*`). */
export function emrMatchPattern(origin: string): string {
  return `${origin}/*`;
}
