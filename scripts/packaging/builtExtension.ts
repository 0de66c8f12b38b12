// Reading and checking a built extension folder (WXT's .output/<browser>-mv3) before it is
// packed: manifest.json at the root, every icon it names present and a PNG of that size.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';

export interface BuiltManifest {
  manifest_version: number;
  name: string;
  version: string;
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> | string };
  update_url?: string;
  browser_specific_settings?: { gecko?: { id?: string } };
  [key: string]: unknown;
}

export function readBuiltManifest(dir: string): BuiltManifest {
  const file = path.join(dir, 'manifest.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file} is missing: build the extension first`);
  }
  const manifest = JSON.parse(text) as BuiltManifest;
  if (typeof manifest.version !== 'string' || typeof manifest.name !== 'string') throw new Error(`${file}: "name" and "version" must be strings`);
  return manifest;
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Problems with the icons the manifest names (empty when every size is a PNG of that size). */
export function iconProblems(dir: string, manifest: BuiltManifest, requiredSizes: readonly number[]): string[] {
  const problems: string[] = [];
  const lists: [string, Record<string, string> | string | undefined][] = [
    ['icons', manifest.icons],
    ['action.default_icon', manifest.action?.default_icon],
  ];
  for (const [key, icons] of lists) {
    if (!icons || typeof icons === 'string') {
      problems.push(`manifest.json: "${key}" must list the icon sizes ${requiredSizes.join(', ')}`);
      continue;
    }
    for (const size of requiredSizes) if (!icons[String(size)]) problems.push(`manifest.json: "${key}" has no ${size}px icon`);
    for (const [size, file] of Object.entries(icons)) {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(path.join(dir, file));
      } catch {
        problems.push(`manifest.json: "${key}.${size}" names ${file}, which is not in the build`);
        continue;
      }
      const found = pngSize(bytes);
      if (!found) problems.push(`${file} ("${key}.${size}") is not a PNG`);
      else if (found.width !== Number(size) || found.height !== Number(size)) {
        problems.push(`${file} ("${key}.${size}") is ${found.width}×${found.height}, expected ${size}×${size}`);
      }
    }
  }
  return problems;
}

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? filesUnder(dir, relative) : [relative];
    })
    .sort();
}

// A fixed time stamp: the same build gives the same zip bytes (and so the same CRX contents).
const ZIP_TIME = new Date(2020, 0, 1);

/** Zip a built extension folder with manifest.json at the root of the archive. */
export function zipBuiltExtension(dir: string): Uint8Array {
  if (!statSync(path.join(dir, 'manifest.json'), { throwIfNoEntry: false })?.isFile()) throw new Error(`${dir} has no manifest.json at its root`);
  const entries: Zippable = {};
  for (const file of filesUnder(dir)) entries[file] = [readFileSync(path.join(dir, file)), { mtime: ZIP_TIME }];
  return zipSync(entries, { level: 9 });
}
