import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { DashboardModel } from './dashboardModel.ts';
import type { FileOutcome, ImportProgress } from './importBundles.ts';
import { TrainerDb } from './trainerDb.ts';
import { analyse, startImport, type ImportRun } from './workerClient.ts';

/** The latest import run, kept at dashboard level so it survives switching views. */
export interface ImportState {
  running: boolean;
  progress?: ImportProgress;
  /** rejected files all, imported ones up to 200 (the totals say the rest) */
  outcomes: FileOutcome[];
  result?: { imported: number; rejected: number; added: number; seconds: number } | { error: string };
}

/** The dashboard's state: its DB connection (page side) and the model the worker computed. */
export interface Dashboard {
  db: TrainerDb;
  model: DashboardModel | undefined;
  loading: boolean;
  /** while the worker sums the stored facts: blocks done of all (one block per file or LRS read) */
  analysing: { done: number; total: number } | undefined;
  error: string | undefined;
  refresh: () => Promise<void>;
  /** count results reported by a training sandbox page (default on) */
  includeReported: boolean;
  setIncludeReported: (include: boolean) => void;
  importState: ImportState;
  importFiles: (files: File[]) => Promise<void>;
  cancelImport: () => void;
}

export const DashboardContext = createContext<Dashboard | null>(null);

export function useDashboard(): Dashboard {
  const ctx = useContext(DashboardContext);
  if (!ctx) throw new Error('useDashboard must be used inside the trainer dashboard');
  return ctx;
}

let sharedDb: TrainerDb | undefined;

export function useDashboardState(): Dashboard {
  sharedDb ??= new TrainerDb();
  const db = sharedDb;
  const [model, setModel] = useState<DashboardModel | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [analysing, setAnalysing] = useState<{ done: number; total: number } | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const latest = useRef(0);
  const [includeReported, setIncludeReported] = useState(true);

  const refresh = useCallback(async () => {
    const ticket = ++latest.current;
    setLoading(true);
    try {
      const { model: next } = await analyse({ includeReported }, (done, total) => {
        if (ticket === latest.current) setAnalysing({ done, total });
      });
      if (ticket === latest.current) {
        setModel(next);
        setError(undefined);
      }
    } catch (e) {
      if (ticket === latest.current) setError(e instanceof Error ? e.message : String(e));
    } finally {
      if (ticket === latest.current) {
        setLoading(false);
        setAnalysing(undefined);
      }
    }
  }, [includeReported]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const [importState, setImportState] = useState<ImportState>({ running: false, outcomes: [] });
  const run = useRef<ImportRun | undefined>(undefined);
  const importFiles = useCallback(
    async (files: File[]) => {
      if (files.length === 0 || run.current) return;
      const shown: FileOutcome[] = [];
      let latest: ImportProgress | undefined;
      let scheduled: ReturnType<typeof setTimeout> | undefined;
      // at most a few renders a second, however fast files come in
      const render = () => {
        scheduled = undefined;
        setImportState((s) => ({ ...s, progress: latest, outcomes: [...shown] }));
      };
      const soon = () => (scheduled ??= setTimeout(render, 150));
      setImportState({ running: true, outcomes: [] });
      const current = startImport(files, {
        progress: (progress) => {
          latest = progress;
          soon();
        },
        file: (outcome) => {
          if (outcome.status === 'rejected' || shown.length < 200) shown.push(outcome);
          soon();
        },
      });
      run.current = current;
      try {
        const { outcomes, seconds } = await current.done;
        clearTimeout(scheduled);
        render();
        const imported = outcomes.filter((o) => o.status === 'imported').length;
        const added = outcomes.reduce((sum, o) => sum + (o.status === 'imported' ? o.added : 0), 0);
        setImportState((s) => ({ ...s, running: false, result: { imported, rejected: outcomes.length - imported, added, seconds } }));
      } catch (e) {
        setImportState((s) => ({ ...s, running: false, result: { error: e instanceof Error ? e.message : String(e) } }));
      } finally {
        run.current = undefined;
        await refresh();
      }
    },
    [refresh],
  );
  const cancelImport = useCallback(() => run.current?.cancel(), []);

  return { db, model, loading, analysing, error, refresh, includeReported, setIncludeReported, importState, importFiles, cancelImport };
}
