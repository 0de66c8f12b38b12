// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { captureFingerprint } from '../../src/targeting/captureFingerprint.ts';
import { defaultTexts, draftStepsFromActions, recordAction, refreshDefaultTexts, startRecording, type RecordedAction } from '../../src/authoring/recorder.ts';
import { parsePackValue } from '../../src/schema/packImport.ts';
import { newDraftPack } from '../../src/authoring/draftPack.ts';
import type { TargetFingerprint } from '../../src/schema/targetFingerprint.ts';

const ADMISSION = 'http://emr.test/adt/admission?patient=P000123';
const BEDS = 'http://emr.test/adt/beds?patient=P000123&ward=cardio';

function page() {
  document.body.innerHTML = `
    <label for="name">姓名</label><input id="name" name="patientName">
    <label for="ward">病区</label><select id="ward" name="ward"><option value="">—</option><option value="cardio">心内科</option><option value="resp">呼吸科</option></select>
    <a href="/adt/beds" data-nav="beds">床位分配</a>
    <button type="button" data-action="confirm-admission">确认入院</button>`;
  const fp = (selector: string): TargetFingerprint => captureFingerprint(document.querySelector(selector)!);
  return { name: fp('#name'), ward: fp('#ward'), beds: fp('[data-nav]'), confirm: fp('[data-action]') };
}

describe('recorder: event sequence -> draft steps', () => {
  it('records the four-step admission: entry, choice, link to another page, click', () => {
    const t = page();
    const actions: RecordedAction[] = [
      { kind: 'field', target: t.name, url: ADMISSION, control: 'text' },
      { kind: 'field', target: t.name, url: ADMISSION, control: 'text' }, // more typing: same step
      { kind: 'field', target: t.ward, url: ADMISSION, control: 'select', optionValue: 'resp' },
      { kind: 'field', target: t.ward, url: ADMISSION, control: 'select', optionValue: 'cardio' }, // changed mind
      { kind: 'click', target: t.beds, url: ADMISSION },
      { kind: 'page', url: BEDS },
      { kind: 'page', url: BEDS }, // reload
      { kind: 'click', target: t.confirm, url: BEDS },
      { kind: 'click', target: t.confirm, url: BEDS }, // double click
    ];
    const steps = draftStepsFromActions(actions, ADMISSION);
    expect(steps.map((s) => [s.id, s.advance])).toEqual([
      ['step-1', { on: 'enter', rule: { kind: 'not-empty' } }],
      ['step-2', { on: 'enter', rule: { kind: 'equals', value: 'cardio' } }],
      ['step-3', { on: 'navigate', urlPattern: 'http://emr.test/adt/beds?patient=*&ward=*' }],
      ['step-4', { on: 'click' }],
    ]);
    expect(steps.map((s) => s.page)).toEqual(['http://emr.test/adt/admission*', 'http://emr.test/adt/admission*', 'http://emr.test/adt/admission*', 'http://emr.test/adt/beds*']);
    expect(steps[2]!.target).toEqual(t.beds); // the navigate step points at the link that was clicked
    expect(steps[1]!.title).toEqual({ 'zh-CN': '选择“病区”', en: 'Choose “病区”' });
    expect(steps[2]!.title.en).toBe('Open the next page with “床位分配”');
    expect(JSON.stringify(steps)).not.toContain('P000123');
  });

  it('never stores what was typed: a text field becomes not-empty whatever the mentor typed', () => {
    const t = page();
    const steps = draftStepsFromActions([{ kind: 'field', target: t.name, url: ADMISSION, control: 'text', optionValue: '张三丰' }], ADMISSION);
    expect(steps[0]!.advance).toEqual({ on: 'enter', rule: { kind: 'not-empty' } });
    expect(JSON.stringify(steps)).not.toContain('张三丰');
  });

  it('a select whose option is a patient (value P000040) is not-empty: the rule never holds a patient', () => {
    const t = page();
    const steps = draftStepsFromActions([{ kind: 'field', target: t.ward, url: ADMISSION, control: 'select', optionValue: 'P000040' }], ADMISSION);
    expect(steps[0]!.advance).toEqual({ on: 'enter', rule: { kind: 'not-empty' } });
  });

  it('a select set back to the empty option is not-empty, checkboxes and radios too', () => {
    const t = page();
    const steps = draftStepsFromActions([
      { kind: 'field', target: t.ward, url: ADMISSION, control: 'select', optionValue: '' },
      { kind: 'field', target: t.name, url: ADMISSION, control: 'checkbox' },
    ]);
    expect(steps.map((s) => s.advance)).toEqual([{ on: 'enter', rule: { kind: 'not-empty' } }, { on: 'enter', rule: { kind: 'not-empty' } }]);
  });

  it('a page reached without a click (typed address, redirect) is a navigate step without target on the page before', () => {
    const steps = draftStepsFromActions([{ kind: 'page', url: BEDS }], ADMISSION);
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ advance: { on: 'navigate', urlPattern: 'http://emr.test/adt/beds?patient=*&ward=*' }, page: 'http://emr.test/adt/admission*' });
    expect(steps[0]!.target).toBeUndefined();
  });

  it('the first page seen only tells the recorder where it is', () => {
    expect(draftStepsFromActions([{ kind: 'page', url: ADMISSION }])).toEqual([]);
  });

  it('an SPA route change reported late is still recorded before the click on the new route', () => {
    const t = page();
    const steps = draftStepsFromActions([{ kind: 'click', target: t.beds, url: ADMISSION }, { kind: 'click', target: t.confirm, url: BEDS }], ADMISSION);
    expect(steps.map((s) => s.advance.on)).toEqual(['navigate', 'click']);
  });

  it('a click that opened a field and the entry that followed make one step', () => {
    const t = page();
    const steps = draftStepsFromActions([{ kind: 'click', target: t.ward, url: ADMISSION }, { kind: 'field', target: t.ward, url: ADMISSION, control: 'select', optionValue: 'resp' }]);
    expect(steps).toHaveLength(1);
    expect(steps[0]!.advance).toEqual({ on: 'enter', rule: { kind: 'equals', value: 'resp' } });
    expect(steps[0]!.title.en).toBe('Choose “病区”');
  });

  it('keeps the mentor\'s own words when a step changes kind', () => {
    const t = page();
    let state = startRecording({ steps: [] }, ADMISSION);
    state = recordAction(state, { kind: 'click', target: t.beds, url: ADMISSION });
    state = { ...state, steps: state.steps.map((s) => ({ ...s, title: { 'zh-CN': '分配床位', en: 'Assign a bed' } })) };
    state = recordAction(state, { kind: 'page', url: BEDS });
    expect(state.steps[0]!.title).toEqual({ 'zh-CN': '分配床位', en: 'Assign a bed' });
    expect(state.steps[0]!.body).toEqual(defaultTexts(state.steps[0]!).body);
  });

  it('continues numbering after steps the mentor deleted or inserted', () => {
    const t = page();
    let state = startRecording({ steps: [] }, ADMISSION);
    state = recordAction(state, { kind: 'click', target: t.beds, url: ADMISSION });
    state = recordAction(state, { kind: 'click', target: t.confirm, url: ADMISSION });
    state = { ...state, steps: state.steps.slice(1) };
    state = recordAction(state, { kind: 'field', target: t.name, url: ADMISSION, control: 'text' });
    expect(state.steps.map((s) => s.id)).toEqual(['step-2', 'step-1']);
  });

  it('a fresh recording is already a valid tour', () => {
    const t = page();
    const steps = draftStepsFromActions(
      [
        { kind: 'field', target: t.name, url: ADMISSION, control: 'text' },
        { kind: 'click', target: t.beds, url: ADMISSION },
        { kind: 'page', url: BEDS },
        { kind: 'click', target: t.confirm, url: BEDS },
      ],
      ADMISSION,
    );
    const pack = { ...newDraftPack({ id: 'adt', siteRule: 'http://emr.test/*' }), tours: [{ id: 'admission', title: { 'zh-CN': '入院', en: 'Admission' }, steps }] };
    const result = parsePackValue('draft', pack);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});

describe('re-picking a step\'s element', () => {
  it('refreshes the words the recorder wrote, keeps the mentor\'s', () => {
    const t = page();
    const [step] = draftStepsFromActions([{ kind: 'click', target: t.confirm, url: ADMISSION }]);
    const repicked = refreshDefaultTexts({ ...step!, target: t.beds }, step!);
    expect(repicked.title).toEqual({ 'zh-CN': '点击“床位分配”', en: 'Click “床位分配”' });
    const own = { ...step!, title: { 'zh-CN': '确认', en: 'Confirm' } };
    expect(refreshDefaultTexts({ ...own, target: t.beds }, own).title).toEqual({ 'zh-CN': '确认', en: 'Confirm' });
  });
});
