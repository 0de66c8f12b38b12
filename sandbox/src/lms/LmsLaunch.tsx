// The LMS launch page: connects to the LMS (detectLmsSession), resumes or starts the scenario the
// package item names, and hands the graded attempt to the LMS. The simulated hospital below it is
// the ordinary sandbox app; the learner's statements are the ordinary scenario statements.

import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { App } from '../App.tsx';
import { useI18n, type MessageKey } from '../i18n.ts';
import type { Scenario } from '@preceptor/shared/scenario/index.ts';
import { navigate } from '../router.ts';
import { ATTEMPT_STORAGE_KEY, AttemptProvider, useAttempt, type FinishedAttempt } from '../scenarios/AttemptContext.tsx';
import { findScenario } from '../scenarios/scenarioCatalog.ts';
import { SandboxStoreProvider } from '../store/StoreContext.ts';
import { LMS_ACTION_LOG_KEY, STATE_STORAGE_KEY } from '../store/sandboxStore.ts';
import { Cmi5Error } from './cmi5Session.ts';
import { detectLmsSession } from './detectLmsSession.ts';
import { decodeSuspendData, encodeSuspendData, readActionLog, replayAttempt } from './lmsAttempt.ts';
import type { LmsSession, LmsStart } from './lmsSession.ts';
import { Scorm12Error, SCORM12_SUSPEND_DATA_MAX } from './scorm12Session.ts';

type Notice = { key: MessageKey; vars?: Record<string, string | number>; tone: 'info' | 'ok' | 'warn' | 'error' };

type Launch =
  | { phase: 'connecting' }
  | { phase: 'failed'; notice: Notice }
  | { phase: 'running'; session: LmsSession; start: LmsStart; resumed: boolean; notice: Notice | null };

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function storageSet(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // private mode: the attempt then lasts for this page only
  }
}

/** Connects once per page (React may run effects twice in development). */
let launching: Promise<Launch> | null = null;

async function launch(scenarioId: string): Promise<Launch> {
  const scenario = findScenario(scenarioId);
  if (!scenario) return { phase: 'failed', notice: { key: 'lms.noScenario', vars: { id: scenarioId }, tone: 'error' } };
  let session: ReturnType<typeof detectLmsSession>;
  try {
    session = detectLmsSession(window);
  } catch (error) {
    // a broken cmi5 launch link: the error names the parameter, in the page's language
    const text = error instanceof Cmi5Error ? error.text(document.documentElement.lang === 'en' ? 'en' : 'zh-CN') : errorText(error);
    return { phase: 'failed', notice: { key: 'lms.error', vars: { error: text }, tone: 'error' } };
  }
  if (!session) return { phase: 'failed', notice: { key: 'lms.noLms', tone: 'error' } };
  let start: LmsStart;
  try {
    start = await session.start();
  } catch (error) {
    return { phase: 'failed', notice: { key: 'lms.error', vars: { error: errorText(error) }, tone: 'error' } };
  }
  if (start.resumeData) {
    const decoded = decodeSuspendData(start.resumeData, scenario.id);
    const now = new Date();
    const replayed = decoded.ok ? replayAttempt(scenario, decoded.data, now) : decoded;
    if (decoded.ok && replayed.ok) {
      // the providers read these when they mount: the attempt goes on where the learner left it
      storageSet(STATE_STORAGE_KEY, JSON.stringify(replayed.state));
      storageSet(ATTEMPT_STORAGE_KEY, JSON.stringify({ registration: decoded.data.registration, scenarioId: scenario.id, mode: decoded.data.mode, startedAt: new Date(now.getTime() - decoded.data.elapsedMs).toISOString() }));
      storageSet(LMS_ACTION_LOG_KEY, JSON.stringify(decoded.data.actions));
      openStartRoute(scenario);
      return { phase: 'running', session, start, resumed: true, notice: { key: 'lms.resumed', tone: 'info' } };
    }
    openStartRoute(scenario);
    return { phase: 'running', session, start, resumed: false, notice: { key: 'lms.resumeFailed', vars: { problem: replayed.ok ? '' : replayed.problem }, tone: 'warn' } };
  }
  openStartRoute(scenario);
  return { phase: 'running', session, start, resumed: false, notice: null };
}

/** The scenario's first page, set before the app renders (else the app's own `/` redirect would win). */
function openStartRoute(scenario: Scenario): void {
  if (window.location.hash.length > 1) return;
  const query = scenario.start.openPatient ? `?patient=${scenario.start.openPatient}` : '';
  navigate(`${scenario.start.route}${query}`, { replace: true });
}

export function LmsLaunch({ scenarioId }: { scenarioId: string }): ReactNode {
  const [state, setState] = useState<Launch>({ phase: 'connecting' });
  useEffect(() => {
    launching ??= launch(scenarioId);
    let live = true;
    void launching.then((next) => live && setState(next));
    return () => {
      live = false;
    };
  }, [scenarioId]);
  if (state.phase === 'connecting') return <LmsNotice notice={{ key: 'lms.starting', tone: 'info' }} />;
  if (state.phase === 'failed') return <LmsNotice notice={state.notice} />;
  return <LmsRun launch={state} scenarioId={scenarioId} />;
}

function LmsNotice({ notice }: { notice: Notice }): ReactNode {
  const { t } = useI18n();
  return (
    <main className="lms-notice">
      <p className={`msg msg--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-lms-status={notice.key}>
        {t(notice.key, notice.vars)}
      </p>
    </main>
  );
}

function LmsRun({ launch, scenarioId }: { launch: Extract<Launch, { phase: 'running' }>; scenarioId: string }): ReactNode {
  const [notice, setNotice] = useState<Notice | null>(launch.notice);
  const [ended, setEnded] = useState<'suspended' | null>(null);
  const finished = useRef(false);
  const { session, start } = launch;

  const onFinished = useCallback(
    (result: FinishedAttempt) => {
      if (finished.current) return;
      finished.current = true;
      const { outcome } = result;
      setNotice({ key: 'lms.reporting', tone: 'info' });
      void session
        .report({ scoreRaw: outcome.score, scoreMin: 0, scoreMax: 100, scaled: outcome.score / 100, passed: outcome.passed, completed: true, durationMs: outcome.durationMs })
        .then(() => {
          storageSet(LMS_ACTION_LOG_KEY, null);
          return session.terminate();
        })
        .then(
          () =>
            // browse: the LMS records "browsed"; review: nothing (scorm12Session.report)
            setNotice(start.mode !== 'normal' ? { key: start.mode === 'browse' ? 'lms.mode.browse' : 'lms.mode.review', tone: 'info' } : { key: outcome.passed ? 'lms.reported.passed' : 'lms.reported.failed', vars: { score: outcome.score }, tone: outcome.passed ? 'ok' : 'warn' }),
          (error: unknown) => setNotice({ key: 'lms.error', vars: { error: errorText(error) }, tone: 'error' }),
        );
    },
    [session, start.mode],
  );

  if (ended === 'suspended') return <LmsNotice notice={{ key: 'lms.suspended', tone: 'ok' }} />;
  return (
    <SandboxStoreProvider>
      <AttemptProvider onFinished={onFinished}>
        <LmsBar launch={launch} scenarioId={scenarioId} notice={notice} setNotice={setNotice} finished={finished} onSuspended={() => setEnded('suspended')} />
        <App />
      </AttemptProvider>
    </SandboxStoreProvider>
  );
}

function LmsBar({
  launch,
  scenarioId,
  notice,
  setNotice,
  finished,
  onSuspended,
}: {
  launch: Extract<Launch, { phase: 'running' }>;
  scenarioId: string;
  notice: Notice | null;
  setNotice: (n: Notice | null) => void;
  finished: { current: boolean };
  onSuspended: () => void;
}): ReactNode {
  const { t } = useI18n();
  const attempt = useAttempt();
  const { session, start } = launch;
  const startedHere = useRef(false);
  const active = attempt.active && attempt.active.scenario.id === scenarioId ? attempt.active : null;

  // a fresh launch starts the scenario: assessment when the LMS records a score, practice in browse/review
  useEffect(() => {
    if (startedHere.current || launch.resumed) return;
    startedHere.current = true;
    const scenario = findScenario(scenarioId);
    if (!scenario) return;
    storageSet(LMS_ACTION_LOG_KEY, '[]');
    void attempt.start(scenario, start.mode === 'normal' ? 'assessment' : 'practice');
  }, [attempt, launch.resumed, scenarioId, start.mode]);

  /** The attempt as suspend data, or why it cannot be saved. */
  const suspendData = useCallback((): { data: string } | { problem: Notice } => {
    if (!active) return { problem: { key: 'lms.abandoned', tone: 'warn' } };
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(LMS_ACTION_LOG_KEY);
    } catch {
      raw = null;
    }
    const actions = readActionLog(raw);
    if (!actions) return { problem: { key: 'lms.error', vars: { error: 'the attempt’s action log is unreadable' }, tone: 'error' } };
    const data = encodeSuspendData({ v: 1, scenarioId, registration: active.registration, mode: active.mode, elapsedMs: Math.max(0, Math.min(24 * 3600_000, Date.now() - Date.parse(active.startedAt))), actions });
    if (data.length > SCORM12_SUSPEND_DATA_MAX && session.kind === 'scorm12') return { problem: { key: 'lms.suspendTooLong', vars: { length: data.length }, tone: 'error' } };
    return { data };
  }, [active, scenarioId, session.kind]);

  const suspend = async (): Promise<void> => {
    const built = suspendData();
    if ('problem' in built) return setNotice(built.problem);
    try {
      await session.suspend(built.data);
      finished.current = true;
      await session.terminate();
      onSuspended();
    } catch (error) {
      setNotice(error instanceof Scorm12Error && error.kind === 'suspend-data-too-long' ? { key: 'lms.suspendTooLong', vars: { length: error.detail.length ?? 0 }, tone: 'error' } : { key: 'lms.error', vars: { error: errorText(error) }, tone: 'error' });
    }
  };

  // leaving the page (the LMS closes the frame): save a running attempt, then finish the session
  const leave = useRef<() => void>(() => {});
  leave.current = () => {
    if (!finished.current && active && start.mode === 'normal') {
      const built = suspendData();
      // SCORM's API is synchronous: these calls run before the page goes
      if ('data' in built) void session.suspend(built.data).catch(() => undefined);
    }
    finished.current = true;
    void session.terminate().catch(() => undefined);
  };
  useEffect(() => {
    const onLeave = (): void => leave.current();
    window.addEventListener('pagehide', onLeave);
    return () => window.removeEventListener('pagehide', onLeave);
  }, []);

  // abandoning the attempt leaves the LMS's record incomplete
  const wasActive = useRef(false);
  useEffect(() => {
    if (active) wasActive.current = true;
    else if (wasActive.current && !attempt.lastResult && !finished.current) setNotice({ key: 'lms.abandoned', tone: 'warn' });
  }, [active, attempt.lastResult, finished, setNotice]);

  return (
    <section className="lms-bar" data-panel="lms-bar" data-lms-kind={session.kind} data-lms-mode={start.mode} aria-label={t('lms.label')}>
      <strong className="lms-bar__kind">{t('lms.label')} · {t(session.kind === 'scorm12' ? 'lms.kind.scorm12' : 'lms.kind.cmi5')}</strong>
      {start.learnerName ? <span className="lms-bar__learner">{t('lms.learner', { name: start.learnerName })}</span> : null}
      {start.mode !== 'normal' ? <span className="lms-bar__mode">{t(start.mode === 'browse' ? 'lms.mode.browse' : 'lms.mode.review')}</span> : null}
      {active && start.mode === 'normal' && !finished.current ? (
        <button type="button" className="btn btn--xs" data-action="lms-suspend" onClick={() => void suspend()}>
          {t('lms.suspend')}
        </button>
      ) : null}
      <p className={`lms-bar__status lms-bar__status--${notice?.tone ?? 'info'}`} role="status" data-lms-status={notice?.key ?? ''}>
        {notice ? t(notice.key, notice.vars) : ''}
      </p>
    </section>
  );
}
