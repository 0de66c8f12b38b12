/**
 * Walking the page the way a mentor sees it: across open shadow roots and same-origin frames.
 * Closed shadow roots and cross-origin frames cannot be read and are simply not entered.
 */

// Nodes in a frame belong to the frame's realm, where `instanceof Element` of this realm is false:
// node types and tag names work everywhere.
export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

/** The element an event really happened on (inside open shadow roots), not the retargeted host. */
export function eventElement(event: Event): Element | undefined {
  for (const node of event.composedPath()) {
    if (isElement(node)) return node;
    // text nodes and the like: their parent comes next in the path
  }
  return isElement(event.target) ? event.target : undefined;
}

// parent across a shadow root (its host) and a frame (its <iframe>): one walk for the picker and the sketch
export { parentAcross } from '@preceptor/shared/targeting/parentAcross.ts';

/** First child element, entering an open shadow root or a same-origin frame. */
export function firstChildAcross(el: Element): Element | undefined {
  const shadow = el.shadowRoot?.firstElementChild;
  if (shadow) return shadow;
  if (el.tagName === 'IFRAME' || el.tagName === 'FRAME') {
    try {
      const body = (el as HTMLIFrameElement).contentDocument?.body;
      if (body) return body;
    } catch {
      return undefined;
    }
  }
  return el.firstElementChild ?? undefined;
}

/** Where an element is on the top page's viewport, adding up the frames it sits in. */
export function rectInTop(el: Element): DOMRect {
  const rect = el.getBoundingClientRect();
  let x = rect.left;
  let y = rect.top;
  let win: Window | null = el.ownerDocument.defaultView;
  for (let guard = 0; guard < 16 && win && win !== window.top; guard++) {
    let frame: Element | null = null;
    try {
      frame = win.frameElement;
    } catch {
      break;
    }
    if (!frame) break;
    const outer = frame.getBoundingClientRect();
    x += outer.left + frame.clientLeft;
    y += outer.top + frame.clientTop;
    win = frame.ownerDocument.defaultView;
  }
  return new DOMRect(x, y, rect.width, rect.height);
}

/** The top document and every same-origin frame document inside it. */
export function sameOriginDocuments(root: Document = document): Document[] {
  const out: Document[] = [root];
  for (const frame of root.querySelectorAll('iframe, frame')) {
    try {
      const inner = (frame as HTMLIFrameElement).contentDocument;
      if (inner && inner.documentElement) out.push(...sameOriginDocuments(inner));
    } catch {
      // cross-origin: not ours to read
    }
  }
  return out;
}

/** A short, readable name for an element in a breadcrumb: `button.primary`, `input#name`. */
export function crumbLabel(el: Element): string {
  const tag = el.tagName.toLowerCase();
  if (el.id && el.id.length <= 24) return `${tag}#${el.id}`;
  const name = el.getAttribute('name');
  if (name && name.length <= 24) return `${tag}[name=${name}]`;
  const cls = [...el.classList].find((c) => c.length <= 20);
  return cls ? `${tag}.${cls}` : tag;
}

/** Form controls whose entry the recorder records as an enter step (not as a click). */
export function fieldControl(el: Element): 'text' | 'select' | 'checkbox' | 'radio' | undefined {
  if (el.tagName === 'SELECT') return 'select';
  if (el.tagName === 'TEXTAREA') return 'text';
  if (el.tagName === 'INPUT') {
    const type = (el as HTMLInputElement).type.toLowerCase();
    if (type === 'checkbox') return 'checkbox';
    if (type === 'radio') return 'radio';
    if (['button', 'submit', 'reset', 'image', 'file', 'hidden', 'range', 'color'].includes(type)) return undefined;
    return 'text';
  }
  if ((el as HTMLElement).isContentEditable) return 'text';
  const role = el.getAttribute('role');
  if (role === 'textbox' || role === 'combobox' || role === 'searchbox') return 'text';
  return undefined;
}

const CLICKABLE = 'a[href], button, summary, [role="button"], [role="link"], [role="tab"], [role="menuitem"], [role="option"], [role="treeitem"], [data-action], input[type="button"], input[type="submit"], input[type="reset"], input[type="image"], label';

/** What a click was meant for: the nearest button/link/tab around the clicked node, or the node. */
export function clickTarget(el: Element): Element {
  return el.closest(CLICKABLE) ?? el;
}
