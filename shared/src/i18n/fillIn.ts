/** The values a UI text's `{name}` fill-ins take. */
export type FillInVars = Readonly<Record<string, string | number>>;

/**
 * A UI text with its `{name}` fill-ins replaced; a name without a value stays as written, so a
 * missing value shows up on screen instead of vanishing. Used by every dictionary (sandbox,
 * trainer, player, authoring).
 */
export function fillIn(template: string, vars: FillInVars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}
