/**
 * Runs in the rendered library page (bundled by regenerate.ts): puts `data-bench-id` on the DOM
 * element each spec mark names, then serializes the page — markup, form state and the CSS rules
 * the page uses (CSS-in-JS sheets included, which live in CSSOM, not in <style> text) — as one
 * static HTML file without scripts.
 */
import type { MarkKind } from './spec.ts';

export interface MarkRequest {
  id: string;
  kind: MarkKind;
  /** label text, aria-label or title the element is found by when the library drops data-gen-key */
  text: string;
  expect?: 'ambiguous';
}

const SELECTORS: Record<MarkKind, string> = {
  button: 'button, a, [role=button]',
  menuitem: '[role=menuitem], [role=button], a, li',
  tab: '[role=tab]',
  field: 'input:not([type=hidden]):not([type=radio]):not([type=checkbox]), textarea, [role=combobox], select, [role=spinbutton]',
  radio: 'input[type=radio]',
  checkbox: 'input[type=checkbox]',
  switch: '[role=switch], input[type=checkbox]',
  title: '*',
};

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');

function byText(text: string, kind: MarkKind): Element[] {
  const want = norm(text);
  const out: Element[] = [];
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    if (['SCRIPT', 'STYLE'].includes(el.tagName)) continue;
    const own = norm(el.textContent) === want || (kind !== 'title' && (el.getAttribute('aria-label') === text || el.getAttribute('title') === text));
    if (!own) continue;
    // deepest only
    if (Array.from(el.children).some((c) => norm(c.textContent) === want)) continue;
    out.push(el);
  }
  return out;
}

function relocate(from: Element, kind: MarkKind): Element | null {
  if (kind === 'title') return from;
  const sel = SELECTORS[kind];
  for (let el: Element | null = from; el; el = el.parentElement) {
    if (el.matches(sel)) return el;
    const inside = el.querySelector(sel);
    if (inside) return inside;
  }
  return null;
}

function markTargets(requests: MarkRequest[]): string[] {
  const errors: string[] = [];
  for (const r of requests) {
    const keyed = Array.from(document.querySelectorAll(`[data-gen-key="${r.id}"]`));
    let from: Element | undefined;
    if (keyed.length > 0) from = keyed[0];
    else {
      const found = byText(r.text, r.kind).filter((el) => relocate(el, r.kind) && !relocate(el, r.kind)!.hasAttribute('data-bench-id'));
      if (found.length !== 1) {
        errors.push(`${r.id}: ${found.length} elements with text "${r.text}"`);
        continue;
      }
      from = found[0];
    }
    const target = relocate(from!, r.kind);
    if (!target) {
      errors.push(`${r.id}: no ${r.kind} at ${from!.tagName}.${from!.className}`);
      continue;
    }
    if (target.hasAttribute('data-bench-id')) errors.push(`${r.id}: element already marked ${target.getAttribute('data-bench-id')}`);
    target.setAttribute('data-bench-id', r.id);
    if (r.expect) target.setAttribute('data-bench-expect', r.expect);
  }
  for (const el of Array.from(document.querySelectorAll('[data-gen-key], [data-gen-expect]'))) {
    el.removeAttribute('data-gen-key');
    el.removeAttribute('data-gen-expect');
  }
  return errors;
}

const PSEUDO_ELEMENTS = /::?(before|after|placeholder|selection|marker|first-letter|first-line|backdrop|-webkit-[\w-]+|-moz-[\w-]+|-ms-[\w-]+)(\([^)]*\))?/g;
const DYNAMIC = /:(hover|focus|focus-visible|focus-within|active|visited)\b/g;

/** The page's CSS, reduced to the rules whose selectors match something in this snapshot. */
function usedCss(): string {
  const keep = (rule: CSSRule): string => {
    if (rule instanceof CSSStyleRule) {
      if (rule.cssRules && rule.cssRules.length > 0) return rule.cssText;
      const stripped = rule.selectorText.replace(PSEUDO_ELEMENTS, '').replace(DYNAMIC, '');
      try {
        return document.querySelector(stripped) ? rule.cssText : '';
      } catch {
        return rule.cssText;
      }
    }
    if (rule instanceof CSSMediaRule || rule instanceof CSSSupportsRule || (typeof CSSLayerBlockRule !== 'undefined' && rule instanceof CSSLayerBlockRule)) {
      const inner = Array.from(rule.cssRules).map(keep).filter(Boolean).join('\n');
      if (!inner) return '';
      const head = rule instanceof CSSMediaRule ? `@media ${rule.media.mediaText}` : rule instanceof CSSSupportsRule ? `@supports ${rule.conditionText}` : `@layer ${(rule as CSSLayerBlockRule).name}`;
      return `${head} {\n${inner}\n}`;
    }
    if (rule instanceof CSSKeyframesRule || rule instanceof CSSFontFaceRule) return '';
    return rule.cssText;
  };
  const parts: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    parts.push(Array.from(rules).map(keep).filter(Boolean).join('\n'));
  }
  return parts.filter(Boolean).join('\n');
}

function snapshot(requests: MarkRequest[]): { html: string; errors: string[] } {
  const errors = markTargets(requests);
  // form state lives in properties; the snapshot keeps it as attributes
  for (const el of Array.from(document.querySelectorAll('input'))) {
    if (el.type === 'radio' || el.type === 'checkbox') el.toggleAttribute('checked', el.checked);
    else if (el.value) el.setAttribute('value', el.value);
  }
  for (const el of Array.from(document.querySelectorAll('textarea'))) el.textContent = el.value;
  const css = usedCss();
  for (const el of Array.from(document.querySelectorAll('script, style, link[rel=stylesheet]'))) el.remove();
  const style = document.createElement('style');
  style.textContent = css;
  document.head.appendChild(style);
  return { html: `<!doctype html>\n${document.documentElement.outerHTML}\n`, errors };
}

(globalThis as Record<string, unknown>).__snapshot = snapshot;
