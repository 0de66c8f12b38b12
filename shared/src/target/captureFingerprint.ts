import type { TargetFingerprint } from '../schema/targetFingerprint.ts';
import {
  accessibleNameOf,
  ancestorContextOf,
  attrSelector,
  dataAttributesOf,
  labelTextOf,
  looksGenerated,
  ownTextOf,
  roleOf,
} from './elementSignals.ts';

/** Record what identifies an element, leaving out anything a vendor build generates. */
export function captureFingerprint(el: Element): TargetFingerprint {
  const anchors: TargetFingerprint['anchors'] = {};
  const id = el.getAttribute('id');
  if (id && !looksGenerated(id)) anchors.id = id;
  const name = el.getAttribute('name');
  if (name && !looksGenerated(name)) anchors.name = name;
  const data = dataAttributesOf(el);
  if (Object.keys(data).length > 0) anchors.data = data;
  const ariaLabel = el.getAttribute('aria-label');
  if (ariaLabel) anchors.ariaLabel = ariaLabel;
  const labelText = labelTextOf(el);
  if (labelText) anchors.labelText = labelText;

  const tag = el.tagName.toLowerCase();
  const fingerprint: TargetFingerprint = { anchors, tag, css: cssCandidates(el, anchors) };
  const role = roleOf(el);
  if (role) fingerprint.role = role;
  const accessibleName = accessibleNameOf(el);
  if (accessibleName) fingerprint.accessibleName = accessibleName;
  const text = ownTextOf(el);
  if (text && (tag === 'button' || tag === 'a' || /^h[1-6]$/.test(tag) || tag === 'th' || tag === 'label')) fingerprint.text = text;
  const context = ancestorContextOf(el);
  if (context) fingerprint.context = context;
  return fingerprint;
}

function cssCandidates(el: Element, anchors: TargetFingerprint['anchors']): string[] {
  const tag = el.tagName.toLowerCase();
  const out: string[] = [];
  if (anchors.id) out.push(`${tag}${attrSelector('id', anchors.id)}`);
  if (anchors.name) out.push(`${tag}${attrSelector('name', anchors.name)}`);
  for (const [key, value] of Object.entries(anchors.data ?? {})) out.push(`${tag}${attrSelector(`data-${key}`, value)}`);
  const root = el.getRootNode() as ParentNode;
  return out.filter((selector) => root.querySelectorAll(selector).length === 1).slice(0, 3);
}
