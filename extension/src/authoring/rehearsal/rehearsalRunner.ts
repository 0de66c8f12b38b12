import { z } from 'zod';
import { TargetFingerprint } from '@preceptor/shared/schema/targetFingerprint.ts';
import { pageRequest, readinessReport, rehearsalPlan, reportBaseUrl, type ReadinessReport } from '@preceptor/shared/authoring/rehearsal.ts';
import type { ContentPack } from '@preceptor/shared/schema/contentPack.ts';
import type { RehearsalPageOutcome } from '@preceptor/shared/tour/rehearseSteps.ts';
import { sendMessage } from '../../messaging/protocol.ts';

/**
 * The page's answer, parsed before it goes near a draft: the content script runs inside the web
 * page's process, and what it found on the page (the new fingerprints) may end up in a tour.
 */
const PageOutcomes = z
  .array(
    z
      .object({
        tourId: z.string().min(1).max(80),
        stepId: z.string().min(1).max(80),
        status: z.enum(['found', 'missing', 'ambiguous', 'dialog']),
        confidence: z.number().finite().min(0).max(100).nullable(),
        runnerUp: z.number().finite().min(0).max(100).nullable(),
        reason: z.string().max(1000),
        target: TargetFingerprint.optional(),
      })
      .strict(),
  )
  .max(2_000);

export interface RehearsalProgress {
  done: number;
  total: number;
}

export type PageProblem = { url: string; kind: 'no-answer' } | { url: string; kind: 'refused'; path: string };

export interface RehearsalRun {
  report: ReadinessReport;
  problems: PageProblem[];
}

/** how long one page may take to load and answer */
const PAGE_TIMEOUT_MS = 20_000;
/** how often to ask a page whose content script has not started yet */
const ASK_AGAIN_MS = 150;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Open `url` in the rehearsal's tab (a new background tab the first time) and resolve with the
 * tab's id once that navigation has loaded: a "complete" after a "loading" of this tab, so the
 * previous page's state is never taken for the new one (tabs.onUpdated reports status without the
 * "tabs" permission). Gives up waiting after the page timeout or when cancelled; askPage decides then.
 */
async function openPage(tabId: number | undefined, url: string, signal: AbortSignal, timeoutMs: number): Promise<number> {
  const statuses = new Map<number, string[]>();
  let settle: () => void = () => undefined;
  const listener = (id: number, change: { status?: string }) => {
    if (change.status) statuses.set(id, [...(statuses.get(id) ?? []), change.status]);
    settle();
  };
  browser.tabs.onUpdated.addListener(listener);
  try {
    const tab = tabId === undefined ? await browser.tabs.create({ url, active: false }) : await browser.tabs.update(tabId, { url });
    const id = tab?.id ?? tabId;
    if (id === undefined) throw new Error('the browser did not open a tab');
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
      settle = () => {
        const seen = statuses.get(id) ?? [];
        const loading = seen.indexOf('loading');
        if (loading >= 0 && seen.indexOf('complete', loading) > loading) done();
      };
      signal.addEventListener('abort', done);
      settle();
    });
    return id;
  } finally {
    browser.tabs.onUpdated.removeListener(listener);
  }
}

/** Ask the tab's content script to resolve the page's steps, until it answers or time runs out. */
async function askPage(tabId: number, steps: Parameters<typeof sendMessage<'runRehearsal'>>[1], signal: AbortSignal, timeoutMs: number): Promise<unknown> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (signal.aborted) return undefined;
    try {
      return await sendMessage('runRehearsal', steps, tabId);
    } catch (error) {
      // no content script yet (still loading), or none at all (a site Preceptor does not run on)
      if (Date.now() > until) return undefined;
      if (!/Receiving end does not exist|Could not establish connection|message port closed/i.test(String(error))) throw error;
      await pause(ASK_AGAIN_MS);
    }
  }
}

/**
 * The upgrade rehearsal of a pack: one background tab, page by page (tour/rehearseSteps.ts runs in
 * it, read only), then the tab is closed — also when cancelled or when something fails.
 */
export async function runRehearsal(
  pack: ContentPack,
  base: URL,
  options: { signal: AbortSignal; onProgress(progress: RehearsalProgress): void; given?: Record<string, string>; now?: () => number; pageTimeoutMs?: number },
): Promise<RehearsalRun> {
  const { signal, onProgress } = options;
  const timeoutMs = options.pageTimeoutMs ?? PAGE_TIMEOUT_MS;
  const plan = rehearsalPlan(pack, base, options.given);
  const outcomes: Record<string, RehearsalPageOutcome[]> = {};
  const problems: PageProblem[] = [];
  onProgress({ done: 0, total: plan.pages.length });
  let tabId: number | undefined;
  try {
    for (const [index, page] of plan.pages.entries()) {
      if (signal.aborted) break;
      tabId = await openPage(tabId, page.url, signal, timeoutMs);
      const answer = await askPage(tabId, pageRequest(page), signal, timeoutMs);
      if (signal.aborted) break;
      if (answer === undefined) problems.push({ url: page.url, kind: 'no-answer' });
      else {
        const parsed = PageOutcomes.safeParse(answer);
        if (parsed.success) outcomes[page.url] = parsed.data as RehearsalPageOutcome[];
        else problems.push({ url: page.url, kind: 'refused', path: parsed.error.issues[0]?.path.join('.') || '(root)' });
      }
      onProgress({ done: index + 1, total: plan.pages.length });
    }
  } finally {
    if (tabId !== undefined) await browser.tabs.remove(tabId).catch(() => undefined);
  }
  const report = readinessReport({ pack, plan, outcomes, baseUrl: reportBaseUrl(base), ranAt: (options.now ?? Date.now)(), cancelled: signal.aborted });
  return { report, problems };
}

/** Whether Preceptor may run on the base address's origin (host access; the player needs it). */
export async function mayRunOn(base: URL): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [`${base.origin}/*`] });
  } catch {
    return false;
  }
}
