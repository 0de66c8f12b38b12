// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { timeScale } from '../../../scripts/timeScale.mjs';
import { markdownToFragment, markdownToNodes, markdownToPlainText, safeHref, type MdBlock } from '../../src/tour/markdown.ts';

function toHtml(blocks: MdBlock[]): { html: string; doc: Document } {
  const doc = document.implementation.createHTMLDocument('md');
  doc.body.append(markdownToFragment(blocks, doc));
  return { html: doc.body.innerHTML, doc };
}

describe('markdown subset', () => {
  it('parses paragraphs, line breaks, bold, italic, code and lists', () => {
    expect(markdownToNodes('Hello **bold** and *it* and `x<y`\nsecond line\n\n- one\n- **two**\n\n1. first\n2) second')).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Hello ' },
          { type: 'strong', children: [{ type: 'text', text: 'bold' }] },
          { type: 'text', text: ' and ' },
          { type: 'em', children: [{ type: 'text', text: 'it' }] },
          { type: 'text', text: ' and ' },
          { type: 'code', text: 'x<y' },
          { type: 'break' },
          { type: 'text', text: 'second line' },
        ],
      },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'one' }], [{ type: 'strong', children: [{ type: 'text', text: 'two' }] }]] },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'first' }], [{ type: 'text', text: 'second' }]] },
    ]);
  });

  it('renders to DOM with the expected elements', () => {
    const { html } = toHtml(markdownToNodes('请先**检索**患者，见[手册](https://his.example.cn/manual?p=1)。\n\n- 姓名\n- 证件号'));
    expect(html).toBe(
      '<p>请先<strong>检索</strong>患者，见<a href="https://his.example.cn/manual?p=1" target="_blank" rel="noopener noreferrer">手册</a>。</p><ul><li>姓名</li><li>证件号</li></ul>',
    );
  });

  it('keeps http, https and mailto links only', () => {
    expect(safeHref('https://a.cn/x')).toBe('https://a.cn/x');
    expect(safeHref('mailto:it@hospital.cn')).toBe('mailto:it@hospital.cn');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '/relative', 'file:///etc/passwd', '']) {
      expect(safeHref(bad)).toBeUndefined();
    }
  });

  it('a javascript: link keeps its words and loses its address', () => {
    const blocks = markdownToNodes('click [here](javascript:alert(document.cookie)) now');
    const { doc } = toHtml(blocks);
    expect(doc.querySelectorAll('a')).toHaveLength(0);
    expect(doc.body.textContent).toContain('here');
    expect(doc.body.innerHTML).not.toMatch(/javascript:/i);
  });

  it('HTML stays text: no script element, no event handler attribute', () => {
    const evil = '<script>alert(1)</script>\n<img src=x onerror="alert(2)"> <a href="javascript:alert(3)" onclick="x()">a</a>\n\n**<b onmouseover=alert(4)>b</b>**';
    const { doc } = toHtml(markdownToNodes(evil));
    expect(doc.querySelectorAll('script, img, b, iframe').length).toBe(0);
    const all = [...doc.body.querySelectorAll('*')];
    expect(all.map((el) => el.tagName.toLowerCase()).every((t) => ['p', 'br', 'strong'].includes(t))).toBe(true);
    for (const el of all) for (const attr of el.getAttributeNames()) expect(attr).not.toMatch(/^on/i);
    expect(doc.body.textContent).toContain('<script>alert(1)</script>');
  });

  it('links are not nested and a link label cannot smuggle another link', () => {
    const { doc } = toHtml(markdownToNodes('[a [b](https://x.cn)](https://y.cn)'));
    expect(doc.querySelectorAll('a a')).toHaveLength(0);
  });

  it('escapes, snake_case and unclosed markers stay literal', () => {
    expect(markdownToPlainText(markdownToNodes('\\*not italic\\* patient_id_field **open'))).toBe('*not italic* patient_id_field **open');
  });

  it('stays fast and bounded on hostile input', () => {
    const started = Date.now();
    markdownToNodes('**'.repeat(20_000) + '['.repeat(5000) + '*a'.repeat(5000));
    expect(Date.now() - started).toBeLessThan(1000 * timeScale());
  });
});
