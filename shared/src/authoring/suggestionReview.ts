import { z } from 'zod';
import { holdsPatientData } from './patientDataPatterns.ts';
import { problemTextPatientData } from '../record/problemReport.ts';
import { checkSuggestion, SuggestionInput } from '../record/suggestion.ts';
import { formatPath, type FieldProblem } from '../schema/fieldProblems.ts';
import type { ContentPack, FaqEntry, FieldTip } from '../schema/contentPack.ts';
import type { TargetFingerprint } from '../schema/targetFingerprint.ts';
import { AnsweredProblemEntry } from '../trainer/problemAnswers.ts';
import { SUGGESTIONS_FILE_FORMAT, SUGGESTIONS_FILE_VERSION } from '../trainer/suggestionList.ts';
import { idFromCode, uniqueId } from './draftPack.ts';

/**
 * The mentor's side of learners' suggestions (知识沉淀, issue 16): read the trainer's suggestions
 * file (refused whole, naming the file and the field, when anything in it is wrong or looks like
 * patient data), and accept a suggestion into a pack draft as a field tip or an FAQ entry with
 * credit to its author; the next published version carries it. The same file carries the
 * trainer's answers to pilot problems published as help for their page (trainer/problemAnswers.ts):
 * accepted, each becomes an FAQ entry for that page, credited as an answered pilot problem.
 */

export const SuggestionFileEntry = z
  .object({
    id: z.string().min(1).max(80),
    at: z.iso.datetime({ offset: true }),
    pagePattern: z.string().min(1).max(2048),
    packId: z.string().min(1).max(200).optional(),
    packVersion: z.string().min(1).max(80).optional(),
    role: z.string().min(1).max(80).optional(),
    /** the display name the learner consented to show; absent: "a learner" */
    author: z.string().trim().min(1).max(60).optional(),
    suggestion: SuggestionInput,
  })
  .strict();
export type SuggestionFileEntry = z.infer<typeof SuggestionFileEntry>;

/** What the mentor reviews: a learner's suggestion, or a trainer's answer to a pilot problem. */
export type ReviewEntry = SuggestionFileEntry | AnsweredProblemEntry;

export const isAnsweredProblem = (entry: ReviewEntry): entry is AnsweredProblemEntry => 'kind' in entry && entry.kind === 'answeredProblem';

const SuggestionsFile = z
  .object({
    format: z.literal(SUGGESTIONS_FILE_FORMAT),
    formatVersion: z.union([z.literal(1), z.literal(SUGGESTIONS_FILE_VERSION)]),
    exportedAt: z.iso.datetime({ offset: true }),
    suggestions: z.array(z.union([SuggestionFileEntry, AnsweredProblemEntry])).max(10_000),
  })
  .strict();

export type SuggestionsFileResult = { ok: true; suggestions: ReviewEntry[] } | { ok: false; fileName: string; problems: FieldProblem[] };

/** The data rule over an answered problem's words: the learner's question, the trainer's answer, the control's label. */
function answeredProblemDataProblems(entry: AnsweredProblemEntry): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const path of ['question', 'answer'] as const) {
    const data = problemTextPatientData(entry[path]);
    if (data) problems.push({ path, message: `looks like patient data (${data.kind})`, patientData: data });
  }
  if (entry.element?.label !== undefined && holdsPatientData(entry.element.label, { bareNames: true })) problems.push({ path: 'element.label', message: 'the control label looks like patient data' });
  return problems;
}

/** Parse a suggestions file a mentor chose; never throws, always names the file. */
export function parseSuggestionsFile(fileName: string, text: string): SuggestionsFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, fileName, problems: [{ path: '', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const parsed = SuggestionsFile.safeParse(json);
  if (!parsed.success) return { ok: false, fileName, problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
  const problems: FieldProblem[] = [];
  parsed.data.suggestions.forEach((entry, i) => {
    if (isAnsweredProblem(entry)) {
      for (const p of answeredProblemDataProblems(entry)) problems.push({ ...p, path: `${formatPath(['suggestions', i])}.${p.path}` });
      return;
    }
    const checked = checkSuggestion(entry.suggestion);
    if (!checked.ok) for (const p of checked.problems) problems.push({ ...p, path: formatPath(['suggestions', i, 'suggestion']) + (p.path ? `.${p.path}` : '') });
  });
  return problems.length > 0 ? { ok: false, fileName, problems } : { ok: true, suggestions: parsed.data.suggestions };
}

/** ARIA role -> the tag such a control most often is (a fingerprint needs a tag; the role and name identify it). */
const ROLE_TAG: Record<string, string> = { button: 'button', link: 'a', textbox: 'input', searchbox: 'input', combobox: 'select', checkbox: 'input', radio: 'input', tab: 'button', menuitem: 'li', spinbutton: 'input', slider: 'input', switch: 'button' };

/** Roles whose label is a field's <label> (reportedControl.ts); the others are named by their own words. */
const FIELD_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton', 'slider', 'checkbox', 'radio', 'switch']);

/**
 * The target of an accepted tip: the control's role and own label, nothing else — a field's label
 * as its label text, a button's words as its text. With no label there is no identity evidence
 * (DESIGN.md rule 1), so no target: the tip becomes an FAQ entry for its page instead. When the
 * control is gone or renamed the resolver finds nothing and the tip shows nowhere, never elsewhere.
 */
export function suggestedTarget(element: { role: string; label?: string } | undefined): TargetFingerprint | undefined {
  if (!element?.label) return undefined;
  const named = FIELD_ROLES.has(element.role) ? { anchors: { labelText: element.label } } : { anchors: {}, text: element.label };
  return { ...named, tag: ROLE_TAG[element.role] ?? 'button', role: element.role, accessibleName: element.label, css: [] };
}

/** Both languages hold the learner's words until the mentor translates them in the editor. */
const both = (text: string) => ({ 'zh-CN': text, en: text });


/**
 * The draft with the suggestion added: a tip on its control (with a label) as a field tip, any
 * other tip as an FAQ entry titled by the page, a question as an FAQ entry; on the suggestion's
 * page, for every role, with credit (author name or none, and the suggestion id). Accepting the
 * same suggestion again changes nothing.
 */
export function acceptSuggestion(draft: ContentPack, entry: ReviewEntry): ContentPack {
  if (isInDraft(draft, entry.id)) return draft;
  if (isAnsweredProblem(entry)) return acceptAnsweredProblem(draft, entry);
  const credit = { ...(entry.author ? { author: entry.author } : {}), suggestionId: entry.id };
  const s = entry.suggestion;
  const base = `suggested-${idFromCode(entry.id.slice(0, 8)).replace(/[^a-z]/g, '') || 'x'}`;
  const target = suggestedTarget(s.element);
  if (s.kind === 'tip' && target) {
    const tip: FieldTip = { id: uniqueId(base, draft.tips.map((t) => t.id)), target, body: both(s.text), urlPatterns: [entry.pagePattern], roles: [], credit };
    return { ...draft, tips: [...draft.tips, tip] };
  }
  const faqs = draft.faqs ?? [];
  const faq: FaqEntry = {
    id: uniqueId(base, faqs.map((f) => f.id)),
    question: s.kind === 'faq' ? both(s.question) : { 'zh-CN': s.element?.role ? '本页操作提示' : '本页提示', en: 'A tip for this page' },
    answer: both(s.kind === 'faq' ? s.answer : s.text),
    urlPatterns: [entry.pagePattern],
    roles: [],
    ...(target ? { target } : {}),
    credit,
  };
  return { ...draft, faqs: [...faqs, faq] };
}

/**
 * A trainer's answer as an FAQ entry for the problem's page, for every role: the learner's words as
 * the question, the trainer's as the answer, about the control the reports named (when labelled),
 * credited as an answered pilot problem.
 */
function acceptAnsweredProblem(draft: ContentPack, entry: AnsweredProblemEntry): ContentPack {
  const faqs = draft.faqs ?? [];
  const target = suggestedTarget(entry.element);
  const faq: FaqEntry = {
    id: uniqueId(idFromCode(entry.id).replace(/[^a-z._-]/g, '-').slice(0, 70), faqs.map((f) => f.id)),
    question: both(entry.question),
    answer: both(entry.answer),
    urlPatterns: [entry.pagePattern],
    roles: [],
    ...(target ? { target } : {}),
    credit: { suggestionId: entry.id, answeredProblem: true },
  };
  return { ...draft, faqs: [...faqs, faq] };
}

/** Already accepted into this draft (by its credit's suggestion id). */
export function isInDraft(draft: ContentPack, suggestionId: string): boolean {
  return draft.tips.some((t) => t.credit?.suggestionId === suggestionId) || (draft.faqs ?? []).some((f) => f.credit?.suggestionId === suggestionId);
}
