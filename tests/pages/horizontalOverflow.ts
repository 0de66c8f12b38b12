import type { Page } from '@playwright/test';

/**
 * What scrolls or is cut sideways on the page: the document itself, every visible element that
 * scrolls horizontally (overflow-x auto/scroll), and every element that clips its content sideways
 * (overflow hidden/clip) without saying the full text in a title or aria-label. One line each,
 * naming the element (tag, data-panel / class, text) and its widths; [] when the page fits.
 * Same-origin iframes are walked too.
 */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const frame of page.frames()) {
    const found = await frame
      .evaluate(() => {
        const SLACK = 1; // sub-pixel rounding
        const name = (el: Element): string => {
          const panel = el.closest('[data-panel]')?.getAttribute('data-panel');
          const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
          const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
          return `${el.tagName.toLowerCase()}${cls}${panel ? ` in [data-panel=${panel}]` : ''} "${text}"`;
        };
        const lines: string[] = [];
        const doc = document.scrollingElement ?? document.documentElement;
        if (doc.scrollWidth > doc.clientWidth + SLACK) lines.push(`the document scrolls sideways: scrollWidth ${doc.scrollWidth} > clientWidth ${doc.clientWidth} (${location.pathname})`);
        for (const el of Array.from(document.body?.querySelectorAll('*') ?? [])) {
          if (!(el instanceof HTMLElement) || el.clientWidth === 0) continue;
          if (el.scrollWidth <= el.clientWidth + SLACK) continue;
          const style = getComputedStyle(el);
          if (style.visibility === 'hidden' || el.closest('.sr-only, [hidden], [aria-hidden="true"] svg')) continue;
          const ox = style.overflowX;
          if (ox === 'auto' || ox === 'scroll') lines.push(`${name(el)} scrolls sideways: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
          else if ((ox === 'hidden' || ox === 'clip') && !el.title && !el.getAttribute('aria-label')) lines.push(`${name(el)} cuts its content: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
        }
        return lines;
      })
      .catch(() => [] as string[]); // a frame navigating away
    out.push(...found);
  }
  return out;
}
