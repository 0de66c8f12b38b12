import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// An import graph read from the files: every import (type-only and `import('…')` types included,
// since a circle of types is still a circle a reader has to untangle), relative ones and
// `@preceptor/shared/…` resolved to files; packages left out. Used by importGraph.test.ts here
// (extension/src) and by shared/test/importGraph.test.ts (shared/src, sandbox/src).

const EXTENSION = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SRC = path.join(EXTENSION, 'src');
export const SHARED_SRC = path.resolve(EXTENSION, '../shared/src');
const SHARED_ROOT = path.resolve(EXTENSION, '../shared');
const SHARED_ALIAS = '@preceptor/shared/';

/** Messaging modules that declare rather than implement (besides every `protocol.ts`). */
const MESSAGING_CONTRACTS = ['messageSpec.ts', 'senderContext.ts', 'fields.ts', 'messages.ts', 'tabMessages.ts', 'tabPayloads.ts'].map((f) => path.join(SRC, 'messaging', f));

export type ImportGraph = Map<string, string[]>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

export function resolveImport(importer: string, spec: string): string | undefined {
  let base: string;
  if (spec.startsWith('.')) base = path.resolve(path.dirname(importer), spec);
  else if (spec.startsWith(SHARED_ALIAS)) {
    const rest = spec.slice(SHARED_ALIAS.length);
    base = existsSync(path.join(SHARED_SRC, rest)) ? path.join(SHARED_SRC, rest) : path.join(SHARED_ROOT, rest);
  } else return undefined; // a package
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')];
  const found = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  if (!found) throw new Error(`${path.relative(EXTENSION, importer)}: cannot resolve "${spec}"`);
  return found;
}

/** Edges from every file under `root` to the files it imports (resolved; packages left out). */
export function readImportGraph(root: string): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of sourceFiles(root)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles.map((f) => resolveImport(file, f.fileName)).filter((t): t is string => t !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every import circle (strongly connected component of two or more files, or a file importing itself), as one path around it. */
export function importCycles(graph: ImportGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue; // outside the graph (shared/): no edges back into it
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component);
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return components.map((component) => cyclePath(graph, new Set(component)));
}

/** One concrete circle inside a strongly connected component: a -> b -> … -> a. */
function cyclePath(graph: ImportGraph, component: Set<string>): string[] {
  const start = [...component].sort()[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (!component.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at = node; at !== start; at = previous.get(at)!) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [...component];
}

const rel = (file: string) => path.relative(SRC, file);

export function isContract(file: string): boolean {
  return ['protocol.ts', 'tabProtocol.ts'].includes(path.basename(file)) || MESSAGING_CONTRACTS.includes(file);
}

/** Imports from a contract into an implementation of the extension. */
export function contractViolations(graph: ImportGraph): string[] {
  return [...graph].flatMap(([file, targets]) =>
    isContract(file) ? targets.filter((t) => t.startsWith(SRC + path.sep) && !isContract(t)).map((t) => `${rel(file)} -> ${rel(t)}`) : [],
  );
}

