// Browser glue of the "LMS course package" tab: the kit fetched from the training sandbox with its
// progress (bytes of Content-Length), host access asked for on the click in a hospital build, and
// a built package offered as a download. The kit's checks and the packaging are shared/src/lms.

import { readBodyBytes } from '../../net/responseBytes.ts';

export type KitDownloadProgress = { loaded: number; total?: number };

export type KitDownload =
  | { ok: true; bytes: Uint8Array }
  /** `answer`: the HTTP status, with the content type when a page came instead of the file */
  | { ok: false; problem: 'not-found'; answer: string }
  | { ok: false; problem: 'unreachable'; message: string };

/** Download the kit; `not-found` also when the server answers with a page instead of the file (an SPA fallback). */
export async function downloadLmsKit(url: string, onProgress: (progress: KitDownloadProgress) => void): Promise<KitDownload> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', cache: 'no-store' });
  } catch (error) {
    return { ok: false, problem: 'unreachable', message: error instanceof Error ? error.message : String(error) };
  }
  const type = response.headers.get('Content-Type') ?? '';
  if (!response.ok || type.startsWith('text/html')) {
    await response.body?.cancel();
    return { ok: false, problem: 'not-found', answer: response.ok ? `${response.status}, ${type.split(';')[0]}` : String(response.status) };
  }
  const declared = Number(response.headers.get('Content-Length') ?? NaN);
  const total = Number.isFinite(declared) && declared > 0 ? declared : undefined;
  onProgress({ loaded: 0, ...(total ? { total } : {}) });
  const read = await readBodyBytes(response.body!, { onChunk: (loaded) => onProgress({ loaded, ...(total ? { total } : {}) }) });
  if (!read.ok) return { ok: false, problem: 'unreachable', message: read.problem === 'broken' ? read.message : 'too large' };
  return { ok: true, bytes: read.bytes };
}

/**
 * A hospital build reaches only the EMR origins it was built for; other sites are optional host
 * permissions, granted one by one. Ask for the sandbox origin then — called first thing in the
 * click handler, as the browser allows the prompt only during the user's gesture. The default
 * build has every site already.
 */
export async function askSandboxAccess(origin: string): Promise<boolean> {
  const manifest = browser.runtime.getManifest() as { optional_host_permissions?: string[] };
  if (!manifest.optional_host_permissions?.length) return true;
  return browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
}

/** An object URL for a built zip; the caller revokes it when the link goes. */
export function zipObjectUrl(zip: Uint8Array): string {
  return URL.createObjectURL(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
}
