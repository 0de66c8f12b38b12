/**
 * The library corpus half of `pnpm bench targets`: for every case of snapshots/manifest.json, load
 * v1, record its marked targets (ours + CSS baseline), resolve them there, resolve every pickable
 * element on v1 (self-resolution), then load v2 and resolve the recorded targets again.
 * Per-target detail is printed for the train split only, unless --show-test (test split too).
 * The holdout split (split.ts) is run but reported as counts only, never per target, and is kept
 * out of every other figure (upgraded, original, self-resolution), which are train + test.
 */
import type { Browser, Page } from 'playwright-core';
import { serveDirectory } from '../../lib/staticServer.ts';
import type { RecordedTarget, SelfResolution, TargetOutcome, Verdict } from '../pageBench.ts';
import { readManifest, SNAPSHOTS_DIR, type SnapshotCase } from './corpus.ts';

interface Tally {
  correct: number;
  missing: number;
  wrong: number;
}

interface CaseResult {
  c: SnapshotCase;
  original: TargetOutcome[];
  upgraded: TargetOutcome[];
  self: SelfResolution;
}

export interface LibraryCorpusResult {
  upgraded: TargetOutcome[];
  original: TargetOutcome[];
  split(which: 'train' | 'test' | 'holdout'): TargetOutcome[];
  /** removal cases (target gone, one look-alike left): wrong = the look-alike returned */
  removal: { cases: number; wrong: number; missing: number; ambiguous: number };
  selfResolution: { picked: number; resolved: number; refused: number };
  print(): void;
}

const tally = (outcomes: TargetOutcome[], who: 'ours' | 'baseline'): Tally => {
  const t: Tally = { correct: 0, missing: 0, wrong: 0 };
  for (const o of outcomes) t[o[who].verdict]++;
  return t;
};
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const padL = (s: string | number, n: number) => String(s).padStart(n);
const fmt = (t: Tally) => `${padL(t.correct, 4)} ${padL(t.missing, 4)} ${padL(t.wrong, 4)}`;
const mark: Record<Verdict, string> = { correct: 'ok', missing: 'MISS', wrong: 'WRONG' };

async function load(page: Page, url: string, script: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ content: script });
}

export async function runLibraryCorpus(browser: Browser, script: string, options: { verbose: boolean; explainIds: string[]; showTest: boolean; cases?: string[] }): Promise<LibraryCorpusResult> {
  // --cases=: a quick look at some train cases while tuning (the figures are then partial)
  const only = options.cases ?? [];
  const manifest = readManifest().filter((c) => only.length === 0 || (c.split === 'train' && only.some((name) => c.name.includes(name))));
  const server = await serveDirectory(SNAPSHOTS_DIR);
  const results: CaseResult[] = [];
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  try {
    const page = await context.newPage();
    for (const c of manifest) {
      await load(page, `${server.origin}/${c.v1}`, script);
      const records = await page.evaluate(() => (globalThis as any).__preceptorBench.capture() as RecordedTarget[]);
      const recorded = JSON.parse(JSON.stringify(records)) as RecordedTarget[];
      const original = await page.evaluate((r) => (globalThis as any).__preceptorBench.resolve(r, 1) as TargetOutcome[], recorded);
      const self = await page.evaluate(() => (globalThis as any).__preceptorBench.selfResolve() as SelfResolution);
      await load(page, `${server.origin}/${c.v2}`, script);
      const upgraded = await page.evaluate((r) => (globalThis as any).__preceptorBench.resolve(r, 1) as TargetOutcome[], recorded);
      if (options.explainIds.length > 0 && ((options.showTest && c.split === 'test') || c.split === 'train')) {
        const explained = await page.evaluate(([r, ids]) => (globalThis as any).__preceptorBench.explain(r, ids), [recorded, options.explainIds] as const);
        for (const e of explained as { id: string; fingerprint: unknown; candidates: { what: string; total: number; signals: string }[] }[]) {
          console.log(`\n[explain] ${c.name} ${e.id} (v2) ${JSON.stringify(e.fingerprint)}`);
          for (const cand of e.candidates) console.log(`   ${cand.total.toFixed(2).padStart(6)} ${cand.what.padEnd(26)} ${cand.signals}`);
        }
      }
      results.push({ c, original, upgraded, self });
    }
  } finally {
    await context.close();
    await server.close();
  }

  // the held-out split: counts only (split('holdout')); every other figure is train + test
  const holdout = results.filter((r) => r.c.split === 'holdout');
  const seen = results.filter((r) => r.c.split !== 'holdout');
  const removalOutcomes = seen.filter((r) => r.c.kind === 'removal').flatMap((r) => r.upgraded.filter((o) => o.expected === 'removed'));
  const removal = {
    cases: removalOutcomes.length,
    wrong: removalOutcomes.filter((o) => o.ours.verdict === 'wrong').length,
    missing: removalOutcomes.filter((o) => o.ours.status === 'missing').length,
    ambiguous: removalOutcomes.filter((o) => o.ours.status === 'ambiguous').length,
  };
  const picked = seen.reduce((a, r) => a + r.self.picked, 0);
  const resolved = seen.reduce((a, r) => a + r.self.resolved, 0);

  const print = () => {
    const { verbose, showTest } = options;
    console.log('\nLibrary corpus (real component-library markup, saved snapshots): v1 recorded, v2 after the upgrade');
    console.log(`${pad('library', 14)} ${pad('cases', 8)} ${pad('split', 6)} ${padL('n', 4)}  | ours: corr miss wrong | baseline: corr miss wrong | ours on v1: corr miss wrong | self: picked refused`);
    const libs = [...new Set(seen.map((r) => r.c.library))];
    for (const split of ['train', 'test'] as const) {
      for (const lib of libs) {
        for (const kind of ['screen', 'removal'] as const) {
          const rs = seen.filter((r) => r.c.library === lib && r.c.kind === kind && r.c.split === split);
          if (rs.length === 0) continue;
          const up = rs.flatMap((r) => r.upgraded);
          const orig = rs.flatMap((r) => r.original);
          const p = rs.reduce((a, r) => a + r.self.picked, 0);
          const refused = rs.reduce((a, r) => a + r.self.picked - r.self.resolved, 0);
          console.log(`${pad(lib, 14)} ${pad(kind === 'screen' ? 'screens' : 'removal', 8)} ${pad(split, 6)} ${padL(up.length, 4)}  |      ${fmt(tally(up, 'ours'))}  |          ${fmt(tally(up, 'baseline'))}  |             ${fmt(tally(orig, 'ours'))}  |     ${padL(p, 6)} ${padL(refused, 7)}`);
        }
      }
    }
    for (const split of ['train', 'test'] as const) {
      const up = results.filter((r) => r.c.split === split).flatMap((r) => r.upgraded);
      console.log(`${pad(`all ${split}`, 29)} ${padL(up.length, 4)}  |      ${fmt(tally(up, 'ours'))}  |          ${fmt(tally(up, 'baseline'))}`);
    }
    if (holdout.length > 0) {
      const up = holdout.flatMap((r) => r.upgraded);
      console.log(`${pad('all holdout', 29)} ${padL(up.length, 4)}  |      ${fmt(tally(up, 'ours'))}  |          ${fmt(tally(up, 'baseline'))}   (${holdout.length} cases; counts only, never tune on it)`);
    }
    for (const split of ['train', 'test'] as const) {
      const rm = results.filter((r) => r.c.kind === 'removal' && r.c.split === split).flatMap((r) => r.upgraded);
      console.log(`removal ${split}: ${rm.length} cases, ${rm.filter((o) => o.ours.verdict === 'wrong').length} wrong (look-alike returned), baseline ${rm.filter((o) => o.baseline.verdict === 'wrong').length} wrong`);
    }
    console.log(`self-resolution on v1 pages: ${picked} picked, ${resolved} resolved, ${picked - resolved} refused`);

    const shown = results.filter((r) => (showTest && r.c.split === 'test') || r.c.split === 'train');
    console.log(verbose ? `\nEvery library-corpus target (v2)${showTest ? '' : ', train split only'}:` : `\nLibrary-corpus targets where ours or the baseline is not correct (v2${showTest ? '' : ', train split only'}; --verbose for all):`);
    for (const r of shown) {
      for (const o of r.upgraded) {
        if (!verbose && o.ours.verdict === 'correct' && o.baseline.verdict === 'correct') continue;
        const conf = o.ours.confidence !== undefined ? ` ${o.ours.confidence.toFixed(2)}` : '';
        const ops = (r.c.operators[o.id] ?? []).join(',');
        console.log(`  ${pad(`${r.c.name} ${o.id}`, 52)} ${pad(o.expected, 9)} ${pad(ops, 26)} ours ${pad(mark[o.ours.verdict], 5)} ${pad(o.ours.status + conf, 15)} baseline ${pad(mark[o.baseline.verdict], 5)} ${o.ours.reason ? `(${o.ours.reason})` : ''}`);
      }
    }
    const v1Misses = shown.flatMap((r) => r.original.filter((o) => o.ours.verdict !== 'correct').map((o) => ({ r, o })));
    if (v1Misses.length > 0) {
      console.log('\nNot correct on v1 (where each was recorded):');
      for (const { r, o } of v1Misses) console.log(`  ${pad(`${r.c.name} ${o.id}`, 52)} ours ${pad(mark[o.ours.verdict], 5)} ${o.ours.status} ${o.ours.reason ? `(${o.ours.reason})` : ''}`);
    }
    console.log(`\nSelf-resolution refusals${showTest ? ' (train and test pages)' : ' (train pages; test pages counted only)'}:`);
    for (const r of shown) for (const f of r.self.refusals) console.log(`  ${pad(r.c.v1, 44)} ${pad(f.what, 44)} ${pad(f.status, 9)} ${f.reason}`);
    if (!showTest) {
      const hidden = results.filter((r) => r.c.split === 'test').reduce((a, r) => a + r.self.refusals.length, 0);
      console.log(`  (+ ${hidden} refusals on test pages; --show-test to list them)`);
    }
  };

  return {
    upgraded: seen.flatMap((r) => r.upgraded),
    original: seen.flatMap((r) => r.original),
    split: (which) => results.filter((r) => r.c.split === which).flatMap((r) => r.upgraded),
    removal,
    selfResolution: { picked, resolved, refused: picked - resolved },
    print,
  };
}
