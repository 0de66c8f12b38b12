import { buildDashboardModel } from './dashboardModel.ts';
import { importBundles } from './importBundles.ts';
import type { FromWorker, ToWorker } from './importProtocol.ts';
import { TrainerDb } from './trainerDb.ts';
import { verifyPool } from './verifyPool.ts';

// The import and analysis worker: verification, merge and IndexedDB writes happen here, so the
// dashboard stays responsive while thousands of files come in.

const scope = self as unknown as { postMessage(message: FromWorker): void; onmessage: ((event: MessageEvent<ToWorker>) => void) | null };
const db = new TrainerDb();
const runs = new Map<number, AbortController>();

function post(message: FromWorker): void {
  scope.postMessage(message);
}

scope.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'cancel') {
    runs.get(message.runId)?.abort();
    return;
  }
  const { runId } = message;
  const started = performance.now();
  try {
    if (message.type === 'import') {
      const controller = new AbortController();
      runs.set(runId, controller);
      const sources = message.files.map((file) => ({
        name: file.webkitRelativePath || file.name,
        size: file.size,
        bytes: async () => new Uint8Array(await file.arrayBuffer()),
      }));
      const pool = verifyPool();
      let outcomes;
      try {
        outcomes = await importBundles(db, sources, {
          prepare: pool.prepare,
          readAhead: pool.size + 2,
          signal: controller.signal,
          onFile: (outcome) => post({ type: 'file', runId, outcome }),
          onProgress: (progress) => post({ type: 'progress', runId, progress }),
        });
      } finally {
        pool.close();
      }
      runs.delete(runId);
      post({ type: 'imported', runId, outcomes, seconds: (performance.now() - started) / 1000 });
    } else {
      const model = await buildDashboardModel(db, { includeReported: message.includeReported ?? true, onProgress: (done, total) => post({ type: 'analysing', runId, done, total }) });
      post({ type: 'model', runId, model, seconds: (performance.now() - started) / 1000 });
    }
  } catch (error) {
    post({ type: 'failed', runId, message: error instanceof Error ? error.message : String(error) });
  }
};
