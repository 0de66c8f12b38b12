import { describe, expect, it } from 'vitest';
import { FEED_FORMAT, packFileUrl, parseFeedIndex } from '../../src/packFeed/feedIndex.ts';

const entry = (over: Record<string, unknown> = {}) => ({
  id: 'demo-registration',
  version: '1.2.0',
  url: 'packs/demo-registration-1.2.0.json',
  sha256: 'a'.repeat(64),
  bytes: 1200,
  signature: 'c2lnbmF0dXJl',
  keyId: '524A-9594-D569-3807-515C',
  ...over,
});
const index = (packs: unknown[], over: Record<string, unknown> = {}) => JSON.stringify({ format: FEED_FORMAT, generatedAt: '2026-12-06T05:00:00.000Z', packs, ...over });

describe('the feed index (index.json)', () => {
  it('reads a valid index', () => {
    const parsed = parseFeedIndex(index([entry(), entry({ id: 'sandbox-drills' })]));
    expect(parsed.ok && parsed.index.packs.map((p) => p.id)).toEqual(['demo-registration', 'sandbox-drills']);
  });

  it('names the field path of each problem', () => {
    const paths = (text: string) => {
      const parsed = parseFeedIndex(text);
      return parsed.ok ? [] : parsed.problems.map((p) => p.path);
    };
    expect(paths(index([entry({ sha256: 'ABC' })]))).toEqual(['packs[0].sha256']);
    expect(paths(index([entry(), entry({ id: 'x', version: 'one' })]))).toEqual(['packs[1].version']);
    expect(paths(index([entry({ bytes: -1 })]))).toEqual(['packs[0].bytes']);
    expect(paths(index([entry({ keyId: '' })]))).toEqual(['packs[0].keyId']);
    // an unsigned entry is read, to be refused on its own by the signature check
    expect(paths(index([entry({ keyId: undefined, signature: undefined })]))).toEqual([]);
    expect(paths(index([entry({ extra: 1 })]))).toEqual(['packs[0]']);
    expect(paths(index([entry(), entry()]))).toEqual(['packs[1].id']);
    expect(paths(index([], { format: 'preceptor-pack-feed/2' }))).toEqual(['format']);
    expect(paths(index([], { generatedAt: 'yesterday' }))).toEqual(['generatedAt']);
    expect(paths('<html>404</html>')).toEqual(['']);
  });

  it('resolves pack URLs against the index, on its own origin only', () => {
    const base = 'https://intranet.hospital.local/preceptor/feed/index.json';
    expect(packFileUrl(base, 'packs/a-1.0.0.json')).toEqual({ ok: true, url: 'https://intranet.hospital.local/preceptor/feed/packs/a-1.0.0.json' });
    expect(packFileUrl(base, '/other/a.json')).toEqual({ ok: true, url: 'https://intranet.hospital.local/other/a.json' });
    expect(packFileUrl(base, 'https://intranet.hospital.local/x.json')).toEqual({ ok: true, url: 'https://intranet.hospital.local/x.json' });
    expect(packFileUrl(base, 'https://evil.example/a.json')).toEqual({ ok: false, problem: 'other-origin' });
    expect(packFileUrl(base, '//evil.example/a.json')).toEqual({ ok: false, problem: 'other-origin' });
    expect(packFileUrl(base, 'http://intranet.hospital.local/a.json')).toEqual({ ok: false, problem: 'other-origin' });
    expect(packFileUrl(base, 'https://u:p@intranet.hospital.local/a.json')).toEqual({ ok: false, problem: 'other-origin' });
  });
});
