// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { captureTargetSketch, type SketchLayout, type ViewportBox } from '../../src/targeting/captureSketch.ts';
import { SketchBlockKind, TargetSketch } from '../../src/schema/targetSketch.ts';

const VIEWPORT = { width: 1366, height: 768 };

/**
 * jsdom has no layout: each fixture element says its box in `data-box="left,top,width,height"`,
 * the way the browser's getBoundingClientRect would. Elements without one have no box (not shown).
 */
function layout(extra: Partial<SketchLayout> = {}): SketchLayout {
  return {
    boxOf(el: Element): ViewportBox {
      const box = el.getAttribute('data-box');
      if (!box) return { left: 0, top: 0, width: 0, height: 0 };
      const [left, top, width, height] = box.split(',').map(Number) as [number, number, number, number];
      return { left, top, width, height };
    },
    viewport: VIEWPORT,
    ...extra,
  };
}

/** A registration page with patient data everywhere a screenshot would catch it. */
const REGISTRATION_PAGE = `
  <header data-box="0,0,1366,56" class="emr-banner" title="当前患者 张三">
    <span>当前患者：张三 男 45岁 住院号 P000123 手机 13812345678</span>
  </header>
  <nav data-box="0,56,200,712" aria-label="主菜单"><a href="/reg">挂号</a><a href="/adt">入院</a></nav>
  <main data-box="200,56,1166,712">
    <form data-box="216,72,1134,80" aria-label="查询"><input data-box="230,90,200,28" name="q" value="王五"><button data-box="440,90,80,28">查询</button></form>
    <table data-box="216,170,1134,400" class="grid" data-patient="P000123">
      <tr><td>P000123</td><td>张三</td><td>13812345678</td></tr>
      <tr><td>P000124</td><td>李四</td><td>110101199003071234</td></tr>
    </table>
    <section data-box="1300,500,200,200" aria-label="部分在屏幕外"><p>右下角</p></section>
    <section data-box="1400,600,200,100" aria-label="完全在屏幕外"><p>屏幕外</p></section>
  </main>
  <div role="dialog" aria-modal="true" aria-label="新建患者" data-box="383,134,600,500" style="color:#ff0000">
    <h2>新建患者</h2>
    <fieldset data-box="403,180,560,300"><legend>基本信息</legend>
      <label for="name">姓名</label><input id="name" data-box="483.4,200.6,300.2,32.3" value="李四" placeholder="请输入姓名">
      <label for="sex">性别</label><select id="sex" data-box="483,250,120,32"><option>男</option></select>
      <label for="phone">手机</label><input id="phone" data-box="483,300,200,32" value="13812345678">
    </fieldset>
    <button data-box="783,580,80,32">保存</button><button data-box="883,580,80,32">取消</button>
  </div>
  <div data-preceptor-authoring data-box="1000,100,340,600"><button data-box="1010,110,100,30">录制</button></div>`;

const KINDS = new Set<string>(SketchBlockKind.options);
const KEYS = new Set(['viewport', 'width', 'height', 'target', 'blocks', 'x', 'y', 'w', 'h', 'kind']);

/** Every key is one of the schema's, every value a number or one of our kind words: nothing else can leave. */
function leaves(value: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(value)) value.forEach((v) => leaves(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      out.push(`key:${key}`);
      leaves(v, out);
    }
  } else out.push(value);
  return out;
}

describe('captureTargetSketch', () => {
  beforeEach(() => {
    document.body.innerHTML = REGISTRATION_PAGE;
  });

  it("holds the target's box, its dialog and section, and the page's blocks: kinds and whole pixels only", () => {
    const sketch = captureTargetSketch(document.querySelector('#name')!, layout())!;
    expect(TargetSketch.safeParse(sketch).success).toBe(true);
    expect(sketch.viewport).toEqual(VIEWPORT);
    // edges are rounded (483.4 → 483, 783.6 → 784), so the box stays where it was
    expect(sketch.target).toEqual({ x: 483, y: 201, w: 301, h: 32 });
    const kinds = sketch.blocks.map((b) => b.kind);
    expect(sketch.blocks).toContainEqual({ kind: 'dialog', x: 383, y: 134, w: 600, h: 500 });
    expect(sketch.blocks).toContainEqual({ kind: 'section', x: 403, y: 180, w: 560, h: 300 });
    expect(sketch.blocks).toContainEqual({ kind: 'banner', x: 0, y: 0, w: 1366, h: 56 });
    expect(sketch.blocks).toContainEqual({ kind: 'navigation', x: 0, y: 56, w: 200, h: 712 });
    expect(sketch.blocks).toContainEqual({ kind: 'table', x: 216, y: 170, w: 1134, h: 400 });
    // the fields and buttons near it are those of its dialog, not the page's search box
    expect(sketch.blocks).toContainEqual({ kind: 'field', x: 483, y: 250, w: 120, h: 32 });
    expect(sketch.blocks).toContainEqual({ kind: 'button', x: 783, y: 580, w: 80, h: 32 });
    expect(sketch.blocks).not.toContainEqual({ kind: 'field', x: 230, y: 90, w: 200, h: 28 });
    expect(kinds.filter((k) => k === 'button')).toHaveLength(2);

    for (const leaf of leaves(sketch)) {
      if (typeof leaf === 'string' && leaf.startsWith('key:')) expect(KEYS.has(leaf.slice(4)), leaf).toBe(true);
      else if (typeof leaf === 'string') expect(KINDS.has(leaf), leaf).toBe(true);
      else expect(Number.isInteger(leaf), String(leaf)).toBe(true);
    }
    const json = JSON.stringify(sketch);
    for (const secret of ['张三', '李四', '王五', 'P000123', '13812345678', '新建患者', '姓名', 'emr-banner', 'grid', '#ff0000', 'name']) {
      expect(json).not.toContain(secret);
    }
  });

  it('clips boxes to the viewport and leaves out what is off screen, hidden, or our own overlay', () => {
    const sketch = captureTargetSketch(document.querySelector('table')!, layout({ isOwnUi: (el) => el.closest('[data-preceptor-authoring]') !== null }))!;
    expect(sketch.blocks).toContainEqual({ kind: 'section', x: 1300, y: 500, w: 66, h: 200 });
    expect(sketch.blocks.some((b) => b.x >= 1366)).toBe(false);
    for (const b of [sketch.target, ...sketch.blocks]) {
      expect(b.x + b.w).toBeLessThanOrEqual(VIEWPORT.width);
      expect(b.y + b.h).toBeLessThanOrEqual(VIEWPORT.height);
    }
    // the authoring panel and its button are ours
    expect(sketch.blocks).not.toContainEqual(expect.objectContaining({ x: 1010, y: 110 }));
    // an <h2> and a <legend> have no kind: never drawn
    expect(sketch.blocks.every((b) => KINDS.has(b.kind))).toBe(true);
  });

  it('has nothing to sketch when the target is not on screen', () => {
    const hidden = document.querySelector('section[aria-label="完全在屏幕外"]')!;
    expect(captureTargetSketch(hidden, layout())).toBeUndefined();
    const noBox = document.querySelector('legend')!;
    expect(captureTargetSketch(noBox, layout())).toBeUndefined();
    expect(captureTargetSketch(document.querySelector('#name')!, layout({ viewport: { width: 0, height: 0 } }))).toBeUndefined();
  });

  it('keeps at most 40 boxes on a crowded page, the nearest controls first', () => {
    const buttons = Array.from({ length: 80 }, (_, i) => `<button data-box="${10 + (i % 20) * 60},${300 + Math.floor(i / 20) * 40},50,30">按钮${i}</button>`).join('');
    const fields = Array.from({ length: 80 }, (_, i) => `<input data-box="${10 + (i % 20) * 60},${500 + Math.floor(i / 20) * 40},50,30" value="患者${i}">`).join('');
    const sections = Array.from({ length: 30 }, (_, i) => `<section data-box="${(i % 6) * 220},${(Math.floor(i / 6)) * 150},210,140"></section>`).join('');
    document.body.innerHTML = `${sections}${buttons}${fields}<button id="t" data-box="10,300,50,30">目标</button>`;
    const sketch = captureTargetSketch(document.querySelector('#t')!, layout())!;
    expect(1 + sketch.blocks.length).toBeLessThanOrEqual(40);
    expect(TargetSketch.safeParse(sketch).success).toBe(true);
    // the button beside the target is kept; one across the page is not
    expect(sketch.blocks).toContainEqual({ kind: 'button', x: 70, y: 300, w: 50, h: 30 });
    expect(sketch.blocks).not.toContainEqual({ kind: 'button', x: 1150, y: 420, w: 50, h: 30 });
    // big first, so the small ones draw on top
    const areas = sketch.blocks.map((b) => b.w * b.h);
    expect(areas).toEqual([...areas].sort((a, b) => b - a));
  });
});
