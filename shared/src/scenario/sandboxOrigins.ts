// Which pages may relay scenario attempts to the extension: the hospital's training sandbox
// origins, matched exactly on the parsed URL (issue 12). A URL with userinfo never matches:
// `http://localhost:4173@evil.example/` is evil.example, and `http://x@localhost:4173/` is not
// a page the sandbox links to.

/** The sandbox origins of `pnpm demo` and the e2e tests' default port. */
export const DEMO_SANDBOX_ORIGINS: readonly string[] = ['http://localhost:4173', 'http://127.0.0.1:4173'];

/** At most this many origins (a hospital has one or two training systems). */
export const MAX_SANDBOX_ORIGINS = 20;

export type SandboxOriginProblem = 'not-a-url' | 'not-http' | 'userinfo' | 'not-an-origin' | 'wildcard';
export type SandboxOriginCheck = { ok: true; origin: string } | { ok: false; problem: SandboxOriginProblem };

/** One origin as a person typed it: scheme, host and port only (a trailing "/" is forgiven). */
export function parseSandboxOrigin(text: string): SandboxOriginCheck {
  const typed = text.trim();
  if (typed.includes('*')) return { ok: false, problem: 'wildcard' };
  let url: URL;
  try {
    url = new URL(typed);
  } catch {
    return { ok: false, problem: 'not-a-url' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, problem: 'not-http' };
  if (url.username || url.password || typed.includes('@')) return { ok: false, problem: 'userinfo' };
  if (url.pathname !== '/' || url.search || url.hash || typed.replace(/\/$/, '').toLowerCase() !== url.origin.toLowerCase()) return { ok: false, problem: 'not-an-origin' };
  return { ok: true, origin: url.origin };
}

/** May the page at `pageUrl` (the sender's URL as the browser reports it) relay attempts? */
export function relayOriginAllowed(pageUrl: string | undefined, origins: readonly string[]): boolean {
  if (!pageUrl) return false;
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return origins.includes(url.origin);
}
