// @vitest-environment jsdom
import { act, createElement } from 'react';
import { describe, expect, it } from 'vitest';
import demoPackJson from '@preceptor/shared/packs/registration-demo.pack.json';
import { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import { authoringTranslator } from '../src/authoring/authoringMessages.ts';
import type { AuthoredPack } from '../src/authoring/authoringStore.ts';
import { EditorProvider } from '../src/authoring/editor/editorContext.tsx';
import { ToursTab } from '../src/authoring/editor/ToursTab.tsx';
import { reactHostPerTest } from './reactHost.ts';

// The editor's tours tab in a DOM (issue 17): a 5-step tour is five one-line steps, the one being
// edited open; duplicating a step opens the copy; a target reads as its kind and label, not CSS.

globalThis.CSS ??= { escape: (s: string) => s } as typeof CSS;

const dom = reactHostPerTest();

function render(pack: ContentPack, language: 'zh-CN' | 'en' = 'zh-CN') {
  const authored: AuthoredPack = { key: 'k', draft: pack, published: [], updatedAt: 0 };
  act(() => dom.root.render(createElement(EditorProvider, { pack: authored, language, t: authoringTranslator(language), children: createElement(ToursTab) })));
}

const stepHeads = () => [...dom.host.querySelectorAll<HTMLButtonElement>('[data-action="toggle-step"]')];
const openBodies = () => [...dom.host.querySelectorAll('.step-body')].filter((b) => !(b as HTMLElement).hidden);

describe('the editor\'s tours tab', () => {

  it('shows a 5-step tour as five collapsed steps, each a disclosure button with its title and kind', () => {
    render(ContentPack.parse(demoPackJson));
    expect(stepHeads()).toHaveLength(5);
    expect(openBodies()).toHaveLength(0);
    expect(dom.host.querySelectorAll('[data-path$=".title.zh-CN"][data-field="step-title-zh"]')).toHaveLength(0); // no step form while collapsed
    expect(stepHeads().map((b) => b.getAttribute('aria-expanded'))).toEqual(['false', 'false', 'false', 'false', 'false']);
    expect(stepHeads()[3]!.textContent).toContain('第 4 步 · 新建患者');
    expect(stepHeads()[3]!.textContent).toContain('点击');
    act(() => stepHeads()[1]!.click());
    expect(stepHeads()[1]!.getAttribute('aria-expanded')).toBe('true');
    expect(openBodies()).toHaveLength(1);
    act(() => stepHeads()[3]!.click()); // another step: the first closes
    expect(stepHeads().map((b) => b.getAttribute('aria-expanded'))).toEqual(['false', 'false', 'false', 'true', 'false']);
  });

  it('duplicates a step right after it, with a new id and a copy title, and opens the copy', () => {
    render(ContentPack.parse(demoPackJson));
    const duplicate = dom.host.querySelectorAll<HTMLButtonElement>('[data-action="duplicate-step"]')[1]!;
    expect(duplicate.getAttribute('aria-label')).toBe('复制第 2 步');
    act(() => duplicate.click());
    const steps = [...dom.host.querySelectorAll('[data-step]')].map((li) => li.getAttribute('data-step'));
    expect(steps).toEqual(['welcome', 'patient-search', 'patient-search-copy', 'today-queue', 'new-patient', 'id-number']);
    expect(stepHeads()[2]!.getAttribute('aria-expanded')).toBe('true');
    expect(stepHeads()[2]!.textContent).toContain('先查找，再建档（副本）');
  });

  it('duplicates a tour, the copy opened after the original', () => {
    render(ContentPack.parse(demoPackJson), 'en');
    act(() => dom.host.querySelector<HTMLButtonElement>('[data-action="duplicate-tour"]')!.click());
    const tours = [...dom.host.querySelectorAll<HTMLDetailsElement>('details[data-tour]')];
    expect(tours.map((t) => t.getAttribute('data-tour'))).toEqual(['registration-basics', 'registration-basics-copy']);
    expect(tours[1]!.open).toBe(true);
    expect(tours[1]!.querySelector('summary')!.textContent).toContain('Outpatient registration basics (copy)');
  });

  it('shows a target as its kind and label and where, its CSS only under Advanced', () => {
    const pack = ContentPack.parse(demoPackJson);
    pack.tours[0]!.steps[3]!.target = { ...pack.tours[0]!.steps[3]!.target!, accessibleName: '新建患者', css: ['button[data-action=new-patient]'] };
    render(pack);
    expect(stepHeads()[3]!.textContent).toContain('按钮“新建患者”');
    act(() => stepHeads()[3]!.click());
    const summary = dom.host.querySelector('[data-region="target-summary"]')!;
    expect(summary.textContent).toBe('按钮“新建患者”');
    expect(dom.host.querySelector('[data-region="target-page"]')!.textContent).toContain('http://localhost:*/registration*');
    const css = dom.host.querySelector('[data-region="target-css"]')!;
    expect(css.closest('details')!.open).toBe(false);
    expect(css.textContent).toContain('button[data-action=new-patient]');
  });

  it('shows a step target\'s sketch beside it, larger after a click, and nothing for a target without one', () => {
    const pack = ContentPack.parse(demoPackJson);
    const steps = pack.tours[0]!.steps;
    steps[3]!.target = {
      ...steps[3]!.target!, accessibleName: '新建患者', context: { ancestorLabel: '患者查询', ancestorRole: 'region' },
      sketch: { viewport: { width: 1366, height: 768 }, target: { x: 900, y: 90, w: 96, h: 32 }, blocks: [{ kind: 'section', x: 220, y: 70, w: 1100, h: 300 }] },
    };
    render(pack);
    act(() => stepHeads()[3]!.click());
    const image = dom.host.querySelector<SVGSVGElement>('svg[data-region="target-sketch"]')!;
    expect(image.getAttribute('role')).toBe('img');
    expect(image.getAttribute('aria-label')).toBe('位置示意：区域“患者查询”中的按钮“新建患者”');
    expect(image.getAttribute('width')).toBe('160');
    expect(image.querySelectorAll('rect')).toHaveLength(4); // the page, the section, the ring and the target
    const toggle = image.closest('button')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    act(() => toggle.click());
    // large on a line of its own (not grown over the label beside the thumbnail), which stays where it was
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const large = dom.host.querySelector<HTMLElement>('[data-region="target-sketch-large"]')!;
    expect(toggle.getAttribute('aria-controls')).toBe(large.id);
    expect(large.querySelector('svg[data-region="target-sketch"]')!.getAttribute('width')).toBe('480');
    expect(image.getAttribute('width')).toBe('160');
    expect(toggle.nextElementSibling!.getAttribute('data-region')).toBe('target-summary');
    // Esc closes it and focus goes back to the thumbnail; a click on the large one closes it too
    act(() => large.querySelector('button')!.focus());
    act(() => void large.querySelector('button')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(dom.host.querySelector('[data-region="target-sketch-large"]')).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    act(() => toggle.click());
    act(() => dom.host.querySelector<HTMLButtonElement>('[data-action="shrink-sketch"]')!.click());
    expect(dom.host.querySelector('[data-region="target-sketch-large"]')).toBeNull();
    expect(document.activeElement).toBe(toggle);
    // step 2's target was written without a sketch: no image, no empty frame
    act(() => stepHeads()[1]!.click());
    expect(dom.host.querySelector('[data-region="target-summary"]')).not.toBeNull();
    expect(dom.host.querySelector('[data-region="target-sketch"]')).toBeNull();
    expect(dom.host.querySelector('[data-action="toggle-sketch"]')).toBeNull();
  });
});
