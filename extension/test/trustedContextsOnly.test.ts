import { describe, expect, it, vi } from 'vitest';
import { keepStorageToTrustedContexts } from '../src/storage/trustedContextsOnly.ts';

// The background's first call on every start: storage.local and storage.session for trusted
// contexts only; a browser without setAccessLevel, or one that refuses it, is logged and passed.

describe('keeping storage to trusted contexts', () => {
  it('asks for TRUSTED_CONTEXTS on local and session', async () => {
    const local = { setAccessLevel: vi.fn(async () => undefined) };
    const session = { setAccessLevel: vi.fn(async () => undefined) };
    expect(await keepStorageToTrustedContexts({ storage: { local, session } })).toEqual({ local: 'trusted-only', session: 'trusted-only' });
    expect(local.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(session.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('logs once per area and carries on where the call is missing or refused', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const local = { setAccessLevel: vi.fn(async () => Promise.reject(new Error('Unsupported storage area'))) };
    expect(await keepStorageToTrustedContexts({ storage: { local, session: {} } })).toEqual({ local: 'refused', session: 'not-supported' });
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls.map(([line]) => String(line)).sort()).toEqual([
      '[Preceptor storage] keep storage.local to trusted contexts: Error: Unsupported storage area',
      '[Preceptor storage] keep storage.session to trusted contexts: this browser has no storage.setAccessLevel',
    ]);
    warn.mockRestore();
  });
});
