import { featureLog } from '../logging/featureLog.ts';

const log = featureLog('storage');

/** The storage areas that hold the extension's stored items. */
const AREAS = ['local', 'session'] as const;

/** setAccessLevel as a browser may or may not have it (Chromium 102+ for session; local in later Chromium; not in Firefox). */
type AccessLevelArea = { setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }) => Promise<void> };

/**
 * Keep storage.local and storage.session to the extension's own pages and the background: a
 * content script runs in the web page's renderer process (untrusted, EMR pages included), and by
 * default it may read and write storage.local — the LRS credentials, the learner profile, which
 * origins count as the training sandbox. Content scripts ask the background by message instead,
 * through the gate. Called first on every service-worker start; a browser without the call (or
 * that refuses it) is logged once per area and the extension carries on.
 * `api` is the extension API object (`browser`), given so a unit test can pass its own.
 */
export async function keepStorageToTrustedContexts(api: { storage: Record<(typeof AREAS)[number], AccessLevelArea> } = browser as never): Promise<Record<(typeof AREAS)[number], 'trusted-only' | 'not-supported' | 'refused'>> {
  const results = await Promise.all(
    AREAS.map(async (area) => {
      const setAccessLevel = api.storage[area]?.setAccessLevel;
      if (typeof setAccessLevel !== 'function') {
        log.warn(`keep storage.${area} to trusted contexts`, 'this browser has no storage.setAccessLevel');
        return [area, 'not-supported'] as const;
      }
      try {
        await setAccessLevel.call(api.storage[area], { accessLevel: 'TRUSTED_CONTEXTS' });
        return [area, 'trusted-only'] as const;
      } catch (error) {
        log.warn(`keep storage.${area} to trusted contexts`, error);
        return [area, 'refused'] as const;
      }
    }),
  );
  return Object.fromEntries(results) as Record<(typeof AREAS)[number], 'trusted-only' | 'not-supported' | 'refused'>;
}
