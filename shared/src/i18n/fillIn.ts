/** The values a UI text's `{name}` fill-ins take. */
export type FillInVars = Readonly<Record<string, string | number>>;

/** English plural categories (the only language here with plural forms; Chinese has one form). */
const englishPlural = new Intl.PluralRules('en');

/**
 * A UI text with its `{name}` fill-ins replaced; a name without a value stays as written, so a
 * missing value shows up on screen instead of vanishing. Used by every dictionary (sandbox,
 * trainer, player, authoring).
 *
 * `{name|one|other}` picks a plural form by the number `name` holds, by English rules:
 * `'{count} {count|problem|problems} found'` reads "1 problem found" and "5 problems found".
 */
export function fillIn(template: string, vars: FillInVars = {}): string {
  return template.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    if (!Object.hasOwn(vars, name)) return whole;
    if (one === undefined || other === undefined) return String(vars[name]);
    return englishPlural.select(Number(vars[name])) === 'one' ? one : other;
  });
}
