import { describe, expect, it } from 'vitest';
import { getIn, insertItem, moveItem, newDraftPack, newDraftStep, newDraftTour, previewPack, removeItem, replayEdits, setIn, slugId, uniqueId } from '../../src/authoring/draftPack.ts';
import { parseDraftSteps } from '../../src/authoring/draftSchema.ts';
import { parsePackValue } from '../../src/schema/packImport.ts';

describe('draft packs', () => {
  it('a new pack is not publishable until it has content, and says where', () => {
    const draft = { ...newDraftPack({ id: 'ward', siteRule: 'http://emr.test/*' }), tours: [newDraftTour('tour')] };
    const result = parsePackValue('draft', draft);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('tours[0].steps');
    const step = { ...newDraftStep([]), title: { 'zh-CN': '开始', en: 'Start' }, body: { 'zh-CN': '说明', en: 'About' } };
    expect(parsePackValue('draft', { ...draft, tours: [{ ...draft.tours[0]!, steps: [step] }] }).ok).toBe(true);
  });

  it('trims, reorders and inserts steps without touching the original list', () => {
    const list = ['a', 'b', 'c', 'd'];
    expect(moveItem(list, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(list, 3, 9)).toEqual(list);
    expect(removeItem(list, 1)).toEqual(['a', 'c', 'd']);
    expect(insertItem(list, 1, 'x')).toEqual(['a', 'x', 'b', 'c', 'd']);
    expect(list).toEqual(['a', 'b', 'c', 'd']);
  });

  it('sets and reads deep values immutably; undefined removes a key', () => {
    const pack = newDraftPack({ id: 'p', siteRule: 'http://emr.test/*' });
    const next = setIn(pack, ['title', 'en'], 'Ward');
    expect(getIn(next, ['title', 'en'])).toBe('Ward');
    expect(pack.title.en).toBe('New content pack');
    const withGoLive = setIn(next, ['goLiveDate'], '2025-01-01');
    expect('goLiveDate' in setIn(withGoLive, ['goLiveDate'], undefined)).toBe(false);
    expect(setIn({ list: [1, 2] }, ['list', 1], 5)).toEqual({ list: [1, 5] });
  });

  it('ids from names, unique within a list', () => {
    expect(slugId('Ward Orders 医嘱', 'x')).toBe('ward-orders');
    expect(slugId('医嘱', 'tour')).toBe('tour');
    expect(uniqueId('tour', ['tour', 'tour-2'])).toBe('tour-3');
  });

  it('a step list from an in-page panel is shape-checked; half-written texts are allowed', () => {
    const ok = parseDraftSteps([{ id: 'step-1', title: { 'zh-CN': '', en: '' }, body: { 'zh-CN': '', en: '' }, placement: 'auto', advance: { on: 'enter', rule: { kind: 'pattern', pattern: '(' } } }]);
    expect(ok).toHaveLength(1);
    expect(parseDraftSteps([{ id: 'x', title: {}, body: {}, placement: 'auto', advance: { on: 'next' }, script: 'alert(1)' }])).toBeUndefined();
    expect(parseDraftSteps('nope')).toBeUndefined();
  });

  it('a preview is a pack of its own starting at the chosen step', () => {
    const draft = newDraftPack({ id: 'ward', siteRule: 'http://emr.test/*' });
    const steps = ['a', 'b', 'c'].map((id) => ({ ...newDraftStep([]), id, title: { 'zh-CN': id, en: id }, body: { 'zh-CN': id, en: id } }));
    const preview = previewPack({ ...draft, tours: [{ ...newDraftTour('t'), roles: ['nurse'], steps }] }, 't', 1);
    const result = parsePackValue('preview', preview);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.pack.id).toBe('ward.preview');
      expect(result.pack.tours[0]!.steps.map((s) => s.id)).toEqual(['b', 'c']);
      expect(result.pack.tours[0]!.roles).toEqual([]);
    }
  });

  it("the editor's unsaved edits replayed on the stored draft keep a step recorded meanwhile", () => {
    const step = (id: string) => ({ ...newDraftStep([]), id, title: { 'zh-CN': id, en: id }, body: { 'zh-CN': '说明', en: 'About' } });
    const opened = { ...newDraftPack({ id: 'ward', siteRule: 'http://emr.test/*' }), tours: [{ ...newDraftTour('tour'), steps: [step('a')] }] };
    // the editor renames step a; meanwhile the background records step b into the stored draft
    const edits = [
      { path: ['tours', 0, 'steps', 0, 'title', 'en'], value: 'Open the chart' },
      { path: ['tours', 0, 'steps', 0, 'title', 'zh-CN'], value: '打开病历' },
    ];
    const stored = setIn(opened, ['tours', 0, 'steps'], [...opened.tours[0]!.steps, step('b')]);
    const saved = replayEdits(stored, edits);
    expect(saved.tours[0]!.steps.map((s) => s.id)).toEqual(['a', 'b']);
    expect(saved.tours[0]!.steps[0]!.title).toEqual({ 'zh-CN': '打开病历', en: 'Open the chart' });
    // what the editor used to save, its whole copy, loses the recorded step
    const wholeCopy = edits.reduce((d, e) => setIn(d, e.path, e.value), opened);
    expect(wholeCopy.tours[0]!.steps.map((s) => s.id)).toEqual(['a']);
    // an edit to the same place still wins (the later write)
    expect(replayEdits(stored, [{ path: ['tours', 0, 'steps'], value: [step('c')] }]).tours[0]!.steps.map((s) => s.id)).toEqual(['c']);
  });
});
