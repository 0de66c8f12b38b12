import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SRC, contractViolations, importCycles, readImportGraph } from './importGraph.ts';

// Two rules for extension/src:
// - no import circle;
// - a contract (a feature's protocol.ts / tabProtocol.ts and the messaging declarations) imports only other
//   contracts, the shared domain and packages: never an implementation.

const rel = (file: string) => path.relative(SRC, file);

describe('the extension import graph', () => {
  const graph = readImportGraph(SRC);

  it('reads the imports of every source file, type-only and import() types included', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get(path.join(SRC, 'messaging', 'gate.ts'))).toContain(path.join(SRC, 'messaging', 'messages.ts'));
    // `import('…')` in a type position counts too
    expect(graph.get(path.join(SRC, 'messaging', 'admission.ts'))).toContain(path.join(SRC, 'messaging', 'messageSpec.ts'));
    // liveness: the detectors find what they are meant to find
    const a = path.join(SRC, 'a.ts');
    const b = path.join(SRC, 'b.ts');
    const c = path.join(SRC, 'c.ts');
    expect(importCycles(new Map([[a, [b]], [b, [c]], [c, [a]]]))).toEqual([[a, b, c, a]]);
    expect(importCycles(new Map([[a, [a]]]))).toEqual([[a, a]]);
    expect(importCycles(new Map([[a, [b]], [b, [c]], [c, []]]))).toEqual([]);
    const contract = path.join(SRC, 'tours', 'protocol.ts');
    expect(contractViolations(new Map([[contract, [a]], [a, []]]))).toEqual(['tours/protocol.ts -> a.ts']);
  });

  it('has no import circle', () => {
    expect(importCycles(graph).map((cycle) => cycle.map(rel).join(' -> '))).toEqual([]);
  });

  it('has no contract (protocol.ts, messaging declarations) importing an implementation', () => {
    expect(contractViolations(graph)).toEqual([]);
  });
});
