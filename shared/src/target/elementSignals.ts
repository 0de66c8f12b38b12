/** Reading the signals of one element: shared by capture and resolve so both see the same thing. */

/** Ids and classes that frameworks generate change on every build or upgrade: never trust them. */
export function looksGenerated(value: string): boolean {
  return (
    /^:r[0-9a-z]+:$/i.test(value) || // React useId
    /^(ember|ext-comp-|ext-gen|yui_|gwt-uid-|mui-|rc_|react-select-)\d*/i.test(value) ||
    /[0-9a-f]{6,}/i.test(value) || // hashes
    /\d{4,}/.test(value) || // long counters
    /^[a-z]+[-_][a-z0-9]{5,}$/i.test(value) && /\d/.test(value) // css-module hash: name_x8f2k
  );
}

export function normalizeText(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Text of the <label> elements (or aria-labelledby) that name a form control. */
export function labelTextOf(el: Element): string | undefined {
  const doc = el.ownerDocument;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => normalizeText(doc.getElementById(id)?.textContent))
      .filter(Boolean)
      .join(' ');
    if (text) return text;
  }
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length > 0) {
    const text = normalizeText(Array.from(labels, (l) => l.textContent).join(' '));
    if (text) return text;
  }
  return undefined;
}

const IMPLICIT_ROLES: Record<string, string> = {
  button: 'button',
  a: 'link',
  select: 'combobox',
  textarea: 'textbox',
  table: 'table',
  nav: 'navigation',
  dialog: 'dialog',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
};

export function roleOf(el: Element): string | undefined {
  const explicit = el.getAttribute('role');
  if (explicit) return explicit.split(/\s+/)[0];
  const tag = el.tagName.toLowerCase();
  if (tag === 'input') {
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'checkbox') return 'checkbox';
    if (type === 'radio') return 'radio';
    if (type === 'button' || type === 'submit' || type === 'reset') return 'button';
    return 'textbox';
  }
  if (tag === 'section' && (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby'))) return 'region';
  return IMPLICIT_ROLES[tag];
}

/** A short, good-enough accessible name: aria-label, labelledby/label, then own text. */
export function accessibleNameOf(el: Element): string | undefined {
  const aria = normalizeText(el.getAttribute('aria-label'));
  if (aria) return aria;
  const label = labelTextOf(el);
  if (label) return label;
  const tag = el.tagName.toLowerCase();
  if (tag === 'button' || tag === 'a' || /^h[1-6]$/.test(tag)) return ownTextOf(el);
  const title = normalizeText(el.getAttribute('title'));
  return title || undefined;
}

/** The element's visible text, only when short (buttons, links, headings, cells). */
export function ownTextOf(el: Element): string | undefined {
  const text = normalizeText(el.textContent);
  return text && text.length <= 80 ? text : undefined;
}

/** The label of the nearest dialog/region/section/form around the element. */
export function ancestorContextOf(el: Element): { ancestorLabel?: string; ancestorRole?: string } | undefined {
  for (let node = el.parentElement; node; node = node.parentElement) {
    const role = roleOf(node);
    const isContainer =
      role === 'dialog' || role === 'region' || role === 'navigation' || role === 'form' ||
      node.tagName === 'SECTION' || node.tagName === 'FORM' || node.tagName === 'FIELDSET';
    if (!isContainer) continue;
    const label = accessibleNameOf(node) ?? normalizeText(node.querySelector('h1,h2,h3,h4,legend')?.textContent);
    if (label) return { ancestorLabel: label, ...(role ? { ancestorRole: role } : {}) };
  }
  return undefined;
}

export function dataAttributesOf(el: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const attr of Array.from(el.attributes)) {
    if (!attr.name.startsWith('data-')) continue;
    const key = attr.name.slice(5);
    // per-row ids and state flags are not identity
    if (/^(reactid|state|active|selected|index|row|v-)/.test(key) || looksGenerated(attr.value)) continue;
    out[key] = attr.value;
  }
  return out;
}

/** Attribute-selector quoting that works without CSS.escape (absent in some DOMs). */
export function attrSelector(name: string, value: string): string {
  return `[${name}="${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"]`;
}
