import { storage, type StorageItemKey, type WxtStorageItem } from 'wxt/utils/storage';

/**
 * A stored item (chrome.storage), read only when a caller asks for it. WXT's `storage.defineItem`
 * reads the item's value as soon as it is defined (its init step runs at module load even with no
 * `init`): every page that imported a module defining the installed packs read all ~8 MB of them
 * on opening — the popup included, which lists only outlines, and the background on every start.
 * Items here hold version 1 and have no migrations, so reading and writing the key is what
 * `defineItem` would do; the rarely used metadata calls go to a WXT item defined on first use.
 */
export function defineStoredItem<T>(key: StorageItemKey, options: { fallback: T; version: 1 }): WxtStorageItem<T, Record<string, unknown>> {
  let defined: WxtStorageItem<T, Record<string, unknown>> | undefined;
  const wxtItem = () => (defined ??= storage.defineItem<T>(key, options));
  const fallback = options.fallback;
  return {
    key,
    fallback,
    defaultValue: fallback,
    getValue: async () => (await storage.getItem<T>(key)) ?? fallback,
    setValue: (value) => storage.setItem<T>(key, value),
    removeValue: (opts) => storage.removeItem(key, opts),
    watch: (cb) => storage.watch<T>(key, (value, old) => cb(value ?? fallback, old ?? fallback)),
    getMeta: () => wxtItem().getMeta(),
    setMeta: (properties) => wxtItem().setMeta(properties),
    removeMeta: (properties) => wxtItem().removeMeta(properties),
    watchMeta: (cb) => wxtItem().watchMeta(cb),
    migrate: () => wxtItem().migrate(),
  };
}
