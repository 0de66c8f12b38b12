import type { WxtStorageItem } from 'wxt/utils/storage';

/**
 * A stored item as everyone but its owner sees it: read and watch. Each item is defined in the
 * module of the feature that owns it, whose exported functions are its only writers.
 */
export type ReadOnlyItem<T> = Pick<WxtStorageItem<T, Record<string, unknown>>, 'getValue' | 'watch'>;
