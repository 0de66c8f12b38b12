// Pathname routing for the simulated HIS: each module has a deep-linkable path.
// Navigation keeps the tab's `?ui=v2` flag, and a path may carry its own query (`?patient=…`).
// In an LMS package (sandbox/src/lms/main.tsx) the app lives under the LMS's own path, so the
// route goes in the hash instead (`lms.html?scenario=…#/nurse?patient=…`): `routeFromHash()`.

import { useEffect, useSyncExternalStore } from 'react';

const NAV_EVENT = 'sandbox:navigate';

let hashRouting = false;

/** Routes from the hash from now on (the LMS build, which may be served under any path). */
export function routeFromHash(): void {
  hashRouting = true;
}

/** The route: in hash mode, the hash's part before `?`. */
function currentPath(): string {
  if (!hashRouting) return window.location.pathname;
  const route = window.location.hash.replace(/^#/, '');
  const path = route.split('?')[0] ?? '';
  return path.startsWith('/') ? path : '/';
}

/** The route's query: in hash mode, the hash's part from `?`. */
function currentSearch(): string {
  if (!hashRouting) return window.location.search;
  const route = window.location.hash.replace(/^#/, '');
  const at = route.indexOf('?');
  return at < 0 ? '' : route.slice(at);
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener('hashchange', listener);
  window.addEventListener(NAV_EVENT, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener('hashchange', listener);
    window.removeEventListener(NAV_EVENT, listener);
  };
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

/** The current query string ('' or '?a=b'). */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch);
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
  const target = hashRouting ? path : withUiFlag(path);
  if (target === `${currentPath()}${currentSearch()}`) return;
  // hash mode keeps the document's own URL (the LMS's launch query) and changes only the hash
  const url = hashRouting ? `${window.location.pathname}${window.location.search}#${target}` : target;
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  window.dispatchEvent(new Event(NAV_EVENT));
}

/** Renders nothing; sends the browser on to `to` (used for `/` → `/registration`). */
export function Redirect({ to }: { to: string }): null {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
