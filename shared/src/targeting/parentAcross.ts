/**
 * Parent across an open shadow root (its host) and, from a frame's root element, a same-origin
 * frame (its <iframe>): the page as a mentor sees it. The picker (extension/src/authoring/page/
 * pageTree.ts) and the target sketch (captureSketch.ts) walk up with it.
 */
export function parentAcross(el: Element): Element | undefined {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode() as Node & { host?: Element };
  if (root.nodeType === 11 && root.host) return root.host;
  const doc = el.ownerDocument;
  if (el === doc.documentElement) {
    try {
      return doc.defaultView?.frameElement ?? undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
