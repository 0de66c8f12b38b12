// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { captureFingerprint } from '../../src/targeting/captureFingerprint.ts';
import { SignalReader } from '../../src/targeting/elementSignals.ts';
import { TargetScorer } from '../../src/targeting/scoreCandidate.ts';

/**
 * Queries that gather candidates without a page-wide selector must return exactly what the
 * selector they stand for returns, in the same order: the resolver's decisions depend on both.
 */
describe('anchor queries read through tag collections', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <div role="textbox" id="r1">备注</div>
      <form>
        <label>姓名 <input id="a"></label>
        <input id="b" type="TEXT">
        <input id="c" type="checkbox">
        <input id="d" type="text" role="textbox">
        <span role="textbox" id="r2"></span>
        <input id="e" type="Text">
        <input id="f" type="search">
        <input id="g" type="text">
      </form>
      <div role="searchbox" id="r3"></div>`;
  });

  const typedQuery = (el: Element) => {
    const scorer = new TargetScorer(captureFingerprint(el), new SignalReader());
    return scorer.anchorQueries.find((q) => q.selector.startsWith('input[type='))!;
  };

  for (const id of ['g', 'c', 'f', 'a']) {
    it(`returns what its selector returns, in document order (input #${id})`, () => {
      const query = typedQuery(document.getElementById(id)!);
      const byTag = Array.from(query.find(document)).map((el) => el.id);
      const bySelector = Array.from(document.querySelectorAll(query.selector)).map((el) => el.id);
      expect(byTag).toEqual(bySelector);
      expect(byTag.length).toBeGreaterThan(0);
    });
  }

  it('does the same inside a shadow root, which has no tag collection', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<input id="s1"><i role="textbox" id="s2"></i><input id="s3" type="TEXT"><input id="s4" type="radio">`;
    const query = typedQuery(shadow.getElementById('s1')!);
    expect(Array.from(query.find(shadow)).map((el) => el.id)).toEqual(Array.from(shadow.querySelectorAll(query.selector)).map((el) => el.id));
  });
});

describe('place among its kind', () => {
  it('counts the same elements whether few or many candidates ask', () => {
    const buttons = Array.from({ length: 40 }, (_, i) => `<button${i % 5 === 0 ? ' role="tab"' : ''}>${i}</button>`).join('');
    document.body.innerHTML = `<form>${buttons}<input type="button"></form>`;
    const plain = Array.from(document.querySelectorAll('form button')).filter((b) => !b.hasAttribute('role'));
    const reader = new SignalReader();
    // more lookups than the list is searched for: the later ones go through the index
    plain.forEach((b, i) => expect(reader.positionOf(b)).toEqual({ index: i, count: plain.length }));
    plain.forEach((b, i) => expect(reader.positionOf(b)).toEqual({ index: i, count: plain.length }));
    const tabs = Array.from(document.querySelectorAll('form button[role="tab"]'));
    expect(reader.positionOf(tabs[2]!)).toEqual({ index: 2, count: tabs.length });
  });
});
