// Emoji drew as empty boxes on machines without an emoji font (issue 17): the sandbox draws such
// signs as inline SVG (src/ui/Icon.tsx) and keeps to symbols that common text fonts have.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');
/** pictographs that DejaVu Sans / WenQuanYi (and Windows' Segoe UI Symbol) draw as text */
const TEXT_SYMBOLS = new Set([...'⚠✔✖✘✓✕✚⚑↕↩⟲⤓▲▼▶●○◐◷━┅⊘ℹ']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(tsx?|css)$/.test(name) ? [full] : [];
  });
}

/** the emoji-only characters in a text, with their line numbers; comments are skipped */
function emojiIn(text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (/^\s*(\/\/|\/\*|\*)/.test(line)) return;
    for (const ch of line.match(/\p{Extended_Pictographic}/gu) ?? []) if (!TEXT_SYMBOLS.has(ch)) found.push(`${i + 1}: ${ch}`);
  });
  return found;
}

describe('sandbox icons', () => {
  it('finds emoji a font may lack, and lets text symbols pass', () => {
    expect(emojiIn("<span>💡 {t('bar.hint')}</span>\nicon=\"⛔\"\n'⏱ '")).toEqual(['1: 💡', '2: ⛔', '3: ⏱']);
    expect(emojiIn("icon=\"⚠\" '✔'\n  // ⛔ in a comment")).toEqual([]);
  });

  it('no sandbox screen draws an emoji as text', () => {
    const offenders = sourceFiles(SRC).flatMap((f) => emojiIn(readFileSync(f, 'utf8')).map((hit) => `${path.relative(SRC, f)}:${hit}`));
    expect(offenders).toEqual([]);
  });
});
