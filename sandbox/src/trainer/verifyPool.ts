import type { Preparation } from './prepareBundle.ts';
import type { Preparer } from './importBundles.ts';

/**
 * Verification workers (signature, hashes, every statement) beside the import worker, which
 * then only merges and writes: on a machine with several cores the files are checked in
 * parallel. One worker per core (at most four): the import worker and the page mostly wait
 * while files are checked (measured: the import worker idle 85 % of an import with one
 * verification worker on 2 cores).
 *
 * One file never takes the batch down: if a worker dies on a file (an error it did not catch,
 * a message that cannot be read), that file is answered with an `internal-error` naming it, the
 * worker is replaced, and the other files carry on.
 */
export function verifyPool(size = Math.min(4, Math.max(1, navigator.hardwareConcurrency || 2))): { prepare: Preparer; size: number; close(): void } {
  type Waiting = { worker: number; resolve: (reply: { result: Preparation; bytes: Uint8Array }) => void };
  const waiting = new Map<number, Waiting>();
  const load = new Array<number>(size).fill(0);
  let nextId = 1;
  let closed = false;

  const spawn = (index: number): Worker => {
    const worker = new Worker(new URL('./verifyWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; result: Preparation; bytes: Uint8Array }>) => {
      const done = waiting.get(event.data.id);
      if (!done) return;
      load[index]!--;
      waiting.delete(event.data.id);
      done.resolve({ result: event.data.result, bytes: event.data.bytes });
    };
    const fail = (detail: string) => {
      // every file on this worker is answered; the worker is replaced
      for (const [id, w] of [...waiting]) {
        if (w.worker !== index) continue;
        waiting.delete(id);
        w.resolve({ result: { ok: false, problem: { code: 'internal-error', detail } }, bytes: new Uint8Array(0) });
      }
      load[index] = 0;
      worker.terminate();
      if (!closed) workers[index] = spawn(index);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(`verification worker failed: ${event.message || 'out of memory?'}`);
    };
    worker.onmessageerror = () => fail('verification worker answer unreadable');
    return worker;
  };
  const workers = Array.from({ length: size }, (_, index) => spawn(index));

  const prepare: Preparer = (bytes) =>
    new Promise((resolve) => {
      const id = nextId++;
      const index = load.indexOf(Math.min(...load));
      load[index]!++;
      waiting.set(id, { worker: index, resolve });
      const copy = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      workers[index]!.postMessage({ id, bytes: copy }, [copy.buffer]);
    });
  return {
    prepare,
    size,
    close: () => {
      closed = true;
      workers.forEach((w) => w.terminate());
    },
  };
}
