import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, readImportGraph } from '../../extension/test/importGraph.ts';

// No import circle in the domain package nor in the sandbox app (the extension has its own test,
// with its contract rule): a circle is code a reader cannot take in one file at a time.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe.each(['shared/src', 'sandbox/src'])('the import graph of %s', (dir) => {
  const src = path.join(ROOT, dir);
  const graph = readImportGraph(src);
  it('has no import circle', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(importCycles(graph).map((cycle) => cycle.map((f) => path.relative(src, f)).join(' -> '))).toEqual([]);
  });
});
