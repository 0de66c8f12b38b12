/**
 * Telling a renamed control from a removed one by the controls recorded beside it.
 *
 * At pick time a fingerprint also keeps the names of the other controls of the element's kind on
 * its page (`peers`: the other buttons, menu items, tabs, fields of its type, section titles).
 * After an upgrade, an element whose name is one of them is known to be *another* control, not the
 * recorded one renamed. When the resolver finds nothing, one element may still be taken: the only
 * one of the kind that is none of the recorded peers, keeps a word of the recorded name that no
 * peer had (引用模板 -> 插入病历模板 keeps 模板; "Morse Fall Scale" -> "Fall risk (Morse)" keeps
 * Morse), reads more like the recorded name than like any peer, and does not sit in another
 * titled section. A removed control's look-alike was on the page when it was recorded, so it is a
 * peer and is never taken; a word every control of the kind shares (新增 on each card) is not
 * the recorded name's own and proves nothing.
 *
 * Peers are labels, never page data: elements in data records (rows, result lists, banners,
 * description values) are not read, and names that look like patient data are left out — on both
 * sides, so what capture could not record is never taken at resolve time either.
 */
import { hasNameShape, holdsPatientData } from '../authoring/patientDataPatterns.ts';
import type { TargetFingerprint } from '../schema/targetFingerprint.ts';
import { elementsByTag, iconOf, inputTypeOf, isDisabled, isFieldLike, isSectionTitle, isTitleLike, nameTextOf, roleOf, stableIdOf, stableNameOf, type SignalReader } from './elementSignals.ts';
import { dataRecordOf, isControl } from './pageDataFilter.ts';
import type { SearchRoot } from './targetScope.ts';
import { comparableText, keyTermsOf, sharesTerm, textSimilarity } from './textSimilarity.ts';

/** Most distinct peer names kept; a page with more controls of the kind records none (and the rule is off). */
export const MAX_PEERS = 32;
/**
 * Most elements of the tag read for the rule. Pages where it can apply have few controls of the
 * kind (peers are recorded only up to MAX_PEERS names); a page of thousands of them is not worth
 * the time on every retry of a waiting step, where a miss is already the answer.
 */
export const MAX_PEER_SCAN = 1500;
/** Longest peer name kept: a control's label, not a sentence. */
export const MAX_PEER_NAME = 40;
/** Below this a section title is another section, as in the scorer (OTHER_SECTION). */
const OTHER_SECTION = 0.5;
/** A name this close to the recorded one reads as its opposite (执行 / 不执行) or a look-alike word (检查 / 检验). */
const CONTRAST = 0.1;

/** Controls that do something when used, as opposed to fields, tabs and titles that name something. */
const ACTION_ROLES = new Set(['button', 'link', 'menuitem', 'menuitemcheckbox', 'menuitemradio']);
/** Tags that say what a control is without a role. */
const KIND_TAGS = new Set(['button', 'a', 'input', 'select', 'textarea', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'legend', 'summary']);

/**
 * The kind of control an element is, for peers: tag, role and input type; a <div>/<span>/<p>
 * without a role only when it is a section title or sits in a column header (else every wrapper
 * of the page would be a peer).
 */
export function peerKindOf(el: Element): string | undefined {
  const tag = el.tagName.toLowerCase();
  const role = (el.getAttribute('role') ?? '').trim().split(/\s+/)[0] ?? '';
  if (!role && !KIND_TAGS.has(tag)) {
    if (isSectionTitle(el)) return `${tag}||title`;
    // a grid's header cell wraps its words in a <div class="cell"> (Element Plus): a column header all the same
    return el.closest('th, [role="columnheader"]') ? `${tag}||columnheader` : undefined;
  }
  return `${tag}|${role}|${inputTypeOf(el) ?? ''}`;
}

/** A peer's name as capture may record it, or undefined (none, too long, page data, in a data record). */
function recordableName(el: Element, reader: SignalReader): string | undefined {
  // in a data record (a row, a banner) only a button's own words, as capture keeps them: its
  // aria-label or title there names the record ("退号：张三"), and a word shaped like a name is one
  const inRecord = dataRecordOf(el) !== undefined;
  if (inRecord && !isControl(el)) return undefined;
  const name = inRecord ? nameTextOf(el) : reader.accessibleNameOf(el);
  if (!name || name.length > MAX_PEER_NAME) return undefined;
  if (holdsPatientData(name, { bareNames: true }) || (inRecord && hasNameShape(name))) return undefined;
  return name;
}

/**
 * Names of the other controls of the element's kind in its root, nearest first, without repeats;
 * undefined when the element has no such kind, sits in a data record, or the page has more than
 * MAX_PEERS names (then absence from the list would prove nothing).
 */
export function peerNamesOf(el: Element, reader: SignalReader): string[] | undefined {
  const kind = peerKindOf(el);
  if (!kind || (dataRecordOf(el) !== undefined && !isControl(el))) return undefined;
  const depthOf = new Map<Node, number>();
  let depth = 0;
  for (let node: Node | null = el; node; node = node.parentNode) depthOf.set(node, depth++);
  const found: { name: string; near: number; order: number }[] = [];
  const seen = new Set<string>();
  const sameTag = elementsByTag(el.getRootNode() as ParentNode, el.tagName.toLowerCase());
  for (let i = 0; i < sameTag.length; i++) {
    const other = sameTag[i]!;
    // a wrapper around the element, or a part inside it, is the element on screen, not another control
    if (other === el || peerKindOf(other) !== kind || other.contains(el) || el.contains(other)) continue;
    const name = recordableName(other, reader);
    if (!name) continue;
    const key = comparableText(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    if (seen.size > MAX_PEERS) return undefined;
    // how far up the common ancestor is: the toolbar's other buttons before the page's
    let node: Node | null = other;
    while (node && !depthOf.has(node)) node = node.parentNode;
    found.push({ name, near: node ? depthOf.get(node)! : depth, order: i });
  }
  return found.sort((a, b) => a.near - b.near || a.order - b.order).map((p) => p.name);
}

/** A name as the page writes it, read cheaply: aria-label, a field's label, short own text, title. */
function writtenNameOf(el: Element, reader: SignalReader): string | undefined {
  const aria = el.getAttribute('aria-label');
  if (aria && aria.trim()) return aria;
  if (isFieldLike(el)) return reader.labelTextOf(el) ?? el.getAttribute('placeholder') ?? el.getAttribute('title') ?? undefined;
  // a control holds an icon and a word or two; the text of a wrapper of many is not read at all
  const text = el.childElementCount <= 4 ? (el.textContent ?? '') : '';
  if (text.length <= 4 * MAX_PEER_NAME) {
    const own = text.replace(/\s+/g, ' ').trim();
    if (own && own.length <= MAX_PEER_NAME) return own;
  }
  return el.getAttribute('title') ?? undefined;
}

/** The name a fingerprint records for its element, as peers are named. */
function recordedName(fp: TargetFingerprint): string | undefined {
  return fp.accessibleName ?? fp.text ?? fp.anchors.labelText ?? fp.anchors.ariaLabel ?? fp.anchors.title;
}

export type PeerOutcome = { element: Element } | { refused: string } | undefined;

/**
 * The one element that the recorded peers leave as the recorded control renamed (see the module
 * comment), a reason when the rule applies but cannot pick one, or undefined when it does not apply.
 */
export function renamedAmongPeers(
  fp: TargetFingerprint,
  roots: SearchRoot[],
  reader: SignalReader,
  isVisible: (el: Element) => boolean,
  maxScan: number,
): PeerOutcome {
  const peers = fp.peers;
  const name = recordedName(fp);
  if (!peers || !name) return undefined;
  const nameKey = comparableText(name);
  if (!nameKey) return undefined;
  const peerKeys = new Set(peers.map(comparableText));
  const peerTerms = peers.flatMap(keyTermsOf);
  // words of the recorded name no peer had; none when a peer had the very name (新增 on every card)
  const own = peerKeys.has(nameKey) ? [] : keyTermsOf(name).filter((t) => !sharesTerm([t], peerTerms));
  // the role says what it is: a <button role="tab"> is a tab, which keeps what it names
  const isAction = fp.role ? ACTION_ROLES.has(fp.role) : fp.tag === 'a' || fp.tag === 'button';
  // words the recorded name shares with some peers, not all ("Requested" and "Requested by"): on a
  // control that names something, a new name that keeps every word of the recorded one while every
  // peer saying such a word is still on the page is the recorded name with a qualifier added (below).
  // A word every peer says is the kind's (待审核 / 已审核), never the name's.
  const family = isAction || peerKeys.has(nameKey) ? [] : keyTermsOf(name).filter((t) => sharesTerm([t], peerTerms) && !peers.every((p) => sharesTerm([t], keyTermsOf(p))));

  if (own.length === 0 && family.length === 0 && !fp.wordIcon) return undefined; // nothing could be taken: no need to look

  // A waiting step retries a missing target: the pass over the elements of the tag reads only what
  // is cheap (a name as written, the icon); the kind and the data rule are read for the few that
  // keep a word or the icon of the recorded control.
  const keeping: Element[] = [];
  /** peers still on the page: not the recorded control renamed */
  const present = new Set<string>();
  /** their kinds: the recorded element's kind (a <div> of a column header is not a card's title <div>) */
  const presentKinds = new Set<string | undefined>();
  const sites = roots.filter((site) => site.hosts.every((host) => isVisible(host))).map((site) => elementsByTag(site.root, fp.tag));
  if (sites.reduce((n, sameTag) => n + sameTag.length, 0) > Math.min(maxScan, MAX_PEER_SCAN)) return { refused: 'too many elements of the kind to rule out the recorded peers' };
  for (const sameTag of sites) {
    for (let i = 0; i < sameTag.length; i++) {
      const el = sameTag[i]!;
      if (roleOf(el) !== fp.role || inputTypeOf(el) !== fp.inputType) continue;
      const written = writtenNameOf(el, reader);
      if (!written) continue;
      const key = comparableText(written);
      if (peerKeys.has(key)) {
        present.add(key);
        if (family.length > 0) presentKinds.add(peerKindOf(el));
      }
      else if (key !== nameKey && ((own.length + family.length > 0 && sharesTerm([...own, ...family], keyTermsOf(written))) || (fp.wordIcon !== undefined && iconOf(el) === fp.wordIcon))) keeping.push(el);
    }
  }
  // A family word counts only while every peer saying it is still here, named as recorded: they are
  // accounted for, so the one element that says every recorded word anew, with a qualifier, is the
  // recorded control renamed ("Requested" -> "Request date" beside "Requested by"). A peer of the
  // family gone may be the one renamed; keeping only a word a peer had is not enough (待签收标本 -> 标本列表).
  const kept = family.filter((t) => peers.every((p) => present.has(comparableText(p)) || !sharesTerm([t], keyTermsOf(p))));
  const recordedTerms = keyTermsOf(name);
  // ...and it is of the kind of those peers: a card titled "Requested tests" is no column header
  const keepsName = (el: Element, actualTerms: string[]) =>
    (own.length > 0 && sharesTerm(own, actualTerms)) ||
    (kept.length > 0 && recordedTerms.every((t) => sharesTerm([t], actualTerms)) && presentKinds.has(peerKindOf(el)));
  /** elements of the kind that bear neither a peer's name nor the recorded one, named as capture names peers */
  const unaccounted: { el: Element; name: string; key: string }[] = [];
  for (const el of keeping) {
    if (peerKindOf(el) === undefined) continue;
    // a section's title renamed is a title still, not a column's header that shares its word
    if (fp.sectionTitle === true && !isTitleLike(el)) continue;
    const actual = recordableName(el, reader);
    if (!actual) continue;
    const key = comparableText(actual);
    if (!peerKeys.has(key) && key !== nameKey) unaccounted.push({ el, name: actual, key });
  }
  const usable = (el: Element) => isVisible(el) && (fp.disabled === true || !isDisabled(el));
  // a peer gone from the page may be the one renamed
  const gone = peers.filter((p) => !present.has(comparableText(p)));

  if (own.length > 0 || kept.length > 0) {
    const heirs = unaccounted.filter(({ el, name: actual, key }) => {
      if (!keepsName(el, keyTermsOf(actual))) return false;
      // on an action, a qualifier added or dropped (打印 -> 打印预览, 取消审核 -> 取消) may make it
      // another action: the scorer judges those by how much is left. A field, tab or title keeps
      // what it names (现病史 -> 现病史描述, "Pulse" -> "Pulse (bpm)"), and so does an item of the
      // page's navigation, which names a place (预交金管理 -> 预交金, "Bed board" -> "Ward bed board").
      if (isAction && !inNavigation(el) && (key.includes(nameKey) || nameKey.includes(key))) return false;
      const likeRecorded = textSimilarity(name, actual);
      if (likeRecorded <= CONTRAST) return false;
      // more like a peer that left than like the recorded name: that peer, renamed. Words outrank
      // letters: a peer that shares no word with it ("Referrals" / "Progress notes") is not it
      const actualTerms = keyTermsOf(actual);
      if (gone.some((p) => sharesTerm(keyTermsOf(p), actualTerms) && textSimilarity(p, actual) >= likeRecorded)) return false;
      // the picture is identity too: a renamed control that also shows another icon than the
      // recorded one (日结对账 with a download icon -> 医保对账 with a cog) is another control
      if (fp.wordIcon !== undefined) {
        const shown = iconOf(el);
        if (shown !== undefined && shown !== fp.wordIcon) return false;
      }
      return usable(el) && !anchorsConflict(fp, el);
    });
    // a wrapper that shows nothing but an heir's words is that heir on screen (a card's head <div>
    // around its title <div>): the inner one stands for both
    const distinct = heirs.filter((h) => !heirs.some((o) => o !== h && h.el.contains(o.el) && sameWords(h.el, o.el)));
    if (distinct.length > 1) return { refused: `${distinct.length} elements keep a word of the recorded name` };
    heirs.splice(0, heirs.length, ...distinct);
    if (heirs.length === 1) {
      if (otherSection(fp, heirs[0]!.el, reader)) return { refused: 'the only element keeping a word of the recorded name sits in another section' };
      return stillNamed(roots, name, heirs[0]!.el, isVisible);
    }
  }
  const last = lastOneLeft(fp, name, unaccounted.filter((u) => usable(u.el)), reader);
  return last && 'element' in last ? stillNamed(roots, name, last.element, isVisible) : last;
}

/**
 * "Renamed" presumes the recorded name is gone. When some other element of the page still says it
 * word for word (a card's title now a dialog's <h2>), the control moved or changed kind: the
 * element that merely keeps a word of it is not taken. A grid's column header (条码号 over the
 * barcodes) is not such an element. Read only when the rule is about to take
 * one (a walk over the text of the page, about a millisecond at 20,000 elements).
 */
function stillNamed(roots: SearchRoot[], name: string, heir: Element, isVisible: (el: Element) => boolean): PeerOutcome {
  const key = comparableText(name);
  for (const { root } of roots) {
    const doc = (root as Node).ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      if (text.length > 4 * MAX_PEER_NAME || comparableText(text) !== key) continue;
      const holder = node.parentElement;
      // a grid's column header names a column of records, not a control or a section
      if (!holder || heir.contains(holder) || holder.closest('th, thead, [role="columnheader"]') || !isVisible(holder)) continue;
      return { refused: 'another element still bears the recorded name' };
    }
  }
  return { element: heir };
}

/**
 * Renamed without a word kept ("Medication administration" -> "eMAR"): the one element of the kind
 * that bears no recorded name and shares no word with the recorded one, known by the picture only
 * the recorded control showed. A removed control's look-alike bears a peer's name, and a new
 * control shows its own picture: neither is taken. Sitting in the recorded section is not enough
 * on its own: a vendor that removes one button of a card and adds another leaves the same count.
 */
function lastOneLeft(fp: TargetFingerprint, name: string, unaccounted: { el: Element; name: string }[], reader: SignalReader): PeerOutcome {
  if (!fp.wordIcon) return undefined;
  const recorded = keyTermsOf(name);
  const shown = unaccounted.filter((u) => iconOf(u.el) === fp.wordIcon);
  if (shown.length === 0) return undefined;
  if (shown.length > 1) return { refused: `${shown.length} unrecorded elements show the recorded icon` };
  const [only] = shown as [{ el: Element; name: string }];
  if (anchorsConflict(fp, only.el)) return undefined;
  // a word shared with the recorded name, but not one only it had, is a sibling of its family
  // (新增诊断 -> 新增记录) or a qualified action (打印 -> 打印预览): the scorer's to judge
  if (sharesTerm(recorded, keyTermsOf(only.name))) return undefined;
  if (otherSection(fp, only.el, reader)) return { refused: 'the only unrecorded element showing the recorded icon sits in another section' };
  return { element: only.el };
}

/** Both show the same words (spacing aside). */
function sameWords(a: Element, b: Element): boolean {
  return (a.textContent ?? '').replace(/\s+/g, '') === (b.textContent ?? '').replace(/\s+/g, '');
}

/** In the page's navigation (a side menu, a nav bar), where items name places, not actions. */
function inNavigation(el: Element): boolean {
  return el.closest('nav, aside, [role="navigation"]') !== null;
}

/** A developer's anchor of the element says another value than the recorded one (another id, name or data-* code). */
function anchorsConflict(fp: TargetFingerprint, el: Element): boolean {
  const { id, name, data } = fp.anchors;
  if (id !== undefined) {
    const actual = stableIdOf(el);
    if (actual !== undefined && actual !== id) return true;
  }
  if (name !== undefined) {
    const actual = stableNameOf(el);
    if (actual !== undefined && actual !== name) return true;
  }
  for (const [key, value] of Object.entries(data ?? {})) {
    const actual = el.getAttribute(`data-${key}`);
    if (actual !== null && actual !== value) return true;
  }
  return false;
}

/** Both the recorded and the element's section are titled, and the titles say different things. */
function otherSection(fp: TargetFingerprint, el: Element, reader: SignalReader): boolean {
  const recorded = fp.context?.ancestorLabel;
  const actual = reader.ancestorContextOf(el)?.ancestorLabel;
  if (!recorded || !actual) return false;
  if (textSimilarity(recorded, actual) >= OTHER_SECTION) return false;
  return !sharesTerm(keyTermsOf(recorded), keyTermsOf(actual));
}
