import { describe, expect, it } from 'vitest';
import { authoringAppliesAt, authoringOriginOf } from '../../src/authoring/authoringOrigin.ts';

const EMR = 'http://localhost:4173';

describe('authoring is bound to the origin where it started', () => {
  it('applies on every page of its origin', () => {
    expect(authoringAppliesAt(EMR, `${EMR}/admission`)).toBe(true);
    expect(authoringAppliesAt(EMR, `${EMR}/ward/orders?x=1#y`)).toBe(true);
  });

  it('pauses on any other origin: another host, port or scheme', () => {
    expect(authoringAppliesAt(EMR, 'https://evil.example/admission')).toBe(false);
    expect(authoringAppliesAt(EMR, 'http://localhost:4174/admission')).toBe(false);
    expect(authoringAppliesAt(EMR, 'https://localhost:4173/admission')).toBe(false);
    expect(authoringAppliesAt(EMR, 'http://127.0.0.1:4173/admission')).toBe(false);
  });

  it('refuses user-info look-alikes, non-web pages and missing URLs', () => {
    expect(authoringAppliesAt(EMR, 'http://localhost:4173@evil.example/admission')).toBe(false);
    expect(authoringAppliesAt(EMR, 'http://u:p@localhost:4173/admission')).toBe(false);
    expect(authoringAppliesAt(EMR, 'chrome-extension://abc/editor.html')).toBe(false);
    expect(authoringAppliesAt(EMR, undefined)).toBe(false);
    expect(authoringAppliesAt(undefined, `${EMR}/admission`)).toBe(false); // a session from before origins were kept
  });

  it('takes the origin of http(s) pages only', () => {
    expect(authoringOriginOf(`${EMR}/a/b?c`)).toBe(EMR);
    expect(authoringOriginOf('file:///etc/passwd')).toBeUndefined();
    expect(authoringOriginOf('javascript:alert(1)')).toBeUndefined();
    expect(authoringOriginOf('nonsense')).toBeUndefined();
  });
});
