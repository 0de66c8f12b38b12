import { Inflate } from 'fflate';

/**
 * Opening a progress bundle's zip without trusting it. A bundle is a learner's file, and so
 * anyone's file: a few kilobytes can declare (or hide) gigabytes. So:
 *
 * 1. the central directory is read first, and the archive is refused before anything is
 *    inflated when it has too many entries, an entry declares more than its limit, the total
 *    declared exceeds the limit, or a name is a path, an archive or not a bundle file;
 * 2. each entry is then inflated in small steps into a buffer of exactly its declared size,
 *    counting what comes out: a declared size that lies is caught at its first extra byte;
 * 3. statements.ndjson is read line by line (`ndjsonLines`) with a maximum line length.
 *
 * All limits live in `BUNDLE_LIMITS`; pure functions, the same in the trainer's workers and Node.
 */

export const BUNDLE_LIMITS = {
  /** a bundle file as a whole (compressed), before it is even read into memory */
  fileBytes: 128 * 1024 * 1024,
  /** entries in the central directory (a bundle holds 4) */
  entries: 16,
  /** declared and actual uncompressed size of each file */
  entryBytes: {
    'manifest.json': 64 * 1024,
    'manifest.sig': 1024,
    'statements.ndjson': 64 * 1024 * 1024,
    'summary.csv': 16 * 1024 * 1024,
  } as Record<string, number>,
  /** all entries together, uncompressed */
  totalBytes: 128 * 1024 * 1024,
  /** one statement's line in statements.ndjson */
  lineBytes: 64 * 1024,
  /**
   * compressed bytes fed to the inflater at a time, at most: deflate expands at most ~1032:1, so
   * a step is also kept small enough that its output cannot pass the declared size by more than
   * `inflateSlackBytes` × 1032 (see inflateEntry)
   */
  inflateStepBytes: 64 * 1024,
  /**
   * compressed bytes a step may take beyond what the declared size still allows: 8 KB, so a lying
   * header is caught within ~8.5 MB of output. (At 1 KB a 250 KB statements file took ~200 steps,
   * and each step copies the inflater's 32 KB window: 97 ms a bundle in a browser worker.)
   */
  inflateSlackBytes: 8 * 1024,
} as const;

export type ArchiveProblemCode =
  | 'corrupt-zip'
  | 'unsupported-zip'
  | 'too-many-entries'
  | 'too-large'
  | 'size-mismatch'
  | 'unsafe-path'
  | 'nested-archive'
  | 'unexpected-file'
  | 'duplicate-entry';

export interface ArchiveProblem {
  code: ArchiveProblemCode;
  file?: string;
  detail?: string;
}

export class ArchiveRefused extends Error {
  constructor(readonly problem: ArchiveProblem) {
    super(`${problem.code}${problem.file ? ` ${problem.file}` : ''}${problem.detail ? `: ${problem.detail}` : ''}`);
  }
}

export interface ArchiveEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** what the central directory says; checked against what actually comes out */
  declaredSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

const ARCHIVE_NAME = /\.(zip|jar|gz|tgz|tar|7z|rar|bz2|xz|zst|apk|docx|xlsx)$/i;
const nameDecoder = new TextDecoder('utf-8', { fatal: false });

function refuse(problem: ArchiveProblem): never {
  throw new ArchiveRefused(problem);
}

function mb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** A name that could step out of a folder, or hide as something else, is never a bundle file. */
function unsafeName(name: string): boolean {
  return name === '' || /[\\/\0:]/.test(name) || name.includes('..') || name.trim() !== name;
}

/**
 * Read the central directory and judge it against the limits: nothing is inflated here.
 * `expected` are the only names a bundle may hold.
 */
export function readCentralDirectory(zip: Uint8Array, expected: ReadonlySet<string>, limits = BUNDLE_LIMITS): ArchiveEntry[] {
  if (zip.length > limits.fileBytes) refuse({ code: 'too-large', detail: `${mb(zip.length)} > ${mb(limits.fileBytes)}` });
  if (zip.length < 22) refuse({ code: 'corrupt-zip', detail: 'no end of central directory' });
  let eocd = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (u32(zip, at) === EOCD && at + 22 + u16(zip, at + 20) === zip.length) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) refuse({ code: 'corrupt-zip', detail: 'no end of central directory' });
  if (eocd >= 20 && u32(zip, eocd - 20) === ZIP64_LOCATOR) refuse({ code: 'unsupported-zip', detail: 'zip64' });
  const count = u16(zip, eocd + 10);
  const cdSize = u32(zip, eocd + 12);
  const cdOffset = u32(zip, eocd + 16);
  if (u16(zip, eocd + 4) !== 0 || u16(zip, eocd + 6) !== 0 || u16(zip, eocd + 8) !== count) refuse({ code: 'unsupported-zip', detail: 'multi-part archive' });
  if (count === 0xffff || cdOffset === 0xffffffff) refuse({ code: 'unsupported-zip', detail: 'zip64' });
  if (count > limits.entries) refuse({ code: 'too-many-entries', detail: `${count} > ${limits.entries}` });
  if (cdOffset + cdSize > eocd) refuse({ code: 'corrupt-zip', detail: 'central directory out of bounds' });

  const entries: ArchiveEntry[] = [];
  const seen = new Set<string>();
  let total = 0;
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || u32(zip, at) !== CENTRAL) refuse({ code: 'corrupt-zip', detail: 'bad central directory entry' });
    const flags = u16(zip, at + 8);
    const method = u16(zip, at + 10);
    const compressedSize = u32(zip, at + 20);
    const declaredSize = u32(zip, at + 24);
    const nameLength = u16(zip, at + 28);
    const extraLength = u16(zip, at + 30);
    const commentLength = u16(zip, at + 32);
    const localHeaderOffset = u32(zip, at + 42);
    if (at + 46 + nameLength > eocd) refuse({ code: 'corrupt-zip', detail: 'bad central directory entry' });
    const name = nameDecoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;

    const shown = name.slice(0, 120);
    if (unsafeName(name)) refuse({ code: 'unsafe-path', file: shown });
    if (ARCHIVE_NAME.test(name)) refuse({ code: 'nested-archive', file: shown });
    if (!expected.has(name)) refuse({ code: 'unexpected-file', file: shown });
    if (seen.has(name)) refuse({ code: 'duplicate-entry', file: shown });
    seen.add(name);
    if (flags & 1) refuse({ code: 'unsupported-zip', file: name, detail: 'encrypted' });
    if (method !== 0 && method !== 8) refuse({ code: 'unsupported-zip', file: name, detail: `method ${method}` });
    if (compressedSize === 0xffffffff || declaredSize === 0xffffffff) refuse({ code: 'unsupported-zip', file: name, detail: 'zip64' });
    const limit = limits.entryBytes[name] ?? 0;
    if (declaredSize > limit) refuse({ code: 'too-large', file: name, detail: `${mb(declaredSize)} > ${mb(limit)}` });
    if (method === 0 && compressedSize !== declaredSize) refuse({ code: 'size-mismatch', file: name, detail: `${compressedSize} ≠ ${declaredSize} B` });
    total += declaredSize;
    if (total > limits.totalBytes) refuse({ code: 'too-large', detail: `${mb(total)} > ${mb(limits.totalBytes)}` });
    entries.push({ name, method, flags, compressedSize, declaredSize, localHeaderOffset });
  }
  return entries;
}

/** Where an entry's compressed bytes are, from its local header. */
function entryData(zip: Uint8Array, entry: ArchiveEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  if (at + 30 > zip.length || u32(zip, at) !== LOCAL) refuse({ code: 'corrupt-zip', file: entry.name, detail: 'bad local header' });
  const start = at + 30 + u16(zip, at + 26) + u16(zip, at + 28);
  const end = start + entry.compressedSize;
  if (end > zip.length) refuse({ code: 'corrupt-zip', file: entry.name, detail: 'truncated' });
  return zip.subarray(start, end);
}

/**
 * Inflate one entry into exactly its declared size, in small steps, stopping at the first
 * byte beyond it. Memory: the declared size (within its limit) plus one step's output.
 */
export function inflateEntry(zip: Uint8Array, entry: ArchiveEntry, limits = BUNDLE_LIMITS): Uint8Array {
  const data = entryData(zip, entry);
  if (entry.method === 0) return data.slice();
  const out = new Uint8Array(entry.declaredSize);
  let written = 0;
  let overflow = false;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > out.length) {
      overflow = true;
      throw new ArchiveRefused({ code: 'size-mismatch', file: entry.name, detail: `> ${entry.declaredSize} B` });
    }
    out.set(chunk, written);
    written += chunk.length;
    if (final) ended = true;
  });
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let p = 0; p < data.length; ) {
      // what is still allowed decides the step: a lying header is caught within ~8.5 MB of output
      const step = Math.min(limits.inflateStepBytes, limits.inflateSlackBytes + Math.ceil((out.length - written) / 1032));
      const end = Math.min(p + step, data.length);
      inflater.push(data.subarray(p, end), end === data.length);
      p = end;
    }
  } catch (error) {
    if (error instanceof ArchiveRefused || overflow) throw error;
    refuse({ code: 'corrupt-zip', file: entry.name, detail: error instanceof Error ? error.message : String(error) });
  }
  if (!ended || written !== out.length) refuse({ code: 'size-mismatch', file: entry.name, detail: `${written} ≠ ${entry.declaredSize} B` });
  return out;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** A file that is itself a zip (a bundle inside a bundle) is refused, whatever its name. */
function looksLikeArchive(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/** The central directory check, then every entry inflated under its limits. */
export function unzipBundleFiles(zip: Uint8Array, expected: ReadonlySet<string>, limits = BUNDLE_LIMITS): Map<string, Uint8Array> {
  const entries = readCentralDirectory(zip, expected, limits);
  const files = new Map<string, Uint8Array>();
  for (const entry of entries) {
    const bytes = inflateEntry(zip, entry, limits);
    if (looksLikeArchive(bytes)) refuse({ code: 'nested-archive', file: entry.name });
    files.set(entry.name, bytes);
  }
  return files;
}

/** One file of an archive that was already checked when imported (the trainer's stored copies). */
export function unzipBundleFile(zip: Uint8Array, name: string, limits = BUNDLE_LIMITS): Uint8Array | undefined {
  const entry = readCentralDirectory(zip, new Set(Object.keys(limits.entryBytes)), limits).find((e) => e.name === name);
  return entry ? inflateEntry(zip, entry, limits) : undefined;
}

export type NdjsonLine = { line: number; text: string } | { line: number; tooLong: number } | { line: number; notText: true };

const lineDecoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The lines of an NDJSON file one at a time, blank lines skipped without a string being made
 * for them; a line longer than the limit is reported, never decoded. Line numbers are 1-based.
 */
export function* ndjsonLines(bytes: Uint8Array, maxLineBytes: number = BUNDLE_LIMITS.lineBytes): Generator<NdjsonLine> {
  let next = 0;
  let line = 0;
  while (next < bytes.length) {
    // a run of empty lines: counted in a tight loop, no call per line
    while (bytes[next] === 0x0a) {
      next++;
      line++;
    }
    if (next >= bytes.length) break;
    line++;
    const start = next;
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    next = end + 1;
    if (end > start && bytes[end - 1] === 0x0d) end--;
    if (end - start > maxLineBytes) {
      yield { line, tooLong: end - start };
      continue;
    }
    let blank = true;
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      if (b !== 0x20 && b !== 0x09 && b !== 0x0d) {
        blank = false;
        break;
      }
    }
    if (blank) continue;
    let text: string | undefined;
    try {
      text = lineDecoder.decode(bytes.subarray(start, end));
    } catch {
      text = undefined;
    }
    yield text === undefined ? { line, notText: true } : { line, text };
  }
}
