import { useEffect, useState } from 'react';
import type { ReadOnlyItem } from '../storage/readOnlyItem.ts';

/**
 * Follow a storage item: its value now, then each change. A change reported while the first read
 * is still under way is newer than what that read returns, so the read's answer is then dropped
 * (on a busy machine the read can resolve after the write that followed it: an editor opened just
 * before an import showed no pack, or a draft without the edits just saved). Returns the unwatch.
 */
export function followStorageItem<T>(item: ReadOnlyItem<T>, onValue: (value: T) => void): () => void {
  let alive = true;
  let changed = false;
  void item.getValue().then((v) => alive && !changed && onValue(v));
  const unwatch = item.watch((v) => {
    changed = true;
    if (alive) onValue(v);
  });
  return () => {
    alive = false;
    unwatch();
  };
}

/** Current value of a storage item, kept live when another page or the background changes it. */
export function useStorageItem<T>(item: ReadOnlyItem<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => followStorageItem(item, setValue), [item]);
  return value;
}
