// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { captureFingerprint } from '@preceptor/shared/targeting/captureFingerprint.ts';
import { withSketch } from '../src/authoring/page/targetSketchOnPage.ts';

// The recorder's and the picker's glue: a target gets the sketch of where it is now, and a target
// picked again never keeps the sketch of where the old one was.

const OLD_SKETCH = { viewport: { width: 800, height: 600 }, target: { x: 1, y: 1, w: 10, h: 10 }, blocks: [] };

function boxes(map: Record<string, [number, number, number, number]>) {
  for (const [selector, [left, top, width, height]] of Object.entries(map)) {
    const el = document.querySelector(selector)!;
    el.getBoundingClientRect = () => ({ left, top, width, height, x: left, y: top, right: left + width, bottom: top + height, toJSON: () => ({}) }) as DOMRect;
  }
}

describe('withSketch', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it("measures the element and its dialog on this page's viewport, leaving our own overlay out", () => {
    document.body.innerHTML = `<div role="dialog" aria-label="新建患者"><label for="n">姓名</label><input id="n" value="张三"><button>保存</button></div>
      <div data-preceptor-authoring><button id="own">录制</button></div>`;
    boxes({ '[role="dialog"]': [100, 50, 400, 300], '#n': [180, 100, 200, 30], 'button:not(#own)': [400, 300, 60, 30], '#own': [420, 100, 60, 30] });
    const el = document.querySelector('#n')!;
    const fp = withSketch({ ...captureFingerprint(el), sketch: OLD_SKETCH }, el, (node) => node.closest('[data-preceptor-authoring]') !== null);
    expect(fp.sketch!.viewport).toEqual({ width: window.innerWidth, height: window.innerHeight });
    expect(fp.sketch!.target).toEqual({ x: 180, y: 100, w: 200, h: 30 });
    expect(fp.sketch!.blocks).toEqual([{ kind: 'dialog', x: 100, y: 50, w: 400, h: 300 }, { kind: 'button', x: 400, y: 300, w: 60, h: 30 }]);
    expect(JSON.stringify(fp.sketch)).not.toContain('张三');
  });

  it('drops the old sketch when the element is not on screen now', () => {
    document.body.innerHTML = '<button id="b">新建患者</button>';
    const el = document.querySelector('#b')!; // jsdom: no layout, a 0×0 box
    const fp = withSketch({ ...captureFingerprint(el), sketch: OLD_SKETCH }, el, () => false);
    expect(fp.sketch).toBeUndefined();
    expect(fp.text).toBe('新建患者');
  });
});
