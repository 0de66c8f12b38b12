/**
 * The baseline: what plain tour libraries do. At record time, the shortest CSS selector that is
 * unique on the page (ids, classes, tags, :nth-child — the @medv/finder / "Copy selector" recipe,
 * generated ids included); at play time, `querySelector` and take whatever comes first.
 *
 * To be fair to it across frames and shadow roots (which plain `document.querySelector` cannot
 * enter at all), it records a chain: a selector for each host, then one for the element.
 */

const MAX_LEVELS = 4;

export function selectorChain(el: Element): string[] {
  const chain: string[] = [];
  let node: Element = el;
  for (let guard = 0; guard < 16; guard++) {
    const root = node.getRootNode() as ParentNode & Node;
    chain.unshift(shortestUniqueSelector(node, root));
    if (root.nodeType === 11 && (root as ShadowRoot).host) {
      node = (root as ShadowRoot).host;
      continue;
    }
    const frame = (root as Document).defaultView?.frameElement;
    if (!frame) break;
    node = frame;
  }
  return chain;
}

export function resolveSelectorChain(chain: string[], doc: Document): Element | null {
  let root: ParentNode = doc;
  for (let i = 0; i < chain.length; i++) {
    let el: Element | null;
    try {
      el = root.querySelector(chain[i]!);
    } catch {
      return null;
    }
    if (!el || i === chain.length - 1) return el;
    const inner: ParentNode | null =
      el.tagName === 'IFRAME' || el.tagName === 'FRAME' ? ((el as HTMLIFrameElement).contentDocument ?? null) : el.shadowRoot;
    if (!inner) return null;
    root = inner;
  }
  return null;
}

function esc(value: string): string {
  return CSS.escape(value);
}

/** Options for one element, most specific first. */
function optionsFor(el: Element): string[] {
  const out: string[] = [];
  const id = el.getAttribute('id');
  if (id) out.push(`#${esc(id)}`);
  for (const cls of Array.from(el.classList).slice(0, 4)) out.push(`.${esc(cls)}`);
  const tag = el.tagName.toLowerCase();
  out.push(tag);
  // the parent may be a shadow root: its children are counted the same way
  const parent = el.parentNode as ParentNode | null;
  if (parent) out.push(`${tag}:nth-child(${Array.from(parent.children).indexOf(el) + 1})`);
  return out;
}

function isUnique(root: ParentNode, selector: string, el: Element): boolean {
  try {
    const found = root.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

export function shortestUniqueSelector(el: Element, root: ParentNode): string {
  // the path of ancestors inside this root, element first
  const path: Element[] = [];
  for (let node: Element | null = el; node && path.length < MAX_LEVELS; node = node.parentElement) path.push(node);
  let partials: string[] = [''];
  for (let level = 0; level < path.length; level++) {
    const options = optionsFor(path[level]!);
    const next: string[] = [];
    for (const option of options) for (const tail of partials) next.push(tail ? `${option} > ${tail}` : option);
    const unique = next.filter((s) => isUnique(root, s, el)).sort((a, b) => a.length - b.length);
    if (unique.length > 0) return unique[0]!;
    // keep the search small: the shortest few partial selectors go one level up
    partials = next.sort((a, b) => a.length - b.length).slice(0, 12);
  }
  return nthChildPath(el);
}

function nthChildPath(el: Element): string {
  const parts: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const parent = node.parentNode as ParentNode | null;
    if (!parent || parent.nodeType === 9) break;
    parts.unshift(`${node.tagName.toLowerCase()}:nth-child(${Array.from(parent.children).indexOf(node) + 1})`);
  }
  return parts.join(' > ') || el.tagName.toLowerCase();
}
