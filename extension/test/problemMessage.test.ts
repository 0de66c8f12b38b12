import { describe, expect, it } from 'vitest';
import { parsePackValue } from '@preceptor/shared/schema/packImport.ts';
import { translator } from '../src/i18n/messages.ts';
import { problemMessage } from '../src/i18n/problemMessage.ts';
import registrationDemo from '@preceptor/shared/packs/registration-demo.pack.json';

describe('refused patterns are worded in the reader language', () => {
  it('names the field and says why, in zh-CN and en', () => {
    const pack = structuredClone(registrationDemo) as any;
    pack.siteRules[0].urlPattern = `http://h/${'*/'.repeat(9)}`;
    const step = pack.tours[0].steps.find((s: any) => s.target);
    step.advance = { on: 'enter', rule: { kind: 'pattern', pattern: '(\\d+)\\1' } };
    const result = parsePackValue('p.json', pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const zh = result.problems.map((p) => `${p.path}: ${problemMessage(p, translator('zh-CN'), 'zh-CN')}`);
    const en = result.problems.map((p) => `${p.path}: ${problemMessage(p, translator('en'), 'en')}`);
    expect(zh).toContain('siteRules[0].urlPattern: 网址规则中的 * 最多 8 个');
    expect(en).toContain('siteRules[0].urlPattern: use at most 8 * in a URL pattern');
    expect(zh.some((m) => /advance\.rule\.pattern: 不支持反向引用/.test(m))).toBe(true);
    expect(en.some((m) => /advance\.rule\.pattern: backreferences/.test(m))).toBe(true);
  });

  it('passes the engine words through for a syntax error', () => {
    const message = problemMessage({ path: 'x', message: 'm', pattern: { kind: 'regex-syntax', detail: 'missing closing ]: `[a`' } }, translator('zh-CN'), 'zh-CN');
    expect(message).toBe('不是有效的正则表达式（RE2 语法）：missing closing ]: `[a`');
  });
});
