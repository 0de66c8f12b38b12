import type { StatementFact } from '../record/statementFacts.ts';
import type { SuggestionInput } from '../record/suggestion.ts';
import type { AnsweredProblemEntry } from './problemAnswers.ts';

/**
 * Learners' suggested tips and FAQ entries (知识沉淀, issue 16) as the trainer dashboard lists them,
 * newest first, and the suggestions file it hands to mentors for the editor
 * (authoring/suggestionReview.ts reads it back).
 */

export interface ListedSuggestion {
  /** the statement id: the editor remembers accepted and rejected suggestions by it */
  id: string;
  learner: string;
  at: number;
  pagePattern: string;
  /** the pack whose pages it came from ('' when none was installed for that page) */
  pack: string;
  packVersion?: string;
  role?: string;
  input: SuggestionInput;
}

export class SuggestionListAccumulator {
  private readonly byId = new Map<string, ListedSuggestion>();

  add(fact: StatementFact): void {
    const s = fact.suggestion;
    if (!s || this.byId.has(s.id)) return;
    const row: ListedSuggestion = { id: s.id, learner: fact.learner, at: fact.t, pagePattern: fact.pagePattern ?? '', pack: fact.pack, input: s.input };
    if (fact.packVersion) row.packVersion = fact.packVersion;
    if (fact.role) row.role = fact.role;
    this.byId.set(s.id, row);
  }

  result(): ListedSuggestion[] {
    return [...this.byId.values()].sort((a, b) => b.at - a.at || a.id.localeCompare(b.id));
  }
}

export const SUGGESTIONS_FILE_FORMAT = 'preceptor-suggestions';
/** 1: learners' suggestions only; 2: also the trainer's answers published as page help (problemAnswers.ts). */
export const SUGGESTIONS_FILE_VERSION = 2;

/**
 * The suggestions file: each suggestion with the author's display name when the learner handed in
 * their identity with consent (`authorOf` returns undefined otherwise: the editor then credits
 * "a learner"), never the opaque learner id; then the trainer's answers published as help for their
 * page. A file with no answers stays version 1, so an editor from before answers still reads it.
 */
export function suggestionsFile(rows: readonly ListedSuggestion[], authorOf: (learner: string) => string | undefined, now: Date, answers: readonly AnsweredProblemEntry[] = []): string {
  return JSON.stringify(
    {
      format: SUGGESTIONS_FILE_FORMAT,
      formatVersion: answers.length > 0 ? SUGGESTIONS_FILE_VERSION : 1,
      exportedAt: now.toISOString(),
      suggestions: [
        ...rows.map((row) => {
        const author = authorOf(row.learner);
        return {
          id: row.id,
          at: new Date(row.at).toISOString(),
          pagePattern: row.pagePattern,
          ...(row.pack ? { packId: packIdOf(row.pack) } : {}),
          ...(row.packVersion ? { packVersion: row.packVersion } : {}),
          ...(row.role ? { role: row.role } : {}),
          ...(author ? { author } : {}),
          suggestion: row.input,
        };
      }),
        ...answers,
      ],
    },
    null,
    2,
  );
}

/** A pack activity id's pack id (…/activities/packs/<id>). */
export function packIdOf(packActivity: string): string {
  const m = packActivity.match(/\/activities\/packs\/([^/]+)$/);
  return m ? decodeURIComponent(m[1]!) : packActivity;
}
