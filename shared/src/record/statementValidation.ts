import { z } from 'zod';
/**
 * The trust boundary for statements coming back in (trainer import): each statement of a
 * bundle is checked against the xAPI 1.0.3 rules that matter for Preceptor data, broader than
 * what the extension emits today (quiz answers with cmi.interaction definitions, scores) and
 * strict where xAPI is strict (no unknown top-level properties, one actor identifier, UUIDs,
 * IRIs, ISO 8601 timestamps and durations, scaled score in [-1, 1], no `version` other than 1.0.x).
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** scheme ":" then something; enough to reject bare words, spaces and relative paths */
const IRI = /^[a-z][a-z0-9+.-]*:[^\s]+$/i;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
export const ISO_DURATION = /^P(?!$)(?:\d+(?:\.\d+)?Y)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?W)?(?:\d+(?:\.\d+)?D)?(?:T(?=\d)(?:\d+(?:\.\d+)?H)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?S)?)?$/;
export const LANGUAGE_TAG = /^[a-z]{2,8}(?:-[a-z0-9]{1,8})*$/i;

const Uuid = z.string().regex(UUID, 'not a UUID');
const Iri = z.string().max(2048).regex(IRI, 'not an IRI');
/** xAPI language map: RFC 5646 tags, texts up to 4,000 characters (also the emitted schema's, xapiStatement.ts). */
export const LanguageMap = z.record(z.string().regex(LANGUAGE_TAG, 'not a language tag'), z.string().max(4000));
const Extensions = z.record(Iri, z.unknown());

const Account = z.object({ homePage: Iri, name: z.string().min(1).max(200) }).strict();
const Agent = z.object({ objectType: z.literal('Agent').optional(), name: z.string().max(200).optional(), account: Account }).strict();

const InteractionComponent = z.object({ id: z.string().min(1).max(200), description: LanguageMap.optional() }).strict();

const ActivityDefinition = z
  .object({
    type: Iri.optional(),
    name: LanguageMap.optional(),
    description: LanguageMap.optional(),
    moreInfo: Iri.optional(),
    interactionType: z.enum(['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other']).optional(),
    correctResponsesPattern: z.array(z.string().max(4000)).optional(),
    choices: z.array(InteractionComponent).optional(),
    scale: z.array(InteractionComponent).optional(),
    source: z.array(InteractionComponent).optional(),
    target: z.array(InteractionComponent).optional(),
    steps: z.array(InteractionComponent).optional(),
    extensions: Extensions.optional(),
  })
  .strict();

const Activity = z.object({ objectType: z.literal('Activity').optional(), id: Iri, definition: ActivityDefinition.optional() }).strict();

const Score = z
  .object({
    scaled: z.number().min(-1).max(1).optional(),
    raw: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .strict()
  .refine((s) => s.min === undefined || s.max === undefined || s.min <= s.max, 'score.min is above score.max')
  .refine((s) => s.raw === undefined || ((s.min === undefined || s.raw >= s.min) && (s.max === undefined || s.raw <= s.max)), 'score.raw is outside min..max');

const Result = z
  .object({
    score: Score.optional(),
    success: z.boolean().optional(),
    completion: z.boolean().optional(),
    response: z.string().max(4000).optional(),
    duration: z.string().regex(ISO_DURATION, 'not an ISO 8601 duration').optional(),
    extensions: Extensions.optional(),
  })
  .strict();

const ContextActivities = z
  .object({
    parent: z.array(Activity).optional(),
    grouping: z.array(Activity).optional(),
    category: z.array(Activity).optional(),
    other: z.array(Activity).optional(),
  })
  .strict();

const Context = z
  .object({
    registration: Uuid.optional(),
    /** a mentor who signed a checklist item off */
    instructor: Agent.optional(),
    contextActivities: ContextActivities.optional(),
    revision: z.string().max(200).optional(),
    platform: z.string().max(200).optional(),
    language: z.string().regex(LANGUAGE_TAG, 'not a language tag').optional(),
    extensions: Extensions.optional(),
  })
  .strict();

export const IncomingStatement = z
  .object({
    id: Uuid,
    actor: Agent,
    verb: z.object({ id: Iri, display: LanguageMap.optional() }).strict(),
    object: Activity,
    result: Result.optional(),
    context: Context.optional(),
    timestamp: z.string().regex(ISO_TIMESTAMP, 'not an ISO 8601 timestamp with a time zone'),
    stored: z.string().regex(ISO_TIMESTAMP).optional(),
    version: z.string().regex(/^1\.0(?:\.\d+)?$/, 'xAPI version must be 1.0.x').optional(),
  })
  .strict();
export type IncomingStatement = z.infer<typeof IncomingStatement>;

export interface StatementProblem {
  /** field path inside the statement, e.g. `result.score.scaled` */
  path: string;
  message: string;
}

export type StatementCheck = { ok: true; statement: IncomingStatement } | { ok: false; problems: StatementProblem[] };

// ---------------------------------------------------------------------------------------------
// A fast path for the common case. Importing half a million statements through zod alone costs
// most of an import's time; this hand-written check accepts only what the zod schema above
// accepts (a property test holds the two together: fast accept => zod accept). Whatever it does
// not accept goes through zod, which decides and names the field.

type Json = Record<string, unknown>;

/** A plain object, as JSON.parse makes them (zod refuses objects with another prototype, e.g. an array's). */
function isRecord(v: unknown): v is Json {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}
function onlyKeys(v: Json, allowed: ReadonlySet<string>): boolean {
  for (const k in v) if (!allowed.has(k)) return false;
  return true;
}
const isStr = (v: unknown, max: number, min = 0): v is string => typeof v === 'string' && v.length <= max && v.length >= min;
const isIri = (v: unknown): boolean => isStr(v, 2048) && IRI.test(v);
const isBool = (v: unknown): boolean => typeof v === 'boolean';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isLanguageMap(v: unknown): boolean {
  if (!isRecord(v)) return false;
  for (const k in v) if (!LANGUAGE_TAG.test(k) || !isStr(v[k], 4000)) return false;
  return true;
}
function isExtensions(v: unknown): boolean {
  if (!isRecord(v)) return false;
  for (const k in v) if (!isIri(k)) return false;
  return true;
}

const ACCOUNT_KEYS = new Set(['homePage', 'name']);
const AGENT_KEYS = new Set(['objectType', 'name', 'account']);
function isAgent(v: unknown): boolean {
  if (!isRecord(v) || !onlyKeys(v, AGENT_KEYS)) return false;
  if (v.objectType !== undefined && v.objectType !== 'Agent') return false;
  if (v.name !== undefined && !isStr(v.name, 200)) return false;
  const a = v.account;
  return isRecord(a) && onlyKeys(a, ACCOUNT_KEYS) && isIri(a.homePage) && isStr(a.name, 200, 1);
}

const COMPONENT_KEYS = new Set(['id', 'description']);
function isComponents(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (const c of v) if (!isRecord(c) || !onlyKeys(c, COMPONENT_KEYS) || !isStr(c.id, 200, 1) || (c.description !== undefined && !isLanguageMap(c.description))) return false;
  return true;
}
const INTERACTION_TYPES = new Set(['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other']);
const DEFINITION_KEYS = new Set(['type', 'name', 'description', 'moreInfo', 'interactionType', 'correctResponsesPattern', 'choices', 'scale', 'source', 'target', 'steps', 'extensions']);
function isDefinition(v: unknown): boolean {
  if (!isRecord(v) || !onlyKeys(v, DEFINITION_KEYS)) return false;
  if (v.type !== undefined && !isIri(v.type)) return false;
  if (v.name !== undefined && !isLanguageMap(v.name)) return false;
  if (v.description !== undefined && !isLanguageMap(v.description)) return false;
  if (v.moreInfo !== undefined && !isIri(v.moreInfo)) return false;
  if (v.interactionType !== undefined && !INTERACTION_TYPES.has(v.interactionType as string)) return false;
  if (v.correctResponsesPattern !== undefined && !(Array.isArray(v.correctResponsesPattern) && v.correctResponsesPattern.every((p) => isStr(p, 4000)))) return false;
  for (const k of ['choices', 'scale', 'source', 'target', 'steps'] as const) if (v[k] !== undefined && !isComponents(v[k])) return false;
  return v.extensions === undefined || isExtensions(v.extensions);
}
const ACTIVITY_KEYS = new Set(['objectType', 'id', 'definition']);
function isActivity(v: unknown): boolean {
  if (!isRecord(v) || !onlyKeys(v, ACTIVITY_KEYS)) return false;
  if (v.objectType !== undefined && v.objectType !== 'Activity') return false;
  return isIri(v.id) && (v.definition === undefined || isDefinition(v.definition));
}
function isActivities(v: unknown): boolean {
  return Array.isArray(v) && v.every(isActivity);
}

const SCORE_KEYS = new Set(['scaled', 'raw', 'min', 'max']);
const RESULT_KEYS = new Set(['score', 'success', 'completion', 'response', 'duration', 'extensions']);
function isResult(v: unknown): boolean {
  if (!isRecord(v) || !onlyKeys(v, RESULT_KEYS)) return false;
  if (v.score !== undefined) {
    const sc = v.score;
    if (!isRecord(sc) || !onlyKeys(sc, SCORE_KEYS)) return false;
    for (const k of ['scaled', 'raw', 'min', 'max'] as const) if (sc[k] !== undefined && !isNum(sc[k])) return false;
    const { scaled, raw, min, max } = sc as { scaled?: number; raw?: number; min?: number; max?: number };
    if (scaled !== undefined && (scaled < -1 || scaled > 1)) return false;
    if (min !== undefined && max !== undefined && min > max) return false;
    if (raw !== undefined && ((min !== undefined && raw < min) || (max !== undefined && raw > max))) return false;
  }
  if (v.success !== undefined && !isBool(v.success)) return false;
  if (v.completion !== undefined && !isBool(v.completion)) return false;
  if (v.response !== undefined && !isStr(v.response, 4000)) return false;
  if (v.duration !== undefined && !(typeof v.duration === 'string' && ISO_DURATION.test(v.duration))) return false;
  return v.extensions === undefined || isExtensions(v.extensions);
}

const CONTEXT_ACTIVITY_KEYS = new Set(['parent', 'grouping', 'category', 'other']);
const CONTEXT_KEYS = new Set(['registration', 'instructor', 'contextActivities', 'revision', 'platform', 'language', 'extensions']);
function isContext(v: unknown): boolean {
  if (!isRecord(v) || !onlyKeys(v, CONTEXT_KEYS)) return false;
  if (v.registration !== undefined && !(typeof v.registration === 'string' && UUID.test(v.registration))) return false;
  if (v.instructor !== undefined && !isAgent(v.instructor)) return false;
  if (v.contextActivities !== undefined) {
    const ca = v.contextActivities;
    if (!isRecord(ca) || !onlyKeys(ca, CONTEXT_ACTIVITY_KEYS)) return false;
    for (const k in ca) if (ca[k] !== undefined && !isActivities(ca[k])) return false;
  }
  if (v.revision !== undefined && !isStr(v.revision, 200)) return false;
  if (v.platform !== undefined && !isStr(v.platform, 200)) return false;
  if (v.language !== undefined && !(typeof v.language === 'string' && LANGUAGE_TAG.test(v.language))) return false;
  return v.extensions === undefined || isExtensions(v.extensions);
}

const STATEMENT_KEYS = new Set(['id', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'stored', 'version']);
const VERB_KEYS = new Set(['id', 'display']);
const VERSION = /^1\.0(?:\.\d+)?$/;

/** True only for values the zod schema accepts; false means "ask zod". */
export function quickStatementCheck(v: unknown): boolean {
  if (!isRecord(v) || !onlyKeys(v, STATEMENT_KEYS)) return false;
  if (!(typeof v.id === 'string' && UUID.test(v.id))) return false;
  if (!isAgent(v.actor)) return false;
  const verb = v.verb;
  if (!isRecord(verb) || !onlyKeys(verb, VERB_KEYS) || !isIri(verb.id) || (verb.display !== undefined && !isLanguageMap(verb.display))) return false;
  if (!isActivity(v.object)) return false;
  if (v.result !== undefined && !isResult(v.result)) return false;
  if (v.context !== undefined && !isContext(v.context)) return false;
  if (!(typeof v.timestamp === 'string' && ISO_TIMESTAMP.test(v.timestamp))) return false;
  if (v.stored !== undefined && !(typeof v.stored === 'string' && ISO_TIMESTAMP.test(v.stored))) return false;
  return v.version === undefined || (typeof v.version === 'string' && VERSION.test(v.version));
}

/** Validate one parsed JSON value as an incoming statement; the value itself is kept (not a copy). */
export function checkStatement(value: unknown): StatementCheck {
  if (quickStatementCheck(value)) return { ok: true, statement: value as IncomingStatement };
  const parsed = IncomingStatement.safeParse(value);
  if (parsed.success) return { ok: true, statement: value as IncomingStatement };
  return { ok: false, problems: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })) };
}
