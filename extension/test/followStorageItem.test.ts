import { describe, expect, it } from 'vitest';
import type { ReadOnlyItem } from '../src/storage/readOnlyItem.ts';
import { followStorageItem } from '../src/ui/useStorageItem.ts';

// A page's view of a stored item (ui/useStorageItem.ts): the first read and the change reports can
// arrive in either order on a busy machine; what the page shows is always the newest value.

/** An item whose first read answers only when the test says, with what was stored when it began. */
function slowItem<T>(stored: T) {
  let answer: (v: T) => void = () => undefined;
  const watchers = new Set<(v: T) => void>();
  const item = {
    getValue: () => new Promise<T>((resolve) => { const then = stored; answer = () => resolve(then); }),
    watch: (cb: (v: T) => void) => { watchers.add(cb); return () => watchers.delete(cb); },
  } as unknown as ReadOnlyItem<T>;
  return {
    item,
    answerRead: () => answer(stored),
    write: (v: T) => { stored = v; for (const cb of watchers) cb(v); },
    watching: () => watchers.size,
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('followStorageItem', () => {
  it('keeps a change reported while the first read was under way; the late read does not undo it', async () => {
    const slow = slowItem<string[]>([]);
    const seen: string[][] = [];
    followStorageItem(slow.item, (v) => seen.push(v));
    slow.write(['imported pack']);
    slow.answerRead(); // resolves with [] — what was stored when the read began
    await flush();
    expect(seen).toEqual([['imported pack']]);
  });

  it('shows the first read when nothing changed, then every change in order', async () => {
    const slow = slowItem(1);
    const seen: number[] = [];
    followStorageItem(slow.item, (v) => seen.push(v));
    slow.answerRead();
    await flush();
    slow.write(2);
    slow.write(3);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('stops: no value after the unwatch, and the watcher is removed', async () => {
    const slow = slowItem(1);
    const seen: number[] = [];
    const stop = followStorageItem(slow.item, (v) => seen.push(v));
    expect(slow.watching()).toBe(1);
    stop();
    slow.answerRead();
    await flush();
    slow.write(2);
    expect(seen).toEqual([]);
    expect(slow.watching()).toBe(0);
  });
});
