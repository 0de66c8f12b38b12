import { ACTIVITY_TYPE, EXTENSION, VERB } from '../xapi/vocabulary.ts';
import type { IncomingStatement } from './statementValidation.ts';
import { suggestionOf, type SuggestionInput } from './suggestion.ts';

/**
 * The few fields of a statement that trainer views need, flat and small: the dashboard keeps
 * half a million of these in memory where it could not keep half a million statements.
 */
export interface StatementFact {
  /** the opaque learner id (actor.account.name) */
  learner: string;
  verb: string;
  /** activity id */
  object: string;
  /** activity type IRI, '' if the statement has none */
  type: string;
  /** the pack (first grouping activity), '' if none */
  pack: string;
  /** the first parent activity (a quiz for a question), '' if none */
  parent: string;
  /** timestamp, ms since the epoch */
  t: number;
  registration: string;
  role?: string;
  department?: string;
  packVersion?: string;
  stepId?: string;
  stepIndex?: number;
  skipped?: boolean;
  completion?: boolean;
  success?: boolean;
  scaled?: number;
  durationMs?: number;
  resolution?: string;
  pagePattern?: string;
  /** who relayed the result when not the extension's own UI ('training-sandbox'): trainers can leave these out */
  reportedBy?: string;
  /** a learner's problem report (verb `reported`, a problem-report activity): what the pilot problem list shows */
  problem?: ProblemFact;
  /** a learner's suggested tip or FAQ entry (verb `suggested`): what the trainer's suggestion list shows */
  suggestion?: SuggestionFact;
}

/** A suggestion's own fields (record/suggestion.ts), with its statement id: the editor remembers it by that. */
export interface SuggestionFact {
  id: string;
  input: SuggestionInput;
}

/** A problem report's own fields: the learner's words and choices, the control's role and label. */
export interface ProblemFact {
  category: string;
  severity: string;
  text: string;
  elementRole?: string;
  elementLabel?: string;
}

/** The kinds of activity the trainer views tell apart (the rest are 'other'). */
const VIEWED_KINDS = ['tour', 'scenario', 'quiz', 'question'] as const satisfies readonly (keyof typeof ACTIVITY_TYPE)[];
export type ActivityKind = (typeof VIEWED_KINDS)[number] | 'other';

export function activityKind(type: string): ActivityKind {
  for (const kind of VIEWED_KINDS) if (ACTIVITY_TYPE[kind] === type) return kind;
  return 'other';
}

/** Loose on purpose: the verb IRI, any verb ending in /target-missing, or a result flag. */
export function isTargetMissing(fact: Pick<StatementFact, 'verb' | 'resolution'>): boolean {
  return fact.verb === VERB['target-missing'] || fact.verb.endsWith('/target-missing') || fact.resolution !== undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function statementFact(statement: IncomingStatement): StatementFact {
  const context = statement.context;
  const cx = context?.extensions ?? {};
  const rx = statement.result?.extensions ?? {};
  const fact: StatementFact = {
    learner: statement.actor.account.name,
    verb: statement.verb.id,
    object: statement.object.id,
    type: statement.object.definition?.type ?? '',
    pack: context?.contextActivities?.grouping?.[0]?.id ?? '',
    parent: context?.contextActivities?.parent?.[0]?.id ?? '',
    t: Date.parse(statement.timestamp),
    registration: context?.registration ?? '',
  };
  const role = str(cx[EXTENSION.role]);
  if (role) fact.role = role;
  const department = str(cx[EXTENSION.department]);
  if (department) fact.department = department;
  const packVersion = str(cx[EXTENSION.packVersion]);
  if (packVersion) fact.packVersion = packVersion;
  const reportedBy = str(cx[EXTENSION.reportedBy]);
  if (reportedBy) fact.reportedBy = reportedBy;
  const stepId = str(rx[EXTENSION.stepId]);
  if (stepId) fact.stepId = stepId;
  const stepIndex = num(rx[EXTENSION.stepIndex]);
  if (stepIndex !== undefined) fact.stepIndex = stepIndex;
  if (typeof rx[EXTENSION.skipped] === 'boolean') fact.skipped = rx[EXTENSION.skipped] as boolean;
  const resolution = str(rx[EXTENSION.resolution]);
  if (resolution) fact.resolution = resolution;
  const pagePattern = str(rx[EXTENSION.pagePattern]);
  if (pagePattern) fact.pagePattern = pagePattern;
  const result = statement.result;
  if (statement.verb.id === VERB.reported && fact.type === ACTIVITY_TYPE.problemReport) {
    const problem: ProblemFact = { category: str(rx[EXTENSION.problemCategory]) ?? 'other', severity: str(rx[EXTENSION.problemSeverity]) ?? 'minor', text: result?.response ?? '' };
    const elementRole = str(rx[EXTENSION.elementRole]);
    if (elementRole) problem.elementRole = elementRole;
    const elementLabel = str(rx[EXTENSION.elementLabel]);
    if (elementLabel) problem.elementLabel = elementLabel;
    fact.problem = problem;
  }
  if (statement.verb.id === VERB.suggested) {
    const suggestion = suggestionOf(statement);
    if (suggestion) fact.suggestion = { id: suggestion.id, input: suggestion.suggestion };
  }
  if (result?.completion !== undefined) fact.completion = result.completion;
  if (result?.success !== undefined) fact.success = result.success;
  const scaled = num(result?.score?.scaled) ?? scaledFromRaw(result?.score);
  if (scaled !== undefined) fact.scaled = scaled;
  if (result?.duration) {
    const ms = isoDurationMs(result.duration);
    if (ms !== undefined) fact.durationMs = ms;
  }
  return fact;
}

function scaledFromRaw(score: { raw?: number; min?: number; max?: number } | undefined): number | undefined {
  if (!score || score.raw === undefined || score.max === undefined) return undefined;
  const min = score.min ?? 0;
  return score.max > min ? (score.raw - min) / (score.max - min) : undefined;
}

/** PnDTnHnMnS (the parts xAPI tools emit); years, months and weeks as 365, 30 and 7 days. */
export function isoDurationMs(duration: string): number | undefined {
  const m = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(duration);
  if (!m) return undefined;
  const [y, mo, w, d, h, mi, s] = m.slice(1).map((part) => (part ? Number(part) : 0)) as number[];
  const days = y! * 365 + mo! * 30 + w! * 7 + d!;
  return Math.round((((days * 24 + h!) * 60 + mi!) * 60 + s!) * 1000);
}

/** A display name from an xAPI language map: the wanted language, then en, then anything. */
export function pickLanguage(map: Record<string, string> | undefined, language: string): string | undefined {
  if (!map) return undefined;
  const base = language.split('-')[0]!;
  return (
    map[language] ??
    Object.entries(map).find(([tag]) => tag.split('-')[0] === base)?.[1] ??
    map.en ??
    map['en-US'] ??
    Object.values(map)[0]
  );
}
