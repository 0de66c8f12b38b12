// @vitest-environment jsdom
// The printed 操作手册 (issue 16 item 3) as the page renders it: cover, contents, one chapter per
// tour with its steps; the pack's texts stay text (no HTML from the pack reaches the DOM).

import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { operationManual } from '@preceptor/shared/authoring/operationManual.ts';
import { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import registrationDemo from '@preceptor/shared/packs/registration-demo.pack.json';
import { authoringTranslator } from '../src/authoring/authoringMessages.ts';
import { ManualDocument } from '../src/authoring/manual/ManualPage.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

function pack() {
  const input = structuredClone(registrationDemo) as { tours: unknown[] };
  input.tours.push({
    id: 'admission',
    title: t('入院登记', 'Admission'),
    roles: ['registrar'],
    steps: [
      { id: 'name', title: t('填写<i>姓名</i>', 'Enter the <i>name</i>'), body: t('按**身份证**填写<img src=x onerror="window.hacked=1">', 'As on the **ID card** <img src=x onerror="window.hacked=1">'), target: { tag: 'input', anchors: { id: 'adm-name', labelText: '姓名' } } },
      { id: 'link', title: t('链接', 'Link'), body: t('[坏链接](javascript:alert(1)) 与 [手册](https://intranet.example/m)', '[bad](javascript:alert(1)) and [manual](https://intranet.example/m)') },
    ],
  });
  return ContentPack.parse(input);
}

async function renderManual(language: 'zh-CN' | 'en') {
  const result = operationManual(pack(), { kind: 'role', roleId: 'registrar' }, language, new Date('2026-12-06T08:00:00Z'));
  if (!result.ok) throw new Error(result.reason);
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(createElement(ManualDocument, { manual: result.manual, t: authoringTranslator(language) })));
  return { host, unmount: () => act(() => root.unmount()) };
}

describe('the printed operation manual', () => {
  it('has a cover, contents linking to each chapter, and every step with its element and page', async () => {
    const { host, unmount } = await renderManual('zh-CN');
    expect(host.querySelector('.manual-cover h1')!.textContent).toBe('操作手册 · 挂号员');
    expect(host.querySelector('[data-field="version"]')!.textContent).toBe('1.0.0');
    const toc = [...host.querySelectorAll<HTMLAnchorElement>('.manual-toc a')];
    expect(toc.map((a) => a.textContent)).toEqual(['门诊挂号入门', '入院登记']);
    for (const a of toc) expect(host.querySelector(a.getAttribute('href')!)).not.toBeNull(); // each link has its chapter
    const chapters = host.querySelectorAll('section.manual-chapter'); // print CSS breaks the page before each
    expect(chapters).toHaveLength(2);
    const admission = chapters[1]!;
    expect([...admission.querySelectorAll('.manual-step h3')].map((h) => h.textContent)).toEqual(['第 1 步 填写<i>姓名</i>', '第 2 步 链接']);
    expect(admission.querySelector('[data-step="name"] [data-field="element"]')!.textContent).toBe('输入框“姓名”');
    expect(admission.querySelector('[data-step="link"] [data-field="element"]')!.textContent).toBe('（无需指向元素）');
    expect(admission.querySelector('[data-step="name"] [data-field="page"]')!.textContent).toBe('内容包覆盖的任意页面');
    unmount();
  });

  it("keeps the pack's HTML as text and drops links that are not http(s)", async () => {
    const { host, unmount } = await renderManual('en');
    const step = host.querySelector('[data-step="name"]')!;
    expect(step.querySelector('img, i')).toBeNull();
    expect(step.querySelector('.manual-body strong')!.textContent).toBe('ID card');
    expect(step.querySelector('.manual-body')!.textContent).toContain('<img src=x onerror="window.hacked=1">');
    const links = [...host.querySelectorAll<HTMLAnchorElement>('[data-step="link"] a')];
    expect(links.map((a) => a.href)).toEqual(['https://intranet.example/m']);
    expect(host.querySelector('[data-step="link"] .manual-body')!.textContent).toContain('bad');
    expect((window as { hacked?: number }).hacked).toBeUndefined();
    unmount();
  });
});
