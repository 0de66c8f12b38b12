// React access to the sandbox store: one store per app root (no module singleton).

import { createContext, createElement, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { STATE_STORAGE_KEY, createSandboxStore, type SandboxState, type SandboxStore } from './sandboxStore.ts';

const StoreContext = createContext<SandboxStore | null>(null);

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function SandboxStoreProvider({ children }: { children: ReactNode }): ReactNode {
  const [store] = useState(() =>
    createSandboxStore({ storage: browserStorage(), now: () => new Date() }),
  );
  // Another tab (or a Reset there) changed the data.
  useEffect(() => {
    const onStorage = (e: StorageEvent): void => {
      if (e.key === STATE_STORAGE_KEY) store.reload();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);
  return createElement(StoreContext.Provider, { value: store }, children);
}

export function useSandboxStore(): SandboxStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useSandboxStore must be used inside <SandboxStoreProvider>');
  return store;
}

export function useSandboxState(): SandboxState {
  const store = useSandboxStore();
  return useSyncExternalStore(store.subscribe, store.getState);
}
