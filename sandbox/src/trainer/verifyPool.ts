import type { Preparation } from './prepareBundle.ts';
import type { Preparer } from './importBundles.ts';

/**
 * Verification workers (signature, hashes, every statement) beside the import worker, which
 * then only merges and writes: on a machine with several cores the files are checked in
 * parallel. One worker fewer than the cores (at least one, at most four).
 */
export function verifyPool(size = Math.min(4, Math.max(1, (navigator.hardwareConcurrency || 2) - 1))): { prepare: Preparer; size: number; close(): void } {
  const waiting = new Map<number, (reply: { result: Preparation; bytes: Uint8Array }) => void>();
  const load = new Array<number>(size).fill(0);
  let nextId = 1;
  const workers = Array.from({ length: size }, (_, index) => {
    const worker = new Worker(new URL('./verifyWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; result: Preparation; bytes: Uint8Array }>) => {
      load[index]!--;
      const done = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      done?.({ result: event.data.result, bytes: event.data.bytes });
    };
    return worker;
  });
  const prepare: Preparer = (bytes) =>
    new Promise((resolve) => {
      const id = nextId++;
      const index = load.indexOf(Math.min(...load));
      load[index]!++;
      waiting.set(id, resolve);
      const copy = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      workers[index]!.postMessage({ id, bytes: copy }, [copy.buffer]);
    });
  return { prepare, size, close: () => workers.forEach((w) => w.terminate()) };
}
