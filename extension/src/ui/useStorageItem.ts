import { useEffect, useState } from 'react';
import type { ReadOnlyItem } from '../storage/readOnlyItem.ts';

/** Current value of a storage item, kept live when another page or the background changes it. */
export function useStorageItem<T>(item: ReadOnlyItem<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    void item.getValue().then((v) => alive && setValue(v));
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      alive = false;
      unwatch();
    };
  }, [item]);
  return value;
}
