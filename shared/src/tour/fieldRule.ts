import type { FieldRule } from '../schema/contentPack.ts';
import { compileFieldPattern } from './fieldPattern.ts';

/**
 * The check for a step's rule, prepared once per step (a pattern is compiled by RE2 here, not on
 * every keystroke). Runs in the page; the caller records only the boolean, never the value.
 */
export function fieldCheck(rule: FieldRule): (value: string) => boolean {
  switch (rule.kind) {
    case 'not-empty':
      return (value) => value.trim().length > 0;
    case 'equals':
      return (value) => value.trim() === rule.value.trim();
    case 'pattern': {
      const compiled = compileFieldPattern(rule.pattern);
      // import refuses such a pattern; should one arrive anyway, the step waits and offers Skip
      return compiled.ok ? compiled.test : () => false;
    }
  }
}

/** Does a field's current value satisfy the step's rule? */
export function fieldSatisfies(rule: FieldRule, value: string): boolean {
  return fieldCheck(rule)(value);
}

/** The value a learner has given a form control, as the rule sees it. */
export function fieldValueOf(el: Element): string {
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) return el.checked ? el.value || 'on' : '';
  if ('value' in el && typeof (el as HTMLInputElement).value === 'string') return (el as HTMLInputElement).value;
  if (el instanceof HTMLElement && el.isContentEditable) return el.innerText;
  // a radio group or fieldset: the checked control inside it
  const checked = el.querySelector?.('input:checked') as HTMLInputElement | null;
  return checked ? checked.value : '';
}
