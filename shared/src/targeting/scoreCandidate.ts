/**
 * How much an element looks like a fingerprint, as evidence: every recorded signal adds evidence
 * when the element agrees and takes some away when it disagrees (a stable anchor with another
 * value, a different label), a little when the element simply lacks it (an id became generated).
 * Evidence adds up, so a unique `name` plus a reworded label is enough, while a weighted average
 * would sink it under the signals the upgrade broke.
 *
 * Signals fall in two groups. Identity signals say *which* element it is (anchors, label, name,
 * text, the section and column it sits in); structure signals only say *what kind* of element it
 * is (tag, role, classes, place among its kind, frame/shadow scope). A match needs enough identity
 * evidence of its own: structure alone never makes "a button in the same toolbar" the 打印 button.
 *
 * Signals are read in four tiers of cost (attributes; text and labels; section and column; place
 * among its kind).
 * After each tier an upper bound of the evidence is known, which lets the resolver skip elements
 * that cannot matter for the decision without reading their expensive signals.
 */
import type { TargetFingerprint } from '../schema/targetFingerprint.ts';
import {
  COLUMN_KEY_ATTRIBUTES,
  GRID_HEADER_CLASSES,
  TITLE_SELECTOR,
  attrSelector,
  cssIdent,
  elementsByTag,
  iconOf,
  inputTypeOf,
  isDisabled,
  isFieldLike,
  isTitleLike,
  nameTextOf,
  ownTextOf,
  roleOf,
  stableIdOf,
  stableNameOf,
  type SignalReader,
} from './elementSignals.ts';
import { isIdentityDataAttribute, isLibraryClass, isVariantClass } from './generatedNames.ts';
import type { SearchRoot } from './targetScope.ts';
import { charactersWithSynonyms, comparableText, keyTermsOf, leadingSectionWord, sharesTerm, swapsAWord, textSimilarity, type SectionWord } from './textSimilarity.ts';

/** Evidence for agreement (`match`), against disagreement (`conflict`), against absence (`absent`). */
interface Weight {
  match: number;
  conflict: number;
  absent: number;
}

export const SIGNAL_WEIGHTS = {
  // identity: exact anchors
  id: { match: 5, conflict: 5, absent: 0.5 },
  name: { match: 4, conflict: 4, absent: 0.5 },
  // radios and checkboxes of one group share a name (and differ by value): the name says which
  // group, the value which option
  groupName: { match: 1, conflict: 4, absent: 0.5 },
  value: { match: 4, conflict: 4, absent: 0.5 },
  data: { match: 4, conflict: 4, absent: 0.5 },
  // a recorded CSS selector is worth what it encodes: little when it repeats an anchor already
  // scored (tag#id, tag[name]), more for developer classes, most for the developer's part of a
  // generated client id (input[id$="_txtCardNo"]); 1 for anything a mentor wrote by hand
  css: { match: 1, conflict: 0, absent: 0 },
  cssAnchor: { match: 0.5, conflict: 0, absent: 0 },
  cssClass: { match: 2, conflict: 0, absent: 0 },
  cssSuffix: { match: 3, conflict: 0, absent: 0 },
  cssKind: { match: 1, conflict: 0, absent: 0 },
  cssLook: { match: 0, conflict: 0, absent: 0 },
  customTag: { match: 2, conflict: 0, absent: 0 },
  // identity: words (compared by similarity)
  ariaLabel: { match: 3, conflict: 1.5, absent: 0.5 },
  label: { match: 3, conflict: 2, absent: 1 },
  placeholder: { match: 3, conflict: 1, absent: 0.5 },
  title: { match: 1, conflict: 0.5, absent: 0.25 },
  // the picture on an icon-only button is what a sighted learner reads
  icon: { match: 3, conflict: 2, absent: 1 },
  accessibleName: { match: 1.5, conflict: 0.5, absent: 0.25 },
  text: { match: 3, conflict: 2, absent: 1 },
  // another section's 确定 is another button: a different section label weighs heavily against
  ancestorLabel: { match: 1, conflict: 2.5, absent: 1 },
  columnHeader: { match: 1.5, conflict: 1.5, absent: 0.75 },
  // whose part a wordless control is (the stepper of 体温, not of 脉搏), as a column says whose cell
  fieldLabel: { match: 1.5, conflict: 1.5, absent: 0.75 },
  // a column's key (EasyUI field="planTime"): in the header it names the header cell itself, as a
  // developer's anchor does; in a data row only the column, which every row repeats
  headerColumnKey: { match: 3, conflict: 3, absent: 0.5 },
  rowColumnKey: { match: 1.5, conflict: 1.5, absent: 0.75 },
  // structure
  tag: { match: 0.5, conflict: 1.5, absent: 0 },
  role: { match: 0.5, conflict: 1.5, absent: 0.5 },
  // a title recorded as a heading: a section title read by its place (a card header's <span>) has
  // no role, and titleKind already says whether it is a title
  headingRole: { match: 0.5, conflict: 1.5, absent: 0 },
  inputType: { match: 0.5, conflict: 4, absent: 0.5 },
  classes: { match: 1, conflict: 0.5, absent: 0.25 },
  scope: { match: 0.5, conflict: 1.5, absent: 0 },
  ancestorRole: { match: 0.25, conflict: 1, absent: 0.5 },
  position: { match: 0.5, conflict: 0, absent: 0 },
  // a heading or section title is known by its words; that it is a title at all (of a card, a
  // dialog, any heading level) is what a tag and role say of a button
  titleKind: { match: 1, conflict: 1.5, absent: 0 },
  // a step shows the learner a control to use: of two that say the same, the one that cannot be
  // used now is the decoy (an upgrade's disabled twin of 保存), unless a disabled one was recorded
  usable: { match: 0, conflict: 2.5, absent: 0 },
} as const satisfies Record<string, Weight>;

/** Confidence 1 = this much evidence (a matching id plus a matching label, or thereabouts). */
export const EVIDENCE_SCALE = 7;
/** Evidence a match needs, and its lead over the runner-up. */
export const THRESHOLD_EVIDENCE = 4;
export const MARGIN_EVIDENCE = 2;
/**
 * Evidence about the element itself (anchors, CSS, its name, label and text — not the section or
 * column around it) a match needs on top of the threshold: structure and surroundings cannot carry
 * it alone, and a reworded name alone is not enough either.
 */
export const MIN_IDENTITY_EVIDENCE = 2;

/**
 * Agreement below which a name says something else: 0.5 is a similarity of about 0.71. Names
 * that share a word, not a meaning (新增诊断 / 新增过敏 0.18, "Lab results" / "Lab orders" 0.29,
 * "Orders" / "Order list" 0.46) are other controls; closer ones (打印 / 打印预览 0.56) still need
 * MIN_IDENTITY_EVIDENCE of their own; synonyms (退号原因 / 退号理由) read 0.81.
 */
const DIFFERENT = 0.5;
/** The similarity that reads as agreement DIFFERENT: names at least this alike are not told apart by words. */
export const NAME_ALIKE = Math.sqrt(DIFFERENT);
/**
 * Section titles differ by one word more often than names do ("Care plan (day)" / "Care plan
 * (night)" read 0.40): below 0.5 the section is another one ("Orders" -> "Order list", 0.46, is
 * then missed, not guessed; "Registration" -> "Patient registration", 0.60, still counts).
 */
const OTHER_SECTION = 0.5;

/** Labels that match once the section's word is set aside: alike as synonyms, never the same. */
const SECTION_SIMILARITY = 0.9;
/** Readings at or above this are already as good as the section rule could make them. */
const SECTION_AGREEMENT = SECTION_SIMILARITY * SECTION_SIMILARITY;

/** A reworded label counts for less than an identical one: 0.9 similarity earns 0.81 of the match. */
function textAgreement(similarity: number): number {
  return similarity >= 1 ? 1 : similarity * similarity;
}

/** Outcome of one signal: agreement in [0, 1], or null when the element lacks the signal. */
type Reading = number | null;

/** 0 attributes, 1 text and labels, 2 section and column, 3 place among its kind */
type Tier = 0 | 1 | 2 | 3;
export const LAST_TIER: Tier = 3;

/**
 * What an identity signal says about the element: `anchor`, a developer's own mark (stable id,
 * name, option value, data-* code, a developer's class or id suffix, a column key); `name`, the
 * words or picture a user reads on it; `section`, the titled section around it.
 */
type SignalKind = 'anchor' | 'name' | 'section' | 'other';

interface Signal {
  /** what it compares, for explanations */
  key: string;
  kind?: SignalKind;
  identity: boolean;
  /** about the element's surroundings (section, column): identity, but not on its own */
  context?: boolean;
  weight: Weight;
  /** share of the weight (data keys and CSS candidates split theirs) */
  part: number;
  tier: Tier;
  read: (el: Element, candidate: Candidate) => Reading;
}

/**
 * A query that gathers candidates before any scan. For an `exact` query, every element it does
 * not return is known to fail its signal, which bounds what such an unseen element can earn.
 */
export interface AnchorQuery {
  /** a CSS selector, or a description of a query that is not one */
  selector: string;
  find: (root: ParentNode) => ArrayLike<Element>;
  /** most evidence an element not matched by this query can lose against one that is */
  gap: number;
  exact: boolean;
}

export interface SignalEvidence {
  signal: string;
  identity: boolean;
  /** identity evidence about the element itself (counts towards MIN_IDENTITY_EVIDENCE) */
  own: boolean;
  /** agreement in [0, 1], or null when the element lacks the signal */
  reading: number | null;
  evidence: number;
}

export interface Candidate {
  element: Element;
  /** a developer's anchor agrees (id, name, value, data-*, column key…) */
  anchored: boolean;
  /** best agreement of a name the element has in words (label, text, aria-label…); null while it has none */
  bestName: number | null;
  /** agreement of the icon it shows; a name in words, where there is one, says more */
  icon: number | null;
  /** agreement of the element's section title with the recorded one; null when either has none */
  section: number | null;
  /** agreement of the label of the field the element is part of with the recorded one; null when either has none */
  field?: number | null;
  site: SearchRoot;
  scopeShare: number;
  tierDone: -1 | Tier;
  earnedIdentity: number;
  /** identity evidence from the element itself, without its surroundings */
  earnedOwn: number;
  earnedStructure: number;
  /** most evidence the signals not read yet can still add */
  remaining: number;
  visible?: boolean;
  /** bears a recorded peer's name (read once, when every tier is read) */
  peer?: boolean;
  /** cannot be used now (disabled) while the recorded control could */
  unusable?: boolean;
  /** its English name swaps a word of the recorded one for another (read once, for rivals) */
  swapped?: boolean;
}

function evidence(signal: Signal, reading: Reading): number {
  const { match, conflict, absent } = signal.weight;
  if (reading === null) return -absent * signal.part;
  // agreement 1 earns the match, 0 costs the conflict, in between both partly
  return (match * reading - conflict * (1 - reading)) * signal.part;
}

export class TargetScorer {
  /** evidence of an element that agrees with every recorded identity signal */
  readonly identityWeight: number;
  readonly anchorQueries: AnchorQuery[];
  private readonly signals: Signal[];
  private readonly maxByTier: number[];
  private readonly byTier: Signal[][];
  private readonly unseenBase: number;
  /** the recorded English name, when it has words an element's name could swap (swapsAWord) */
  private readonly swappable: string | undefined;

  constructor(
    private readonly fp: TargetFingerprint,
    private readonly reader: SignalReader,
    private readonly minIdentity = MIN_IDENTITY_EVIDENCE,
  ) {
    this.signals = buildSignals(fp, reader);
    this.identityWeight = sum(this.signals.filter((s) => s.identity).map((s) => s.weight.match * s.part));
    this.byTier = ([0, 1, 2, 3] as const).map((tier) => this.signals.filter((s) => s.tier === tier));
    this.maxByTier = ([0, 1, 2, 3] as const).map((tier) =>
      sum(this.signals.filter((s) => s.tier === tier).map((s) => s.weight.match * s.part)),
    );
    this.unseenBase = sum(this.maxByTier);
    this.anchorQueries = buildAnchorQueries(fp, reader);
    // only a name of two words or more can have one swapped: no element's name is read for the others
    const recorded = fp.accessibleName ?? fp.text;
    this.swappable = recorded !== undefined && !/\p{Script=Han}/u.test(recorded) && keyTermsOf(recorded).length >= 2 ? recorded : undefined;
  }

  candidate(element: Element, site: SearchRoot, scopeShare: number): Candidate {
    return { element, site, scopeShare, anchored: false, bestName: null, icon: null, section: null, tierDone: -1, earnedIdentity: 0, earnedOwn: 0, earnedStructure: 0, remaining: this.unseenBase };
  }

  /** Read the next tier of signals; returns false when all are read. */
  advance(c: Candidate): boolean {
    if (c.tierDone === LAST_TIER) return false;
    const tier = (c.tierDone + 1) as Tier;
    for (const signal of this.byTier[tier]!) {
      const reading = signal.read(c.element, c);
      const earned = evidence(signal, reading);
      if (reading !== null) {
        if (signal.kind === 'anchor' && reading === 1) c.anchored = true;
        else if (signal.key === 'icon') c.icon = reading;
        else if (signal.kind === 'name') c.bestName = Math.max(c.bestName ?? 0, reading);
        else if (signal.kind === 'section') c.section = reading;
        else if (signal.key === 'fieldLabel') c.field = reading;
        else if (signal.key === 'usable') c.unusable = reading === 0;
      }
      if (signal.identity) c.earnedIdentity += earned;
      else c.earnedStructure += earned;
      if (signal.identity && !signal.context) c.earnedOwn += earned;
    }
    c.remaining -= this.maxByTier[tier]!;
    c.tierDone = tier;
    return true;
  }

  /** Evidence once every tier is read; an upper bound before that. */
  bound(c: Candidate): number {
    return c.earnedIdentity + c.earnedStructure + c.remaining;
  }

  /**
   * Enough identity evidence of its own (only meaningful once every tier is read), and nothing
   * that says it is another element: unless a developer's anchor vouches for it, an element whose
   * name says something else (another link of the menu, "删除检查" for "删除医嘱") or that sits in
   * another titled section (another card's 新增) is not the one recorded — the look-alike a
   * vendor's removal leaves behind.
   */
  identified(c: Candidate): boolean {
    if (c.earnedOwn < this.minIdentity) return false;
    if (c.anchored) return true;
    // the stepper of another field is another control, however alike the steppers
    if (this.ofOtherField(c)) return false;
    // A step shows the learner a control to use. A disabled element where a usable one was
    // recorded is what an upgrade leaves behind when the control goes (a twin kept disabled, the
    // same action in a row where it does not apply): its words alone do not make it the control.
    if (c.unusable) return false;
    // the same trash can on 删除医嘱 and 删除检查: words decide where there are words
    const name = c.bestName ?? c.icon;
    if (name !== null && name < DIFFERENT) return false;
    if (c.section === null || c.section >= OTHER_SECTION) return true;
    // A section title is reworded as often as a name (Morse Fall Scale -> Fall risk (Morse)). The
    // section only tells apart what the name does not: where the recorded name was the only one of
    // its kind on the page and the element says it word for word, another section title is a
    // retitled section. A 新增 that every card has stays bound to its card.
    return this.fp.uniqueName === true && c.bestName === 1;
  }

  /**
   * Whether the element's own identity says it is another control, so that it is no rival however
   * close its score (read once every tier is read): no developer's anchor vouches for it, and its
   * name says something else, or it bears the name of a control recorded beside the target (a
   * peer). Its score came from what it shares with the target's kind — tag, classes, place — which
   * is not identity. An element that merely lacks a name is still a rival.
   */
  rulesOut(c: Candidate): boolean {
    if (c.anchored) return false;
    const name = c.bestName ?? c.icon;
    if (name !== null && name < DIFFERENT) return true;
    return this.ofOtherField(c) || this.namedAsPeer(c) || this.inNamesakeSection(c) || this.swapsARecordedWord(c);
  }

  /**
   * The element's English name swaps a word of the recorded name for another ("Last
   * administration" for "Record administration"): it names another thing, however many letters
   * the shared word gives it (read once every tier is read). No rival; it can still be the answer
   * only on evidence of its own, as before.
   */
  private swapsARecordedWord(c: Candidate): boolean {
    const recorded = this.swappable;
    if (recorded === undefined) return false;
    c.swapped ??= swapsAWord(recorded, this.reader.accessibleNameOf(c.element));
    return c.swapped;
  }

  /** Part of a field whose label says something else than the recorded field's (read once every tier is read). */
  private ofOtherField(c: Candidate): boolean {
    return c.field !== undefined && c.field !== null && c.field < DIFFERENT;
  }

  /**
   * The element sits, outside the recorded section, in a section that held a namesake of the
   * recorded element when it was recorded (the PRN card's "Give selected" beside the recorded "Due
   * now" one): it is that namesake, known from the recorded page, not a rival of the element's own
   * section retitled.
   */
  private inNamesakeSection(c: Candidate): boolean {
    const sections = this.fp.context?.namesakeSections;
    if (!sections || sections.length === 0 || c.section === null || c.section >= OTHER_SECTION) return false;
    const actual = this.reader.ancestorContextOf(c.element)?.ancestorLabel;
    return actual !== undefined && sections.some((title) => textSimilarity(title, actual) >= NAME_ALIKE);
  }

  /**
   * The element bears the name of another control recorded beside the target (a peer, named
   * otherwise than the target), and no developer's anchor vouches for it: it is that control,
   * known from the recorded page, and never the answer — not even when it scores best.
   */
  namedAsPeer(c: Candidate): boolean {
    if (c.peer !== undefined) return c.peer;
    const peers = this.fp.peers;
    if (c.anchored || !peers || peers.length === 0) return (c.peer = false);
    const actual = comparableText(this.reader.accessibleNameOf(c.element));
    if (!actual) return (c.peer = false);
    const recorded = comparableText(this.fp.accessibleName ?? this.fp.text);
    return (c.peer = actual !== recorded && peers.some((p) => comparableText(p) === actual));
  }

  /** The most evidence an element can have when it matched none of the exact anchors queried so far. */
  unseenBound(queriedGap: number): number {
    return this.unseenBase - queriedGap;
  }

  /** Every signal's evidence for one element: for health-check explanations and tuning. */
  explain(element: Element, site: SearchRoot, scopeShare: number): SignalEvidence[] {
    const c = this.candidate(element, site, scopeShare);
    return this.signals.map((s) => {
      const reading = s.read(element, c);
      return { signal: s.key, identity: s.identity, own: s.identity && !s.context, reading, evidence: evidence(s, reading) };
    });
  }

  /** Queries that find the elements sharing the fingerprint's tag or role (the bounded fallback). */
  scanSelectors(): string[] {
    const out = [cssIdent(this.fp.tag)];
    if (this.fp.role) out.push(attrSelector('role', this.fp.role));
    if (isTitleFingerprint(this.fp)) out.push(TITLE_SELECTOR);
    return out;
  }
}

/** A heading or section title was recorded: any title may be it after an upgrade. */
function isTitleFingerprint(fp: TargetFingerprint): boolean {
  return fp.sectionTitle === true || fp.role === 'heading' || /^h[1-6]$/.test(fp.tag);
}

function buildSignals(fp: TargetFingerprint, reader: SignalReader): Signal[] {
  const w = SIGNAL_WEIGHTS;
  const signals: Signal[] = [];
  const identity = (key: string, weight: Weight, tier: Tier, read: Signal['read'], part = 1) =>
    signals.push({ key, identity: true, weight, part, tier, read });
  const around = (key: string, weight: Weight, tier: Tier, read: Signal['read']) =>
    signals.push({ key, identity: true, context: true, weight, part: 1, tier, read });
  const structure = (key: string, weight: Weight, tier: Tier, read: Signal['read']) =>
    signals.push({ key, identity: false, weight, part: 1, tier, read });
  /** a word signal: null when the element has no such text, else how alike (memoised: rows repeat words) */
  const memo = new Map<string, Map<string, Reading>>();
  const words = (recorded: string, actual: string | null | undefined): Reading => {
    if (!actual) return null;
    let known = memo.get(recorded);
    if (!known) memo.set(recorded, (known = new Map()));
    let reading = known.get(actual);
    if (reading === undefined) known.set(actual, (reading = textAgreement(textSimilarity(recorded, actual))));
    return reading;
  };
  /**
   * A label that says its section's word, or loses it (审核结论 › 审核通过 -> 通过; 患者信息 ›
   * 姓名 -> 患者姓名), says the same when what is left says the same, as long as the element's own
   * section heading still says that word: alike at most as synonyms are.
   */
  const heading = comparableText(fp.context?.ancestorLabel);
  /** per recorded and actual text: the section's word and the reading without it, or null */
  const sectionMemo = new Map<string, { x: string; dropped?: SectionWord; byActual: Map<string, { word: string; reading: number } | null> }>();
  const withoutSectionWord = (recorded: string, actual: string) => {
    let known = sectionMemo.get(recorded);
    if (!known) {
      const x = comparableText(recorded);
      sectionMemo.set(recorded, (known = { x, dropped: leadingSectionWord(x, heading), byActual: new Map() }));
    }
    let found = known.byActual.get(actual);
    if (found === undefined) {
      found = null;
      const { x, dropped } = known;
      const y = comparableText(actual);
      // most labels do not start with two characters of the heading: no need to look further
      const added = dropped || !heading.includes(Array.from(y).slice(0, 2).join('')) ? undefined : leadingSectionWord(y, heading);
      const word = dropped?.word ?? added?.word;
      if (word && !(dropped && y.startsWith(word)) && !(added && x.startsWith(word))) {
        // the rest must say the same (or its synonym), not merely share words: 执行护士 under
        // 执行确认 is not 核对护士 for having 护士 left
        const rest = textSimilarity(dropped ? dropped.rest : x, added ? added.rest : y);
        if (rest >= SECTION_SIMILARITY) found = { word, reading: textAgreement(SECTION_SIMILARITY * rest) };
      }
      known.byActual.set(actual, found);
    }
    return found;
  };
  const inSection = (recorded: string, actual: string | null | undefined, el: Element, base: Reading): Reading => {
    if (!heading || !actual || base === null || base >= SECTION_AGREEMENT) return base;
    const found = withoutSectionWord(recorded, actual);
    if (!found || found.reading <= base) return base;
    // ...and only where the element's own section heading says that word
    return comparableText(reader.ancestorContextOf(el)?.ancestorLabel).includes(found.word) ? found.reading : base;
  };
  const { anchors } = fp;

  if (anchors.id) {
    const id = anchors.id;
    identity('id', w.id, 0, (el) => (el.getAttribute('id') === id ? 1 : stableIdOf(el) ? 0 : null));
  }
  if (anchors.name) {
    const name = anchors.name;
    const grouped = (fp.inputType === 'radio' || fp.inputType === 'checkbox') && anchors.value !== undefined;
    identity(grouped ? 'groupName' : 'name', grouped ? w.groupName : w.name, 0, (el) => (el.getAttribute('name') === name ? 1 : stableNameOf(el) ? 0 : null));
  }
  if (anchors.value) {
    const value = anchors.value;
    identity('value', w.value, 0, (el) => {
      const type = inputTypeOf(el);
      if (type !== 'radio' && type !== 'checkbox') return null;
      const actual = el.getAttribute('value');
      return actual === value ? 1 : actual ? 0 : null;
    });
  }
  const data = identityData(anchors);
  for (const [key, value] of data) {
    identity('data', w.data, 0, (el) => {
      const actual = el.getAttribute(`data-${key}`);
      return actual === value ? 1 : actual ? 0 : null;
    }, 1 / data.length);
  }
  for (const selector of fp.css.slice(0, 3)) identity('css', cssWeight(selector), 0, (el) => (safeMatches(el, selector) ? 1 : 0));
  // a custom element's name is chosen by the application's developers, and kept
  if (fp.tag.includes('-')) {
    const tag = fp.tag;
    identity('customTag', w.customTag, 0, (el) => (el.tagName.toLowerCase() === tag ? 1 : 0));
  }
  if (anchors.ariaLabel) {
    const label = anchors.ariaLabel;
    identity('ariaLabel', w.ariaLabel, 0, (el) => words(label, el.getAttribute('aria-label')));
  }
  if (anchors.placeholder) {
    const placeholder = anchors.placeholder;
    // "请选择" is on every select; "姓名/身份证号/手机号/就诊卡号" names one search box
    const specific = Math.min(1, comparableText(placeholder).length / 6);
    const weight = { ...w.placeholder, match: w.placeholder.match * (0.5 + 0.5 * specific) };
    identity('placeholder', weight, 0, (el) => words(placeholder, el.getAttribute('placeholder')));
  }
  if (anchors.title) {
    const title = anchors.title;
    // a tooltip beside words repeats them; on a control without words (an icon-only 打印病历
    // button) it is the name a user reads, and counts as an aria-label would
    const onlyName = !fp.text && !anchors.ariaLabel && !anchors.labelText && !fp.context?.nearbyLabel;
    identity('title', onlyName ? w.ariaLabel : w.title, 0, (el) => words(title, el.getAttribute('title')));
  }
  const label = anchors.labelText ?? fp.context?.nearbyLabel;
  if (label) {
    identity('label', w.label, 1, (el) => {
      const actual = reader.labelTextOf(el) ?? reader.nearbyLabelOf(el);
      return inSection(label, actual, el, words(label, actual));
    });
  }
  // the accessible name is usually computed from the label, text or an attribute already scored:
  // counting it again would double one observation
  const said = [anchors.ariaLabel, anchors.labelText, anchors.placeholder, anchors.title, fp.text, fp.context?.nearbyLabel].map(comparableText);
  if (fp.accessibleName && !said.includes(comparableText(fp.accessibleName))) {
    const name = fp.accessibleName;
    identity('accessibleName', w.accessibleName, 1, (el) => words(name, reader.accessibleNameOf(el)));
  }
  if (fp.text) {
    const text = fp.text;
    // a field's text is what the user typed: never compare it
    // memoised on the raw text: a grid repeats the same few button labels thousands of times
    const byRaw = new Map<string, { actual: string | undefined; reading: Reading }>();
    identity('text', w.text, 1, (el) => {
      if (isFieldLike(el)) return null;
      if (el.tagName === 'TABLE') return words(text, nameTextOf(el));
      if (el.tagName === 'INPUT') {
        const actual = nameTextOf(el);
        return inSection(text, actual, el, words(text, actual));
      }
      const raw = el.textContent ?? '';
      let known = byRaw.get(raw);
      if (known === undefined) {
        const actual = ownTextOf(el);
        byRaw.set(raw, (known = { actual, reading: words(text, actual) }));
      }
      return inSection(text, known.actual, el, known.reading);
    });
  }
  // an icon-only button named by an aria-label or tooltip shows its picture all the same: that is
  // what a sighted learner reads (recorded as wordIcon only when no other control showed it)
  const picture = fp.icon ?? (fp.text ? undefined : fp.wordIcon);
  if (picture) {
    const icon = picture;
    identity('icon', w.icon, 1, (el) => {
      const actual = isFieldLike(el) ? undefined : iconOf(el);
      return actual === undefined ? null : actual === icon ? 1 : 0;
    });
  }
  const ancestorLabel = fp.context?.ancestorLabel;
  // recorded before a title's own text was left out of its section: it says nothing more
  if (ancestorLabel && comparableText(ancestorLabel) !== comparableText(fp.text)) {
    const retitled = retitledSection(ancestorLabel, fp.context?.namesakeSections);
    around('ancestorLabel', w.ancestorLabel, 2, (el) => {
      const actual = reader.ancestorContextOf(el)?.ancestorLabel;
      const reading = words(ancestorLabel, actual);
      return reading !== null && reading < OTHER_SECTION && retitled(actual!) ? OTHER_SECTION : reading;
    });
  }
  const fieldLabel = fp.context?.fieldLabel;
  if (fieldLabel) around('fieldLabel', w.fieldLabel, 2, (el) => words(fieldLabel, reader.fieldLabelOf(el)));
  const columnHeader = fp.context?.columnHeader;
  if (columnHeader) around('columnHeader', w.columnHeader, 2, (el) => words(columnHeader, reader.columnHeaderOf(el)));
  const gridColumn = fp.context?.gridColumn;
  if (gridColumn) {
    // the same key in the other part of the grid is another element: the header's check-all box
    // is not a row's checkbox
    const read = (el: Element): Reading => {
      const actual = reader.gridColumnOf(el);
      if (!actual) return null;
      return actual.key === gridColumn.key && actual.header === gridColumn.header ? 1 : 0;
    };
    if (gridColumn.header) identity('headerColumnKey', w.headerColumnKey, 2, read);
    else around('rowColumnKey', w.rowColumnKey, 2, read);
  }

  const tagUpper = fp.tag.toUpperCase();
  const title = isTitleFingerprint(fp);
  structure('tag', w.tag, 0, (el) => {
    const tag = el.tagName;
    // a title of another tag (<h4> made <h3>, a card's <div> title now a dialog's <h2>) is judged
    // by titleKind below, not counted against here
    return tag === tagUpper || tag.toUpperCase() === tagUpper ? 1 : title ? null : 0;
  });
  if (title) structure('titleKind', w.titleKind, 2, (el) => (isTitleLike(el) ? 1 : 0));
  if (fp.role) {
    const role = fp.role;
    structure('role', title && role === 'heading' ? w.headingRole : w.role, 0, (el) => {
      const actual = roleOf(el);
      return actual === role ? 1 : actual ? 0 : null;
    });
  }
  if (fp.inputType) {
    const type = fp.inputType;
    structure('inputType', w.inputType, 0, (el) => {
      const actual = inputTypeOf(el);
      return actual === type ? 1 : actual === undefined ? null : 0;
    });
  }
  // a library's look (variant, colour, size) is what an upgrade restyles, and a decoy may keep the
  // look the real control lost: its kind classes only
  const kindClasses = (fp.classes ?? []).filter((c) => !isVariantClass(c));
  if (kindClasses.length > 0) {
    const recorded = kindClasses;
    const byAttribute = new Map<string, Reading>();
    structure('classes', w.classes, 0, (el) => {
      const raw = el.getAttribute('class') ?? '';
      let reading = byAttribute.get(raw);
      if (reading === undefined) {
        const actual = reader.stableClassesOf(el).filter((c) => !isVariantClass(c));
        const shared = recorded.filter((c) => actual.includes(c)).length;
        reading = actual.length === 0 ? null : shared / (recorded.length + actual.length - shared);
        byAttribute.set(raw, reading);
      }
      return reading;
    });
  }
  structure('scope', w.scope, 0, (_el, c) => c.scopeShare);
  if (!fp.disabled) structure('usable', w.usable, 0, (el) => (isDisabled(el) ? 0 : 1));
  const ancestorRole = fp.context?.ancestorRole;
  if (ancestorRole) {
    structure('ancestorRole', w.ancestorRole, 3, (el) => {
      const actual = reader.ancestorContextOf(el)?.ancestorRole;
      return actual === ancestorRole ? 1 : actual ? 0 : null;
    });
  }
  const position = fp.position;
  if (position) {
    structure('position', w.position, 3, (el) => {
      const actual = reader.positionOf(el);
      if (!actual || actual.index !== position.index) return 0;
      return actual.count === position.count ? 1 : 0.5;
    });
  }
  for (const signal of signals) signal.kind = kindOf(signal);
  return signals;
}

/**
 * Whether a section title is the recorded one retitled, judged by the sections that held a
 * namesake of the element on the recorded page (another card's 新增): it keeps a word of the
 * recorded title that none of their titles had ("Due now" -> "Due this round" keeps "due", which
 * "PRN medications" lacks), and reads like none of them. Without recorded namesake sections (the
 * name was the only one, or a pack recorded before) nothing is judged retitled here. A title that
 * only shares words every such section has ("Care plan (day)" / "Care plan (night)") is another
 * section.
 */
function retitledSection(recorded: string, namesakeSections: string[] | undefined): (actual: string) => boolean {
  if (!namesakeSections) return () => false;
  const others = namesakeSections.map((title) => ({ title, terms: keyTermsOf(title) }));
  const own = keyTermsOf(recorded).filter((term) => !others.some((o) => sharesTerm([term], o.terms)));
  if (own.length === 0) return () => false;
  const known = new Map<string, boolean>();
  return (actual) => {
    let answer = known.get(actual);
    if (answer === undefined) {
      answer = sharesTerm(keyTermsOf(actual), own) && !others.some((o) => textSimilarity(o.title, actual) >= NAME_ALIKE);
      known.set(actual, answer);
    }
    return answer;
  };
}

const ANCHOR_KEYS = new Set(['id', 'name', 'value', 'data', 'headerColumnKey']);
const NAME_KEYS = new Set(['ariaLabel', 'label', 'text', 'title', 'accessibleName', 'icon']);

function kindOf(signal: Signal): SignalKind {
  const w = SIGNAL_WEIGHTS;
  if (!signal.identity) return 'other';
  if (ANCHOR_KEYS.has(signal.key)) return 'anchor';
  if (signal.key === 'css') return signal.weight === w.cssSuffix || signal.weight === w.cssClass || signal.weight === w.css ? 'anchor' : 'other';
  if (NAME_KEYS.has(signal.key)) return 'name';
  return signal.key === 'ancestorLabel' ? 'section' : 'other';
}

function cssWeight(selector: string): Weight {
  const w = SIGNAL_WEIGHTS;
  if (/\[(id|name)\$=/.test(selector)) return w.cssSuffix;
  if (/#|\[(name|data-[^=\]]+|aria-label)=/.test(selector)) return w.cssAnchor;
  if (/^[a-z][a-z0-9-]*(\.[^\s>+~.[\]:#]+)+$/i.test(selector)) {
    // a library's look (`button.ant-btn.ant-btn-primary`, recorded before looks were left out) is
    // not identity; a library's kind (`div.x-grid3-hd-checker`) says less than a developer's class
    const classes = selector.split('.').slice(1).map((c) => c.replace(/\\/g, ''));
    if (classes.some(isVariantClass)) return w.cssLook;
    return classes.every(isLibraryClass) ? w.cssKind : w.cssClass;
  }
  return w.css;
}

function buildAnchorQueries(fp: TargetFingerprint, reader: SignalReader): AnchorQuery[] {
  const w = SIGNAL_WEIGHTS;
  const { anchors } = fp;
  const out: AnchorQuery[] = [];
  // An element the query misses fails that signal: it earns at most -min(conflict, absent).
  const gap = (weight: Weight, part = 1) => (weight.match + Math.min(weight.conflict, weight.absent)) * part;
  const css = (selector: string, g: number, exact = true) => out.push({ selector, find: (root) => safeQueryAll(root, selector), gap: g, exact });
  if (anchors.id) css(`#${cssIdent(anchors.id)}`, gap(w.id));
  const data = identityData(anchors);
  for (const [key, value] of data) css(attrSelector(`data-${key}`, value), gap(w.data, 1 / data.length));
  const grouped = (fp.inputType === 'radio' || fp.inputType === 'checkbox') && anchors.value !== undefined;
  if (anchors.name) css(attrSelector('name', anchors.name), gap(grouped ? w.groupName : w.name));
  for (const selector of fp.css.slice(0, 3)) css(selector, gap(cssWeight(selector)));
  if (fp.text) {
    const query = textQuery(fp, fp.text);
    if (query) out.push({ ...query, gap: gap(w.text) });
  }
  // A text field is not among the grid's thousand row checkboxes: look at inputs of its type (and
  // elements of its role) first. Every other element of the scan is an input of another type.
  if (fp.tag === 'input' && fp.inputType) out.push({ ...typedInputQuery(fp.inputType, fp.role), gap: w.inputType.match + w.inputType.conflict });
  // every element inside the header cells of the recorded column (a header has few)
  const gridColumn = fp.context?.gridColumn;
  if (gridColumn?.header) out.push({ ...headerColumnQuery(gridColumn.key, reader), gap: gap(w.headerColumnKey) });
  if (anchors.ariaLabel) css(attrSelector('aria-label', anchors.ariaLabel), 0, false);
  if (anchors.placeholder) css(attrSelector('placeholder', anchors.placeholder), 0, false);
  if (anchors.title) css(attrSelector('title', anchors.title), 0, false);
  // strongest first: when the first anchor already settles it, the others are never queried
  return out.sort((a, b) => b.gap - a.gap);
}

/**
 * The inputs of a type (`input[type="text"], input:not([type])`), and the elements of the role,
 * in document order. A selector query reads every element of the page to find them (about 1 ms at
 * 20,000 elements, on every retry of a waiting step): the inputs come from the tag collection the
 * browser keeps, and only the role, which no collection lists, is queried.
 */
function typedInputQuery(inputType: string, role: string | undefined): Omit<AnchorQuery, 'gap'> {
  const type = attrSelector('type', inputType);
  const typed = inputType === 'text' ? `input${type}, input:not([type])` : `input${type}`;
  const byRole = role ? attrSelector('role', role) : undefined;
  const lower = inputType.toLowerCase();
  /** exactly what `typed` matches: a type written in other letter case is left to the selector (HTML reads it case-insensitively) */
  const isTyped = (el: Element) => {
    const actual = el.getAttribute('type');
    if (actual === null) return inputType === 'text';
    if (actual === inputType) return true;
    return actual.toLowerCase() === lower && safeMatches(el, typed);
  };
  return {
    selector: byRole ? `${typed}, ${byRole}` : typed,
    exact: true,
    find: (root) => {
      const inputs = elementsByTag(root, 'input');
      const out: Element[] = [];
      for (let i = 0; i < inputs.length; i++) if (isTyped(inputs[i]!)) out.push(inputs[i]!);
      const roles = byRole ? safeQueryAll(root, byRole) : [];
      if (roles.length === 0) return out;
      // both lists are in document order: merge them, once each, as the selector query returns them
      const all = new Set(out);
      for (let i = 0; i < roles.length; i++) all.add(roles[i]!);
      if (all.size === out.length) return out;
      return Array.from(all).sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
    },
  };
}

/**
 * The elements of the fingerprint's tag or role whose text shares at least one character with the
 * recorded text or a synonym of one of its words. Any other has text similarity 0, so it is bounded like an element an anchor missed:
 * a text-only target on a 20,000-element page reads a handful of buttons, not all of them.
 */
function textQuery(fp: TargetFingerprint, text: string): Omit<AnchorQuery, 'gap'> | undefined {
  // a synonym shares no character with the word it replaces (查询 -> 检索): its characters count too
  const chars = charactersWithSynonyms(text);
  if (chars.length === 0) return undefined;
  const lower = chars.some((c) => c.toLowerCase() !== c.toUpperCase());
  const shares = (el: Element) => {
    let actual = (el.tagName === 'INPUT' ? el.getAttribute('value') : el.textContent) ?? '';
    if (lower) actual = actual.toLowerCase();
    for (const c of chars) if (actual.includes(c)) return true;
    return false;
  };
  return {
    selector: `${fp.tag} sharing a character with "${text}"`,
    exact: true,
    find: (root) => {
      const out: Element[] = [];
      const sameTag = (root as Partial<Document>).getElementsByTagName?.(fp.tag) ?? safeQueryAll(root, cssIdent(fp.tag));
      for (let i = 0; i < sameTag.length; i++) if (shares(sameTag[i]!)) out.push(sameTag[i]!);
      if (fp.role) for (const el of Array.from(safeQueryAll(root, attrSelector('role', fp.role)))) if (shares(el)) out.push(el);
      // the scan reads titles of every kind for a title: so must this query
      if (isTitleFingerprint(fp)) for (const el of Array.from(safeQueryAll(root, TITLE_SELECTOR))) if (shares(el)) out.push(el);
      return out;
    },
  };
}

/**
 * The header cells carrying a column key, and everything inside them. Any element earning the key
 * sits in a keyed <th> or columnheader, or in a keyed cell inside a <thead> or a grid header
 * container (SignalReader.isHeaderCell): found through element and class collections, which the
 * browser keeps, and one query by role, never by reading the data rows. A superset (what sits in
 * a cell nested inside is read and scored as any other): every element not returned fails the signal.
 */
function headerColumnQuery(key: string, reader: SignalReader): Omit<AnchorQuery, 'gap'> {
  const keyed = COLUMN_KEY_ATTRIBUTES.map((attr) => attrSelector(attr, key)).join(', ');
  const hasKey = (el: Element) => COLUMN_KEY_ATTRIBUTES.some((attr) => el.getAttribute(attr) === key);
  return {
    selector: `header cells of ${keyed} and their contents`,
    exact: true,
    find: (root) => {
      const out: Element[] = [];
      const take = (cell: Element) => {
        if (reader.gridColumnOf(cell)?.header !== true) return;
        out.push(cell);
        const inside = cell.getElementsByTagName('*');
        for (let j = 0; j < inside.length; j++) out.push(inside[j]!);
      };
      const byTag = (tag: string) => (root as Partial<Document>).getElementsByTagName?.(tag) ?? safeQueryAll(root, tag);
      const ths = byTag('th');
      for (let i = 0; i < ths.length; i++) if (hasKey(ths[i]!)) take(ths[i]!);
      const roles = safeQueryAll(root, '[role="columnheader"]');
      for (let i = 0; i < roles.length; i++) if (hasKey(roles[i]!)) take(roles[i]!);
      const containers: ArrayLike<Element>[] = [byTag('thead')];
      for (const cls of GRID_HEADER_CLASSES) {
        containers.push((root as Partial<Document>).getElementsByClassName?.(cls) ?? safeQueryAll(root, `.${cls}`));
      }
      for (const list of containers) {
        for (let i = 0; i < list.length; i++) {
          const found = safeQueryAll(list[i]!, keyed);
          for (let j = 0; j < found.length; j++) take(found[j]!);
        }
      }
      return out;
    },
  };
}

export function safeQueryAll(root: ParentNode, selector: string): ArrayLike<Element> {
  try {
    return root.querySelectorAll(selector);
  } catch {
    return []; // a malformed selector in a pack is one signal lost, not a crash
  }
}

export function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false; // a malformed selector in a pack is one signal lost, not a crash
  }
}

/** Recorded data-* anchors that are identity (packs recorded before styling keys were left out may hold them). */
function identityData(anchors: TargetFingerprint['anchors']): [string, string][] {
  return Object.entries(anchors.data ?? {}).filter(([key, value]) => isIdentityDataAttribute(key, value));
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

