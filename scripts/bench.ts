#!/usr/bin/env node
// `pnpm bench <name> [args]`: runs bench/<name>/run.ts (benchmarks are scripts, not timed tests).
//   pnpm bench targets   recorded targets before/after a vendor upgrade: ours vs a CSS-selector baseline
//   pnpm bench player    content-script size, resolve time on big pages, page-load overhead
//   pnpm bench merge     1,000 signed learner bundles imported in Chromium through the trainer dashboard's worker
//   pnpm bench fuzz      10,000 mutated content packs through the real import; hostile URLs and values through their patterns
//   pnpm bench import-bombs  the trainer import path in Node over good bundles beside zip bombs and an id squatter
//   pnpm bench lms       the SCORM 1.2 package of all scenarios (22): size, files, ms to assemble
//   pnpm bench popup     the popup's first screen with 600 tours (~8 MB of packs) installed, in the built extension
//   pnpm bench search    the knowledge base's help search: 600 tours + 2,000 tips + 200 FAQ, ms per keystroke (goal ≤ 50)
//   pnpm bench mentor-code  ms per mentor-code check (PBKDF2) in Node and the extension's worker; guesses/s; time to exhaust 6-character codes
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'bench');
const available = readdirSync(benchDir).filter((name) => existsSync(path.join(benchDir, name, 'run.ts')));
const [name, ...args] = process.argv.slice(2).filter((a) => a !== '--');

if (!name || !available.includes(name)) {
  console.error(`usage: pnpm bench <${available.join('|')}> [args]${name ? `\nunknown benchmark: ${name}` : ''}`);
  process.exit(2);
}

const started = Date.now();
const module = (await import(pathToFileURL(path.join(benchDir, name, 'run.ts')).href)) as { default: (args: string[]) => Promise<void> };
try {
  await module.default(args);
  console.error(`[bench ${name}] done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`[bench ${name}] failed:`, error);
  process.exitCode = 1;
}
