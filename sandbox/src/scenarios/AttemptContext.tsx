// The running scenario attempt: start (reset the hospital to the scenario's start state), submit
// (grade and record), abandon. Survives a page reload: the attempt lives in localStorage.

import { seedHospital } from '@preceptor/shared/hospital/index.ts';
import { endDrillOutage } from '@preceptor/shared/hospital/downtimeActions.ts';
import {
  abandonedStatement,
  applyScenarioSetup,
  attemptedStatement,
  evaluateScenario,
  resultStatements,
  type Scenario,
  type ScenarioAttemptRef,
  type ScenarioMode,
  type ScenarioOutcome,
} from '@preceptor/shared/scenario/index.ts';
import { createContext, createElement, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { z } from 'zod';
import { useI18n } from '../i18n.ts';
import { navigate } from '../router.ts';
import { OperatorOverridesContext } from '../store/operator.ts';
import { useSandboxStore } from '../store/StoreContext.ts';
import { findScenario } from './scenarioCatalog.ts';
import { recordStatements, relayAttempt, scenarioLearner } from './scenarioProgress.ts';

export const ATTEMPT_STORAGE_KEY = 'preceptor.sandbox.attempt.v1';

const ActiveAttempt = z.object({
  registration: z.uuid(),
  scenarioId: z.string(),
  mode: z.enum(['practice', 'assessment']),
  startedAt: z.iso.datetime(),
});
type ActiveAttempt = z.infer<typeof ActiveAttempt>;

export type FinishedAttempt = { scenario: Scenario; mode: ScenarioMode; outcome: ScenarioOutcome };

export type AttemptApi = {
  active: (ActiveAttempt & { scenario: Scenario }) | null;
  lastResult: FinishedAttempt | null;
  start(scenario: Scenario, mode: ScenarioMode): Promise<void>;
  submit(): Promise<FinishedAttempt | null>;
  abandon(): Promise<void>;
  dismissResult(): void;
};

const AttemptContext = createContext<AttemptApi | null>(null);

function readAttempt(): ActiveAttempt | null {
  try {
    const raw = localStorage.getItem(ATTEMPT_STORAGE_KEY);
    if (!raw) return null;
    const parsed = ActiveAttempt.safeParse(JSON.parse(raw));
    return parsed.success && findScenario(parsed.data.scenarioId) ? parsed.data : null;
  } catch {
    return null;
  }
}

function writeAttempt(attempt: ActiveAttempt | null): void {
  try {
    if (attempt) localStorage.setItem(ATTEMPT_STORAGE_KEY, JSON.stringify(attempt));
    else localStorage.removeItem(ATTEMPT_STORAGE_KEY);
  } catch {
    // The attempt then lasts for this page only.
  }
}

/** `onFinished`: told of each graded attempt (the LMS page reports it to the LMS, sandbox/src/lms). */
export function AttemptProvider({ children, onFinished }: { children: ReactNode; onFinished?: (finished: FinishedAttempt, registration: string) => void }): ReactNode {
  const store = useSandboxStore();
  const { lang } = useI18n();
  const [attempt, setAttempt] = useState<ActiveAttempt | null>(readAttempt);
  const [lastResult, setLastResult] = useState<FinishedAttempt | null>(null);

  // Another tab started or finished an attempt.
  useEffect(() => {
    const onStorage = (e: StorageEvent): void => {
      if (e.key === ATTEMPT_STORAGE_KEY) setAttempt(readAttempt());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const active = useMemo(() => {
    const scenario = attempt ? findScenario(attempt.scenarioId) : undefined;
    return attempt && scenario ? { ...attempt, scenario } : null;
  }, [attempt]);

  const ref = (a: ActiveAttempt, scenario: Scenario): ScenarioAttemptRef => ({ registration: a.registration, scenario, mode: a.mode, startedAt: new Date(a.startedAt) });
  const build = () => ({ now: new Date(), newId: () => crypto.randomUUID() });

  const start = useCallback(
    async (scenario: Scenario, mode: ScenarioMode) => {
      const now = new Date();
      store.replace(applyScenarioSetup(seedHospital(now), scenario.start.setup, now));
      const next: ActiveAttempt = { registration: crypto.randomUUID(), scenarioId: scenario.id, mode, startedAt: now.toISOString() };
      writeAttempt(next);
      setAttempt(next);
      setLastResult(null);
      const query = scenario.start.openPatient ? `?patient=${scenario.start.openPatient}` : '';
      navigate(`${scenario.start.route}${query}`);
      await recordStatements([attemptedStatement(ref(next, scenario), scenarioLearner(lang), build())]);
    },
    [store, lang],
  );

  const submit = useCallback(async () => {
    if (!active) return null;
    const outcome = evaluateScenario(active.scenario, store.getState(), { startedAt: new Date(active.startedAt), submittedAt: new Date(), mode: active.mode });
    const finished: FinishedAttempt = { scenario: active.scenario, mode: active.mode, outcome };
    store.replace(endDrillOutage(store.getState())); // graded: a downtime drill's outage ends with it
    writeAttempt(null);
    setAttempt(null);
    setLastResult(finished);
    onFinished?.(finished, active.registration);
    await recordStatements(resultStatements(ref(active, active.scenario), scenarioLearner(lang), outcome, build()));
    relayAttempt({
      attemptId: active.registration,
      scenarioId: active.scenario.id,
      mode: active.mode,
      outcome: outcome.passed ? 'passed' : 'failed',
      score: outcome.score,
      trapsHit: outcome.traps.filter((t) => t.sprung).map((t) => t.id),
      durationMs: outcome.durationMs,
    });
    return finished;
  }, [active, store, lang, onFinished]);

  const abandon = useCallback(async () => {
    if (!active) return;
    store.replace(endDrillOutage(store.getState())); // a drill left half-way does not leave its module down
    writeAttempt(null);
    setAttempt(null);
    if (active.mode === 'assessment') {
      const duration = Date.now() - Date.parse(active.startedAt);
      await recordStatements([abandonedStatement(ref(active, active.scenario), scenarioLearner(lang), duration, build())]);
      relayAttempt({ attemptId: active.registration, scenarioId: active.scenario.id, mode: 'assessment', outcome: 'abandoned', score: 0, trapsHit: [], durationMs: duration });
    }
  }, [active, store, lang]);

  const api = useMemo<AttemptApi>(
    () => ({ active, lastResult, start, submit, abandon, dismissResult: () => setLastResult(null) }),
    [active, lastResult, start, submit, abandon],
  );
  const operators = useMemo(() => (active ? active.scenario.start.operators : {}), [active]);
  return createElement(
    AttemptContext.Provider,
    { value: api },
    createElement(OperatorOverridesContext.Provider, { value: operators }, children),
  );
}

export function useAttempt(): AttemptApi {
  const ctx = useContext(AttemptContext);
  if (!ctx) throw new Error('useAttempt must be used inside <AttemptProvider>');
  return ctx;
}

