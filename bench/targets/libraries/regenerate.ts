/**
 * Regenerate the library corpus snapshots (bench/targets/libraries/snapshots/): render every case
 * of cases.ts with the real component libraries in Chromium, mark the targets, save the DOM with
 * its CSS as static HTML, and write manifest.json.
 *
 *   pnpm --dir bench/targets/libraries/generator install --ignore-workspace   (once; not a workspace member)
 *   pnpm bench targets --regenerate-libraries          (or: tsx bench/targets/libraries/regenerate.ts [library…] [--cases=screen,…])
 *
 * With --cases only those cases (`lab-specimens`, `removal-tab`…) are rendered and every other
 * snapshot stays as committed: adding a screen does not re-roll the generated ids of the others.
 *
 * Ids the libraries generate (useId, el-id-…, rc_select_…) differ from run to run, as they do
 * between a vendor's builds; the bench only ever reads the committed snapshots.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../../tests/fixtures/browser.ts';
import { bundleForPage } from '../../lib/bundle.ts';
import { serveDirectory } from '../../lib/staticServer.ts';
import { corpusCases } from './cases.ts';
import type { MarkRequest } from './snapshotPage.ts';
import type { ButtonSpec, FieldSpec, LibraryName, Node, PageSpec } from './spec.ts';
import { LIBRARIES } from './spec.ts';
import { SNAPSHOTS_DIR, type SnapshotCase } from './corpus.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const GENERATOR = path.join(here, 'generator');

const ENTRIES: Record<LibraryName, string> = {
  antd: 'src/antd.tsx',
  'element-plus': 'src/elementPlus.ts',
  mui: 'src/mui.tsx',
  arco: 'src/arco.tsx',
  bootstrap: 'src/bootstrap.tsx',
};

/** Every mark of a page spec, with what the snapshot script needs to find its element. */
export function marksOf(page: PageSpec): MarkRequest[] {
  const out: MarkRequest[] = [];
  const push = (mark: { id: string; expect?: 'ambiguous' } | undefined, kind: MarkRequest['kind'], text: string) => {
    if (mark) out.push({ id: mark.id, kind, text, ...(mark.expect ? { expect: mark.expect } : {}) });
  };
  const btn = (s: ButtonSpec) => push(s.mark, 'button', s.label ?? s.aria ?? s.title ?? '');
  const walk = (n: Node) => {
    switch (n.kind) {
      case 'button': return btn(n);
      case 'heading': return push(n.mark, 'title', n.text);
      case 'banner': return n.actions.forEach(btn);
      case 'toolbar': return n.buttons.forEach(btn);
      case 'card': push(n.titleMark, 'title', n.title); n.extra?.forEach(btn); return n.body.forEach(walk);
      case 'modal': push(n.titleMark, 'title', n.title); n.body.forEach(walk); return n.footer.forEach(btn);
      case 'tabs': n.items.forEach((t) => push(t.mark, 'tab', t.label)); return n.body.forEach(walk);
      case 'table':
        n.columns.forEach((c) => push(c.mark, 'title', c.title));
        return n.actions?.forEach((a) => Object.values(a.marks ?? {}).forEach((mk) => push(mk, 'button', a.label)));
      case 'form':
        for (const f of n.fields) {
          if (f.kind === 'radio' || f.kind === 'checkbox') f.options.forEach((o) => push(o.mark, f.kind as 'radio' | 'checkbox', o.label));
          else push((f as FieldSpec).mark, f.kind === 'switch' ? 'switch' : 'field', f.label);
        }
        return n.buttons?.forEach(btn);
      default:
    }
  };
  page.nav?.items.forEach((it) => push(it.mark, 'menuitem', it.label));
  page.body.forEach(walk);
  if (page.modal) walk(page.modal);
  return out;
}

async function bundleLibrary(library: LibraryName): Promise<{ js: string; css: string }> {
  const result = await build({
    entryPoints: [path.join(GENERATOR, ENTRIES[library])],
    absWorkingDir: GENERATOR,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    jsx: 'automatic',
    minify: true,
    write: false,
    outdir: path.join(GENERATOR, 'out'),
    define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    loader: { '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.eot': 'empty', '.svg': 'dataurl', '.png': 'dataurl' },
    logLevel: 'error',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  return { js, css };
}

export async function regenerateLibrarySnapshots(only: string[] = [], cases: string[] = []): Promise<void> {
  if (!existsSync(path.join(GENERATOR, 'node_modules'))) {
    throw new Error('The component libraries are not installed: run `pnpm --dir bench/targets/libraries/generator install --ignore-workspace` first.');
  }
  const libraries = LIBRARIES.filter((l) => only.length === 0 || only.includes(l));
  const snapshotScript = await bundleForPage(path.join(here, 'snapshotPage.ts'));
  const state = { html: '', js: '' };
  const server = await serveDirectory(here, { '/render.html': () => state.html, '/library.js': () => state.js });
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS] });
  const manifest: SnapshotCase[] = [];
  const problems: string[] = [];
  try {
    for (const library of libraries) {
      const started = Date.now();
      const { js, css } = await bundleLibrary(library);
      state.js = js;
      if (cases.length === 0) rmSync(path.join(SNAPSHOTS_DIR, library), { recursive: true, force: true });
      mkdirSync(path.join(SNAPSHOTS_DIR, library), { recursive: true });
      for (const c of corpusCases().filter((x) => x.library === library && (cases.length === 0 || cases.includes(x.name.slice(library.length + 1))))) {
        const entry: SnapshotCase = { name: c.name, library, kind: c.kind, split: c.split, lang: c.v1.lang, v1: `${c.name}.v1.html`, v2: `${c.name}.v2.html`, marks: { v1: [], v2: [] }, operators: {} };
        for (const v of ['v1', 'v2'] as const) {
          const spec = c[v];
          state.html = `<!doctype html><html><head><meta charset="utf-8"><style>${css.replace(/<\/style/gi, '<\\/style')}</style><style>body{margin:0}</style></head><body><div id="root"></div><script src="/library.js"></script></body></html>`;
          const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: spec.lang === 'zh' ? 'zh-CN' : 'en-US', timezoneId: 'Asia/Shanghai' });
          const page = await context.newPage();
          const errors: string[] = [];
          page.on('pageerror', (e) => errors.push(e.message));
          await page.goto(`${server.origin}/render.html`, { waitUntil: 'load' });
          await page.evaluate((s) => (globalThis as any).__mount(s), spec);
          await page.waitForTimeout(700);
          await page.addScriptTag({ content: snapshotScript });
          const requests = marksOf(spec);
          const result = (await page.evaluate((r) => (globalThis as any).__snapshot(r), requests)) as { html: string; errors: string[] };
          await context.close();
          for (const e of [...errors, ...result.errors]) problems.push(`${c.name} ${v}: ${e}`);
          writeFileSync(path.join(SNAPSHOTS_DIR, entry[v]), result.html);
          entry.marks[v] = requests.map((r) => ({ id: r.id, ...(r.expect ? { expect: r.expect } : {}) }));
        }
        for (const m of entry.marks.v1) entry.operators[m.id] = c.operators[m.id] ?? ['unchanged'];
        manifest.push(entry);
      }
      console.log(`[regenerate] ${library}: ${manifest.filter((m) => m.library === library).length} cases in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  // keep the other libraries' entries when only some were regenerated
  const manifestFile = path.join(SNAPSHOTS_DIR, 'manifest.json');
  const partial = only.length > 0 || cases.length > 0;
  const previous: SnapshotCase[] = existsSync(manifestFile) && partial ? (await import('./corpus.ts')).readManifest() : [];
  const redone = new Set(manifest.map((c) => c.name));
  const kept = previous.filter((p) => !redone.has(p.name) && (cases.length > 0 || !libraries.includes(p.library as LibraryName)));
  const merged = [...kept, ...manifest];
  merged.sort((a, b) => LIBRARIES.indexOf(a.library as LibraryName) - LIBRARIES.indexOf(b.library as LibraryName) || a.name.localeCompare(b.name));
  writeFileSync(manifestFile, `${JSON.stringify(merged, null, 1)}\n`);
  if (problems.length > 0) {
    console.log(`[regenerate] ${problems.length} problems:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const cases = args.find((a) => a.startsWith('--cases='))?.slice('--cases='.length).split(',').filter(Boolean) ?? [];
  await regenerateLibrarySnapshots(args.filter((a) => !a.startsWith('--')), cases);
}
