import { oneAtATime } from './oneAtATime.ts';

/**
 * Runs a stored item's read-change-write with no other writer in between, across every context of
 * the extension (background, editor, options, popup): the Web Locks API locks per name for all
 * pages and workers of the extension's origin. Without it two contexts that read the same list
 * and each write it back lose one change (a mentor's edit in the editor and a step recorded by the
 * background, both to authoredPacks). Where the API is missing (unit tests in Node 20), a queue
 * per name keeps the writers of this context in order.
 */
export function underItemLock(name: string): <T>(work: () => Promise<T>) => Promise<T> {
  const local = oneAtATime();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    if (!locks) return local(work);
    return locks.request(`preceptor:${name}`, work) as Promise<T>;
  };
}
