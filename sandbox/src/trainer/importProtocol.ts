import type { DashboardModel } from './dashboardModel.ts';
import type { FileOutcome, ImportProgress } from './importBundles.ts';

/** Messages between the dashboard page and its import worker. */
export type ToWorker =
  | { type: 'import'; runId: number; files: File[] }
  | { type: 'cancel'; runId: number }
  | { type: 'analyse'; runId: number; includeReported?: boolean };

export type FromWorker =
  | { type: 'progress'; runId: number; progress: ImportProgress }
  | { type: 'file'; runId: number; outcome: FileOutcome }
  | { type: 'imported'; runId: number; outcomes: FileOutcome[]; seconds: number }
  | { type: 'analysing'; runId: number; done: number; total: number }
  | { type: 'model'; runId: number; model: DashboardModel; seconds: number }
  | { type: 'failed'; runId: number; message: string };
