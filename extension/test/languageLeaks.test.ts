// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findLanguageLeaks } from '../../tests/fixtures/languageLeakRules.ts';

function leaksIn(html: string, language: 'zh-CN' | 'en', allow?: string[]) {
  document.body.innerHTML = html;
  return findLanguageLeaks({ root: document.body, language, ...(allow ? { allow } : {}) }).map((l) => l.word);
}

describe('language leaks (the Playwright helper\'s rules)', () => {
  it('finds English words on a Chinese screen, and lets product and technical names through', () => {
    expect(leaksIn('<p>无法导入：5 problem(s) found</p>', 'zh-CN')).toEqual(['problem', 'found']);
    expect(leaksIn('<p>赵志明（Attending）</p>', 'zh-CN')).toEqual(['Attending']);
    expect(leaksIn('<p>Preceptor 设置 · 导出 CSV · EMR/HIS/LIS/PACS · xAPI 语句 · LRS 地址（URL）· 新建患者 (F2)</p>', 'zh-CN')).toEqual([]);
    expect(leaksIn('<button aria-label="Close">×</button>', 'zh-CN')).toEqual(['Close']);
    expect(leaksIn('<p>Kerberos 认证</p>', 'zh-CN', ['Kerberos'])).toEqual([]);
  });

  it('finds Han characters and full-width punctuation on an English screen', () => {
    expect(leaksIn('<p>Task：register</p>', 'en')).toEqual(['：']);
    expect(leaksIn('<p>Dr Zhao（Attending）</p>', 'en')).toEqual(['（', '）']);
    expect(leaksIn('<p>Pack 无效输入</p>', 'en')).toEqual(['无', '效', '输', '入']);
    expect(leaksIn('<p>Imported “病区护理” (ward 1.1.0).</p>', 'en')).toEqual([]);
  });

  it('leaves data alone: marked elements, code, form values, quoted text, ids and addresses', () => {
    const html = `
      <p>Patient: <span data-data>赵志明</span>, <span translate="no">王伟</span></p>
      <p>Path <code>tours[0].steps[2].body.en</code> of <kbd>demo-registration</kbd></p>
      <input value="张三"><textarea>李四</textarea>
      <p>pack demo-registration 1.1.0 from https://intra.example.cn/packs/a.json</p>`;
    expect(leaksIn(html, 'en')).toEqual([]);
    expect(leaksIn('<p>内容包 demo-registration 1.1.0，来自 https://intra.example.cn/packs/index.json；文件 <code>broken-pack.json</code> · “Ward nursing”</p>', 'zh-CN')).toEqual([]);
  });

  it('lets a language picker name each language in its own words, and text marked as another language', () => {
    expect(leaksIn('<select><option>简体中文</option><option>English</option></select>', 'zh-CN')).toEqual([]);
    expect(leaksIn('<select><option>简体中文</option><option>English</option></select>', 'en')).toEqual([]);
    expect(leaksIn('<p>Quote: <q lang="zh-CN">先核对身份</q></p><p lang="en">Original words</p>', 'en')).toEqual([]);
    expect(leaksIn('<p lang="en">Original words</p>', 'zh-CN')).toEqual([]);
  });

  it('reads every option of a list, not only the chosen one; an option marked as data (a staff member) is left alone', () => {
    expect(leaksIn('<select><option value="">Choose</option><option value="D1">林建华 (Chief)</option></select>', 'en')).toEqual(['林', '建', '华']);
    expect(leaksIn('<select><option value="">Choose</option><option value="D1" translate="no">林建华 (Chief)</option></select>', 'en')).toEqual([]);
  });

  it('looks at visible text only', () => {
    expect(leaksIn('<div hidden><p>Hidden words</p></div><p style="display:none">none</p><p aria-hidden="true">decor</p><p>可见</p>', 'zh-CN')).toEqual([]);
  });

  it('looks inside open shadow roots (the player draws there)', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>下一步 Next</p>';
    expect(findLanguageLeaks({ root: document.body, language: 'zh-CN' }).map((l) => l.word)).toEqual(['Next']);
  });

  it('says where a leak is', () => {
    const [leak] = (document.body.innerHTML = '<section data-region="import"><p>出错：not valid</p></section>', findLanguageLeaks({ root: document.body, language: 'zh-CN' }));
    expect(leak).toMatchObject({ word: 'not', text: '出错：not valid' });
    expect(leak!.where).toContain('section[data-region=import] > p');
  });
});
