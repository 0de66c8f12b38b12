// @vitest-environment jsdom
/**
 * Properties of the resolver on generated EMR-like screens (sections of fields and buttons drawn
 * from small pools, so that names collide the way they do on real screens):
 *   - on the page it was captured on, a fingerprint never resolves to another element;
 *   - after an upgrade that keeps the element (generated ids renewed, wrappers, shuffled siblings,
 *     hotkey hints, moved sections), it resolves to that element or to nothing, never another;
 *   - after an upgrade that removes the element, nothing is returned unless another element
 *     carries the very same name or one of its stable anchors (anchors are identity: the
 *     generator hands them out at random, real screens do not); after one that duplicates it,
 *     nothing is returned;
 *   - pruning changes nothing: the decision equals scoring every candidate.
 * Each safety property has a liveness clause: the resolver must also find the element in most of
 * the same cases where it is there to find (a resolver that always answers "missing" fails them).
 */
import fc from 'fast-check';
import { timeScale } from '../../../scripts/timeScale.mjs';
import { describe, expect, it } from 'vitest';
import type { TargetFingerprint } from '../../src/schema/targetFingerprint.ts';
import { captureFingerprint } from '../../src/targeting/captureFingerprint.ts';
import { SignalReader } from '../../src/targeting/elementSignals.ts';
import { DEFAULT_MARGIN, DEFAULT_MIN_IDENTITY, DEFAULT_THRESHOLD, resolveTarget, sameOnScreen } from '../../src/targeting/resolveTarget.ts';
import { EVIDENCE_SCALE, TargetScorer } from '../../src/targeting/scoreCandidate.ts';
import { frameRoots, rootsAlongScope, scopeAgreement, scopePrefixRoots, type SearchRoot } from '../../src/targeting/targetScope.ts';
import { comparableText } from '../../src/targeting/textSimilarity.ts';

const LABELS = ['姓名', '证件号码', '联系电话', '紧急联系人电话', '出生日期', '备注', '医保类型'];
const BUTTONS = ['保存', '保存草稿', '打印', '打印预览', '执行', '不执行', '取消执行', '确定', '查询'];
const HEADINGS = ['患者信息', '挂号信息', '退号确认', '执行确认'];
const NAMES = ['patientName', 'idNo', 'phone', 'remark'];
const CLASSES = ['btn', 'btn btn-primary', 'l-btn', 'x-btn-text icon-save', 'el-button el-button--small'];

const field = fc.record({
  label: fc.constantFrom(...LABELS),
  layout: fc.constantFrom('for', 'cell', 'wrap'),
  name: fc.option(fc.constantFrom(...NAMES), { nil: undefined }),
  stableId: fc.boolean(),
  type: fc.constantFrom('text', 'text', 'checkbox'),
});
const button = fc.record({ text: fc.constantFrom(...BUTTONS), cls: fc.constantFrom(...CLASSES), action: fc.option(fc.constantFrom('save', 'print', 'exec'), { nil: undefined }) });
const section = fc.record({
  heading: fc.constantFrom(...HEADINGS),
  panel: fc.boolean(),
  fields: fc.array(field, { minLength: 1, maxLength: 4 }),
  buttons: fc.array(button, { minLength: 1, maxLength: 4 }),
});
const page = fc.array(section, { minLength: 1, maxLength: 3 });
type Page = fc.Arbitrary<unknown> extends never ? never : Parameters<typeof render>[0];

const upgrade = fc.record({
  renewIds: fc.boolean(),
  wrap: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
  shuffle: fc.boolean(),
  hotkeys: fc.boolean(),
  moveSection: fc.boolean(),
});

function render(sections: { heading: string; panel: boolean; fields: { label: string; layout: string; name?: string | undefined; stableId: boolean; type: string }[]; buttons: { text: string; cls: string; action?: string | undefined }[] }[]): void {
  let n = 0;
  const usedIds = new Set<string>();
  const html = sections.map((s, si) => {
    const fields = s.fields.map((f) => {
      n++;
      const stable = f.stableId && f.name && !usedIds.has(`f-${f.name}`) ? `f-${f.name}` : undefined;
      if (stable) usedIds.add(stable);
      const id = stable ?? `el-id-1024-${n}`;
      const attrs = `id="${id}"${f.name ? ` name="${f.name}"` : ''} type="${f.type}" class="inp"`;
      if (f.layout === 'for') return `<div class="row"><label for="${id}">${f.label}</label><input ${attrs}></div>`;
      if (f.layout === 'cell') return `<table class="frm"><tr><td>${f.label}：</td><td><input ${attrs}></td></tr></table>`;
      return `<div class="row"><label>${f.label} <input ${attrs}></label></div>`;
    });
    const buttons = s.buttons.map((b) => `<button type="button" class="${b.cls}"${b.action ? ` data-action="${b.action}"` : ''}>${b.text}</button>`);
    const title = s.panel ? `<div class="panel-title">${s.heading}</div>` : '';
    const open = s.panel ? `<div class="panel" data-s="${si}">` : `<section aria-label="${s.heading}" data-s="${si}">`;
    return `${open}${title}<form>${fields.join('')}<div class="actions">${buttons.join('')}</div></form>${s.panel ? '</div>' : '</section>'}`;
  });
  document.body.innerHTML = `<main>${html.join('')}</main>`;
}

function applyUpgrade(u: { renewIds: boolean; wrap: boolean[]; shuffle: boolean; hotkeys: boolean; moveSection: boolean }): void {
  if (u.renewIds) {
    for (const el of Array.from(document.querySelectorAll('[id^="el-id-1024-"], [for^="el-id-1024-"]'))) {
      for (const attr of ['id', 'for']) {
        const v = el.getAttribute(attr);
        if (v?.startsWith('el-id-1024-')) el.setAttribute(attr, v.replace('el-id-1024-', 'el-id-7731-'));
      }
    }
  }
  Array.from(document.querySelectorAll('input, button')).forEach((el, i) => {
    if (!u.wrap[i % u.wrap.length]) return;
    const wrapper = document.createElement(el.parentElement?.tagName === 'LABEL' ? 'span' : 'div');
    wrapper.className = `ui-wrap-${i}`;
    el.before(wrapper);
    wrapper.append(el);
  });
  if (u.shuffle) {
    for (const container of Array.from(document.querySelectorAll('.actions, form'))) {
      for (const child of Array.from(container.children).reverse()) container.append(child);
    }
  }
  if (u.hotkeys) for (const b of Array.from(document.querySelectorAll('button'))) b.textContent = `${b.textContent} (S)`;
  if (u.moveSection) {
    const main = document.querySelector('main')!;
    if (main.lastElementChild) main.prepend(main.lastElementChild);
  }
}

/** Name of an element as a person would read it: a button's text, a field's label. */
function nameOf(el: Element): string {
  const reader = new SignalReader();
  return comparableText(el.tagName === 'BUTTON' ? el.textContent : (reader.labelTextOf(el) ?? reader.nearbyLabelOf(el)));
}

const targets = () => Array.from(document.querySelectorAll('input, button'));

/** How often the resolver found the element it was given, over one property's runs. */
class FoundRate {
  private found = 0;
  private tried = 0;
  count(found: boolean): void {
    this.tried++;
    if (found) this.found++;
  }
  get rate(): number {
    return this.tried === 0 ? 0 : this.found / this.tried;
  }
}

/**
 * Lowest found rates the liveness clauses accept. Measured over three seeds (2026-12-05): 0.93–0.98
 * on the capture page, 0.92–0.97 after an upgrade that keeps the element; the floor leaves room for
 * seed-to-seed spread, not for a resolver that gave up.
 */
const LIVENESS = { capturePage: 0.8, keptAfterUpgrade: 0.8 };

/**
 * Runs per property: `pnpm test` runs half of the counts written below (each run draws a whole
 * screen in jsdom, and these five properties were the slowest file of the unit stage); set
 * PRECEPTOR_PROPERTY_RUNS=2 (or more) for a deeper search before changing the resolver.
 */
const RUN_SCALE = Number(process.env.PRECEPTOR_PROPERTY_RUNS ?? 1) / 2;
/** a whole property's runs, sized by the one time setting (a busy machine: slow, not red) */
const PROPERTY_TIMEOUT_MS = 30_000 * timeScale();
const runs = (written: number) => Math.max(10, Math.round(written * RUN_SCALE));

describe('resolveTarget properties on generated screens', () => {
  it('never resolves to another element on the page a fingerprint was captured on', () => {
    const live = new FoundRate();
    fc.assert(
      fc.property(page, (p: Page) => {
        render(p);
        for (const el of targets()) {
          const result = resolveTarget(captureFingerprint(el), document);
          if (result.status === 'found') expect(result.element).toBe(el);
          live.count(result.status === 'found');
        }
      }),
      { numRuns: runs(25) },
    );
    expect(live.rate, 'found on the page it was captured on').toBeGreaterThan(LIVENESS.capturePage);
  }, PROPERTY_TIMEOUT_MS);

  it('after an upgrade that keeps the element: that element or nothing, never another', () => {
    const live = new FoundRate();
    fc.assert(
      fc.property(page, upgrade, fc.nat(), (p: Page, u, pick) => {
        render(p);
        const all = targets();
        const target = all[pick % all.length]!;
        const fp = captureFingerprint(target);
        applyUpgrade(u);
        const result = resolveTarget(fp, document);
        if (result.status === 'found') expect(result.element).toBe(target);
        live.count(result.status === 'found');
      }),
      { numRuns: runs(150) },
    );
    expect(live.rate, 'found again after an upgrade that keeps it').toBeGreaterThan(LIVENESS.keptAfterUpgrade);
  }, PROPERTY_TIMEOUT_MS);

  it('after an upgrade that removes the element: nothing, unless another element has the very same name', () => {
    const live = new FoundRate();
    fc.assert(
      fc.property(page, upgrade, fc.nat(), (p: Page, u, pick) => {
        render(p);
        const all = targets();
        const target = all[pick % all.length]!;
        const fp = captureFingerprint(target);
        const name = nameOf(target);
        applyUpgrade(u);
        // liveness: the same fingerprint on the same upgraded page, before the removal
        const before = resolveTarget(fp, document);
        live.count(before.status === 'found' && before.element === target);
        target.remove();
        const anchors = (el: Element) => ['name', 'data-action'].map((a) => el.getAttribute(a)).filter(Boolean);
        const twins = targets().filter(
          (el) => el.tagName === target.tagName && ((name !== '' && nameOf(el) === name) || anchors(el).some((a) => anchors(target).includes(a))),
        );
        const result = resolveTarget(fp, document);
        if (result.status === 'found') expect(twins, `returned ${result.element.outerHTML} for ${JSON.stringify(fp)}`).toContain(result.element);
      }),
      { numRuns: runs(150) },
    );
    expect(live.rate, 'found on the same page before it was removed').toBeGreaterThan(LIVENESS.keptAfterUpgrade);
  }, PROPERTY_TIMEOUT_MS);

  it('after an upgrade that shows the element twice: nothing', () => {
    const live = new FoundRate();
    fc.assert(
      fc.property(page, upgrade, fc.nat(), (p: Page, u, pick) => {
        render(p);
        const all = targets();
        const target = all[pick % all.length]!;
        // a stable id shown twice is invalid HTML: labels then bind to the first one only
        fc.pre(!target.id.startsWith('f-'));
        const fp = captureFingerprint(target);
        applyUpgrade(u);
        // the field's row (label and input) or the button is shown again, with new generated ids
        const unit = target.tagName === 'BUTTON' ? target : (target.closest('.row, table') ?? target);
        const copy = unit.cloneNode(true) as Element;
        for (const el of [copy, ...Array.from(copy.querySelectorAll('*'))]) {
          for (const attr of ['id', 'for']) {
            const v = el.getAttribute(attr);
            if (v?.startsWith('el-id-')) el.setAttribute(attr, `${v}-copy`);
          }
        }
        // liveness: the same fingerprint on the same upgraded page, before the copy is added
        const before = resolveTarget(fp, document);
        live.count(before.status === 'found' && before.element === target);
        unit.after(copy);
        expect(resolveTarget(fp, document).status).not.toBe('found');
      }),
      { numRuns: runs(100) },
    );
    expect(live.rate, 'found on the same page before it was shown twice').toBeGreaterThan(LIVENESS.keptAfterUpgrade);
  }, PROPERTY_TIMEOUT_MS);

  it('pruning never changes the decision: it equals scoring every candidate', () => {
    fc.assert(
      fc.property(page, upgrade, fc.nat(), (p: Page, u, pick) => {
        render(p);
        const all = targets();
        const fp = captureFingerprint(all[pick % all.length]!);
        applyUpgrade(u);
        const pruned = resolveTarget(fp, document);
        const exhaustive = scoreEverything(fp, document);
        expect(pruned.status).toBe(exhaustive.status);
        if (pruned.status === 'found' && exhaustive.status === 'found') expect(pruned.element).toBe(exhaustive.element);
      }),
      { numRuns: runs(150) },
    );
  }, PROPERTY_TIMEOUT_MS);
});

/** The resolver's decision rule, applied to every candidate with no pruning and no early stop. */
function scoreEverything(fp: TargetFingerprint, root: ParentNode): { status: string; element?: Element } {
  const threshold = DEFAULT_THRESHOLD * EVIDENCE_SCALE;
  const margin = DEFAULT_MARGIN * EVIDENCE_SCALE;
  const minIdentity = DEFAULT_MIN_IDENTITY * EVIDENCE_SCALE;
  const decideIn = (sites: SearchRoot[]) => {
    const scorer = new TargetScorer(fp, new SignalReader());
    const scored: { el: Element; total: number; own: number; ruledOut: boolean }[] = [];
    const seen = new Set<Element>();
    for (const site of sites) {
      const share = scopeAgreement(fp.scope ?? [], site.hops);
      const queries = [...scorer.anchorQueries.map((q) => q.find), ...scorer.scanSelectors().map((s) => (r: ParentNode) => r.querySelectorAll(s))];
      for (const query of queries) {
        const found = Array.from(query(site.root));
        for (const el of found) {
          if (seen.has(el)) continue;
          seen.add(el);
          const parts = scorer.explain(el, site, share);
          const candidate = scorer.candidate(el, site, share);
          while (scorer.advance(candidate));
          // a recorded peer's namesake is that other control: never a candidate
          if (scorer.namedAsPeer(candidate)) continue;
          scored.push({ el, total: parts.reduce((a, x) => a + x.evidence, 0), own: parts.filter((x) => x.own).reduce((a, x) => a + x.evidence, 0), ruledOut: scorer.rulesOut(candidate) });
        }
      }
    }
    scored.sort((a, b) => b.total - a.total);
    const top = scored[0];
    // a wrapper saying nothing more is the same thing on screen: the inner one answers, with the best reading
    const same = top ? scored.filter((x) => sameOnScreen(x.el, top.el)) : [];
    const inner = same.find((x) => !same.some((o) => o !== x && x.el.contains(o.el)));
    const best = top && inner ? { ...inner, total: top.total } : top;
    // the runner-up is the best rival: not a wrapper of the best saying nothing else, not ruled out by its own words
    const second = top ? scored.slice(1).find((x) => !x.ruledOut && !sameOnScreen(x.el, top.el)) : undefined;
    if (!best || best.total < threshold) return { status: 'missing' };
    if (best.total - (second?.total ?? -Infinity) < margin) return { status: 'ambiguous' };
    if (best.own < minIdentity) return { status: 'missing' };
    return { status: 'found', element: best.el };
  };
  const scoped = rootsAlongScope(fp.scope ?? [], root);
  const first = decideIn(scoped);
  if (first.status !== 'missing') return first;
  const all = [...scoped, ...frameRoots(root), ...scopePrefixRoots(fp.scope ?? [], root)];
  return decideIn(all.filter((s, i) => all.findIndex((t) => t.root === s.root) === i));
}
