import type { DashboardModel } from './dashboardModel.ts';
import type { FileOutcome, ImportProgress } from './importBundles.ts';
import type { FromWorker, ToWorker } from './importProtocol.ts';

/** The page's side of the import worker: one worker per page, promise-shaped calls. */

let worker: Worker | undefined;
let nextRunId = 1;
const listeners = new Map<number, (message: FromWorker) => void>();

function ensureWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<FromWorker>) => listeners.get(event.data.runId)?.(event.data);
  }
  return worker;
}

function send(message: ToWorker): void {
  ensureWorker().postMessage(message);
}

export interface ImportRun {
  runId: number;
  done: Promise<{ outcomes: FileOutcome[]; seconds: number }>;
  cancel(): void;
}

export function startImport(files: File[], on: { progress?(p: ImportProgress): void; file?(o: FileOutcome): void }): ImportRun {
  const runId = nextRunId++;
  const done = new Promise<{ outcomes: FileOutcome[]; seconds: number }>((resolve, reject) => {
    listeners.set(runId, (message) => {
      if (message.type === 'progress') on.progress?.(message.progress);
      else if (message.type === 'file') on.file?.(message.outcome);
      else if (message.type === 'imported') {
        listeners.delete(runId);
        resolve({ outcomes: message.outcomes, seconds: message.seconds });
      } else if (message.type === 'failed') {
        listeners.delete(runId);
        reject(new Error(message.message));
      }
    });
  });
  send({ type: 'import', runId, files });
  return { runId, done, cancel: () => send({ type: 'cancel', runId }) };
}

export function analyse(options: { includeReported?: boolean } = {}, onProgress?: (done: number, total: number) => void): Promise<{ model: DashboardModel; seconds: number }> {
  const runId = nextRunId++;
  return new Promise((resolve, reject) => {
    listeners.set(runId, (message) => {
      if (message.type === 'analysing') {
        onProgress?.(message.done, message.total);
        return;
      }
      listeners.delete(runId);
      if (message.type === 'model') resolve({ model: message.model, seconds: message.seconds });
      else if (message.type === 'failed') reject(new Error(message.message));
    });
    send({ type: 'analyse', runId, ...options });
  });
}
