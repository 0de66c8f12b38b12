import type { ContentPack, Tour, TourStep } from '../schema/contentPack.ts';
import type { Language, LocalizedText } from '../schema/localizedText.ts';
import type { TargetFingerprint } from '../schema/targetFingerprint.ts';
import { csvDocument, type CsvValue } from '../record/csvCells.ts';
import { DEFAULT_MARGIN, DEFAULT_THRESHOLD } from '../targeting/resolveTarget.ts';
import type { RehearsalPageOutcome, RehearsalStepInput } from '../tour/rehearseSteps.ts';
import { looksLikeId } from './urlGeneraliser.ts';
import { targetKind, targetName, type TargetKind } from './targetLabel.ts';
import { holdsPatientData } from './patientDataPatterns.ts';
import { uniqueId } from './draftPack.ts';

// The upgrade rehearsal (升级演练): every tour of a pack run against the upgraded system, page by
// page, and the readiness report made of it. Pure: the pages are opened by the editor, the
// resolver runs in the page (tour/rehearseSteps.ts); here is the plan, the verdicts, the export
// and the "what changed" tour for learners.

// ---------------------------------------------------------------- the plan: which pages to open

export interface RehearsalStepRef {
  tourId: string;
  stepId: string;
  stepIndex: number;
  /** the page pattern the step belongs to (its own, else its tour's, else the pack's site rule) */
  page: string;
}

export interface RehearsalPage {
  /** the concrete address opened on the upgraded system */
  url: string;
  patterns: string[];
  steps: (RehearsalStepRef & { target: TargetFingerprint })[];
}

export interface RehearsalPlan {
  pages: RehearsalPage[];
  /** steps whose page cannot be turned into an address (a record id or a wildcard in the route): the mentor gives it */
  unreached: RehearsalStepRef[];
  /** centred steps: nothing to find */
  noTarget: RehearsalStepRef[];
}

/** The page patterns a step can be shown on. */
export function stepPagePatterns(pack: Pick<ContentPack, 'siteRules'>, tour: Pick<Tour, 'urlPatterns'>, step: Pick<TourStep, 'page'>): string[] {
  if (step.page) return [step.page];
  if (tour.urlPatterns.length > 0) return [...tour.urlPatterns];
  return pack.siteRules.map((r) => r.urlPattern);
}

/** A base URL the mentor typed: http(s) only, as an absolute URL, else undefined. */
export function parseBaseUrl(text: string): URL | undefined {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The page a pattern names, on the upgraded system at `base`: the pattern's route on the base's
 * origin, with the base's query (`?ui=v2` chooses the sandbox's upgraded UI; a test system may
 * need its own). The pattern's own query is left out (it held record ids). A route with a `*`
 * inside it (a record id) cannot be guessed: undefined. A whole-site pattern (`/*`) means the
 * base address itself.
 */
export function pageAddress(pattern: string, base: URL): string | undefined {
  const hashAt = pattern.indexOf('#');
  const beforeHash = hashAt < 0 ? pattern : pattern.slice(0, hashAt);
  let hash = hashAt < 0 ? '' : pattern.slice(hashAt);
  const route = /^[a-z*]+:\/\/[^/?#]*(\/[^?]*)?/i.exec(beforeHash);
  if (!route) return undefined;
  let path = route[1] ?? '/';
  if (path === '/*' || path === '*' || path === '/') path = base.pathname;
  else if (path.endsWith('*')) path = path.slice(0, -1);
  if (path.includes('*')) return undefined;
  if (path.split('/').some((segment) => segment !== '' && looksLikeId(segment))) return undefined;
  if (hash.endsWith('*')) hash = hash.slice(0, -1);
  if (hash.includes('*') || hash.includes('?')) hash = '';
  return `${base.origin}${path}${base.search}${hash === '#' ? '' : hash}`;
}

/**
 * Group the steps with a target by the page to open, in the order tours and steps come. `given`
 * holds the addresses the mentor typed for patterns that cannot be guessed (by pattern; http(s)
 * only, on the base's origin): the page is opened there, the report still names only the pattern.
 */
export function rehearsalPlan(pack: Pick<ContentPack, 'siteRules' | 'tours'>, base: URL, given: Readonly<Record<string, string>> = {}): RehearsalPlan {
  const givenAddress = (pattern: string): string | undefined => {
    const url = given[pattern] ? parseBaseUrl(given[pattern]) : undefined;
    return url && url.origin === base.origin ? url.href : undefined;
  };
  const pages = new Map<string, RehearsalPage>();
  const unreached: RehearsalStepRef[] = [];
  const noTarget: RehearsalStepRef[] = [];
  for (const tour of pack.tours) {
    tour.steps.forEach((step, stepIndex) => {
      const patterns = stepPagePatterns(pack, tour, step);
      const ref = { tourId: tour.id, stepId: step.id, stepIndex, page: patterns[0] ?? '' };
      if (!step.target) return void noTarget.push(ref);
      let address: string | undefined;
      for (const pattern of patterns) {
        address = pageAddress(pattern, base) ?? givenAddress(pattern);
        if (address) {
          ref.page = pattern;
          break;
        }
      }
      if (!address) return void unreached.push(ref);
      const page = pages.get(address) ?? { url: address, patterns: [], steps: [] };
      if (!page.patterns.includes(ref.page)) page.patterns.push(ref.page);
      page.steps.push({ ...ref, target: step.target });
      pages.set(address, page);
    });
  }
  return { pages: [...pages.values()], unreached, noTarget };
}

/** What the content script of a page is asked to resolve. */
export function pageRequest(page: RehearsalPage): RehearsalStepInput[] {
  return page.steps.map(({ tourId, stepId, target }) => ({ tourId, stepId, target }));
}

// ---------------------------------------------------------------- the readiness report

export type RehearsalStatus = 'found' | 'changed' | 'missing' | 'ambiguous' | 'dialog' | 'not-reached' | 'no-target';
export const REHEARSAL_STATUSES: readonly RehearsalStatus[] = ['found', 'changed', 'missing', 'ambiguous', 'dialog', 'not-reached', 'no-target'];

/**
 * Why a match needs the mentor's eye: its label or anchors changed, its lead is thin, it is
 * ambiguous, or the pack never recorded the element's name (a hand-written target), so a rename
 * cannot be told from the pack alone.
 */
export type RehearsalDoubt = 'changed' | 'weak' | 'ambiguous' | 'unnamed';

/** One side of the comparison: what the mentor knows the element by, from fingerprint label fields only. */
export interface ElementSide {
  name?: string;
  kind: TargetKind;
  section?: string;
  page: string;
}

/** What differs between the recorded element and the one found. */
export type ElementChange = 'name' | 'kind' | 'section' | 'anchor';

export interface ReadinessRow {
  tourId: string;
  stepId: string;
  stepIndex: number;
  page: string;
  status: RehearsalStatus;
  confidence: number | null;
  runnerUp: number | null;
  reason: string;
  doubt?: RehearsalDoubt;
  changes: ElementChange[];
  old: ElementSide | null;
  now: ElementSide | null;
  /** the element found, as a target (for the "what changed" tour) */
  newTarget?: TargetFingerprint;
  /** the mentor confirmed the match */
  confirmed?: true;
}

export type StatusCounts = Record<RehearsalStatus, number>;

export interface ReadinessReport {
  packId: string;
  packVersion: string;
  /** the upgraded system's address (origin and path; the query chooses its version) */
  baseUrl: string;
  ranAt: number;
  /** pages opened / planned */
  pagesChecked: number;
  pagesPlanned: number;
  cancelled: boolean;
  counts: StatusCounts;
  tours: { tourId: string; counts: StatusCounts }[];
  rows: ReadinessRow[];
}

function emptyCounts(): StatusCounts {
  return { found: 0, changed: 0, missing: 0, ambiguous: 0, dialog: 0, 'not-reached': 0, 'no-target': 0 };
}

const clean = (text: string | undefined) => {
  const t = text?.replace(/\s+/g, ' ').trim();
  return t && !holdsPatientData(t) ? t : undefined;
};

/** Read the label side of a fingerprint (never ids, classes or values). */
export function elementSide(fp: TargetFingerprint, page: string): ElementSide {
  const name = targetName(fp);
  const section = clean(fp.context?.ancestorLabel);
  return { ...(name ? { name } : {}), kind: targetKind(fp), ...(section ? { section } : {}), page };
}

/** A name compared the way a mentor reads it: spacing, case and a trailing shortcut hint `(F2)` aside. */
function sameName(a: string | undefined, b: string | undefined): boolean {
  const norm = (s: string) => s.replace(/[（(]\s*(F\d{1,2}|Alt\+\w|Ctrl\+\w)\s*[)）]/gi, '').replace(/[\s:：*]+/g, '').toLowerCase();
  return a === undefined || b === undefined ? a === b : norm(a) === norm(b);
}

/** The recorded anchors the element found no longer carries (an id regenerated, a data-* renamed). */
function lostAnchors(old: TargetFingerprint, now: TargetFingerprint): boolean {
  const a = old.anchors ?? {};
  const b = now.anchors ?? {};
  if (a.id && a.id !== b.id) return true;
  if (a.name && a.name !== b.name) return true;
  for (const [key, value] of Object.entries(a.data ?? {})) if (b.data?.[key] !== value) return true;
  return false;
}

export function elementChanges(old: TargetFingerprint, now: TargetFingerprint): ElementChange[] {
  const changes: ElementChange[] = [];
  const oldName = targetName(old);
  const newName = targetName(now);
  if (oldName !== undefined && !sameName(oldName, newName)) changes.push('name');
  if (targetKind(old) !== targetKind(now)) changes.push('kind');
  const oldSection = clean(old.context?.ancestorLabel);
  if (oldSection !== undefined && !sameName(oldSection, clean(now.context?.ancestorLabel))) changes.push('section');
  if (lostAnchors(old, now)) changes.push('anchor');
  return changes;
}

/** A found match is weak when its lead over the runner-up, or over the threshold, is under two margins. */
export function isWeakMatch(confidence: number, runnerUp: number): boolean {
  return confidence - runnerUp < 2 * DEFAULT_MARGIN || confidence < DEFAULT_THRESHOLD + DEFAULT_MARGIN;
}

export interface ReportInput {
  pack: Pick<ContentPack, 'id' | 'version' | 'siteRules' | 'tours'>;
  plan: RehearsalPlan;
  /** what each page's content script answered, by page address; a page missing here was not reached */
  outcomes: Record<string, readonly RehearsalPageOutcome[]>;
  baseUrl: string;
  ranAt: number;
  cancelled?: boolean;
}

/** The readiness report: one row per step of every tour, counts per status and per tour. */
export function readinessReport({ pack, plan, outcomes, baseUrl, ranAt, cancelled = false }: ReportInput): ReadinessReport {
  const byStep = new Map<string, ReadinessRow>();
  const key = (tourId: string, stepId: string) => `${tourId}\u0000${stepId}`;
  const base = { confidence: null, runnerUp: null, reason: '', changes: [], now: null } as const;
  const targetOf = (tourId: string, stepId: string) => pack.tours.find((t) => t.id === tourId)?.steps.find((s) => s.id === stepId)?.target;

  for (const ref of plan.noTarget) byStep.set(key(ref.tourId, ref.stepId), { ...ref, ...base, changes: [], status: 'no-target', old: null });
  for (const ref of plan.unreached) {
    const target = targetOf(ref.tourId, ref.stepId);
    byStep.set(key(ref.tourId, ref.stepId), { ...ref, ...base, changes: [], status: 'not-reached', old: target ? elementSide(target, ref.page) : null });
  }
  for (const page of plan.pages) {
    const answered = outcomes[page.url];
    for (const step of page.steps) {
      const ref = { tourId: step.tourId, stepId: step.stepId, stepIndex: step.stepIndex, page: step.page };
      const old = elementSide(step.target, step.page);
      const outcome = answered?.find((o) => o.tourId === step.tourId && o.stepId === step.stepId);
      if (!outcome) {
        byStep.set(key(ref.tourId, ref.stepId), { ...ref, ...base, changes: [], status: 'not-reached', old });
        continue;
      }
      const row: ReadinessRow = { ...ref, ...base, changes: [], status: outcome.status, confidence: outcome.confidence, runnerUp: outcome.runnerUp, reason: outcome.reason, old };
      if (outcome.status === 'found' && outcome.target) {
        row.newTarget = outcome.target;
        row.now = elementSide(outcome.target, step.page);
        row.changes = elementChanges(step.target, outcome.target);
        if (row.changes.length > 0) {
          row.status = 'changed';
          row.doubt = 'changed';
        } else if (isWeakMatch(outcome.confidence ?? 0, outcome.runnerUp ?? 0)) row.doubt = 'weak';
        else if (old.name === undefined && row.now.name !== undefined) row.doubt = 'unnamed';
      }
      if (outcome.status === 'ambiguous') row.doubt = 'ambiguous';
      byStep.set(key(ref.tourId, ref.stepId), row);
    }
  }

  const rows: ReadinessRow[] = [];
  const counts = emptyCounts();
  const tours: ReadinessReport['tours'] = [];
  for (const tour of pack.tours) {
    const tourCounts = emptyCounts();
    for (const step of tour.steps) {
      const row = byStep.get(key(tour.id, step.id));
      if (!row) continue;
      rows.push(row);
      counts[row.status]++;
      tourCounts[row.status]++;
    }
    tours.push({ tourId: tour.id, counts: tourCounts });
  }
  return { packId: pack.id, packVersion: pack.version, baseUrl, ranAt, pagesChecked: Object.keys(outcomes).length, pagesPlanned: plan.pages.length, cancelled, counts, tours, rows };
}

/** The page patterns no page was opened for: the mentor may give their addresses (rehearsalPlan `given`). */
export function unreachedPatterns(report: ReadinessReport): string[] {
  return [...new Set(report.rows.filter((r) => r.status === 'not-reached').map((r) => r.page))];
}

/** The rows the mentor must look at: changed labels, weak margins, ambiguous matches. */
export function doubtfulRows(report: ReadinessReport): ReadinessRow[] {
  return report.rows.filter((r) => r.doubt !== undefined);
}

/** Mark a doubtful match as confirmed by the mentor (only one with an element found can be). */
export function confirmRow(report: ReadinessReport, tourId: string, stepId: string, confirmed = true): ReadinessReport {
  return {
    ...report,
    rows: report.rows.map((r) => {
      if (r.tourId !== tourId || r.stepId !== stepId || !r.newTarget) return r;
      const { confirmed: _, ...rest } = r;
      return confirmed ? { ...rest, confirmed: true } : rest;
    }),
  };
}

/** The address a report keeps: without a fragment, and without a query value that looks like a record id. */
export function reportBaseUrl(base: URL): string {
  const params = new URLSearchParams(base.search);
  const kept = [...params.entries()].filter(([k, v]) => !looksLikeId(k) && !looksLikeId(v) && !holdsPatientData(v));
  const query = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : '';
  return `${base.origin}${base.pathname}${query}`;
}

// ---------------------------------------------------------------- export

/** Header of the CSV export; the pack's id and version are on every row, so a file stands alone. */
export const READINESS_CSV_HEADER = [
  'pack_id', 'pack_version', 'base_url', 'ran_at', 'tour_id', 'step_id', 'step_number', 'page', 'status', 'doubt', 'confirmed',
  'confidence', 'runner_up', 'changes', 'old_kind', 'old_name', 'old_section', 'new_kind', 'new_name', 'new_section', 'reason',
] as const;

const fixed = (n: number | null) => (n === null ? null : Math.round(n * 1000) / 1000);

/** The report as an Excel-safe CSV (BOM, CRLF, formula cells neutralised: record/csvCells.ts). */
export function readinessCsv(report: ReadinessReport): string {
  const rows = report.rows.map((r): CsvValue[] => [
    report.packId, report.packVersion, report.baseUrl, new Date(report.ranAt).toISOString(), r.tourId, r.stepId, r.stepIndex + 1, r.page, r.status,
    r.doubt ?? '', r.confirmed === true, fixed(r.confidence), fixed(r.runnerUp), r.changes.join(' '),
    r.old?.kind, r.old?.name, r.old?.section, r.now?.kind, r.now?.name, r.now?.section, r.reason,
  ]);
  return csvDocument(READINESS_CSV_HEADER, rows);
}

/** The report as JSON, named by what it is about. */
export function readinessJson(report: ReadinessReport): string {
  return `${JSON.stringify({ kind: 'preceptor-readiness-report', ...report }, null, 2)}\n`;
}

export function readinessFileName(report: Pick<ReadinessReport, 'packId' | 'packVersion'>, ext: 'json' | 'csv'): string {
  return `${report.packId}-${report.packVersion}-readiness.${ext}`;
}

// ---------------------------------------------------------------- the "what changed" tour

const quoted = (text: string, language: Language) => (language === 'zh-CN' ? `「${text}」` : `“${text}”`);

function changeTitle(row: ReadinessRow, language: Language): string {
  const now = row.now?.name;
  const old = row.old?.name;
  if (language === 'zh-CN') {
    if (old && now && row.changes.includes('name')) return `${quoted(old, language)}现在是${quoted(now, language)}`;
    return now ? `${quoted(now, language)}有变化` : '这里有变化';
  }
  if (old && now && row.changes.includes('name')) return `${quoted(old, language)} is now ${quoted(now, language)}`;
  return now ? `${quoted(now, language)} has changed` : 'This has changed';
}

function changeBody(row: ReadinessRow, language: Language): string {
  const parts: string[] = [];
  const zh = language === 'zh-CN';
  const section = row.now?.section;
  if (row.changes.includes('section') && section) parts.push(zh ? `它移到了${quoted(section, language)}中。` : `It moved to ${quoted(section, language)}.`);
  else if (section) parts.push(zh ? `它位于${quoted(section, language)}中。` : `It is in ${quoted(section, language)}.`);
  if (row.changes.includes('kind')) parts.push(zh ? '它的样式也变了。' : 'It also looks different now.');
  const now = row.now?.name;
  parts.push(now ? (zh ? `升级后请认准${quoted(now, language)}。` : `After the upgrade, look for ${quoted(now, language)}.`) : zh ? '升级后它在这里。' : 'After the upgrade, it is here.');
  return parts.join(zh ? '' : ' ');
}

const bothLanguages = (make: (language: Language) => string): LocalizedText => ({ 'zh-CN': make('zh-CN'), en: make('en') });

/**
 * A tour for learners from the changes the mentor confirmed: one step per changed element, attached
 * to the element as it is now, in tour and step order, on the step's page. Undefined when nothing
 * confirmed changed. The tour id is new in the pack.
 */
export function whatChangedTour(report: ReadinessReport, pack: Pick<ContentPack, 'tours'>): Tour | undefined {
  const rows = report.rows.filter((r) => r.confirmed && r.newTarget && r.changes.length > 0);
  if (rows.length === 0) return undefined;
  const seen = new Set<string>();
  const steps: TourStep[] = [];
  const pages: string[] = [];
  for (const row of rows) {
    // two steps on one element make one step of the tour
    const identity = `${row.page}\u0000${JSON.stringify(row.newTarget)}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    if (!pages.includes(row.page)) pages.push(row.page);
    steps.push({
      id: `change-${steps.length + 1}`,
      target: row.newTarget!,
      title: bothLanguages((l) => changeTitle(row, l)),
      body: bothLanguages((l) => changeBody(row, l)),
      placement: 'auto',
      advance: { on: 'next' },
      page: row.page,
    });
  }
  const id = uniqueId(`what-changed-${report.packVersion.replace(/[^a-z0-9.-]/gi, '-')}`, pack.tours.map((t) => t.id));
  return {
    id,
    title: { 'zh-CN': '新版本有哪些变化', en: 'What changed in the new version' },
    description: { 'zh-CN': `升级后名称或位置变化的 ${steps.length} 处`, en: steps.length === 1 ? '1 place whose name or position changed in the upgrade' : `${steps.length} places whose name or position changed in the upgrade` },
    roles: [],
    urlPatterns: pages,
    steps,
    autoStart: false,
  };
}
