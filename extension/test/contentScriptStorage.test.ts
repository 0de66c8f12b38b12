import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SRC, resolveImport } from './importGraph.ts';

// Content scripts run in the web page's renderer (untrusted, EMR pages included) and the
// background keeps storage.local and storage.session to trusted contexts
// (storage/trustedContextsOnly.ts): a content-side module that reached for storage would fail in
// the browser, or, on a browser without the access level, read what the page must not. Content
// scripts ask the background by message. This test follows the code a content script loads — the
// content entrypoints, the bundles imported into their world (defineUnlistedScript), every module
// they import for its code — plus every module in a page-side folder, and fails on any use of
// browser.storage / chrome.storage or of a stored-item module.

const STORAGE_PACKAGES = ['wxt/utils/storage', 'wxt/storage', '@wxt-dev/storage'];
const STORAGE_FOLDER = path.join(SRC, 'storage') + path.sep;

/** The imports a module needs at run time (type-only ones left out), as written. */
function codeImports(source: ts.SourceFile): string[] {
  const specs: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) specs.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      if (!named || named.length === 0 || !named.every((e) => e.isTypeOnly)) specs.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      specs.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specs;
}

/** What in `file` reaches storage: `browser.storage…`/`chrome.storage…`, or a storage module imported for its code. */
export function storageUses(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const uses: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'storage' && ts.isIdentifier(node.expression) && ['browser', 'chrome'].includes(node.expression.text)) {
      uses.push(`${node.expression.text}.storage (line ${source.getLineAndCharacterOfPosition(node.getStart()).line + 1})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const spec of codeImports(source)) {
    if (STORAGE_PACKAGES.includes(spec)) uses.push(`imports ${spec}`);
    else if (spec.startsWith('.') && path.resolve(path.dirname(file), spec).startsWith(STORAGE_FOLDER)) uses.push(`imports ${spec}`);
  }
  return uses;
}

function sourceFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(dir, f));
}

/** The entrypoints whose code runs in a web page's renderer: content scripts and the bundles they import there. */
function contentEntrypoints(): string[] {
  return sourceFiles(path.join(SRC, 'entrypoints')).filter((f) => /define(ContentScript|UnlistedScript)\(/.test(readFileSync(f, 'utf8')));
}

/** Every extension and shared module the content entrypoints load, following imports needed at run time. */
function contentModules(): Set<string> {
  const seen = new Set<string>();
  const queue = contentEntrypoints();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const spec of codeImports(source)) {
      const target = resolveImport(file, spec);
      if (target) queue.push(target);
    }
  }
  return seen;
}

const rel = (file: string) => path.relative(path.resolve(SRC, '..', '..'), file);

describe('content scripts reach no storage: they ask the background by message', () => {
  const reached = contentModules();
  const pageFolders = sourceFiles(SRC).filter((f) => path.relative(SRC, f).split(path.sep).slice(0, -1).includes('page'));

  it('follows the content scripts into the modules they load (liveness)', () => {
    const names = [...reached].map(rel);
    expect(contentEntrypoints().map(rel).sort()).toEqual(['extension/src/entrypoints/authoring.ts', 'extension/src/entrypoints/player.content/index.ts', 'extension/src/entrypoints/tour-guide.ts']);
    for (const module of ['tours/page/guidePlaces.ts', 'tours/page/tourGuide.ts', 'tours/page/playerCard.ts', 'authoring/page/authoringApp.ts', 'page/pageGuide.ts'])
      expect(names).toContain(`extension/src/${module}`);
    expect(names.some((n) => n.startsWith('shared/src/'))).toBe(true);
    expect(names).not.toContain('extension/src/tours/protocol.ts'); // imported for its types only
    expect(pageFolders.length).toBeGreaterThan(20);
  });

  it('recognises each way of reaching storage, and not a type-only import', () => {
    const at = path.join(SRC, 'tours', 'page', 'probe.ts');
    expect(storageUses(at, "await browser.storage.local.get('tourCardPlaces');")).toEqual(['browser.storage (line 1)']);
    expect(storageUses(at, 'chrome.storage.onChanged.addListener(() => {});')).toEqual(['chrome.storage (line 1)']);
    expect(storageUses(at, "import { storage } from 'wxt/utils/storage';")).toEqual(['imports wxt/utils/storage']);
    expect(storageUses(at, "import { defineStoredItem } from '../../storage/storedItem.ts';")).toEqual(['imports ../../storage/storedItem.ts']);
    expect(storageUses(at, "export { authoredPacks } from '../../storage/storedItem.ts';")).toHaveLength(1);
    expect(storageUses(at, "import type { ReadOnlyItem } from '../../storage/readOnlyItem.ts';\nimport { type X } from '../../storage/readOnlyItem.ts';")).toEqual([]);
    expect(storageUses(at, '// browser.storage is not for content scripts\nconst s = "chrome.storage";')).toEqual([]);
  });

  it('no module a content script loads, and none in a page-side folder, uses storage', () => {
    const offenders = [...new Set([...reached, ...pageFolders])].flatMap((file) => storageUses(file).map((use) => `${rel(file)}: ${use}`));
    expect(offenders).toEqual([]);
  });
});
