/**
 * Where one popup opening spends its time (`pnpm bench popup --profile`): the popup document's
 * load, each chunk fetched, JS run time by chunk (CDP Profiler), every message to the background
 * and every storage.local read with their times and answer sizes, and when the first screen showed.
 * Figures are milliseconds since the popup's navigation started.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** Runs in the popup before its own scripts: wraps the two ways it reaches outside itself. */
const PROBE = `(() => {
  if (!location.pathname.endsWith('/popup.html')) return;
  const calls = (globalThis.__popupCalls = []);
  const size = (v) => { try { return new TextEncoder().encode(JSON.stringify(v ?? null)).length; } catch { return -1; } };
  const wrap = (owner, name, kind, label) => {
    const original = owner[name];
    owner[name] = function (...args) {
      const started = performance.now();
      const done = (value) => calls.push({ kind, label: label(args), started, ended: performance.now(), sentBytes: size(args[0]), answerBytes: size(value) });
      const callback = args[args.length - 1];
      if (typeof callback === 'function') return original.apply(owner, [...args.slice(0, -1), (value) => { done(value); callback(value); }]);
      const result = original.apply(owner, args);
      return Promise.resolve(result).then((value) => {
        done(value);
        return value;
      });
    };
  };
  const runtimes = [chrome.runtime, globalThis.browser?.runtime].filter((r, i, all) => r && all.indexOf(r) === i);
  for (const runtime of runtimes) wrap(runtime, 'sendMessage', 'message', (args) => String(args[0]?.type ?? '?'));
  wrap(chrome.tabs, 'query', 'tabs', () => 'tabs.query');
  wrap(chrome.tabs, 'sendMessage', 'tab message', (args) => String(args[1]?.type ?? '?'));
  wrap(chrome.storage.local, 'get', 'storage', (args) => JSON.stringify(args[0] ?? null).slice(0, 80));
  wrap(chrome.storage.managed, 'get', 'managed', () => 'managed');
  const marks = (globalThis.__popupMarks = {});
  const seen = () => {
    if (!marks.firstRow && document.querySelector('[data-region="page-tours"] li[data-tour]')) marks.firstRow = performance.now();
    if (!marks.search && document.querySelector('input[name="tourSearch"]')) marks.search = performance.now();
    if (!marks.firstContent && document.querySelector('#root *')) marks.firstContent = performance.now();
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
})();`;

export async function addProfileProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(PROBE);
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time by chunk (file name) from a CPU profile, in ms. */
function selfTimeByScript(profile: CpuProfile): Record<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals: Record<string, number> = {};
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const url = node?.callFrame.url ?? '';
    const name = url ? url.slice(url.lastIndexOf('/') + 1) : `(${node?.callFrame.functionName || 'program'})`;
    totals[name] = (totals[name] ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000;
  });
  return Object.fromEntries(Object.entries(totals).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => [k, Math.round(v)]));
}

export interface OpeningProfile {
  firstScreenMs: number;
  document: { responseEnd: number; domInteractive: number; domContentLoaded: number; loadEnd: number };
  chunks: { name: string; bytes: number; start: number; end: number }[];
  cpuByScript: Record<string, number>;
  metrics: Record<string, number>;
  calls: { kind: string; label: string; started: number; ended: number; sentBytes: number; answerBytes: number }[];
  marks: Record<string, number>;
}

/** Open the popup once in `popup` (already a tab) with the CPU profiler running; the page stays open. */
export async function profileOpening(context: BrowserContext, popup: Page, popupUrl: string): Promise<OpeningProfile> {
  // a page of the extension's own origin first, so the profiler runs in the renderer the popup will use
  await popup.goto(popupUrl.replace('popup.html', 'manifest.json'));
  const cdp: CDPSession = await context.newCDPSession(popup);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.start');
  const started = performance.now();
  await popup.goto(popupUrl);
  await popup.locator('[data-region="page-tours"] li[data-tour]').first().waitFor({ timeout: 120_000 });
  await popup.locator('input[name="tourSearch"]').waitFor({ timeout: 120_000 });
  const firstScreenMs = performance.now() - started;
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const inPage = await popup.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const g = globalThis as unknown as { __popupCalls?: OpeningProfile['calls']; __popupMarks?: Record<string, number> };
    return {
      document: { responseEnd: nav.responseEnd, domInteractive: nav.domInteractive, domContentLoaded: nav.domContentLoadedEventEnd, loadEnd: nav.loadEventEnd },
      chunks: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({ name: r.name.slice(r.name.lastIndexOf('/') + 1), bytes: r.decodedBodySize, start: r.startTime, end: r.responseEnd })),
      calls: g.__popupCalls ?? [],
      marks: g.__popupMarks ?? {},
    };
  });
  const round = (n: number) => Math.round(n);
  const wanted = ['ScriptDuration', 'TaskDuration', 'LayoutDuration', 'RecalcStyleDuration', 'JSHeapUsedSize'];
  return {
    firstScreenMs: round(firstScreenMs),
    document: Object.fromEntries(Object.entries(inPage.document).map(([k, v]) => [k, round(v)])) as OpeningProfile['document'],
    chunks: inPage.chunks.map((c) => ({ ...c, start: round(c.start), end: round(c.end) })),
    cpuByScript: selfTimeByScript(profile),
    metrics: Object.fromEntries(metrics.filter((m) => wanted.includes(m.name)).map((m) => [m.name, m.name.endsWith('Size') ? round(m.value / 1024) : round(m.value * 1000)])),
    calls: inPage.calls.map((c) => ({ ...c, started: round(c.started), ended: round(c.ended) })),
    marks: Object.fromEntries(Object.entries(inPage.marks).map(([k, v]) => [k, round(v)])),
  };
}

/** Stop the extension's service worker (the next message starts it cold). */
export async function stopServiceWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}
