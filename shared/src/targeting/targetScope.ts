/**
 * Frames and shadow roots: where a target lives, and which roots a resolve searches.
 * Only open shadow roots and same-origin frames can be read; anything else is simply not searched.
 */
import type { TargetScopeHop } from '../schema/targetFingerprint.ts';
import { looksGenerated } from './generatedNames.ts';
import { elementsByTag, stableIdOf } from './elementSignals.ts';

/** A document or shadow root to search, with the chain of hosts that leads to it. */
export interface SearchRoot {
  root: ParentNode;
  /** descriptions of the hosts, outermost first (compared with a fingerprint's scope) */
  hops: TargetScopeHop[];
  /** the host elements themselves: a hidden frame hides everything in it */
  hosts: Element[];
}

/** The scope of an element: every frame and shadow root between the top document and it. */
export function scopeOf(el: Element): TargetScopeHop[] {
  const hops: TargetScopeHop[] = [];
  let node: Node = el;
  for (let guard = 0; guard < 32; guard++) {
    const root = node.getRootNode();
    if (root.nodeType === 11 && (root as ShadowRoot).host) {
      const host = (root as ShadowRoot).host;
      hops.unshift(hopOf(host, 'shadow'));
      node = host;
      continue;
    }
    const frame = frameElementOf(root as Document);
    if (!frame) break;
    hops.unshift(hopOf(frame, 'frame'));
    node = frame;
  }
  return hops;
}

function frameElementOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null; // cross-origin parent
  }
}

export function hopOf(host: Element, kind: TargetScopeHop['kind']): TargetScopeHop {
  const hop: TargetScopeHop = { kind, tag: host.tagName.toLowerCase() };
  const id = stableIdOf(host);
  if (id) hop.id = id;
  if (kind === 'frame') {
    const name = host.getAttribute('name');
    if (name && !looksGenerated(name)) hop.name = name;
    const title = host.getAttribute('title');
    if (title) hop.title = title;
    const src = framePathOf(host);
    if (src) hop.src = src;
  }
  return hop;
}

/** The path of a frame's URL: never its query or hash, which may carry patient ids. */
function framePathOf(frame: Element): string | undefined {
  const raw = frame.getAttribute('src');
  if (!raw || raw.startsWith('about:') || raw.startsWith('javascript:') || raw.startsWith('data:')) return undefined;
  try {
    const path = new URL(raw, frame.ownerDocument.baseURI).pathname;
    return path && path !== '/' ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The document or shadow root inside a host, when the page lets us read it. */
export function innerRootOf(host: Element, kind: TargetScopeHop['kind']): ParentNode | null {
  if (kind === 'shadow') return host.shadowRoot;
  try {
    return (host as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null; // cross-origin frame
  }
}

function hopMatches(host: Element, hop: TargetScopeHop): boolean {
  const actual = hopOf(host, hop.kind);
  return (!hop.id || actual.id === hop.id) && (!hop.name || actual.name === hop.name) && (!hop.src || actual.src === hop.src);
}

/**
 * The roots a fingerprint's scope leads to. Hosts are found by tag; when some of them also carry
 * the recorded id/name/src, only those are followed. Several hosts can match (three result
 * tables of one custom element): all of them are searched, so duplicates show as ambiguous.
 */
export function rootsAlongScope(scope: readonly TargetScopeHop[], root: ParentNode): SearchRoot[] {
  let current: SearchRoot[] = [{ root, hops: [], hosts: [] }];
  for (const hop of scope) {
    const next: SearchRoot[] = [];
    for (const { root: parent, hops, hosts } of current) {
      const tagged = hop.kind === 'frame' ? framesIn(parent) : Array.from(elementsByTag(parent, hop.tag));
      const sameTag = tagged.filter((host) => host.tagName.toLowerCase() === hop.tag);
      const exact = sameTag.filter((host) => hopMatches(host, hop));
      for (const host of exact.length > 0 ? exact : sameTag) {
        const inner = innerRootOf(host, hop.kind);
        if (inner) next.push({ root: inner, hops: [...hops, hopOf(host, hop.kind)], hosts: [...hosts, host] });
      }
    }
    current = next;
    if (current.length === 0) break;
  }
  return current;
}

/**
 * Every readable root under `root`: the root itself, open shadow roots, same-origin frames,
 * recursively. Walks the whole tree: for tools (benchmarks, a health check), not for every resolve.
 */
export function allRoots(root: ParentNode): SearchRoot[] {
  const out: SearchRoot[] = [];
  const visit = (searchRoot: SearchRoot, depth: number) => {
    out.push(searchRoot);
    if (depth > 8) return;
    const node = searchRoot.root as Node;
    const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
    if (!doc) return;
    const walker = doc.createTreeWalker(node, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
      const frame = el.tagName === 'IFRAME' || el.tagName === 'FRAME';
      const kind = el.shadowRoot ? 'shadow' : frame ? 'frame' : null;
      if (!kind) continue;
      const inner = innerRootOf(el, kind);
      if (inner) visit({ root: inner, hops: [...searchRoot.hops, hopOf(el, kind)], hosts: [...searchRoot.hosts, el] }, depth + 1);
      // a frame element may also host a shadow root: rare enough to ignore
    }
  };
  visit({ root, hops: [], hosts: [] }, 0);
  return out;
}

/** Roots reached by every proper prefix of a scope (the document, then each host on the way). */
export function scopePrefixRoots(scope: readonly TargetScopeHop[], root: ParentNode): SearchRoot[] {
  const out: SearchRoot[] = [];
  for (let length = 1; length < scope.length; length++) out.push(...rootsAlongScope(scope.slice(0, length), root));
  return out;
}

/** The root and every same-origin frame under it, recursively (cheap: frames are found by tag). */
export function frameRoots(root: ParentNode): SearchRoot[] {
  const out: SearchRoot[] = [];
  const visit = (searchRoot: SearchRoot, depth: number) => {
    out.push(searchRoot);
    if (depth > 8) return;
    for (const frame of framesIn(searchRoot.root)) {
      const inner = innerRootOf(frame, 'frame');
      if (inner) visit({ root: inner, hops: [...searchRoot.hops, hopOf(frame, 'frame')], hosts: [...searchRoot.hosts, frame] }, depth + 1);
    }
  };
  visit({ root, hops: [], hosts: [] }, 0);
  return out;
}

/** The <iframe> and <frame> elements under a root, in document order. */
function framesIn(root: ParentNode): Element[] {
  const iframes = elementsByTag(root, 'iframe');
  const frames = elementsByTag(root, 'frame');
  if (frames.length === 0) return Array.from(iframes);
  if (iframes.length === 0) return Array.from(frames);
  return Array.from(root.querySelectorAll('iframe, frame'));
}

/** 1 when a root's chain of hosts matches the recorded scope hop for hop, less the more it differs. */
export function scopeAgreement(recorded: readonly TargetScopeHop[], actual: readonly TargetScopeHop[]): number {
  const length = Math.max(recorded.length, actual.length);
  if (length === 0) return 1;
  let same = 0;
  for (let i = 0; i < Math.min(recorded.length, actual.length); i++) {
    if (recorded[i]!.kind === actual[i]!.kind && recorded[i]!.tag === actual[i]!.tag) same++;
  }
  return same / length;
}

/** Documents and shadow roots a waiter should observe for this scope (MutationObserver stops at each). */
export function observableRoots(scope: readonly TargetScopeHop[] | undefined, root: ParentNode): Node[] {
  const out: Node[] = [root as Node];
  let current: SearchRoot[] = [{ root, hops: [], hosts: [] }];
  for (const hop of scope ?? []) {
    current = current.flatMap((r) => rootsAlongScope([hop], r.root));
    for (const r of current) out.push(r.root as Node);
    if (current.length === 0) break;
  }
  return out;
}
