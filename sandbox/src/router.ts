// Pathname routing for the simulated HIS: each module has a deep-linkable path.
// Navigation keeps the tab's `?ui=v2` flag, and a path may carry its own query (`?patient=…`).

import { useEffect, useSyncExternalStore } from 'react';

const NAV_EVENT = 'sandbox:navigate';

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(NAV_EVENT, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAV_EVENT, listener);
  };
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** The current query string ('' or '?a=b'). */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search);
}

export function useSearchParam(name: string): string | null {
  return new URLSearchParams(useSearch()).get(name);
}

/** `path` with the current `ui` flag carried over (so an upgraded tab stays upgraded). */
export function withUiFlag(path: string): string {
  const ui = new URLSearchParams(window.location.search).get('ui');
  if (!ui) return path;
  const url = new URL(path, window.location.origin);
  if (!url.searchParams.has('ui')) url.searchParams.set('ui', ui);
  return `${url.pathname}${url.search}${url.hash}`;
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const target = withUiFlag(path);
  if (target === `${window.location.pathname}${window.location.search}`) return;
  if (options.replace) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  window.dispatchEvent(new Event(NAV_EVENT));
}

/** Renders nothing; sends the browser on to `to` (used for `/` → `/registration`). */
export function Redirect({ to }: { to: string }): null {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
