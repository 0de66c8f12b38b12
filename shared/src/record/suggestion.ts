import { z } from 'zod';
import { holdsPatientData } from '../authoring/patientDataPatterns.ts';
import { formatPath, type FieldProblem } from '../schema/fieldProblems.ts';
import { Language } from '../schema/localizedText.ts';
import { ACTIVITY_TYPE, EXTENSION, suggestionActivityId, VERB, xapiVerb } from '../xapi/vocabulary.ts';
import { problemTextPatientData, ReportedElement } from './problemReport.ts';
import { learnerActor, learnerContext, type StatementLearner } from './statementParts.ts';
import type { XapiStatement } from './xapiStatement.ts';
import type { IncomingStatement } from './statementValidation.ts';

/**
 * 知识沉淀 (issue 16): any learner may suggest a field tip or an FAQ entry from the EMR page. A
 * suggestion is text the learner typed — a tip, or a question and its answer — optionally about a
 * control they picked (its ARIA role and own label, as a problem report names it: never page text,
 * never a screenshot), checked by the data rule, and recorded as a statement in their own log so it
 * travels in their export and LRS stream. Mentors accept it into a pack or reject it (editor).
 */

export const SUGGESTION_KINDS = ['tip', 'faq'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];
export const SUGGESTION_TEXT_MAX = 300;
export const SUGGESTION_QUESTION_MAX = 120;

const Text = (max: number) => z.string().trim().min(1).max(max);

/** What the content script sends: the learner's words, language and control; the page comes from the sender. */
export const SuggestionInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tip'), text: Text(SUGGESTION_TEXT_MAX), language: Language, element: ReportedElement.optional() }).strict(),
  z.object({ kind: z.literal('faq'), question: Text(SUGGESTION_QUESTION_MAX), answer: Text(SUGGESTION_TEXT_MAX), language: Language, element: ReportedElement.optional() }).strict(),
]);
export type SuggestionInput = z.infer<typeof SuggestionInput>;

export type SuggestionCheck = { ok: true; suggestion: SuggestionInput } | { ok: false; problems: FieldProblem[] };

/** The learner's text fields, by their path in the input. */
function textFields(s: SuggestionInput): [string, string][] {
  return s.kind === 'tip' ? [['text', s.text]] : [['question', s.question], ['answer', s.answer]];
}

/** The trust boundary (the background, on the content script's message; the form checks the same first). */
export function checkSuggestion(value: unknown): SuggestionCheck {
  const parsed = SuggestionInput.safeParse(value);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
  const suggestion = parsed.data;
  const problems: FieldProblem[] = [];
  for (const [path, text] of textFields(suggestion)) {
    const data = problemTextPatientData(text);
    if (data) problems.push({ path, message: `looks like patient data (${data.kind})`, patientData: data });
  }
  if (suggestion.element?.label !== undefined && holdsPatientData(suggestion.element.label, { bareNames: true })) {
    problems.push({ path: 'element.label', message: 'the control label looks like patient data' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, suggestion };
}

export interface SuggestionStatementInput {
  suggestion: SuggestionInput;
  /** the page's route template (pagePatternOf the sender's URL): never the URL itself */
  pagePattern: string;
  /** the installed pack whose site rules cover the page, if any */
  pack?: { id: string; version: string };
  learner: StatementLearner;
  now: Date;
  newId: () => string;
}

/** `suggested` a tip-suggestion or faq-suggestion activity; the words, page and control in result extensions. */
export function suggestionStatement({ suggestion, pagePattern, pack, learner, now, newId }: SuggestionStatementInput): XapiStatement {
  const id = newId();
  const extensions: Record<string, unknown> = { [EXTENSION.pagePattern]: pagePattern, [EXTENSION.suggestionLanguage]: suggestion.language };
  if (suggestion.kind === 'tip') extensions[EXTENSION.suggestionText] = suggestion.text;
  else {
    extensions[EXTENSION.suggestionQuestion] = suggestion.question;
    extensions[EXTENSION.suggestionAnswer] = suggestion.answer;
  }
  if (suggestion.element) {
    extensions[EXTENSION.elementRole] = suggestion.element.role;
    if (suggestion.element.label !== undefined) extensions[EXTENSION.elementLabel] = suggestion.element.label;
  }
  return {
    id,
    actor: learnerActor(learner),
    verb: xapiVerb('suggested'),
    object: {
      objectType: 'Activity',
      id: suggestionActivityId(id),
      definition: suggestion.kind === 'tip' ? { type: ACTIVITY_TYPE.tipSuggestion, name: { 'zh-CN': '提示建议', en: 'Tip suggestion' } } : { type: ACTIVITY_TYPE.faqSuggestion, name: { 'zh-CN': '常见问题建议', en: 'FAQ suggestion' } },
    },
    result: { extensions },
    context: learnerContext(learner, newId(), pack),
    timestamp: now.toISOString(),
  };
}

/** A suggestion as the trainer and the editor read it back from a statement. */
export const SuggestionRecord = z
  .object({
    /** the statement id */
    id: z.string().min(1).max(80),
    /** the opaque learner id */
    learner: z.string().min(1).max(200),
    at: z.iso.datetime({ offset: true }),
    pagePattern: z.string().min(1).max(2048),
    packId: z.string().max(200).optional(),
    packVersion: z.string().max(80).optional(),
    role: z.string().max(80).optional(),
    suggestion: SuggestionInput,
  })
  .strict();
export type SuggestionRecord = z.infer<typeof SuggestionRecord>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

/**
 * The suggestion a (validated, statementValidation.ts) statement carries, or undefined when it is
 * not one, or when its words break the suggestion schema or the data rule (a tampered or older
 * record is left out of the list, never shown).
 */
export function suggestionOf(statement: IncomingStatement): SuggestionRecord | undefined {
  if (statement.verb.id !== VERB.suggested) return undefined;
  const type = statement.object.definition?.type;
  const kind = type === ACTIVITY_TYPE.tipSuggestion ? 'tip' : type === ACTIVITY_TYPE.faqSuggestion ? 'faq' : undefined;
  if (!kind) return undefined;
  const rx = statement.result?.extensions ?? {};
  const role = str(rx[EXTENSION.elementRole]);
  const label = str(rx[EXTENSION.elementLabel]);
  const input = {
    kind,
    ...(kind === 'tip' ? { text: rx[EXTENSION.suggestionText] } : { question: rx[EXTENSION.suggestionQuestion], answer: rx[EXTENSION.suggestionAnswer] }),
    language: rx[EXTENSION.suggestionLanguage],
    ...(role ? { element: { role, ...(label ? { label } : {}) } } : {}),
  };
  const checked = checkSuggestion(input);
  const pagePattern = str(rx[EXTENSION.pagePattern]);
  if (!checked.ok || !pagePattern) return undefined;
  const grouping = statement.context?.contextActivities?.grouping?.[0]?.id;
  const packId = grouping?.match(/\/activities\/packs\/([^/]+)$/)?.[1];
  const cx = statement.context?.extensions ?? {};
  const record: SuggestionRecord = { id: statement.id, learner: statement.actor.account.name, at: statement.timestamp, pagePattern, suggestion: checked.suggestion };
  if (packId) record.packId = decodeURIComponent(packId);
  const packVersion = str(cx[EXTENSION.packVersion]);
  if (packVersion) record.packVersion = packVersion;
  const learnerRole = str(cx[EXTENSION.role]);
  if (learnerRole) record.role = learnerRole;
  return record;
}
