import { useEffect, useState } from 'react';
import type { PackOutline } from '@preceptor/shared/schema/packOutline.ts';
import { installedOutlines, installedPackOutlines } from './installedPacks.ts';
import { useStorageItem } from '../ui/useStorageItem.ts';

/**
 * The installed packs' outlines, kept live: what the popup lists (a few hundred KB where the packs
 * are ~8 MB). On a profile whose outlines the background has not derived yet, from the packs once.
 */
export function useInstalledOutlines(): PackOutline[] | undefined {
  const stored = useStorageItem(installedPackOutlines);
  const [derived, setDerived] = useState<PackOutline[] | undefined>(undefined);
  useEffect(() => {
    if (stored === null) void installedOutlines().then(setDerived);
  }, [stored]);
  return stored ?? derived;
}
