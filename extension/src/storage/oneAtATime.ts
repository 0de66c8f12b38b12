/**
 * A queue that runs work one at a time, in the order it was given: each piece reads the state the
 * last one left. A failure reaches the caller of that piece (its promise rejects) and does not stop
 * the queue; the queue itself only waits for it.
 */
export function oneAtATime(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const next = tail.then(work, work);
    tail = next.then(
      () => undefined,
      () => undefined, // already the caller's to handle, through `next`
    );
    return next;
  };
}
