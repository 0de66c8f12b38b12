import { describe, expect, it } from 'vitest';
import { BUNDLE_LIMITS, ArchiveRefused, ndjsonLines, readCentralDirectory } from '../../src/record/bundleArchive.ts';
import { BUNDLE_FILES, verifyExportBundle, type BundleProblem } from '../../src/record/exportBundle.ts';
import { learnerBundle } from './bundleHelpers.ts';
import { blankLineBomb, deepZip, hugeEntryBomb, manyEntries, rawZip, repeatedEntry, storedEntry, traversalZip, zipInsideEntry } from '../trainer/bundleBombs.ts';

const MB = 1024 * 1024;
const encoder = new TextEncoder();

async function problemOf(bytes: Uint8Array): Promise<BundleProblem> {
  const result = await verifyExportBundle(bytes);
  if (result.ok) throw new Error('expected the bundle to be refused');
  return result.problem;
}

/** Peak resident memory while `run` runs, sampled often enough to see an inflated gigabyte. */
async function peakRssGrowthMb<T>(run: () => Promise<T>): Promise<{ value: T; growthMb: number }> {
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    const value = await run();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, growthMb: (peak - before) / MB };
  } finally {
    clearInterval(timer);
  }
}

describe('bundle archive: limits checked before inflating', () => {
  it('a good bundle still verifies', async () => {
    const bundle = await learnerBundle({ seed: 40, count: 20 });
    const result = await verifyExportBundle(bundle.bytes);
    expect(result.ok).toBe(true);
  });

  it('a 1 GB entry in a ~1 MB zip is refused from the central directory, nothing inflated', async () => {
    const bomb = await hugeEntryBomb({ mb: 1024 });
    expect(bomb.length).toBeLessThan(2 * MB);
    const { value, growthMb } = await peakRssGrowthMb(() => problemOf(bomb));
    expect(value).toMatchObject({ code: 'too-large', file: BUNDLE_FILES.statements });
    expect(value.detail).toContain('1024.0 MB > 64.0 MB');
    expect(growthMb).toBeLessThan(64);
  });

  it('a signed blank-line bomb (100 MB of newlines) is refused before inflating', async () => {
    const bomb = await blankLineBomb(100);
    expect(bomb.length).toBeLessThan(MB);
    expect(await problemOf(bomb)).toMatchObject({ code: 'too-large', file: BUNDLE_FILES.statements });
  });

  it('a header that lies about the size is caught at the first byte beyond it', async () => {
    const bomb = await hugeEntryBomb({ mb: 64, declaredSize: 4096 });
    const { value, growthMb } = await peakRssGrowthMb(() => problemOf(bomb));
    expect(value).toMatchObject({ code: 'size-mismatch', file: BUNDLE_FILES.statements });
    expect(growthMb).toBeLessThan(64);
    // and one that says more than there is
    const short = await hugeEntryBomb({ mb: 1, declaredSize: 2 * MB });
    expect(await problemOf(short)).toMatchObject({ code: 'size-mismatch' });
  });

  it('a zip inside a zip, or inside a bundle file, is refused', async () => {
    const good = await learnerBundle({ seed: 41 });
    expect(await problemOf(deepZip(good.bytes, 3))).toMatchObject({ code: 'nested-archive', file: 'inner.zip' });
    expect(await problemOf(zipInsideEntry(good.bytes))).toMatchObject({ code: 'nested-archive', file: BUNDLE_FILES.statements });
  });

  it('10,000 entries are refused from the end record alone', async () => {
    const bomb = manyEntries(10_000);
    expect(await problemOf(bomb)).toMatchObject({ code: 'too-many-entries', detail: `10000 > ${BUNDLE_LIMITS.entries}` });
  });

  it('paths, duplicates, foreign names and a too-large total are refused', async () => {
    expect(await problemOf(traversalZip())).toMatchObject({ code: 'unsafe-path', file: '../../manifest.json' });
    const twice = rawZip([storedEntry(BUNDLE_FILES.manifest, encoder.encode('{}')), storedEntry(BUNDLE_FILES.manifest, encoder.encode('{}'))]);
    expect(await problemOf(twice)).toMatchObject({ code: 'duplicate-entry' });
    expect(await problemOf(rawZip([storedEntry('payload.exe', encoder.encode('MZ'))]))).toMatchObject({ code: 'unexpected-file', file: 'payload.exe' });
    // each file within its limit, together over the total
    const limits = { ...BUNDLE_LIMITS, totalBytes: 3 * MB };
    const big = repeatedEntry(BUNDLE_FILES.statements, new Uint8Array(0), new Uint8Array(MB), 2);
    const summary = repeatedEntry(BUNDLE_FILES.summary, new Uint8Array(0), new Uint8Array(MB), 2);
    expect(() => readCentralDirectory(rawZip([big, summary]), new Set(Object.values(BUNDLE_FILES)), limits)).toThrow(ArchiveRefused);
  });

  it('reads NDJSON line by line: blank lines skipped, an over-long line named, never decoded', () => {
    const text = `{"a":1}\r\n\n   \n{"b":2}\n${'x'.repeat(100)}\n`;
    const lines = [...ndjsonLines(encoder.encode(text), 50)];
    expect(lines).toEqual([{ line: 1, text: '{"a":1}' }, { line: 4, text: '{"b":2}' }, { line: 5, tooLong: 100 }]);
    // 32 MB of blank lines: nothing yielded, nothing kept
    const blank = new Uint8Array(32 * MB).fill(0x0a);
    let count = 0;
    for (const _ of ndjsonLines(blank)) count++;
    expect(count).toBe(0);
  });

  it('a signed statements file within limits but with a 1 MB line is refused with the line named', async () => {
    const good = await learnerBundle({ seed: 42, count: 2 });
    const { tamper } = await import('./bundleHelpers.ts');
    const bytes = await tamper(good.bytes, { statements: (t) => `${t}${' '.repeat(10)}${'y'.repeat(MB)}\n`, rehash: true, resignWith: good.signer });
    expect(await problemOf(bytes)).toMatchObject({ code: 'line-too-long', file: BUNDLE_FILES.statements, line: good.statements.length + 1 });
  });
});
