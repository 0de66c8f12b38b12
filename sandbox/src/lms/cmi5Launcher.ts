/**
 * The AU page of a quiz or tour in a cmi5 package (sandbox/lms-launcher.html). Tours and quizzes
 * happen on the live EMR with the extension, which cannot run inside an LMS frame, so this page
 * says where to do them, starts the cmi5 session (initialized), and, when asked, looks in the
 * LMS's LRS for the extension's own statement about the item under this registration (the one
 * vocabulary: `completed` for a tour, `passed`/`failed` for a quiz). Only then does it send the
 * cmi5 `completed` (and for a quiz `passed`/`failed`), so the LMS can apply moveOn.
 *
 * Safety (DESIGN.md rule 7): nothing flows from this page to the extension. The page reads only
 * the LMS's own LRS, with the token the LMS gave it, and only this registration; it acts on a
 * statement only when its object is this item's activity id. It writes the DOM with textContent.
 */
import { itemActivityId, type Cmi5ItemKind } from '@preceptor/shared/lms/cmi5CourseStructure.ts';
import { pairText } from '@preceptor/shared/i18n/messagePairs.ts';
import type { Language } from '@preceptor/shared/schema/localizedText.ts';
import { VERB } from '@preceptor/shared/xapi/vocabulary.ts';
import { cmi5Messages, type Cmi5MessageKey } from './cmi5Messages.ts';
import { Cmi5Error, type Cmi5Session } from './cmi5Session.ts';

export type LauncherStatus = 'starting' | 'waiting' | 'done' | 'passed' | 'failed' | 'browse' | 'noLms' | 'closed' | 'error';

interface CourseEntry {
  kind: 'quiz' | 'tour';
  packId: string;
  contentId: string;
  role?: string;
  roleTitle?: { 'zh-CN': string; en: string };
  title: { 'zh-CN': string; en: string };
}

export interface LauncherOptions {
  root: HTMLElement;
  /** the page's query: kind, pack, id (from cmi5.xml) and the LMS's launch parameters */
  search: string;
  /** sandbox/lms-course.json, read beside the page */
  loadCourse: () => Promise<unknown>;
  /** the page's cmi5 session; may throw a Cmi5Error (broken launch link); undefined outside an LMS */
  createSession: () => Cmi5Session | undefined;
  /** the first language shown (before the LMS's learner preferences are read) */
  language?: Language;
}

export interface LauncherHandle {
  readonly status: LauncherStatus;
  readonly language: Language;
  check(): Promise<void>;
  close(): Promise<void>;
  setLanguage(language: Language): void;
}

function isEntry(value: unknown): value is CourseEntry {
  const v = value as Partial<CourseEntry> | null;
  return (
    typeof v === 'object' && v !== null && (v.kind === 'quiz' || v.kind === 'tour') && typeof v.packId === 'string' && typeof v.contentId === 'string' &&
    typeof v.title?.['zh-CN'] === 'string' && typeof v.title.en === 'string' && (v.role === undefined || typeof v.role === 'string') &&
    (v.roleTitle === undefined || (typeof v.roleTitle?.['zh-CN'] === 'string' && typeof v.roleTitle.en === 'string'))
  );
}

/** The first of the learner's languages (cmi5LearnerPreferences, e.g. "en-US,zh-CN") that we ship. */
export function preferredLanguage(preference: string | undefined, fallback: Language): Language {
  for (const tag of (preference ?? '').split(',').map((t) => t.trim().toLowerCase())) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return fallback;
}

/** "PT1H2M3.5S" -> ms (0 when unreadable). */
export function parseIsoDuration(value: unknown): number {
  const match = typeof value === 'string' ? /^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(value) : null;
  if (!match) return 0;
  return Math.round((Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0)) * 1000);
}

type Found = { verb: 'completed' } | { verb: 'passed' | 'failed'; scaled: number; raw: number; min: number; max: number; durationMs: number };

/** The extension's latest statement that settles the item, among the registration's statements. */
export function settlingStatement(kind: Cmi5ItemKind, activityId: string, statements: ReadonlyArray<Record<string, unknown>>): (Found & { durationMs: number }) | undefined {
  const about = statements
    .filter((s) => (s.object as { id?: unknown } | undefined)?.id === activityId)
    .sort((a, b) => String(b.timestamp).localeCompare(String(a.timestamp)));
  for (const s of about) {
    const verb = (s.verb as { id?: unknown } | undefined)?.id;
    const result = (s.result ?? {}) as { completion?: unknown; success?: unknown; duration?: unknown; score?: { scaled?: unknown; raw?: unknown; min?: unknown; max?: unknown } };
    const durationMs = parseIsoDuration(result.duration);
    if (kind === 'tour' && verb === VERB.completed && result.completion === true) return { verb: 'completed', durationMs };
    if (kind === 'quiz' && (verb === VERB.passed || verb === VERB.failed)) {
      const scaled = result.score?.scaled;
      if (typeof scaled !== 'number' || !(scaled >= 0 && scaled <= 1)) continue;
      const hasRaw = typeof result.score?.raw === 'number' && typeof result.score.min === 'number' && typeof result.score.max === 'number';
      const score = hasRaw ? { raw: result.score!.raw as number, min: result.score!.min as number, max: result.score!.max as number } : { raw: Math.round(scaled * 100), min: 0, max: 100 };
      return { verb: verb === VERB.passed ? 'passed' : 'failed', scaled, ...score, durationMs };
    }
  }
  return undefined;
}

export async function startCmi5Launcher(options: LauncherOptions): Promise<LauncherHandle> {
  const { root } = options;
  const doc = root.ownerDocument;
  const params = new URLSearchParams(options.search);
  const kind = params.get('kind') === 'quiz' ? 'quiz' : 'tour';
  const packId = params.get('pack') ?? '';
  const contentId = params.get('id') ?? '';
  let language: Language = options.language ?? 'zh-CN';
  let status: LauncherStatus = 'starting';
  let problem: string | ((lang: Language) => string) | undefined;
  let score: number | undefined;
  let entry: CourseEntry | undefined;
  let session: Cmi5Session | undefined;
  let busy = false;
  const t = (key: Cmi5MessageKey, vars?: Record<string, string | number>) => pairText(cmi5Messages, language, key, vars);

  const render = () => {
    const focused = doc.activeElement?.id;
    root.replaceChildren();
    root.lang = language;
    doc.documentElement.lang = language;
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) => {
      const node = doc.createElement(tag);
      if (text !== undefined) node.textContent = text;
      for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
      return node;
    };
    const title = entry?.title[language] ?? contentId;
    doc.title = t('launcher.docTitle', { title });
    const header = el('header', undefined, { class: 'launcher-head' });
    header.append(el('p', t(`launcher.kind.${kind}`), { class: 'launcher-kind' }), el('h1', title, { id: 'launcher-title' }));
    const toggle = el('button', t('launcher.switch'), { type: 'button', id: 'launcher-lang', lang: language === 'zh-CN' ? 'en' : 'zh-CN', class: 'launcher-lang' });
    toggle.addEventListener('click', () => handle.setLanguage(language === 'zh-CN' ? 'en' : 'zh-CN'));
    header.append(toggle);
    root.append(header);
    if (entry) {
      root.append(el('p', t(`launcher.lead.${kind}`), { class: 'launcher-lead' }));
      const where = el('section', undefined, { 'aria-labelledby': 'launcher-where' });
      where.append(el('h2', t('launcher.where'), { id: 'launcher-where' }));
      const steps = el('ol');
      const role = entry.roleTitle?.[language] ?? entry.role ?? t('launcher.everyone');
      steps.append(el('li', t('launcher.step1')), el('li', t('launcher.step2', { role, title })), el('li', t('launcher.step3')));
      where.append(steps);
      if (session && status !== 'noLms') {
        where.append(el('p', t('launcher.linkCode', { registration: session.launch.registration }), { class: 'launcher-code' }), el('p', t('launcher.linkHint'), { class: 'launcher-hint' }));
      }
      root.append(where);
    }
    const statusText = problem ? (typeof problem === 'string' ? problem : problem(language)) : t(`launcher.status.${status === 'error' ? 'waiting' : status}` as Cmi5MessageKey, score === undefined ? {} : { score });
    root.append(el('p', statusText, { role: status === 'error' ? 'alert' : 'status', id: 'launcher-status', class: `launcher-status launcher-${status}` }));
    const actions = el('div', undefined, { class: 'launcher-actions' });
    const open = session && status !== 'closed' && status !== 'error' && status !== 'starting';
    // one judgement per session (cmi5): after a fail, the next attempt is recorded at the next launch
    if (open && status === 'waiting') {
      const check = el('button', t('launcher.check'), { type: 'button', id: 'launcher-check' });
      if (busy) check.setAttribute('aria-disabled', 'true');
      check.addEventListener('click', () => void handle.check());
      actions.append(check);
    }
    if (open) {
      const close = el('button', t('launcher.close'), { type: 'button', id: 'launcher-close', class: 'secondary' });
      close.addEventListener('click', () => void handle.close());
      actions.append(close);
    }
    root.append(actions);
    if (focused) (doc.getElementById(focused) ?? doc.getElementById('launcher-status'))?.focus?.();
  };

  const fail = (error: unknown) => {
    status = 'error';
    problem = error instanceof Cmi5Error ? (lang: Language) => error.text(lang) : String(error);
    render();
  };

  const handle: LauncherHandle = {
    get status() {
      return status;
    },
    get language() {
      return language;
    },
    setLanguage(next) {
      language = next;
      render();
    },
    async check() {
      if (!session || busy || status !== 'waiting') return;
      busy = true;
      render();
      try {
        const activityId = itemActivityId({ kind, contentId, packId });
        const found = settlingStatement(kind, activityId, await session.registrationStatements(activityId));
        if (found?.verb === 'completed') {
          await session.complete(found.durationMs);
          status = 'done';
        } else if (found) {
          await session.report({ scoreRaw: found.raw, scoreMin: found.min, scoreMax: found.max, scaled: found.scaled, passed: found.verb === 'passed', completed: true, durationMs: found.durationMs });
          score = Math.round(found.scaled * 100);
          status = found.verb;
        } else {
          status = 'waiting';
        }
        busy = false;
        render();
      } catch (error) {
        busy = false;
        fail(error);
      }
    },
    async close() {
      if (!session || status === 'closed' || status === 'starting') return;
      try {
        status = 'closed';
        render();
        await session.terminate();
      } catch (error) {
        fail(error);
      }
    },
  };

  render();
  try {
    const course = await options.loadCourse();
    entry = Array.isArray(course) ? course.filter(isEntry).find((e) => e.kind === kind && e.packId === packId && e.contentId === contentId) : undefined;
    if (!entry) {
      status = 'error';
      problem = (lang) => pairText(cmi5Messages, lang, 'launcher.unknownItem', { kind, id: `${packId}/${contentId}` });
      render();
      return handle;
    }
    session = options.createSession();
    if (!session) {
      status = 'noLms';
      render();
      return handle;
    }
    const start = await session.start();
    language = preferredLanguage(session.languagePreference, language);
    status = start.mode === 'normal' ? 'waiting' : 'browse';
    render();
    // a relaunch after doing the work on the EMR settles it at once
    if (status === 'waiting') await handle.check();
  } catch (error) {
    fail(error);
  }
  return handle;
}
