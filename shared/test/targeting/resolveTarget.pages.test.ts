// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { captureFingerprint } from '../../src/targeting/captureFingerprint.ts';
import { resolveTarget } from '../../src/targeting/resolveTarget.ts';
import { looksGenerated } from '../../src/targeting/elementSignals.ts';
import { ContentPack } from '../../src/schema/contentPack.ts';
import { demoPack } from '../packFixtures.ts';

const REGISTRATION = `
  <header><button type="button" data-action="reset">重置</button></header>
  <main>
    <div class="toolbar_x8f2k"><label for="patient-query">患者检索</label>
      <input id="patient-query" name="patientQuery" class="inp_a91bc"></div>
    <button type="button" data-action="new-patient" id=":r4:">新建患者 (F2)</button>
    <section data-panel="today-queue" aria-labelledby="q-h"><h2 id="q-h">今日挂号队列</h2>
      <table><tr><td><button type="button" class="row-cancel">退号</button></td></tr>
             <tr><td><button type="button" class="row-cancel">退号</button></td></tr></table>
    </section>
    <div role="dialog" aria-labelledby="d-h"><h2 id="d-h">新建患者</h2>
      <label for="new-patient-id-number">证件号码</label><input id="new-patient-id-number" name="idNumber">
    </div>
  </main>`;

/** The same screen after a vendor upgrade: ids regenerated, wrappers added, label reworded. */
const UPGRADED = `
  <header><button type="button" data-action="reset">重置</button></header>
  <main><div class="wrap_19ffa"><div class="toolbar_77aa1">
      <label for="pq-20261">患者查询检索</label><input id="pq-20261" name="patientQuery"></div></div>
    <div><button type="button" data-action="new-patient" id=":r9:">新建患者 (F2)</button></div>
    <section data-panel="today-queue" aria-labelledby="q-h"><h2 id="q-h">今日挂号队列</h2></section>
  </main>`;

const pack = ContentPack.parse(demoPack());
const fingerprint = (stepId: string) => pack.tours[0]!.steps.find((s) => s.id === stepId)!.target!;

describe('resolveTarget', () => {
  beforeEach(() => {
    document.body.innerHTML = REGISTRATION;
  });

  it('finds each demo-pack target on the registration page, confidently', () => {
    for (const [stepId, selector] of [
      ['patient-search', '#patient-query'],
      ['today-queue', 'section[data-panel]'],
      ['new-patient', 'button[data-action="new-patient"]'],
      ['id-number', '#new-patient-id-number'],
    ] as const) {
      const result = resolveTarget(fingerprint(stepId), document);
      expect(result.status, stepId).toBe('found');
      if (result.status === 'found') {
        expect(result.element).toBe(document.querySelector(selector));
        expect(result.confidence).toBeGreaterThan(0.7);
      }
    }
  });

  it('captures a fingerprint without generated ids or hashed classes, and it round-trips', () => {
    const button = document.querySelector('button[data-action="new-patient"]')!;
    const fp = captureFingerprint(button);
    expect(fp.anchors.id).toBeUndefined();
    expect(fp.anchors.data).toEqual({ action: 'new-patient' });
    expect(fp.text).toBe('新建患者 (F2)');
    expect(JSON.stringify(fp)).not.toMatch(/x8f2k|:r4:/);
    const input = document.querySelector('#patient-query')!;
    const inputFp = captureFingerprint(input);
    expect(inputFp.anchors).toMatchObject({ id: 'patient-query', name: 'patientQuery', labelText: '患者检索' });
    for (const el of [button, input]) {
      const result = resolveTarget(captureFingerprint(el), document);
      expect(result.status === 'found' && result.element).toBe(el);
    }
  });

  it('still finds the search box after an upgrade changed its id, wrappers and label', () => {
    const fp = captureFingerprint(document.querySelector('#patient-query')!);
    document.body.innerHTML = UPGRADED;
    const result = resolveTarget(fp, document);
    expect(result.status).toBe('found');
    if (result.status === 'found') expect(result.element.getAttribute('name')).toBe('patientQuery');
  });

  it('reports missing rather than pointing at something else', () => {
    document.body.innerHTML = UPGRADED; // the dialog is closed: no ID number field anywhere
    const result = resolveTarget(fingerprint('id-number'), document);
    expect(result.status).toBe('missing');
  });

  it('reports ambiguous when two elements fit equally (two 退号 buttons)', () => {
    const first = document.querySelector('.row-cancel')!;
    const result = resolveTarget(captureFingerprint(first), document);
    expect(result.status).toBe('ambiguous');
  });

  it('never returns a hidden element', () => {
    const result = resolveTarget(fingerprint('new-patient'), document, { isVisible: (el) => el.tagName !== 'BUTTON' });
    expect(result.status).toBe('missing');
  });

  it('tells generated ids from meaningful ones', () => {
    for (const id of [':r4:', 'ext-gen1234', 'css_a8f9c2', 'row-20261126', 'ember123']) expect(looksGenerated(id), id).toBe(true);
    for (const id of ['patient-query', 'new-patient-id-number', 'idNumber', 'btnSave']) expect(looksGenerated(id), id).toBe(false);
  });
});
