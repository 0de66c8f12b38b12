import { pickLanguage } from '../record/statementFacts.ts';
import type { IncomingStatement } from '../record/statementValidation.ts';
import { EXTENSION } from '../xapi/vocabulary.ts';

/**
 * Content titles for the trainer's views, from the statements themselves: the dashboard is a
 * static app without the learners' installed packs, so titles travel where xAPI puts them —
 * an activity's definition.name (tours, quizzes, questions, scenarios, checklist items) and,
 * for tour steps (not activities of their own), the step-title result extension. Only the
 * pack's own text, never anything read from a page. Across bundles the latest statement wins,
 * so a renamed step shows its new title.
 */

/** A language map: RFC 5646 tag → text. */
export type TitleMap = Record<string, string>;

/** Where a step's title is kept in the titles map: a key that is never an activity IRI. */
export function stepTitleKey(tour: string, stepId: string): string {
  return `${tour}#step:${stepId}`;
}

/** The activity a titles-map key belongs to: the key itself, or a step key's tour. */
export function titleActivity(key: string): string {
  const at = key.lastIndexOf('#step:');
  return at < 0 ? key : key.slice(0, at);
}

function isTitleMap(value: unknown): value is TitleMap {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([, text]) => typeof text === 'string' && text !== '');
}

/** The titles one statement carries, as [key, language map] pairs (activity id, or stepTitleKey). */
export function statementTitles(statement: IncomingStatement): [string, TitleMap][] {
  const out: [string, TitleMap][] = [];
  const name = statement.object.definition?.name;
  if (isTitleMap(name)) out.push([statement.object.id, name]);
  const rx = statement.result?.extensions;
  const stepId = rx?.[EXTENSION.stepId];
  const stepTitle = rx?.[EXTENSION.stepTitle];
  if (typeof stepId === 'string' && stepId !== '' && isTitleMap(stepTitle)) out.push([stepTitleKey(statement.object.id, stepId), stepTitle]);
  return out;
}

/** A title seen at time t (ms; 0 when unknown, as in blocks imported before titles were timed). */
export type TimedTitle = [key: string, title: TitleMap, t?: number];

/** Collects titles; for each key the one from the latest statement wins (ties: the later one added). */
export class ActivityTitleAccumulator {
  private readonly titles = new Map<string, { title: TitleMap; t: number }>();

  add(key: string, title: TitleMap, t = 0): void {
    const known = this.titles.get(key);
    if (!known || t >= known.t) this.titles.set(key, { title, t });
  }

  addStatement(statement: IncomingStatement): void {
    const t = Date.parse(statement.timestamp);
    for (const [key, title] of statementTitles(statement)) this.add(key, title, Number.isFinite(t) ? t : 0);
  }

  /** [key, title, t] triples, as stored with a block of facts. */
  timed(): TimedTitle[] {
    return [...this.titles].map(([key, { title, t }]) => [key, title, t]);
  }

  result(): Record<string, TitleMap> {
    return Object.fromEntries([...this.titles].map(([key, { title }]) => [key, title]));
  }
}

/**
 * A title in the wanted language, else the other language (any language the map has), else
 * `fallback` — the id, so old bundles without titles still show what they did.
 */
export function titleIn(titles: Readonly<Record<string, TitleMap>>, key: string, language: string, fallback: string): string {
  return pickLanguage(titles[key], language) ?? fallback;
}
