/** The values a UI text's `{name}` fill-ins take. */
export type FillInVars = Readonly<Record<string, string | number>>;

/** English plural categories (the only language here with plural forms; Chinese has one form). */
const englishPlural = new Intl.PluralRules('en');

/** `{name}` or `{name|one|other}` */
const FILL_IN = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

/**
 * A UI text with its `{name}` fill-ins replaced; a name without a value stays as written, so a
 * missing value shows up on screen instead of vanishing. Used by every dictionary (sandbox,
 * trainer, player, authoring).
 *
 * `{name|one|other}` picks a plural form by the number `name` holds, by English rules:
 * `'{count} {count|problem|problems} found'` reads "1 problem found" and "5 problems found".
 */
export function fillIn(template: string, vars: FillInVars = {}): string {
  return fillInParts(template, vars).join('');
}

/**
 * The same text as pieces: the template's own words as strings, each fill-in as the value given
 * for it, untouched (a value may be anything, e.g. a name drawn as data: `<Data>王伟</Data>`).
 * A plural choice reads the number its value holds and stays a word of the template.
 */
export function fillInParts<T>(template: string, vars: Readonly<Record<string, T | string | number>> = {}): (T | string)[] {
  const parts: (T | string)[] = [];
  let words = '';
  let last = 0;
  for (const match of template.matchAll(FILL_IN)) {
    const [whole, name, one, other] = match as unknown as [string, string, string | undefined, string | undefined];
    words += template.slice(last, match.index);
    last = match.index + whole.length;
    if (!Object.hasOwn(vars, name)) words += whole;
    else if (one !== undefined && other !== undefined) words += englishPlural.select(Number(vars[name])) === 'one' ? one : other;
    else {
      const value = vars[name] as T | string | number;
      if (typeof value === 'string' || typeof value === 'number') words += String(value);
      else {
        if (words) parts.push(words);
        parts.push(value);
        words = '';
      }
    }
  }
  words += template.slice(last);
  if (words) parts.push(words);
  return parts;
}
